package io.github.logbuch.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One document's terms in one language's analysis: how much each term weighs in it, in which part
 * of its text the term first comes, and the words that became the term (for matching what a reader
 * has typed so far).
 *
 * @param weights per term, its occurrences weighted by field: title ×{@value #TITLE}, tags ×{@value
 *     #TAGS}, text ×1
 * @param parts per term, the part of the text it first comes in (0 for one only in title or tags)
 * @param forms per term, the folded words that became it and go on at least two letters after where
 *     they part from it: "running" for "run". A reader who has typed "runn" is shown it;
 *     "weinberge" for "weinberg" is left out, as the stemmer makes the one from the other.
 * @param length the number of terms of the document, every field counted once
 */
record DocumentTerms(
        Map<String, Integer> weights,
        Map<String, Integer> parts,
        Map<String, Set<String>> forms,
        int length) {
    static final int TITLE = 4;
    static final int TAGS = 3;

    static DocumentTerms of(SearchDocument doc, List<String> textParts, Analyzer analyzer) {
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        int length = 0;
        length += add(analyzer, doc.title(), TITLE, 0, weights, parts, forms);
        for (String tag : doc.tags()) {
            length += add(analyzer, tag, TAGS, 0, weights, parts, forms);
        }
        for (int part = 0; part < textParts.size(); part++) {
            length += add(analyzer, textParts.get(part), 1, part, weights, parts, forms);
        }
        return new DocumentTerms(weights, parts, forms, length);
    }

    private static int add(
            Analyzer analyzer,
            String text,
            int weight,
            int part,
            Map<String, Integer> weights,
            Map<String, Integer> parts,
            Map<String, Set<String>> forms) {
        int count = 0;
        for (String word : Analyzer.words(text)) {
            String term = analyzer.term(word);
            if (term == null) {
                continue;
            }
            count++;
            weights.merge(term, weight, Integer::sum);
            if (weight == 1) {
                parts.putIfAbsent(term, part);
            }
            String form = Analyzer.fold(word);
            if (form.length() - commonPrefix(form, term) >= 2) {
                forms.computeIfAbsent(term, t -> new TreeSet<>()).add(form);
            }
        }
        return count;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
