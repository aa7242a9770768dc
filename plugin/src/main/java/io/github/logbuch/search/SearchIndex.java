package io.github.logbuch.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One language's search index as static files, split so that a query fetches only what it needs:
 *
 * <ul>
 *   <li>{@code /search/index-<lang>.<hash>.json}, the manifest: every document's file name and
 *       every shard's key and file name. A few bytes per document.
 *   <li>{@code /search/s/<hash>.json}, the shards: the terms starting with the shard's key, each
 *       with its postings (document, weight, and for a long document the part its text has the term
 *       in) and the words it was made from. A shard that grows past {@value #SHARD_BYTES} bytes is
 *       split by the next letter, so a query word fetches one small file.
 *   <li>{@code /search/d/...}, the documents' own files ({@link StoredDocument}), shared by every
 *       language's index: a result's title, date and snippet.
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
     * The files of one language's index.
     *
     * @param manifest the site path of the manifest the search page reads first
     * @param files every file's site path and bytes, the documents' own files included
     */
    public record Files(String manifest, Map<String, byte[]> files) {}

    private SearchIndex() {}

    /**
     * Writes the index of one language: {@code documents} in the order results of equal weight are
     * shown (newest first), analysed by {@code analyzer}.
     */
    public static Files write(
            String languageCode,
            Analyzer analyzer,
            List<SearchDocument> documents,
            SearchCache cache) {
        List<StoredDocument> stored = cache.stored(documents);
        List<DocumentTerms> terms = cache.terms(languageCode, analyzer, documents, stored);
        Map<String, byte[]> files = new TreeMap<>();
        for (StoredDocument doc : stored) {
            files.putAll(doc.files());
        }
        TreeMap<String, Postings> index = new TreeMap<>();
        for (int id = 0; id < documents.size(); id++) {
            DocumentTerms doc = terms.get(id);
            boolean parted = stored.get(id).parts().size() > 1;
            for (Map.Entry<String, Integer> term : doc.weights().entrySet()) {
                Postings postings = index.computeIfAbsent(term.getKey(), t -> new Postings());
                postings.add(
                        id,
                        weight(term.getValue(), doc.length()),
                        parted ? doc.parts().getOrDefault(term.getKey(), 0) : -1);
                Set<String> forms = doc.forms().get(term.getKey());
                if (forms != null) {
                    postings.forms.addAll(forms);
                }
            }
        }
        List<String> keys = new ArrayList<>(index.size());
        List<String> entries = new ArrayList<>(index.size());
        for (Map.Entry<String, Postings> term : index.entrySet()) {
            keys.add(term.getKey());
            entries.add(term.getValue().json(term.getKey()));
        }
        Map<String, String> shards = new TreeMap<>();
        new Shards(keys, entries, files, shards).split(0, keys.size(), 0, "");

        StringBuilder manifest = new StringBuilder(64 + documents.size() * 16);
        manifest.append("{\"v\":1,\"lang\":");
        Json.string(manifest, languageCode).append(",\"stemmer\":");
        if (analyzer.stemmer() == null) {
            manifest.append("null");
        } else {
            Json.string(manifest, analyzer.stemmer());
        }
        manifest.append(",\"docs\":[");
        for (int id = 0; id < stored.size(); id++) {
            if (id > 0) {
                manifest.append(',');
            }
            Json.string(manifest, stored.get(id).reference());
        }
        manifest.append("],\"shards\":{");
        String comma = "";
        for (Map.Entry<String, String> shard : shards.entrySet()) {
            manifest.append(comma);
            Json.string(manifest, shard.getKey()).append(':');
            Json.string(manifest, shard.getValue());
            comma = ",";
        }
        manifest.append("}}\n");
        byte[] bytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        String path =
                ROOT
                        + "index-"
                        + languageCode
                        + "."
                        + StoredDocument.hash(List.of(bytes))
                        + ".json";
        files.put(path, bytes);
        return new Files(path, files);
    }

    /** A term's weight in a document, 1 to 88: BM25's term frequency part, quantised. */
    static int weight(int weightedCount, int length) {
        double norm = K1 * (1 - B + B * length / TYPICAL_LENGTH);
        double tf = weightedCount * (K1 + 1) / (weightedCount + norm);
        return (int) Math.max(1, Math.round(tf * 40));
    }

    /** A term's postings as the shard writes them, documents ascending. */
    private static final class Postings {
        private final StringBuilder numbers = new StringBuilder();
        private final Set<String> forms = new TreeSet<>();
        private int last;

        void add(int doc, int weight, int part) {
            if (numbers.length() > 0) {
                numbers.append(',');
            }
            numbers.append(doc - last).append(',').append(weight);
            if (part >= 0) {
                numbers.append(',').append(part);
            }
            last = doc;
        }

        /** {@code "term":[[doc delta, weight(, part), ...],["form", ...]]} */
        String json(String term) {
            StringBuilder out = new StringBuilder(term.length() + numbers.length() + 16);
            Json.string(out, term).append(":[[").append(numbers).append(']');
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

    /** Cuts the sorted terms into shards by prefix, each at most about {@link #SHARD_BYTES}. */
    private record Shards(
            List<String> keys,
            List<String> entries,
            Map<String, byte[]> files,
            Map<String, String> shards) {

        void split(int from, int to, int depth, String prefix) {
            long size = 0;
            boolean divisible = false;
            for (int i = from; i < to; i++) {
                size += entries.get(i).length() + 1;
                divisible |= keys.get(i).length() > depth;
            }
            if (size <= SHARD_BYTES || !divisible) {
                write(from, to, prefix);
                return;
            }
            int i = from;
            while (i < to && keys.get(i).length() <= depth) {
                i++; // the prefix itself as a term sorts first and stays in the prefix's shard
            }
            if (i > from) {
                write(from, i, prefix);
            }
            while (i < to) {
                String key = keys.get(i);
                int width = Character.isHighSurrogate(key.charAt(depth)) ? 2 : 1;
                String next = key.substring(0, Math.min(key.length(), depth + width));
                int j = i;
                while (j < to && keys.get(j).startsWith(next)) {
                    j++;
                }
                split(i, j, next.length(), next);
                i = j;
            }
        }

        private void write(int from, int to, String prefix) {
            if (from == to) {
                return;
            }
            StringBuilder json = new StringBuilder("{");
            for (int i = from; i < to; i++) {
                if (i > from) {
                    json.append(',');
                }
                json.append(entries.get(i));
            }
            byte[] bytes = json.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
            String hash = StoredDocument.hash(List.of(bytes));
            files.put(ROOT + "s/" + hash + ".json", bytes);
            shards.put(prefix, hash);
        }
    }
}
