package io.github.logbuch.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's files, which a result's title, date and snippet come from: {@code d/<hash>.json}
 * holds the title, URL, language, dates and the first part of the text, {@code d/<hash>.<n>.json}
 * the further parts of a long text. A query fetches the first file of each result it shows and the
 * part its words are in, never the whole blog. Named by their content, so a browser may keep them.
 * The same files serve every language's index.
 *
 * @param hash names the files; changes with any of them
 * @param parts the text, cut at spaces into parts of at most {@link #PART_LENGTH} characters
 * @param files each file's site path and bytes
 */
record StoredDocument(String hash, List<String> parts, Map<String, byte[]> files) {
    /** Most posts fit in one part; a long one is fetched a part at a time. */
    static final int PART_LENGTH = 6000;

    static StoredDocument of(SearchDocument doc) {
        List<String> parts = split(doc.text());
        List<String> json = new ArrayList<>();
        StringBuilder first = new StringBuilder(parts.get(0).length() + 256);
        first.append("{\"u\":");
        Json.string(first, doc.url()).append(",\"t\":");
        Json.string(first, doc.title()).append(",\"l\":");
        Json.string(first, doc.lang());
        if (doc.date() != null) {
            first.append(",\"d\":");
            Json.string(first, doc.date()).append(",\"f\":{");
            String comma = "";
            for (Map.Entry<String, String> date : doc.dates().entrySet()) {
                first.append(comma);
                Json.string(first, date.getKey()).append(':');
                Json.string(first, date.getValue());
                comma = ",";
            }
            first.append('}');
        }
        first.append(",\"x\":");
        Json.string(first, parts.get(0)).append("}\n");
        json.add(first.toString());
        for (String part : parts.subList(1, parts.size())) {
            json.add(Json.string(new StringBuilder("{\"x\":"), part).append("}\n").toString());
        }
        List<byte[]> bytes = json.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        String hash = hash(bytes);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < bytes.size(); i++) {
            files.put(path(hash, i), bytes.get(i));
        }
        return new StoredDocument(hash, List.copyOf(parts), files);
    }

    /** The site path of a part's file. */
    static String path(String hash, int part) {
        return SearchIndex.ROOT + "d/" + hash + (part == 0 ? "" : "." + part) + ".json";
    }

    /** How the manifest names it: the hash, and the number of parts when there are several. */
    String reference() {
        return parts.size() == 1 ? hash : hash + ":" + parts.size();
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

    /** Enough of a SHA-256 that two different files of one blog never share a name. */
    static String hash(List<byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
