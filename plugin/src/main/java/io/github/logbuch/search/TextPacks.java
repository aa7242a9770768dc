package io.github.logbuch.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents' heads ({@link StoredDocument}) packed a few to a file, {@code d/<hash>.json}: a
 * blog of a thousand posts gets a few hundred files instead of a thousand, and a result still
 * fetches only about {@value #PACK_BYTES} bytes. A document's pack depends on its URL alone, and
 * the number of packs only doubles or halves as the blog grows, so an edit rewrites one pack.
 *
 * @param hashes every pack's file name
 * @param places per document, its pack (index into {@code hashes}) and its place in it
 * @param files every pack's file, by site path
 */
record TextPacks(
        List<String> hashes, Map<StoredDocument, int[]> places, Map<String, byte[]> files) {
    static final int PACK_BYTES = 16 * 1024;

    static TextPacks of(List<StoredDocument> documents) {
        long total = 0;
        for (StoredDocument doc : documents) {
            total += doc.head().length();
        }
        int count = 1;
        while (count < total / PACK_BYTES) {
            count *= 2;
        }
        List<List<StoredDocument>> buckets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            buckets.add(new ArrayList<>());
        }
        for (StoredDocument doc : documents) {
            int h = doc.url().hashCode();
            buckets.get((h ^ (h >>> 16)) & (count - 1)).add(doc);
        }
        List<String> hashes = new ArrayList<>();
        Map<StoredDocument, int[]> places = new IdentityHashMap<>();
        Map<String, byte[]> files = new java.util.TreeMap<>();
        for (List<StoredDocument> bucket : buckets) {
            if (bucket.isEmpty()) {
                continue;
            }
            bucket.sort(Comparator.comparing(StoredDocument::url));
            // as bytes: one long text in a builder grew by copies, and turned to two bytes a
            // character with the first head that has an umlaut
            java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream(PACK_BYTES * 2);
            json.write('[');
            for (int i = 0; i < bucket.size(); i++) {
                if (i > 0) {
                    json.write(',');
                    json.write('\n');
                }
                json.writeBytes(bucket.get(i).head().getBytes(StandardCharsets.UTF_8));
                places.put(bucket.get(i), new int[] {hashes.size(), i});
            }
            json.write(']');
            json.write('\n');
            byte[] bytes = json.toByteArray();
            String hash = StoredDocument.hash(List.of(bytes));
            hashes.add(hash);
            files.put(SearchIndex.ROOT + "d/" + hash + ".json", bytes);
        }
        return new TextPacks(List.copyOf(hashes), places, files);
    }
}
