package io.github.logbuch.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A document's distinct words, read once and shared by every language's index, which maps them to
 * its own terms.
 *
 * @param words the lower-cased words, each once
 * @param weights per word, its occurrences weighted by field: title ×{@value #TITLE}, tags ×{@value
 *     #TAGS}, text ×1
 * @param parts per word, the part of the text it first comes in; -1 for a word only in the title or
 *     the tags
 * @param length the number of words of the document, every field counted once
 */
record DocumentWords(String[] words, int[] weights, int[] parts, int length) {
    static final int TITLE = 4;
    static final int TAGS = 3;

    /**
     * @param textParts the document's text as {@link StoredDocument} cut it, NFC
     * @param shared the instance of a word to keep, shared with other documents
     */
    static DocumentWords of(
            SearchDocument doc, List<String> textParts, UnaryOperator<String> shared) {
        Map<String, int[]> found = new HashMap<>();
        int length = Analyzer.eachWord(doc.title(), word -> add(found, word, TITLE, 0));
        for (String tag : doc.tags()) {
            length += Analyzer.eachWord(tag, word -> add(found, word, TAGS, 0));
        }
        for (int part = 0; part < textParts.size(); part++) {
            int in = part;
            length += Analyzer.eachWord(textParts.get(part), word -> add(found, word, 1, in));
        }
        String[] words = new String[found.size()];
        int[] weights = new int[words.length];
        int[] parts = new int[words.length];
        int i = 0;
        for (Map.Entry<String, int[]> word : found.entrySet()) {
            words[i] = shared.apply(word.getKey());
            weights[i] = word.getValue()[0];
            parts[i] = word.getValue()[1];
            i++;
        }
        return new DocumentWords(words, weights, parts, length);
    }

    private static void add(Map<String, int[]> found, String word, int weight, int part) {
        int[] counts = found.get(word);
        if (counts == null) {
            counts = new int[] {0, -1};
            found.put(word, counts);
        }
        counts[0] += weight;
        if (weight == 1 && counts[1] < 0) {
            counts[1] = part;
        }
    }
}
