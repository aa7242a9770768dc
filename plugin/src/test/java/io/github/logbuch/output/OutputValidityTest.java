package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import io.github.logbuch.testing.Feeds;
import io.github.logbuch.testing.HtmlValidator;
import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.SitemapSchema;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole output of a rich bilingual blog, checked the way readers and crawlers read it. */
class OutputValidityTest {
    @TempDir static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = SampleBlogs.kitchenSink(dir);
        site.build();
    }

    @Test
    void everyHtmlPagePassesTheNuHtmlChecker() {
        new HtmlValidator().assertValid(site.output());
    }

    @Test
    void theSitemapFollowsTheSitemapSchema() {
        SitemapSchema.assertValid(site.output().resolve("sitemap.xml"));
    }

    @Test
    void eachLanguageHasAnAtomFeedAFeedReaderAccepts() {
        Feed german = Feeds.assertValidAtom(site.output().resolve("feed.xml"));
        Feed english = Feeds.assertValidAtom(site.output().resolve("en/feed.xml"));
        // Rome does not expose xml:lang, so read it off the root element
        assertTrue(
                site.read("feed.xml")
                        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">"));
        assertTrue(
                site.read("en/feed.xml")
                        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
        assertEquals(
                List.of(
                        "https://blog.example.org/2016/06/baakenhafen/",
                        "https://blog.example.org/2016/06/containerdays-2016/"),
                german.getEntries().stream().map(Entry::getId).toList());
        assertEquals(
                List.of(
                        "https://blog.example.org/en/2016/06/containerdays-2016/",
                        "https://blog.example.org/en/2016/06/strata/"),
                english.getEntries().stream().map(Entry::getId).toList());
    }

    @Test
    void feedContentLinksAreAbsolute() {
        Feed english = Feeds.assertValidAtom(site.output().resolve("en/feed.xml"));
        String content = english.getEntries().get(0).getContents().get(0).getValue();
        assertTrue(
                content.contains("href=\"https://blog.example.org/2016/06/baakenhafen/\""),
                content);
        assertTrue(
                content.matches(
                        "(?s).*src=\"https://blog.example.org/2016/06/containerdays-2016/hafen-[0-9a-f]{8}-64\\.jpg\".*"),
                content);
        assertTrue(
                content.contains(
                        "srcset=\"https://blog.example.org/2016/06/containerdays-2016/hafen-"),
                content);
        assertTrue(!content.contains("href=\"/"), content);
    }
}
