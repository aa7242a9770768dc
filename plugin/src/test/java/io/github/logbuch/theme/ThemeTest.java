package io.github.logbuch.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme, overrides by file name, strict variables, UI strings and escaping. */
class ThemeTest {
    @TempDir Path dir;

    private static final String POST =
            """
            -- content/posts/2016-06-29-post/index.md --
            ---
            title: Ein Beitrag
            tags: [Hamburg]
            ---
            Text.
            -- content/posts/2016-06-29-post/index.en.md --
            ---
            title: A post
            ---
            Text.
            """;

    @Test
    void aTemplateIsOverriddenByGivingAFileItsName() {
        TestSite site =
                TestSite.in(dir)
                        .files(POST)
                        .files(
                                """
                -- templates/post.peb --
                {% extends "base.peb" %}
                {% block main %}<p class="mine">{{ post.title | upper }}</p>{% endblock %}
                """);
        site.build();
        Document page = site.html("2016/06/post/index.html");
        assertEquals("EIN BEITRAG", page.selectFirst("p.mine").text());
        // the rest of the built-in theme is still there
        assertEquals(1, page.select("nav.language-switch").size());
    }

    @Test
    void pagesAreWrittenInUtf8WithCharactersOfEveryWidth() throws Exception {
        String title = "Grüße aus Hamburg — 漢字 🚢";
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-29-post/index.md --
                ---
                title: "%s"
                ---
                Text.
                """
                                        .formatted(title));
        site.build();
        assertEquals(title, site.html("2016/06/post/index.html").selectFirst("h1").text());
        String raw =
                java.nio.file.Files.readString(
                        site.output().resolve("2016/06/post/index.html"),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(raw.contains(title), raw);
    }

    @Test
    void aTemplateTypoFailsWithTheTemplatesFileAndLine() {
        TestSite site =
                TestSite.in(dir)
                        .files(POST)
                        .files(
                                """
                -- templates/post.peb --
                {% extends "base.peb" %}
                {% block main %}
                <h1>{{ post.titel }}</h1>
                {% endblock %}
                """);
        BuildFailedException failure = site.buildFails();
        List<String> problems =
                failure.problems().stream().map(p -> p.describe(site.source())).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/post.peb:3: "), problems.get(0));
        assertTrue(problems.get(0).contains("titel"), problems.get(0));
    }

    @Test
    void anUnknownVariableInTheBuiltInThemeWouldFailToo() {
        TestSite site =
                TestSite.in(dir)
                        .files(POST)
                        .files(
                                """
                -- templates/partials/tags.peb --
                {{ nosuchvariable }}
                """);
        BuildFailedException failure = site.buildFails();
        assertTrue(
                failure.problems()
                        .get(0)
                        .describe(site.source())
                        .startsWith("templates/partials/tags.peb:1: "),
                failure.problems().toString());
    }

    @Test
    void uiStringsCanBeOverriddenPerLanguage() {
        TestSite site =
                TestSite.in(dir)
                        .files(POST)
                        .files(
                                """
                -- i18n/messages_de.properties --
                nav.archive=Alle Beiträge
                -- i18n/messages.properties --
                nav.tags=Themen
                """);
        site.build();
        Document german = site.html("index.html");
        Document english = site.html("en/index.html");
        assertEquals(1, german.select("nav.site-nav a:containsOwn(Alle Beiträge)").size());
        assertEquals(1, english.select("nav.site-nav a:containsOwn(Archive)").size());
        // messages.properties applies to every language, a language's own file wins over it
        assertEquals(1, english.select("nav.site-nav a:containsOwn(Themen)").size());
        assertEquals(1, german.select("nav.site-nav a:containsOwn(Schlagwörter)").size());
    }

    @Test
    void aDateFormatCanBeOverridden() {
        TestSite site =
                TestSite.in(dir)
                        .files(POST)
                        .files("-- i18n/messages_de.properties --\ndate.long=d.M.yyyy\n");
        site.build();
        assertEquals(
                "29.6.2016",
                site.html("2016/06/post/index.html").selectFirst("article time").text());
    }

    @Test
    void theOutputDoesNotDependOnTheJvmsLocaleOrTimeZone(@TempDir Path other) {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        TestSite first = TestSite.in(dir).files(POST);
        first.build();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            TestSite second = TestSite.in(other).files(POST);
            second.build();
            for (String file :
                    List.of(
                            "index.html",
                            "en/index.html",
                            "2016/06/post/index.html",
                            "feed.xml",
                            "sitemap.xml")) {
                assertEquals(first.read(file), second.read(file), file);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void aLanguageWithoutBuiltInStringsFallsBackToEnglishWithAWarning() {
        TestSite site =
                TestSite.in(dir)
                        .with(b -> b.languages("fr,de"))
                        .files(
                                "-- content/posts/2016-06-29-post/index.md --\n---\ntitle: Bonjour\n---\nTexte.\n");
        site.build();
        assertEquals("Skip to content", site.html("index.html").selectFirst(".skip-link").text());
        assertEquals(
                "29 juin 2016",
                site.html("2016/06/post/index.html").selectFirst("article time").text());
        assertTrue(
                site.warnings().get(0).message().contains("no built-in UI strings for fr"),
                site.warnings().toString());
    }

    @Test
    void titlesTagsAndSummariesAreEscaped() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-29-xss/index.md --
                ---
                title: <script>alert(1)</script> & "Fish"
                tags: ["<b>bold</b>", "R&D"]
                summary: <img src=x onerror=alert(2)> & more
                description: A "quoted" <description>
                ---
                Body.
                """);
        site.build();
        for (String file :
                List.of(
                        "index.html",
                        "2016/06/xss/index.html",
                        "tags/b-bold-b/index.html",
                        "tags/index.html",
                        "archive/index.html",
                        "en/index.html")) {
            String html = site.read(file);
            assertTrue(
                    !html.contains("<script>alert")
                            && !html.contains("<img src=x")
                            && !html.contains("<b>bold"),
                    file + ":\n" + html);
        }
        Document post = site.html("2016/06/xss/index.html");
        assertEquals("<script>alert(1)</script> & \"Fish\"", post.selectFirst("h1").text());
        assertEquals(
                "A \"quoted\" <description>",
                post.selectFirst("meta[name=description]").attr("content"));
        Document home = site.html("index.html");
        assertEquals(
                "<img src=x onerror=alert(2)> & more", home.selectFirst(".entry-summary").text());
        assertEquals(
                "<b>bold</b>",
                site.html("tags/b-bold-b/index.html")
                        .selectFirst("h1")
                        .text()
                        .replaceAll("^Schlagwort „|“$", ""));
        String feed = site.read("feed.xml");
        assertTrue(
                feed.contains(
                        "<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Fish&quot;</title>"),
                feed);
        assertTrue(feed.contains("<category term=\"&lt;b&gt;bold&lt;/b&gt;\"/>"), feed);
    }

    @Test
    void aPostDescribesItselfToSearchEnginesAndSocialPreviewsWithoutBreakingOutOfItsScript()
            throws Exception {
        TestSite site =
                TestSite.in(dir)
                        .with(b -> b.author("Anna \"Annie\" Autorin"))
                        .files(
                                """
                -- content/posts/2016-06-29-xss/index.md --
                ---
                title: </script><script>alert(1)</script> & "Fish" \\ done
                tags: [Hamburg, "R&D"]
                description: A "quoted" <description>
                lastmod: 2016-07-01
                ---
                Body.
                """);
        site.build();
        Document post = site.html("2016/06/xss/index.html");
        assertEquals(1, post.select("script[type=application/ld+json]").size());
        assertTrue(
                post.select("script:not([type=application/ld+json])").isEmpty(),
                post.head().html());
        JsonNode ld =
                new ObjectMapper()
                        .readTree(post.selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("BlogPosting", ld.get("@type").asText());
        assertEquals(
                "</script><script>alert(1)</script> & \"Fish\" \\ done",
                ld.get("headline").asText());
        assertEquals("de", ld.get("inLanguage").asText());
        assertEquals("2016-06-29T00:00:00Z", ld.get("datePublished").asText());
        assertEquals("2016-07-01T00:00:00Z", ld.get("dateModified").asText());
        assertEquals("A \"quoted\" <description>", ld.get("description").asText());
        assertEquals("Anna \"Annie\" Autorin", ld.get("author").get("name").asText());
        assertEquals("[\"Hamburg\",\"R&D\"]", ld.get("keywords").toString());
        String url = post.selectFirst("link[rel=canonical]").attr("href");
        assertEquals(url, ld.get("url").asText());
        assertEquals(url, post.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("article", post.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(
                "A \"quoted\" <description>",
                post.selectFirst("meta[property=og:description]").attr("content"));
        assertEquals("summary", post.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(
                List.of("Hamburg", "R&D"),
                post.select("meta[property=article:tag]").eachAttr("content"));
        // list pages are not articles
        Document home = site.html("index.html");
        assertTrue(home.select("script[type=application/ld+json]").isEmpty());
        assertEquals("website", home.selectFirst("meta[property=og:type]").attr("content"));
    }

    @Test
    void everyPageHasADescriptionEvenWhenTheBlogHasNone() {
        TestSite site = TestSite.in(dir).files(POST);
        site.build();
        assertEquals(
                "Logbuch Test – ein Blog von Anna Autorin",
                site.html("index.html").selectFirst("meta[name=description]").attr("content"));
        assertEquals(
                "Logbuch Test, a blog by Anna Autorin",
                site.html("en/tags/index.html")
                        .selectFirst("meta[name=description]")
                        .attr("content"));
        assertEquals(
                "Text.",
                site.html("2016/06/post/index.html")
                        .selectFirst("meta[name=description]")
                        .attr("content"));
        TestSite described =
                TestSite.in(dir.resolve("described"))
                        .with(b -> b.description("Notes & photos"))
                        .files(POST);
        described.build();
        assertEquals(
                "Notes & photos",
                described.html("index.html").selectFirst("meta[name=description]").attr("content"));
    }
}
