package io.github.logbuch.search;

import io.github.logbuch.config.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * Turns text into the terms a language's search index is keyed by, the way the search page's script
 * turns a query into them: the two must agree to the letter, so {@code search.js} repeats every
 * step here and {@code AnalyzerJsTest} runs both over the same words.
 *
 * <ol>
 *   <li>Words are the runs of letters, combining marks and digits of the NFC text, lower-cased.
 *   <li>German words go through the Snowball German stemmer as they are (it knows ä, ö, ü and ß),
 *       English ones through the Snowball English stemmer after folding; then accents are folded
 *       away (é → e, ß → ss), so a reader who types without them finds the word too.
 *   <li>Terms of fewer than two or more than 64 characters are left out.
 * </ol>
 *
 * <p>Languages without a stemmer here are folded but not stemmed. Thread-safe: the Snowball
 * stemmers keep state, so each thread gets its own; stems are remembered, as a blog repeats its
 * words.
 */
public final class Analyzer {
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 64;

    private final String stemmer;
    private final boolean foldFirst;
    private final ThreadLocal<SnowballStemmer> snowball;
    private final Map<String, Analyzed> terms = new ConcurrentHashMap<>();

    private Analyzer(String stemmer, boolean foldFirst, Supplier<SnowballStemmer> make) {
        this.stemmer = stemmer;
        this.foldFirst = foldFirst;
        this.snowball = make == null ? null : ThreadLocal.withInitial(make);
    }

    /** The analyzer of a language, chosen by its primary subtag: {@code de-AT} stems as German. */
    public static Analyzer of(Language language) {
        return switch (language.locale().getLanguage()) {
            case "de" -> new Analyzer("german", false, GermanStemmer::new);
            case "en" -> new Analyzer("english", true, EnglishStemmer::new);
            default -> new Analyzer(null, true, null);
        };
    }

    /**
     * The Snowball algorithm, as the theme's {@code snowball-<name>.js} asset names it; null for a
     * language that is only folded.
     */
    public String stemmer() {
        return stemmer;
    }

    /** The words of a text, lower-cased, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        eachWord(Normalizer.normalize(text, Normalizer.Form.NFC), words::add);
        return words;
    }

    /**
     * Gives each word of an NFC text to {@code action}, lower-cased, in order; returns how many.
     * The index reads every word of the blog through here, so plain ASCII takes a short way.
     */
    static int eachWord(String text, Consumer<String> action) {
        char[] chars = text.toCharArray(); // indexing an array is cheaper than charAt on UTF-16
        int count = 0;
        int start = -1;
        for (int i = 0; i < chars.length; ) {
            char ch = chars[i];
            int width = 1;
            boolean word;
            if (ch < 0x80) {
                word =
                        (ch >= 'a' && ch <= 'z')
                                || (ch >= 'A' && ch <= 'Z')
                                || (ch >= '0' && ch <= '9');
            } else {
                int c = Character.codePointAt(chars, i);
                width = Character.charCount(c);
                word = isWordChar(c);
            }
            if (word) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                action.accept(new String(chars, start, i - start).toLowerCase(Locale.ROOT));
                count++;
                start = -1;
            }
            i += width;
        }
        if (start >= 0) {
            action.accept(new String(chars, start, chars.length - start).toLowerCase(Locale.ROOT));
            count++;
        }
        return count;
    }

    /** What the script matches as {@code [\p{L}\p{M}\p{Nd}]}. */
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * A word's term, and the word folded where a reader still typing it needs it to be found: when
     * it goes on at least two letters after where it parts from the term ("running" for "run": a
     * reader who has typed "runn" is shown it; "weinberge" for "weinberg" is left out, as the
     * stemmer makes the one from the other); else null.
     */
    record Analyzed(String term, String form) {}

    private static final Analyzed NONE = new Analyzed(null, null);

    /** The term of a lower-cased word, or null for a word too short or too long to index. */
    public String term(String word) {
        Analyzed analyzed = analyze(word);
        return analyzed == null ? null : analyzed.term();
    }

    /** A lower-cased word's term and form, remembered; null for a word that is not indexed. */
    Analyzed analyze(String word) {
        Analyzed known = terms.get(word);
        if (known == null) {
            String term = stem(word);
            String form = term == null ? null : fold(word);
            known =
                    term == null
                            ? NONE
                            : new Analyzed(
                                    term,
                                    form.length() - commonPrefix(form, term) >= 2 ? form : null);
            terms.put(word, known);
        }
        return known == NONE ? null : known;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private String stem(String word) {
        String term = foldFirst ? fold(word) : word;
        if (snowball != null) {
            SnowballStemmer stem = snowball.get();
            stem.setCurrent(term);
            stem.stem();
            term = stem.getCurrent();
        }
        term = fold(term);
        return term.length() < MIN_LENGTH || term.length() > MAX_LENGTH ? null : term;
    }

    /** The terms of a text, in order, words too short or too long left out. */
    public List<String> terms(String text) {
        List<String> result = new ArrayList<>();
        for (String word : words(text)) {
            String term = term(word);
            if (term != null) {
                result.add(term);
            }
        }
        return result;
    }

    /**
     * A word without its accents and with ß as ss: what a prefix typed so far is compared with, and
     * the last step of every term.
     */
    public static String fold(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            plain = word.charAt(i) < 0x80;
        }
        if (plain) {
            return word;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            int type = Character.getType(c);
            if (c == 'ß') {
                out.append("ss");
            } else if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
