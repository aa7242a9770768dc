package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.testing.BrowserlessSearch;
import io.github.logbuch.testing.BrowserlessSearch.Found;
import io.github.logbuch.testing.HtmlValidator;
import io.github.logbuch.testing.SearchFiles;
import io.github.logbuch.testing.TestPhotos;
import io.github.logbuch.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search as readers meet it: a page per language, a field in every header, and what it finds. */
class SearchPagesTest {
    @TempDir static Path dir;
    static TestSite site;

    /** Deep in a long post: its text is stored in parts, and a query fetches only the one. */
    static final String DEEP_WORD = "Zaunkönigsgesang";

    static TestSite blog(Path root) {
        String filler =
                "Die Reben stehen in langen Reihen am Hang, und zwischen ihnen wächst Gras. "
                        .repeat(200);
        return TestSite.in(root)
                .with(b -> b.baseUrl("https://example.org/blog/"))
                .with(b -> b.photos(new PhotoSettings(List.of(40, 80), 32, 0.85f, 120, false)))
                .files(
                        """
                -- content/posts/2016-06-29-weinlese/index.de.md --
                ---
                title: Weinlese an der Mosel
                tags: [Reise]
                ---
                Der Weinberg an der Mosel ist steil. Die Größenordnung der Ernte hängt vom
                Wetter ab.

                %s

                Am Ende des Tages hörten wir einen %s im Gebüsch.
                -- content/posts/2016-06-29-weinlese/index.en.md --
                ---
                title: Grape harvest on the Moselle
                ---
                The vineyards are steep, and the workloads of the harvest are heavy.
                -- content/posts/2016-06-02-strata/index.en.md --
                ---
                title: Strata + Hadoop World 2016
                ---
                Scheduling Kubernetes workloads at scale.
                -- content/posts/2016-05-01-geheim/index.de.md --
                ---
                title: Geheimer Weinberg
                search: false
                ---
                Niemand soll diesen Weinberg finden.
                -- content/posts/2016-05-02-entwurf/index.de.md --
                ---
                title: Entwurf über Weinberge
                draft: true
                ---
                Noch nicht fertig.
                -- content/pages/about/index.de.md --
                ---
                title: Über dieses Blog
                ---
                Hier schreibt Anna über Reisen.
                -- content/pages/about/index.en.md --
                ---
                title: About this blog
                ---
                Anna writes about travels.
                """
                                .formatted(filler, DEEP_WORD))
                .file(
                        "content/posts/2016-06-30-Frei, und wieder ab an die Elbe!/1.jpg",
                        TestPhotos.withXmpDescription(
                                TestPhotos.jpeg(TestPhotos.texture(120, 90, 3)),
                                "Strandhafer in den Dünen",
                                "en",
                                "Beach grass on the dunes"));
    }

    @BeforeAll
    static void build() {
        site = blog(dir);
        site.build();
    }

    @Test
    void eachLanguageHasASearchPageThatReadsItsQueryFromQ() {
        for (String page : List.of("search/index.html", "en/search/index.html")) {
            Document html = site.html(page);
            boolean english = page.startsWith("en/");
            assertEquals(english ? "en" : "de", html.selectFirst("html").attr("lang"));
            assertEquals(english ? "Search" : "Suche", html.selectFirst("h1").text());
            Element form = html.selectFirst("main form[role=search]");
            assertEquals(english ? "/blog/en/search/" : "/blog/search/", form.attr("action"));
            assertEquals("get", form.attr("method"));
            assertNotNull(form.selectFirst("input[type=search][name=q]"));
            Element script = html.selectFirst("script[data-index]");
            assertTrue(script.hasAttr("defer"));
            assertTrue(site.exists(script.attr("src").substring("/blog/".length())), page);
            assertTrue(site.exists(script.attr("data-index").substring("/blog/".length())), page);
            assertTrue(
                    html.selectFirst("noscript").text().contains("JavaScript"),
                    "without JavaScript the page says search needs it");
            assertNotNull(
                    html.selectFirst(
                            "link[rel=alternate][hreflang=" + (english ? "de" : "en") + "]"),
                    "the page links its other language");
            for (Element any : html.select("script[src], link[href]")) {
                String url = any.hasAttr("src") ? any.attr("src") : any.attr("href");
                assertTrue(
                        url.startsWith("/blog/")
                                || any.attr("rel").equals("canonical")
                                || any.attr("rel").equals("alternate"),
                        "nothing from another host: " + url);
            }
        }
    }

    @Test
    void everyPageHasASearchFieldInItsHeaderInItsLanguage() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.output())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        int checked = 0;
        for (Path page : pages) {
            String relative = site.output().relativize(page).toString();
            Document html = site.html(relative);
            if (html.selectFirst("meta[http-equiv=refresh]") != null) {
                continue; // a redirect of an old URL
            }
            Element form = html.selectFirst("header form.site-search");
            if (relative.endsWith("search/index.html")) {
                assertNull(form, "the search page has its own field: " + relative);
                continue;
            }
            assertNotNull(form, relative);
            boolean english = html.selectFirst("html").attr("lang").equals("en");
            assertEquals(english ? "/blog/en/search/" : "/blog/search/", form.attr("action"));
            Element input = form.selectFirst("input[name=q]");
            assertEquals(
                    english ? "Search the blog" : "Im Blog suchen",
                    form.selectFirst("label[for=" + input.id() + "]").text(),
                    relative);
            checked++;
        }
        assertTrue(checked > 10, "pages checked: " + checked);
    }

    @Test
    void theSearchPagesPassTheNuHtmlChecker() {
        HtmlValidator validator = new HtmlValidator();
        validator.assertValid(site.output().resolve("search/index.html"));
        validator.assertValid(site.output().resolve("en/search/index.html"));
    }

    @Test
    void eachLanguageIndexesWhatItsListsShowStemmedItsWay() {
        SearchFiles german = new SearchFiles(site.output(), "/blog", "search/index.html");
        assertEquals(List.of("/blog/2016/06/weinlese/"), german.urls("weinberg"));
        assertEquals(List.of("/blog/2016/06/weinlese/"), german.urls("grossenordn"));
        // the English-only post is listed on German pages, so German search finds it too
        assertEquals(List.of("/blog/en/2016/06/strata/"), german.urls("kubernet"));
        SearchFiles english = new SearchFiles(site.output(), "/blog", "en/search/index.html");
        assertEquals(
                List.of("/blog/en/2016/06/weinlese/", "/blog/en/2016/06/strata/"),
                english.urls("workload"));
        assertEquals(List.of("/blog/en/about/"), english.urls("travel"));
    }

    @Test
    void searchFalseAndDraftsStayOut() {
        SearchFiles german = new SearchFiles(site.output(), "/blog", "search/index.html");
        assertEquals(List.of(), german.urls("geheim"));
        assertEquals(List.of(), german.urls("entwurf"));
        assertTrue(site.exists("2016/05/geheim/index.html"), "the post itself is published");
    }

    @Test
    void albumsAreFoundByTheirCaptionsInEachLanguage() {
        SearchFiles german = new SearchFiles(site.output(), "/blog", "search/index.html");
        assertEquals(
                List.of("/blog/2016/06/frei-und-wieder-ab-an-die-elbe/"), german.urls("strandhaf"));
        SearchFiles english = new SearchFiles(site.output(), "/blog", "en/search/index.html");
        assertEquals(
                List.of("/blog/en/2016/06/frei-und-wieder-ab-an-die-elbe/"), english.urls("beach"));
    }

    @Test
    void germanQueriesFindUmlautsStemsAndPrefixes() {
        List<Found> found =
                BrowserlessSearch.run(
                        site.output(),
                        "/blog",
                        "search/index.html",
                        "größenordnung",
                        "GRÖSSENORDNUNG",
                        "Weinberge",
                        "größenord",
                        "grossenordnung wetter",
                        "Strandhafer",
                        "Kubernetes",
                        "weinberg kubernetes");
        for (Found query : found.subList(0, 5)) {
            assertEquals(List.of("/blog/2016/06/weinlese/"), query.urls());
        }
        assertEquals("Weinlese an der Mosel", found.get(2).results().get(0).title());
        assertTrue(
                found.get(0).results().get(0).snippet().contains("Die [Größenordnung] der Ernte"),
                found.get(0).results().get(0).snippet());
        assertTrue(
                found.get(2).results().get(0).snippet().startsWith("Der [Weinberg] an der Mosel"),
                found.get(2).results().get(0).snippet());
        assertEquals("29. Juni 2016", found.get(2).results().get(0).date());
        assertEquals("Frei, und wieder ab an die Elbe!", found.get(5).results().get(0).title());
        assertTrue(found.get(5).results().get(0).snippet().contains("[Strandhafer] in den Dünen"));
        BrowserlessSearch.Result strata = found.get(6).results().get(0);
        assertEquals("/blog/en/2016/06/strata/", strata.url());
        assertEquals("en", strata.lang(), "a result in another language says so");
        assertEquals(0, found.get(7).total(), "every word must match");
    }

    @Test
    void englishQueriesFindStemsAndCaptions() {
        List<Found> found =
                BrowserlessSearch.run(
                        site.output(),
                        "/blog",
                        "en/search/index.html",
                        "workload",
                        "Beach grass",
                        "vineyard",
                        "travel");
        assertEquals(
                List.of("/blog/en/2016/06/strata/", "/blog/en/2016/06/weinlese/"),
                found.get(0).urls().stream().sorted().toList());
        assertTrue(found.get(0).results().get(0).snippet().contains("[workloads]"));
        assertEquals(
                List.of("/blog/en/2016/06/frei-und-wieder-ab-an-die-elbe/"), found.get(1).urls());
        assertEquals("[Beach] [grass] on the dunes", found.get(1).results().get(0).snippet());
        assertEquals("June 29, 2016", found.get(2).results().get(0).date());
        assertEquals(List.of("/blog/en/about/"), found.get(3).urls());
    }

    @Test
    void aWordDeepInALongPostIsFoundFetchingOnlyThePartItIsIn() {
        Found found = BrowserlessSearch.run(site.output(), "/blog", "search/index.html", DEEP_WORD);
        assertEquals(List.of("/blog/2016/06/weinlese/"), found.urls());
        String snippet = found.results().get(0).snippet();
        assertTrue(snippet.contains("hörten wir einen [" + DEEP_WORD + "] im Gebüsch"), snippet);
        assertTrue(
                found.fetched().stream()
                        .anyMatch(url -> url.matches(".*/d/[0-9a-f]+\\.[1-9]\\.json")),
                "the text's later part: " + found.fetched());
        long text = site.read("2016/06/weinlese/index.html").length();
        assertTrue(found.bytes() < text, found.bytes() + " bytes fetched, the post has " + text);
    }

    @Test
    void searchCanBeTurnedOff(@TempDir Path other) throws IOException {
        TestSite off = blog(other).with(b -> b.search(false));
        off.build();
        assertFalse(off.exists("search"));
        assertFalse(off.exists("en/search"));
        assertNull(off.html("index.html").selectFirst("form.site-search"));
        try (Stream<Path> assets = Files.list(off.output().resolve("assets"))) {
            assertTrue(assets.noneMatch(p -> p.getFileName().toString().startsWith("search")));
        }
    }
}
