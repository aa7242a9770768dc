package io.github.logbuch.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One language's search index as static files, split so that a query fetches only what it needs:
 *
 * <ul>
 *   <li>{@code /search/index-<lang>.<hash>.json}, the manifest: where each document's text is (its
 *       pack and place, and for a long text the name of its further parts), and every shard's key
 *       and file name. A few bytes per document.
 *   <li>{@code /search/s/<hash>.json}, the shards: the terms in alphabetical order, cut into files
 *       of about {@value #SHARD_BYTES} bytes, each term with its postings (document, weight, and
 *       for a long document the part its text has the term in) and the words it was made from. A
 *       query word fetches the one shard its term is in, and a word being typed the one or two its
 *       prefix is in.
 *   <li>{@code /search/d/...}, the documents' texts ({@link StoredDocument}, {@link TextPacks}),
 *       shared by every language's index: a result's title, date and snippet.
 * </ul>
 *
 * <p>Every file is named by its content: a browser may keep it, and a rebuild writes only the files
 * whose content changed. The same documents give the same bytes.
 */
public final class SearchIndex {
    /** The site folder every search file is in. */
    public static final String ROOT = "/search/";

    static final int SHARD_BYTES = 16 * 1024;

    /** BM25's saturation and length normalisation, against a fixed typical length. */
    private static final double K1 = 1.2;

    private static final double B = 0.75;
    private static final double TYPICAL_LENGTH = 400;

    /**
     * One language's part of the search: its documents in the order results of equal weight are
     * shown (newest first), and its analyzer.
     */
    public record Language(String code, Analyzer analyzer, List<SearchDocument> documents) {}

    /**
     * The search's files.
     *
     * @param manifests per language code, the site path of the manifest its search page reads
     * @param files every file's site path and bytes
     */
    public record Files(Map<String, String> manifests, Map<String, byte[]> files) {}

    private SearchIndex() {}

    /** Writes every language's index; the documents' texts are shared among them. */
    public static Files write(List<Language> languages, SearchCache cache) {
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, List<StoredDocument>> stored = new HashMap<>();
        Set<StoredDocument> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<StoredDocument> union = new ArrayList<>();
        for (Language language : languages) {
            List<StoredDocument> docs = cache.stored(language.documents());
            stored.put(language.code(), docs);
            for (StoredDocument doc : docs) {
                if (all.add(doc)) {
                    union.add(doc);
                    files.putAll(doc.files());
                }
            }
        }
        TextPacks packs = TextPacks.of(union);
        files.putAll(packs.files());
        // each language's terms on a core of its own
        Map<String, String> manifests = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, byte[]> written = new java.util.concurrent.ConcurrentSkipListMap<>(files);
        languages.parallelStream()
                .forEach(
                        language ->
                                manifests.put(
                                        language.code(),
                                        write(
                                                language,
                                                stored.get(language.code()),
                                                packs,
                                                cache,
                                                written)));
        return new Files(new TreeMap<>(manifests), new TreeMap<>(written));
    }

    private static String write(
            Language language,
            List<StoredDocument> stored,
            TextPacks packs,
            SearchCache cache,
            Map<String, byte[]> files) {
        List<SearchDocument> documents = language.documents();
        List<DocumentWords> words = cache.words(documents, stored);
        Map<String, Postings> index = new HashMap<>();
        int[] lengths = new int[documents.size()];
        for (int id = 0; id < documents.size(); id++) {
            DocumentWords doc = words.get(id);
            lengths[id] = doc.length();
            for (int i = 0; i < doc.words().length; i++) {
                Analyzer.Analyzed word = language.analyzer().analyze(doc.words()[i]);
                if (word == null) {
                    continue;
                }
                Postings postings = index.get(word.term());
                if (postings == null) {
                    postings = new Postings();
                    index.put(word.term(), postings);
                }
                postings.add(id, doc.weights()[i], doc.parts()[i]);
                if (word.form() != null) {
                    postings.forms.add(word.form());
                }
            }
        }
        List<String> keys = new ArrayList<>(index.keySet());
        Collections.sort(keys);
        String[] json = new String[keys.size()];
        java.util.stream.IntStream.range(0, json.length)
                .parallel()
                .forEach(i -> json[i] = index.get(keys.get(i)).json(keys.get(i), lengths, stored));
        List<String> entries = Arrays.asList(json);
        List<String[]> shards = shards(keys, entries, files);

        StringBuilder manifest = new StringBuilder(256 + documents.size() * 8);
        manifest.append("{\"v\":1,\"lang\":");
        Json.string(manifest, language.code()).append(",\"stemmer\":");
        if (language.analyzer().stemmer() == null) {
            manifest.append("null");
        } else {
            Json.string(manifest, language.analyzer().stemmer());
        }
        manifest.append(",\"packs\":[");
        for (int i = 0; i < packs.hashes().size(); i++) {
            Json.string(manifest.append(i == 0 ? "" : ","), packs.hashes().get(i));
        }
        manifest.append("],\"docs\":[");
        StringBuilder parted = new StringBuilder();
        for (int id = 0; id < stored.size(); id++) {
            StoredDocument doc = stored.get(id);
            int[] place = packs.places().get(doc);
            manifest.append(id == 0 ? "" : ",").append(place[0]).append(',').append(place[1]);
            if (doc.parts().size() > 1) {
                parted.append(parted.length() == 0 ? "" : ",").append('"').append(id).append("\":");
                Json.string(parted, doc.hash() + ":" + doc.parts().size());
            }
        }
        manifest.append("],\"parts\":{").append(parted).append("},\"shards\":[");
        for (int i = 0; i < shards.size(); i++) {
            manifest.append(i == 0 ? "" : ",");
            Json.string(manifest, shards.get(i)[0]).append(',');
            Json.string(manifest, shards.get(i)[1]);
        }
        manifest.append("]}\n");
        byte[] bytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        String path =
                ROOT
                        + "index-"
                        + language.code()
                        + "."
                        + StoredDocument.hash(List.of(bytes))
                        + ".json";
        files.put(path, bytes);
        return path;
    }

    /** A term's weight in a document, 1 to 88: BM25's term frequency part, quantised. */
    static int weight(int weightedCount, int length) {
        double norm = K1 * (1 - B + B * length / TYPICAL_LENGTH);
        double tf = weightedCount * (K1 + 1) / (weightedCount + norm);
        return (int) Math.max(1, Math.round(tf * 40));
    }

    /**
     * A term's postings, documents ascending: per document the weighted count of the words that
     * became the term ({@link DocumentWords}) and the first part of the text one of them is in (-1
     * for none); and the words a reader typing may need to see ({@link Analyzer.Analyzed#form()}).
     */
    private static final class Postings {
        private int[] docs = new int[4];
        private int[] counts = new int[4];
        private int[] parts = new int[4];
        private int size;
        private final Set<String> forms = new TreeSet<>();

        void add(int doc, int count, int part) {
            if (size > 0 && docs[size - 1] == doc) {
                counts[size - 1] += count;
                if (part >= 0 && (parts[size - 1] < 0 || part < parts[size - 1])) {
                    parts[size - 1] = part;
                }
                return;
            }
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                parts = Arrays.copyOf(parts, size * 2);
            }
            docs[size] = doc;
            counts[size] = count;
            parts[size] = part;
            size++;
        }

        /**
         * {@code "term":[[doc delta, weight(, part), ...],["form", ...]]}: a part only for a
         * document of several parts.
         */
        String json(String term, int[] lengths, List<StoredDocument> stored) {
            StringBuilder out = new StringBuilder(term.length() + size * 6 + 16);
            Json.string(out, term).append(":[[");
            int last = 0;
            for (int i = 0; i < size; i++) {
                int doc = docs[i];
                if (i > 0) {
                    out.append(',');
                }
                out.append(doc - last).append(',').append(weight(counts[i], lengths[doc]));
                if (stored.get(doc).parts().size() > 1) {
                    out.append(',').append(Math.max(0, parts[i]));
                }
                last = doc;
            }
            out.append(']');
            if (!forms.isEmpty()) {
                out.append(",[");
                String comma = "";
                for (String form : forms) {
                    out.append(comma);
                    Json.string(out, form);
                    comma = ",";
                }
                out.append(']');
            }
            return out.append(']').toString();
        }
    }

    /**
     * Cuts the sorted terms into shards of about {@link #SHARD_BYTES}, in order; returns each
     * shard's first term and file name. A term is in the last shard whose first term is not after
     * it, and the terms with a prefix are in one or two neighbouring shards.
     *
     * <p>A shard ends where it is three quarters full and the next term's hash says so (one term in
     * eight), or where it would grow past half as much again: where the cuts fall depends on the
     * terms there, so words added to one document change the shards they are in, not every shard
     * after them.
     */
    private static List<String[]> shards(
            List<String> keys, List<String> entries, Map<String, byte[]> files) {
        List<String[]> shards = new ArrayList<>();
        int from = 0;
        while (from < keys.size()) {
            StringBuilder json = new StringBuilder(SHARD_BYTES + 1024).append('{');
            int to = from;
            while (to < keys.size()
                    && (to == from
                            || !cutBefore(keys.get(to), json.length(), entries.get(to).length()))) {
                json.append(to == from ? "" : ",").append(entries.get(to));
                to++;
            }
            byte[] bytes = json.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
            String hash = StoredDocument.hash(List.of(bytes));
            files.put(ROOT + "s/" + hash + ".json", bytes);
            shards.add(new String[] {keys.get(from), hash});
            from = to;
        }
        return shards;
    }

    private static boolean cutBefore(String term, int size, int entry) {
        int h = term.hashCode() * 0x9E3779B9;
        return (size >= SHARD_BYTES * 3 / 4 && (h >>> 29) == 0)
                || size + entry > SHARD_BYTES * 3 / 2;
    }
}
