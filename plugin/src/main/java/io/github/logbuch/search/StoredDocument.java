package io.github.logbuch.search;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a result shows of a document: its title, URL, language, dates and text. The head (all that
 * and the first part of the text) goes into a pack with a few other documents ({@link TextPacks});
 * the further parts of a long text get files of their own, {@code d/<hash>.<n>.json}, so a query
 * fetches the part its words are in and never the whole blog.
 *
 * @param url the document's URL, which places it in a pack
 * @param head the JSON object of the head
 * @param parts the text, cut at spaces into parts of at most {@link #PART_LENGTH} characters
 * @param hash names the files of the further parts, changing with any of the document; null for a
 *     text of one part
 * @param files the further parts' files, by site path
 */
record StoredDocument(
        String url, String head, List<String> parts, String hash, Map<String, byte[]> files) {
    /** Most posts fit in one part; a long one is fetched a part at a time. */
    static final int PART_LENGTH = 6000;

    static StoredDocument of(SearchDocument doc) {
        List<String> parts = split(doc.text());
        StringBuilder head = new StringBuilder(parts.get(0).length() + 256);
        head.append("{\"u\":");
        Json.string(head, doc.url()).append(",\"t\":");
        Json.string(head, doc.title()).append(",\"l\":");
        Json.string(head, doc.lang());
        if (doc.date() != null) {
            head.append(",\"d\":");
            Json.string(head, doc.date()).append(",\"f\":{");
            String comma = "";
            for (Map.Entry<String, String> date : doc.dates().entrySet()) {
                head.append(comma);
                Json.string(head, date.getKey()).append(':');
                Json.string(head, date.getValue());
                comma = ",";
            }
            head.append('}');
        }
        head.append(",\"x\":");
        Json.string(head, parts.get(0)).append('}');
        List<byte[]> content = new ArrayList<>();
        content.add(head.toString().getBytes(StandardCharsets.UTF_8));
        for (String part : parts.subList(1, parts.size())) {
            content.add(
                    Json.string(new StringBuilder("{\"x\":"), part)
                            .append("}\n")
                            .toString()
                            .getBytes(StandardCharsets.UTF_8));
        }
        // only a long text's further parts need a name of their own; hashing every text would be
        // a tenth of what search costs
        String hash = content.size() == 1 ? null : hash(content);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 1; i < content.size(); i++) {
            files.put(SearchIndex.ROOT + "d/" + hash + "." + i + ".json", content.get(i));
        }
        return new StoredDocument(doc.url(), head.toString(), List.copyOf(parts), hash, files);
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > PART_LENGTH) {
            int end = start + PART_LENGTH;
            int cut = end;
            while (cut > start + PART_LENGTH / 2 && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            if (!Character.isWhitespace(text.charAt(cut))) {
                cut = end; // one word of thousands of letters: cut it
                if (Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;
                }
            }
            parts.add(text.substring(start, cut));
            start = cut;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * Enough of an XXH3-128 that two different files of one blog never share a name (a name, not a
     * seal; the sources' and pages' digests are the same hash, nine times MD5's speed in the forked
     * build's quick JIT, where MD5 here was 2 % of a cold 5,000-post build's main thread).
     */
    static String hash(List<byte[]> contents) {
        HashStream128 digest = Hashing.xxh3_128().hashStream();
        for (byte[] content : contents) {
            digest.putBytes(content);
        }
        return HexFormat.of().formatHex(digest.get().toByteArray(), 0, 5);
    }
}
