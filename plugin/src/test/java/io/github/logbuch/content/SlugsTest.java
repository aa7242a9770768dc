package io.github.logbuch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Über die Brücke | ueber-die-bruecke",
                "Straße | strasse",
                "Baakenhafen, HafenCity | baakenhafen-hafencity",
                "Rule, Britannia! Britannia rule the waves! | rule-britannia-britannia-rule-the-waves",
                "Strata + Hadoop World 2016 | strata-hadoop-world-2016",
                "Café Ørsted | cafe-orsted",
                "C++ & <Rust> | c-and-rust",
                "ÄÖÜ | aeoeue",
                "  --x--  | x"
            })
    void slugsAreLowercaseAsciiWithGermanLettersSpelledOut(String text, String slug) {
        assertEquals(slug, Slugs.slugify(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"containerdays-2016", "a.b", "über", "x_y~z"})
    void handWrittenSlugsMayUseOneSafeSegment(String slug) {
        assertTrue(Slugs.isSafeSegment(slug));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../etc", "..", ".", "a/b", "a\\b", ".hidden", "a..b", "a b", "a?b", "a#b",
                "%2e%2e", ""
            })
    void slugsThatCouldLeaveTheirFolderAreRefused(String slug) {
        assertFalse(Slugs.isSafeSegment(slug));
    }

    @ParameterizedTest
    @CsvSource({"Big Data, big-data", "日本, 日本", "Docker, docker"})
    void tagsWithoutLatinLettersKeepTheirName(String tag, String slug) {
        assertEquals(slug, Slugs.tagSlug(tag));
    }
}
