package io.github.logbuch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class FeedsTest {

    private static final String GOOD_FEED =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <id>https://example.org/de/</id>
              <title>Logbuch</title>
              <updated>2025-03-01T18:30:00+01:00</updated>
              <author><name>Anna</name></author>
              <link rel="self" type="application/atom+xml" href="https://example.org/de/feed.xml"/>
              <link rel="alternate" type="text/html" href="https://example.org/de/"/>
              <entry>
                <id>tag:example.org,2025:hafen</id>
                <title>Im Hafen</title>
                <updated>2025-03-01T18:30:00+01:00</updated>
                <link rel="alternate" type="text/html" href="https://example.org/de/beitraege/hafen/"/>
                <summary>Möwen.</summary>
              </entry>
              <entry>
                <id>tag:example.org,2025:deich</id>
                <title>Am Deich</title>
                <updated>2025-02-01T09:00:00Z</updated>
                <link href="https://example.org/de/beitraege/deich/"/>
              </entry>
            </feed>
            """;

    @TempDir Path dir;

    private Path write(String xml) throws IOException {
        return Files.writeString(dir.resolve("feed.xml"), xml);
    }

    private static String failureOf(Path feed) {
        return assertThrows(AssertionFailedError.class, () -> Feeds.assertValidAtom(feed))
                .getMessage();
    }

    @Test
    void aCompleteFeedIsValidAndReturnedForFurtherAssertions() throws IOException {
        Feed feed = Feeds.assertValidAtom(write(GOOD_FEED));

        assertEquals("Logbuch", feed.getTitle());
        assertEquals(2, feed.getEntries().size());
        assertEquals("Im Hafen", feed.getEntries().get(0).getTitle());
    }

    @Test
    void anEntryWithARelativeLinkIsInvalid() throws IOException {
        Path feed =
                write(
                        GOOD_FEED.replace(
                                "href=\"https://example.org/de/beitraege/deich/\"",
                                "href=\"beitraege/deich/\""));

        String message = failureOf(feed);

        assertTrue(message.contains("entry 2 (tag:example.org,2025:deich)"), message);
        assertTrue(message.contains("'beitraege/deich/' is not an absolute http(s) URL"), message);
    }

    @Test
    void aFeedWithoutUpdatedIsInvalid() throws IOException {
        Path feed =
                write(
                        GOOD_FEED.replaceFirst(
                                "  <updated>2025-03-01T18:30:00\\+01:00</updated>\n", ""));

        String message = failureOf(feed);

        assertTrue(message.contains("feed: no <updated>"), message);
        assertTrue(message.contains("1 problem(s)"), message);
    }

    @Test
    void anEntryWithAnUnparseableUpdatedIsInvalid() throws IOException {
        Path feed = write(GOOD_FEED.replace("2025-02-01T09:00:00Z", "1. Februar 2025"));

        assertTrue(failureOf(feed).contains("entry 2 (tag:example.org,2025:deich): no <updated>"));
    }

    @Test
    void aFeedWithoutSelfLinkIsInvalid() throws IOException {
        Path feed =
                write(
                        GOOD_FEED.replace(
                                "<link rel=\"self\" type=\"application/atom+xml\""
                                        + " href=\"https://example.org/de/feed.xml\"/>",
                                ""));

        assertTrue(failureOf(feed).contains("feed: no <link rel=\"self\">"));
    }

    @Test
    void everyProblemIsListedAtOnce() throws IOException {
        Path feed =
                write(
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <feed xmlns="http://www.w3.org/2005/Atom">
                          <entry><summary>Nothing else</summary></entry>
                        </feed>
                        """);

        String message = failureOf(feed);

        assertTrue(message.contains("9 problem(s)"), message);
        assertTrue(message.contains("entry 1: no <id>"), message);
    }

    @Test
    void malformedXmlIsInvalid() throws IOException {
        Path feed = write(GOOD_FEED.replace("</title>\n  <updated>", "</titel>\n  <updated>"));

        assertTrue(failureOf(feed).contains("not a readable feed"));
    }

    @Test
    void anRssFeedIsNotAtom() throws IOException {
        Path feed =
                write(
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>t</title><link>https://example.org/</link>
                        <description>d</description></channel></rss>
                        """);

        assertTrue(failureOf(feed).contains("not Atom 1.0 but rss_2.0"));
    }
}
