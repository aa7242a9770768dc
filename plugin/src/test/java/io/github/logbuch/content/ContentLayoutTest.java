package io.github.logbuch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where content may live: bundles, Hugo bundles, single files, grouping folders. */
class ContentLayoutTest {
    @TempDir Path dir;

    @Test
    void aHugoPageBundleBuildsUnchanged() {
        TestSite site =
                TestSite.in(dir)
                        .with(b -> b.languages("en,de"))
                        .files(
                                """
                -- content/posts/my-first-post/index.md --
                +++
                title = 'My First Post'
                date = 2024-01-14T07:07:07+01:00
                draft = false
                tags = ['hugo', 'blogging']
                summary = 'A short summary.'
                slug = 'first'
                aliases = ['/posts/my-first-post/']
                categories = ['misc']
                +++
                Visit the [Hugo](https://gohugo.io) website!

                ![Sunset](images/sunset.png)
                -- content/posts/my-first-post/index.de.md --
                ---
                title: "Mein erster Beitrag"
                date: 2024-01-14T07:07:07+01:00
                translationKey: first
                ---
                Hallo!
                -- content/posts/_index.md --
                ---
                title: Posts
                ---
                """)
                        .file("content/posts/my-first-post/images/sunset.png", SampleBlogs.PNG);
        site.build();
        Document post = site.html("2024/01/first/index.html");
        assertEquals("My First Post", post.selectFirst("h1").text());
        String src = post.selectFirst(".post-content figure img").attr("src");
        assertTrue(src.matches("/2024/01/first/sunset-[0-9a-f]{8}-64\\.jpg"), src);
        assertTrue(site.exists(src.substring(1)));
        assertEquals("Sunset", post.selectFirst(".post-content figcaption").text());
        assertTrue(site.exists("de/2024/01/my-first-post/index.html"));
        assertTrue(site.exists("posts/my-first-post/index.html"), "the alias");
        assertTrue(site.exists("tags/blogging/index.html"));
        assertEquals(
                "A short summary.", site.html("index.html").selectFirst(".entry-summary").text());
        assertEquals(
                "/de/2024/01/my-first-post/",
                post.selectFirst("link[rel=alternate][hreflang=de]")
                        .attr("href")
                        .replace("https://blog.example.org", ""));
    }

    @Test
    void singleMarkdownFilesAndYearFoldersWorkToo() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2015/2015-03-01-in-a-year-folder/index.md --
                ---
                title: Im Jahresordner
                ---
                -- content/posts/2016-05-01-single.md --
                ---
                title: Einzeln
                ---
                -- content/posts/2016-05-01-single.en.md --
                ---
                title: Single
                ---
                -- content/posts/.hidden/index.md --
                ---
                title: Versteckt
                ---
                -- content/pages/kontakt.md --
                ---
                title: Kontakt
                ---
                """);
        site.build();
        assertTrue(site.exists("2015/03/in-a-year-folder/index.html"));
        assertTrue(site.exists("2016/05/single/index.html"));
        assertTrue(site.exists("en/2016/05/single/index.html"));
        assertTrue(site.exists("kontakt/index.html"));
        assertFalse(site.read("index.html").contains("Versteckt"));
        assertEquals(
                List.of(
                        "de https://blog.example.org/2016/05/single/",
                        "en https://blog.example.org/en/2016/05/single/"),
                site
                        .html("en/2016/05/single/index.html")
                        .select("link[rel=alternate][hreflang~=^(de|en)$]:not([type])")
                        .stream()
                        .map(e -> e.attr("hreflang") + " " + e.attr("href"))
                        .toList());
    }

    @Test
    void translationsInDifferentFoldersAreTiedByTranslationKey() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-29-bruecke/index.md --
                ---
                title: Die Brücke
                translationKey: bridge
                ---
                -- content/posts/2016-06-29-bridge/index.en.md --
                ---
                title: The bridge
                translationKey: bridge
                ---
                """);
        site.build();
        Document german = site.html("2016/06/bruecke/index.html");
        assertEquals(
                "https://blog.example.org/en/2016/06/bridge/",
                german.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals(1, site.html("en/index.html").select("article.entry").size());
    }

    @Test
    void theDateComesFromTheFolderUnlessTheFrontMatterHasOne() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-29-from-folder/index.md --
                ---
                title: Aus dem Ordner
                ---
                -- content/posts/2016-06-29-overridden/index.md --
                ---
                title: Eigenes Datum
                date: 2017-01-02
                ---
                """);
        site.build();
        assertTrue(site.exists("2016/06/from-folder/index.html"));
        assertTrue(site.exists("2017/01/overridden/index.html"));
    }

    @Test
    void localizedSlugsPerTranslation() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/pages/ueber/index.md --
                ---
                title: Über mich
                ---
                -- content/pages/ueber/index.en.md --
                ---
                title: About me
                slug: about
                ---
                """);
        site.build();
        assertTrue(site.exists("ueber/index.html"));
        assertTrue(site.exists("en/about/index.html"));
    }
}
