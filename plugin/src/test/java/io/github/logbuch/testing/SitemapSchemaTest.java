package io.github.logbuch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.xml.sax.SAXParseException;

class SitemapSchemaTest {

    @TempDir Path dir;

    /** A sitemap whose single {@code <url>} holds the given lines, the first on line 5. */
    private Path sitemap(String urlContent) throws IOException {
        return Files.writeString(
                dir.resolve("sitemap.xml"),
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url>
                %s
                  </url>
                </urlset>
                """
                        .formatted(urlContent));
    }

    private static void assertHasError(Path sitemap, int line, String fragment) {
        List<String> errors = SitemapSchema.errors(sitemap);
        String prefix = sitemap + ":" + line + ":";
        assertTrue(
                errors.stream().anyMatch(e -> e.startsWith(prefix) && e.contains(fragment)),
                () ->
                        "expected an error at "
                                + prefix
                                + " containing '"
                                + fragment
                                + "' in "
                                + errors);
        assertThrows(AssertionFailedError.class, () -> SitemapSchema.assertValid(sitemap));
    }

    @Test
    void aSitemapWithHreflangAlternatesIsValid() throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve("sitemap.xml"),
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                                xmlns:xhtml="http://www.w3.org/1999/xhtml">
                          <url>
                            <loc>https://example.org/en/posts/harbour/</loc>
                            <lastmod>2025-03-01T18:30:00+01:00</lastmod>
                            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/posts/harbour/"/>
                            <xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/beitraege/hafen/"/>
                            <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/en/posts/harbour/"/>
                          </url>
                          <url>
                            <loc>https://example.org/en/</loc>
                            <lastmod>2025-03-01</lastmod>
                            <changefreq>weekly</changefreq>
                            <priority>0.8</priority>
                          </url>
                        </urlset>
                        """);

        assertEquals(List.of(), SitemapSchema.errors(file));
        SitemapSchema.assertValid(file);
    }

    @Test
    void schemaLocationHintsAreNotFetched() throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve("sitemap.xml"),
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9
                                    http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd">
                          <url><loc>https://example.org/en/</loc></url>
                        </urlset>
                        """);

        assertEquals(List.of(), SitemapSchema.errors(file));
    }

    @Test
    void aUrlWithoutLocIsInvalid() throws IOException {
        Path file = sitemap("    <lastmod>2025-03-01</lastmod>");

        assertHasError(file, 5, ":loc}' is expected");
    }

    @Test
    void aLastmodThatIsNoW3cDatetimeIsInvalid() throws IOException {
        Path file =
                sitemap(
                        """
                            <loc>https://example.org/en/</loc>
                            <lastmod>01.03.2025</lastmod>""");

        assertHasError(file, 6, "01.03.2025");
    }

    @Test
    void elementsInTheWrongOrderAreInvalid() throws IOException {
        Path file =
                sitemap(
                        """
                            <lastmod>2025-03-01</lastmod>
                            <loc>https://example.org/en/</loc>""");

        assertHasError(file, 5, "lastmod");
    }

    @Test
    void alternatesBeforeLastmodAreInvalid() throws IOException {
        Path file =
                sitemap(
                        """
                            <loc>https://example.org/en/</loc>
                            <xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/"/>
                            <lastmod>2025-03-01</lastmod>""");

        assertHasError(file, 7, "lastmod");
    }

    @Test
    void anAlternateWithAMisspelledAttributeIsInvalid() throws IOException {
        Path file =
                sitemap(
                        """
                            <loc>https://example.org/en/</loc>
                            <xhtml:link rel="alternate" hreflnag="de" href="https://example.org/de/"/>""");

        assertHasError(file, 6, "hreflnag");
    }

    @Test
    void anAlternateWithARelativeHrefIsInvalid() throws IOException {
        Path file =
                sitemap(
                        """
                            <loc>https://example.org/en/</loc>
                            <xhtml:link rel="alternate" hreflang="de" href="/de/"/>""");

        assertHasError(file, 6, "/de/");
    }

    @Test
    void anUndeclaredXhtmlElementIsInvalid() throws IOException {
        Path file =
                sitemap(
                        """
                            <loc>https://example.org/en/</loc>
                            <xhtml:a href="https://example.org/de/"/>""");

        assertHasError(file, 6, "xhtml:a");
    }

    @Test
    void malformedXmlIsInvalid() throws IOException {
        Path file = sitemap("    <loc>https://example.org/en/</lox>");

        assertHasError(file, 5, "loc");
    }

    @Test
    void theOfficialSchemaAloneRejectsAlternatesBecauseItsWildcardIsStrict() throws IOException {
        // Why xhtml-link.xsd exists: without a declaration for xhtml:link, validation fails.
        Path file =
                sitemap(
                        """
                            <loc>https://example.org/en/</loc>
                            <xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/"/>""");
        var officialOnly = SitemapSchema.compile(List.of("/schemas/sitemap.xsd")).newValidator();

        SAXParseException e =
                assertThrows(
                        SAXParseException.class,
                        () -> officialOnly.validate(new StreamSource(file.toFile())));

        assertTrue(e.getMessage().contains("strict"), e.getMessage());
        assertEquals(List.of(), SitemapSchema.errors(file));
    }
}
