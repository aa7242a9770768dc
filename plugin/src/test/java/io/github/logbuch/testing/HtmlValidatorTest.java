package io.github.logbuch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class HtmlValidatorTest {

    private static final HtmlValidator VALIDATOR = new HtmlValidator();

    @TempDir Path dir;

    /** A complete page whose body starts on line 8. */
    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                %s
                </head>
                <body>
                %s
                </body>
                </html>
                """
                .formatted(title, body);
    }

    private static String page(String body) {
        return page("<title>Logbuch</title>", body);
    }

    private Path write(String name, String html) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, html);
    }

    private static void assertHasError(List<String> errors, Path file, int line, String fragment) {
        String prefix = file + ":" + line + ":";
        assertTrue(
                errors.stream().anyMatch(e -> e.startsWith(prefix) && e.contains(fragment)),
                () ->
                        "expected an error at "
                                + prefix
                                + " containing '"
                                + fragment
                                + "' in "
                                + errors);
    }

    @Test
    void aValidDocumentHasNoErrors() throws IOException {
        Path file =
                write(
                        "valid.html",
                        page(
                                """
                                <main>
                                <h1 id="top">Hello</h1>
                                <p>Grüße <img src="a.jpg" alt="A harbour at dusk"></p>
                                <a href="#top">Top</a>
                                </main>"""));

        assertEquals(List.of(), VALIDATOR.errors(file));
        VALIDATOR.assertValid(file);
    }

    @Test
    void anImageWithoutAltIsAnErrorOnItsLine() throws IOException {
        Path file = write("img.html", page("<p>Text</p>\n<p><img src=\"a.jpg\"></p>"));

        assertHasError(VALIDATOR.errors(file), file, 9, "alt");
    }

    @Test
    void aDuplicateIdIsAnErrorOnTheSecondOccurrence() throws IOException {
        Path file = write("ids.html", page("<h1 id=\"x\">One</h1>\n<h2 id=\"x\">Two</h2>"));

        assertHasError(VALIDATOR.errors(file), file, 9, "Duplicate ID");
    }

    @Test
    void aStrayEndTagIsAnErrorOnItsLine() throws IOException {
        Path file = write("stray.html", page("<p>One</p>\n<p>Two</p>\n</div>"));

        assertHasError(VALIDATOR.errors(file), file, 10, "Stray end tag");
    }

    @Test
    void aMissingTitleIsAnError() throws IOException {
        Path file = write("notitle.html", page("", "<p>Text</p>"));

        assertHasError(VALIDATOR.errors(file), file, 6, "title");
    }

    @Test
    void markupThatCannotBeStreamedIsAnError() throws IOException {
        // Text inside a table is moved before it by browsers; the streaming checker stops here.
        Path file = write("table.html", page("<table><tr><td>1</td></tr>stray text</table>"));

        assertHasError(VALIDATOR.errors(file), file, 8, "table");
    }

    @Test
    void warningsAreKeptApartFromErrors() throws IOException {
        // A trailing slash on a void element is legal, but the checker warns about it.
        Path file = write("warn.html", page("<p>Line<br/>break</p>"));

        HtmlValidator.Findings findings = VALIDATOR.check(file);

        assertEquals(List.of(), findings.errors());
        assertTrue(findings.warnings().stream().anyMatch(w -> w.startsWith(file + ":8:")));
    }

    @Test
    void theSameValidatorChecksFileAfterFileWithoutCarryingOverErrors() throws IOException {
        Path bad = write("bad.html", page("</div>"));
        Path good = write("good.html", page("<p>Fine</p>"));

        assertTrue(!VALIDATOR.errors(bad).isEmpty());
        assertEquals(List.of(), VALIDATOR.errors(good));
        // IDs seen in one document must not count as duplicates in the next.
        Path first = write("first.html", page("<p id=\"a\">A</p>"));
        Path second = write("second.html", page("<p id=\"a\">A</p>"));
        assertEquals(List.of(), VALIDATOR.errors(first));
        assertEquals(List.of(), VALIDATOR.errors(second));
    }

    @Test
    void aFolderFailsWithEveryErrorOfEveryFileAtOnce() throws IOException {
        write("index.html", page("<p>Fine</p>"));
        Path img = write("en/posts/harbour.html", page("<p>x</p>\n<img src=\"a.jpg\">"));
        Path stray = write("de/index.html", page("</div>"));
        write("feed.xml", "<not-html/>");

        AssertionFailedError failure =
                assertThrows(AssertionFailedError.class, () -> VALIDATOR.assertValid(dir));

        String message = failure.getMessage();
        assertTrue(message.contains("in 2 of 3 file(s)"), message);
        assertTrue(message.contains(img + ":9:"), message);
        assertTrue(message.contains(stray + ":8:"), message);
    }

    @Test
    void aFolderWithoutHtmlFilesFails() {
        assertThrows(AssertionFailedError.class, () -> VALIDATOR.assertValid(dir));
    }
}
