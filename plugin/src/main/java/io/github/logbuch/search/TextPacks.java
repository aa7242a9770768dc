package io.github.logbuch.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
        List<List<StoredDocument>> filled = new ArrayList<>();
        for (List<StoredDocument> bucket : buckets) {
            if (!bucket.isEmpty()) {
                bucket.sort(Comparator.comparing(StoredDocument::url));
                filled.add(bucket);
            }
        }
        // each pack made and named on every core (one after another they were 2 % of a cold
        // 5,000-post build's main thread), then put together in order
        byte[][] packs = new byte[filled.size()][];
        String[] names = new String[filled.size()];
        IntStream.range(0, filled.size())
                .parallel()
                .forEach(
                        p -> {
                            packs[p] = pack(filled.get(p));
                            names[p] = StoredDocument.hash(List.of(packs[p]));
                        });
        List<String> hashes = new ArrayList<>();
        Map<StoredDocument, int[]> places = new IdentityHashMap<>();
        Map<String, byte[]> files = new java.util.TreeMap<>();
        for (int p = 0; p < filled.size(); p++) {
            List<StoredDocument> bucket = filled.get(p);
            for (int i = 0; i < bucket.size(); i++) {
                places.put(bucket.get(i), new int[] {p, i});
            }
            hashes.add(names[p]);
            files.put(SearchIndex.ROOT + "d/" + names[p] + ".json", packs[p]);
        }
        return new TextPacks(List.copyOf(hashes), places, files);
    }

    /** The heads of one bucket's documents as a JSON array, one a line. */
    private static byte[] pack(List<StoredDocument> bucket) {
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
        }
        json.write(']');
        json.write('\n');
        return json.toByteArray();
    }
}
