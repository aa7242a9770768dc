package io.github.logbuch.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home pages with pagination, tag pages, the archive and the navigation. */
class ListsTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        StringBuilder posts = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            int year = i <= 12 ? 2015 : 2016;
            int month = (i % 12) + 1;
            String folder = String.format("%d-%02d-%02d-post-%02d", year, month, (i % 28) + 1, i);
            posts.append("-- content/posts/")
                    .append(folder)
                    .append("/index.md --\n")
                    .append("---\ntitle: Beitrag ")
                    .append(i)
                    .append("\ntags: [")
                    .append(i % 2 == 0 ? "Gerade" : "Ungerade")
                    .append(", Alle]\n---\nText ")
                    .append(i)
                    .append(".\n");
            if (i % 5 == 0) {
                posts.append("-- content/posts/")
                        .append(folder)
                        .append("/index.en.md --\n")
                        .append("---\ntitle: Post ")
                        .append(i)
                        .append("\ntags: [Even]\n---\nText.\n");
            }
        }
        posts.append(
                """
                -- content/pages/zz-last/index.md --
                ---
                title: Zuletzt
                weight: 9
                ---
                -- content/pages/first/index.md --
                ---
                title: Zuerst
                weight: 1
                ---
                -- content/pages/unweighted/index.md --
                ---
                title: Ohne Gewicht
                ---
                """);
        site = TestSite.in(dir).files(posts.toString());
        site.build();
    }

    private static List<String> titles(Document page) {
        return page.select("article.entry h2 a").eachText();
    }

    @Test
    void theHomePageIsPaginatedNewestFirst() {
        Document first = site.html("index.html");
        List<String> titles = titles(first);
        assertEquals(10, titles.size());
        assertEquals("Beitrag 23", titles.get(0)); // 2016-12-24
        assertEquals("Seite 1 von 3", first.selectFirst(".pager .position").text());
        assertEquals("/page/2/", first.selectFirst(".pager a[rel=next]").attr("href"));
        assertTrue(first.select(".pager a[rel=prev]").isEmpty());

        Document third = site.html("page/3/index.html");
        assertEquals(5, titles(third).size());
        assertEquals("/page/2/", third.selectFirst(".pager a[rel=prev]").attr("href"));
        assertFalse(site.exists("page/4/index.html"));
        assertFalse(site.exists("page/1/index.html"));
    }

    @Test
    void everyLanguageHasItsOwnPagination() {
        assertTrue(site.exists("en/page/3/index.html"));
        assertEquals(
                "Page 1 of 3", site.html("en/index.html").selectFirst(".pager .position").text());
        assertEquals(
                "/en/page/2/",
                site.html("en/index.html").selectFirst(".pager a[rel=next]").attr("href"));
    }

    @Test
    void allPostsAreListedOnceAcrossThePages() {
        int listed = 0;
        for (String page : List.of("index.html", "page/2/index.html", "page/3/index.html")) {
            listed += titles(site.html(page)).size();
        }
        assertEquals(25, listed);
    }

    @Test
    void tagPagesListTheirPostsAndArePaginatedToo() {
        Document odd = site.html("tags/ungerade/index.html");
        assertEquals("Schlagwort „Ungerade“", odd.selectFirst("h1").text());
        assertEquals("13 Beiträge", odd.selectFirst(".meta").text());
        assertEquals(10, titles(odd).size());
        assertTrue(site.exists("tags/ungerade/page/2/index.html"));
        assertEquals(3, titles(site.html("tags/ungerade/page/2/index.html")).size());
        assertEquals("/tags/ungerade/page/2/", odd.selectFirst(".pager a[rel=next]").attr("href"));
    }

    @Test
    void theTagIndexListsEveryTagWithItsCount() {
        Document tags = site.html("tags/index.html");
        assertEquals(
                List.of("Alle 25", "Gerade 12", "Ungerade 13"),
                tags.select(".tag-cloud li").eachText());
        Document english = site.html("en/tags/index.html");
        // the English lists carry the German-only posts too, with their tags
        assertEquals(
                List.of("Alle 20", "Even 5", "Gerade 10", "Ungerade 10"),
                english.select(".tag-cloud li").eachText());
    }

    @Test
    void theArchiveGroupsPostsByYear() {
        Document archive = site.html("archive/index.html");
        assertEquals(List.of("2016", "2015"), archive.select(".archive-year h2").eachText());
        assertEquals(13, archive.select(".archive-year:has(h2:containsOwn(2016)) li").size());
        assertEquals(12, archive.select(".archive-year:has(h2:containsOwn(2015)) li").size());
    }

    @Test
    void postsLinkTheirNeighboursInTheirLanguage() {
        Document newest = site.html("2016/12/post-23/index.html");
        assertTrue(newest.select(".post-nav a[rel=prev]").isEmpty());
        assertTrue(newest.selectFirst(".post-nav a[rel=next]").text().endsWith("Beitrag 22"));
        // English posts (every fifth) link English neighbours: 20, 15, 25, 10, 5 by date
        Document english = site.html("en/2016/04/post-15/index.html");
        assertTrue(english.selectFirst(".post-nav a[rel=prev]").text().endsWith("Post 20"));
        assertTrue(english.selectFirst(".post-nav a[rel=next]").text().endsWith("Post 25"));
    }

    @Test
    void pagesAreInTheNavigationByWeightThenTitle() {
        List<String> nav = site.html("index.html").select("nav.site-nav li a").eachText();
        assertEquals(
                List.of(
                        "Startseite",
                        "Zuerst",
                        "Zuletzt",
                        "Ohne Gewicht",
                        "Archiv",
                        "Schlagwörter"),
                nav);
    }
}
