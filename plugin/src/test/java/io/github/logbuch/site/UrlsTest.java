package io.github.logbuch.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every URL of DESIGN's table, and what is left out. */
class UrlsTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = SampleBlogs.kitchenSink(dir);
        site.build();
    }

    @Test
    void theSiteHasEveryUrlOfTheDesign() {
        for (String file :
                List.of(
                        "index.html",
                        "en/index.html",
                        "2016/06/containerdays-2016/index.html",
                        "en/2016/06/containerdays-2016/index.html",
                        "2016/06/baakenhafen/index.html",
                        "en/2016/06/strata/index.html",
                        "tags/index.html",
                        "tags/docker/index.html",
                        "tags/konferenz/index.html",
                        "en/tags/conference/index.html",
                        "en/tags/big-data/index.html",
                        "archive/index.html",
                        "en/archive/index.html",
                        "about/index.html",
                        "en/about/index.html",
                        "impressum/index.html",
                        "feed.xml",
                        "en/feed.xml",
                        "sitemap.xml",
                        "robots.txt",
                        "404.html")) {
            assertTrue(site.exists(file), file);
        }
    }

    @Test
    void draftsAndFuturePostsAreLeftOut() {
        assertFalse(site.exists("2016/07/entwurf/index.html"));
        assertFalse(site.exists("2030/01/zukunft/index.html"));
        assertFalse(site.read("index.html").contains("Entwurf"));
        assertFalse(site.read("sitemap.xml").contains("zukunft"));
    }

    @Test
    void draftsAndFuturePostsAreBuiltWhenAskedFor(@TempDir Path other) {
        TestSite blog = SampleBlogs.kitchenSink(other).with(b -> b.drafts(true).future(true));
        blog.build();
        assertTrue(blog.exists("2016/07/entwurf/index.html"));
        assertTrue(blog.exists("2030/01/zukunft/index.html"));
    }

    @Test
    void bundleFilesArePublishedOnceBesideTheFirstLanguagesPost() {
        assertTrue(site.exists("2016/06/containerdays-2016/programme.pdf"));
        assertFalse(site.exists("en/2016/06/containerdays-2016/programme.pdf"));
        Document english = site.html("en/2016/06/containerdays-2016/index.html");
        assertEquals(
                1,
                english.select(".post-content a[href=/2016/06/containerdays-2016/programme.pdf]")
                        .size());
    }

    @Test
    void photosArePublishedOnceAsSizesAndNeverAsTheOriginal() {
        assertFalse(site.exists("2016/06/containerdays-2016/hafen.png"));
        Document english = site.html("en/2016/06/containerdays-2016/index.html");
        String src = english.selectFirst(".post-content figure img").attr("src");
        assertTrue(src.matches("/2016/06/containerdays-2016/hafen-[0-9a-f]{8}-64\\.jpg"), src);
        assertTrue(site.exists(src.substring(1)));
        assertEquals(
                src,
                site.html("2016/06/containerdays-2016/index.html")
                        .selectFirst(".post-content img")
                        .attr("src"));
        assertFalse(site.exists("en" + src));
    }

    @Test
    void relativeLinksBetweenPostsResolveToTheirPublishedUrls() {
        Document english = site.html("en/2016/06/containerdays-2016/index.html");
        // a folder link: the German-only post
        assertEquals(1, english.select(".post-content a[href=/2016/06/baakenhafen/]").size());
        // a link to a language file keeps its fragment
        assertEquals(1, english.select(".post-content a[href=/en/2016/06/strata/#talks]").size());
    }

    @Test
    void aliasesRedirectToThePost() {
        for (String alias :
                List.of("2016/06/29/containerdays.html", "old/containerdays/index.html")) {
            Document page = site.html(alias);
            assertEquals(
                    "0; url=/en/2016/06/containerdays-2016/",
                    page.selectFirst("meta[http-equiv=refresh]").attr("content"));
            assertEquals(
                    "https://blog.example.org/en/2016/06/containerdays-2016/",
                    page.selectFirst("link[rel=canonical]").attr("href"));
        }
    }

    @Test
    void staticFilesAreCopiedAsTheyAre() {
        assertEquals("blog.example.org\n", site.read("CNAME"));
        assertEquals("icon\n", site.read("favicon.ico"));
    }

    @Test
    void robotsTxtPointsToTheSitemap() {
        assertEquals(
                "User-agent: *\nAllow: /\n\nSitemap: https://blog.example.org/sitemap.xml\n",
                site.read("robots.txt"));
    }

    @Test
    void theSitemapListsEveryPageButTheNotFoundPage() {
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://blog.example.org/en/2016/06/strata/</loc>"));
        assertTrue(sitemap.contains("<loc>https://blog.example.org/about/</loc>"));
        assertTrue(sitemap.contains("<lastmod>2016-06-10T00:00:00Z</lastmod>"));
        assertFalse(sitemap.contains("404"));
        assertFalse(sitemap.contains("containerdays.html"));
    }
}
