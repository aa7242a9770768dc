package io.github.logbuch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.config.Language;
import io.github.logbuch.testing.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query and index must normalise words the same way: {@code terms-de.tsv} and {@code terms-en.tsv}
 * list texts with the terms they must give, the Java analyzer and the page's script alike.
 */
class AnalyzerTest {
    private static final Analyzer GERMAN = Analyzer.of(language("de"));
    private static final Analyzer ENGLISH = Analyzer.of(language("en"));

    @TempDir Path dir;

    private static Language language(String code) {
        return new Language(code, Locale.forLanguageTag(code), true);
    }

    @Test
    void caseUmlautsAndSharpSDoNotMatter() {
        String term = GERMAN.term("größenordnung");
        assertEquals("grossenordn", term);
        for (String written : List.of("Größenordnung", "GRÖSSENORDNUNG", "Größenordnungen")) {
            assertEquals(List.of(term), GERMAN.terms(written), written);
        }
        assertEquals(List.of("strass"), ENGLISH.terms("Straße"));
        assertEquals(ENGLISH.terms("Strasse"), ENGLISH.terms("Straße"));
    }

    @Test
    void germanWordsAreStemmedTheGermanWay() {
        assertEquals(GERMAN.term("weinberg"), GERMAN.term("weinberge"));
        assertEquals(GERMAN.term("weinberg"), GERMAN.term("weinbergen"));
        assertEquals(GERMAN.term("brücke"), GERMAN.term("brücken"));
        assertEquals(GERMAN.term("vortrag"), GERMAN.term("vorträge"));
    }

    @Test
    void englishWordsAreStemmedTheEnglishWay() {
        assertEquals(ENGLISH.term("workload"), ENGLISH.term("workloads"));
        assertEquals(ENGLISH.term("run"), ENGLISH.term("running"));
        assertEquals(ENGLISH.term("study"), ENGLISH.term("studies"));
        assertEquals("naiv", ENGLISH.term("naïve"));
    }

    @Test
    void otherLanguagesAreFoldedButNotStemmed() {
        Analyzer french = Analyzer.of(language("fr"));
        assertNull(french.stemmer());
        assertEquals(List.of("ete", "cafes"), french.terms("Été cafés"));
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsAfterNfc() {
        assertEquals(
                List.of("x86", "64", "c", "hamburg", "s", "größe"),
                Analyzer.words("x86_64, C++ Hamburg's Gro\u0308\u00dfe"));
        assertEquals(
                List.of("x86", "64", "hamburg", "gross"), GERMAN.terms("x86_64 C Hamburg's Größe"));
    }

    @Test
    void wordsTooShortOrTooLongAreLeftOut() {
        assertNull(GERMAN.term("a"));
        assertNull(ENGLISH.term("w".repeat(65)));
        assertEquals("w".repeat(64), ENGLISH.term("w".repeat(64)));
    }

    @Test
    void theJavaAnalyzerGivesTheListedTerms() {
        for (String code : List.of("de", "en")) {
            Analyzer analyzer = code.equals("de") ? GERMAN : ENGLISH;
            List<String[]> cases = cases(code);
            assertTrue(cases.size() > 1000, "a long list: " + cases.size());
            for (String[] c : cases) {
                assertEquals(c[1], String.join(" ", analyzer.terms(c[0])), code + ": " + c[0]);
            }
        }
    }

    /** The script the search page loads, run by Node.js over the same list. */
    @Test
    void theSearchPageScriptGivesTheListedTerms() {
        for (String code : List.of("de", "en")) {
            Analyzer analyzer = code.equals("de") ? GERMAN : ENGLISH;
            StringBuilder input = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (String[] c : cases(code)) {
                input.append(c[0]).append('\n');
                expected.append(c[1]).append('\n');
            }
            String script =
                    SearchScript.of(analyzer.stemmer(), AnalyzerTest::asset)
                            + """
                            const term = globalThis.LogbuchSearch.analyzer(%s);
                            const lines = require("fs").readFileSync(0, "utf8").split("\\n");
                            lines.pop();
                            const out = lines.map(text => globalThis.LogbuchSearch.words(text)
                                .map(term).filter(t => t !== null).join(" "));
                            process.stdout.write(out.join("\\n") + "\\n");
                            """
                                    .formatted("\"" + analyzer.stemmer() + "\"");
            String actual = Node.run(dir, script, input.toString());
            List<String> want = expected.toString().lines().toList();
            List<String> got = actual.lines().toList();
            assertEquals(want.size(), got.size());
            List<String> cases = input.toString().lines().toList();
            for (int i = 0; i < want.size(); i++) {
                assertEquals(want.get(i), got.get(i), code + ": " + cases.get(i));
            }
        }
    }

    static String asset(String name) {
        try (InputStream in =
                AnalyzerTest.class
                        .getClassLoader()
                        .getResourceAsStream("io/github/logbuch/theme/assets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> cases(String code) {
        try (InputStream in = AnalyzerTest.class.getResourceAsStream("terms-" + code + ".tsv")) {
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    int tab = line.indexOf('\t');
                    cases.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
