package io.github.logbuch.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default language at the root, the others under /<lang>/, and every page linking its
 * translations.
 */
class LanguagesTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = SampleBlogs.kitchenSink(dir);
        site.build();
    }

    private static List<String> hreflangs(Document page) {
        return page.select("link[rel=alternate][hreflang]:not([type])").stream()
                .map(e -> e.attr("hreflang") + " " + e.attr("href"))
                .toList();
    }

    @Test
    void theDefaultLanguageLivesAtTheRootAndOthersUnderTheirCode() {
        assertEquals("de", site.html("index.html").selectFirst("html").attr("lang"));
        assertEquals("en", site.html("en/index.html").selectFirst("html").attr("lang"));
        assertEquals(
                "de",
                site.html("2016/06/containerdays-2016/index.html")
                        .selectFirst("html")
                        .attr("lang"));
        assertEquals(
                "en",
                site.html("en/2016/06/containerdays-2016/index.html")
                        .selectFirst("html")
                        .attr("lang"));
        assertEquals(
                "en", site.html("en/2016/06/strata/index.html").selectFirst("html").attr("lang"));
        assertEquals("en", site.html("en/about/index.html").selectFirst("html").attr("lang"));
        assertEquals("de", site.html("impressum/index.html").selectFirst("html").attr("lang"));
    }

    @Test
    void aTranslatedPostListsEveryVariantIncludingItselfAndXDefault() {
        List<String> expected =
                List.of(
                        "de https://blog.example.org/2016/06/containerdays-2016/",
                        "en https://blog.example.org/en/2016/06/containerdays-2016/",
                        "x-default https://blog.example.org/2016/06/containerdays-2016/");
        assertEquals(expected, hreflangs(site.html("2016/06/containerdays-2016/index.html")));
        assertEquals(expected, hreflangs(site.html("en/2016/06/containerdays-2016/index.html")));
    }

    @Test
    void aPostInOneLanguageHasItselfAndXDefaultOnly() {
        assertEquals(
                List.of(
                        "en https://blog.example.org/en/2016/06/strata/",
                        "x-default https://blog.example.org/en/2016/06/strata/"),
                hreflangs(site.html("en/2016/06/strata/index.html")));
    }

    @Test
    void listPagesLinkTheirCounterpartsInEveryLanguage() {
        assertEquals(
                List.of(
                        "de https://blog.example.org/",
                        "en https://blog.example.org/en/",
                        "x-default https://blog.example.org/"),
                hreflangs(site.html("en/index.html")));
        assertEquals(
                List.of(
                        "de https://blog.example.org/archive/",
                        "en https://blog.example.org/en/archive/",
                        "x-default https://blog.example.org/archive/"),
                hreflangs(site.html("archive/index.html")));
    }

    @Test
    void everyPageHasAVisibleLanguageSwitch() {
        Document german = site.html("2016/06/containerdays-2016/index.html");
        Element toEnglish = german.selectFirst("nav.language-switch a[hreflang=en]");
        assertNotNull(toEnglish);
        assertEquals("/en/2016/06/containerdays-2016/", toEnglish.attr("href"));
        assertEquals("English", toEnglish.text());
        // no English version: the switch leads to the English home page
        Document baakenhafen = site.html("2016/06/baakenhafen/index.html");
        assertEquals(
                "/en/", baakenhafen.selectFirst("nav.language-switch a[hreflang=en]").attr("href"));
        for (String page :
                List.of("index.html", "en/tags/index.html", "en/archive/index.html", "404.html")) {
            assertEquals(1, site.html(page).select("nav.language-switch").size(), page);
        }
    }

    @Test
    void aPostInOneLanguageIsListedInTheOtherMarkedWithItsLanguage() {
        Document germanHome = site.html("index.html");
        Element strata = germanHome.selectFirst("article:has(a[href=/en/2016/06/strata/])");
        assertNotNull(strata, "the English-only post is listed on the German home page");
        assertEquals("en", strata.attr("lang"));
        assertEquals("en", strata.selectFirst("h2 a").attr("hreflang"));
        assertEquals("Englisch", strata.selectFirst(".language-label").text());

        Document englishHome = site.html("en/index.html");
        Element baakenhafen = englishHome.selectFirst("article:has(a[href=/2016/06/baakenhafen/])");
        assertNotNull(baakenhafen, "the German-only post is listed on the English home page");
        assertEquals("de", baakenhafen.attr("lang"));
        assertEquals("German", baakenhafen.selectFirst(".language-label").text());
        // a translated post appears once, in the page's language
        assertEquals(1, englishHome.select("a[href*=containerdays-2016]:not(.more a)").size());
        assertTrue(englishHome.select("a[href=/2016/06/containerdays-2016/]").isEmpty());
    }

    @Test
    void otherLanguagesCanBeLeftOffTheLists(@TempDir Path other) {
        TestSite blog = SampleBlogs.kitchenSink(other).with(b -> b.listOtherLanguages(false));
        blog.build();
        assertTrue(blog.html("index.html").select("a[href=/en/2016/06/strata/]").isEmpty());
        assertFalse(blog.html("en/index.html").select("a[href=/en/2016/06/strata/]").isEmpty());
    }

    @Test
    void datesAreFormattedForThePageLanguage() {
        assertEquals(
                "29. Juni 2016",
                site.html("2016/06/containerdays-2016/index.html")
                        .selectFirst("article time")
                        .text());
        assertEquals(
                "June 29, 2016",
                site.html("en/2016/06/containerdays-2016/index.html")
                        .selectFirst("article time")
                        .text());
        assertEquals(
                "2016-06-29T18:30:00+02:00",
                site.html("en/2016/06/containerdays-2016/index.html")
                        .selectFirst("article time")
                        .attr("datetime"));
    }

    @Test
    void uiStringsAreInThePageLanguage() {
        assertEquals(
                "Zum Inhalt springen", site.html("index.html").selectFirst(".skip-link").text());
        assertEquals(
                "Skip to content", site.html("en/index.html").selectFirst(".skip-link").text());
        assertEquals("Archiv", site.html("archive/index.html").selectFirst("h1").text());
        assertEquals("Archive", site.html("en/archive/index.html").selectFirst("h1").text());
    }

    @Test
    void translationsAreLinkedFromThePost() {
        Element also =
                site.html("en/2016/06/containerdays-2016/index.html")
                        .selectFirst(".post-header a[rel=alternate]");
        assertNotNull(also);
        assertEquals("/2016/06/containerdays-2016/", also.attr("href"));
        assertEquals("de", also.attr("hreflang"));
    }
}
