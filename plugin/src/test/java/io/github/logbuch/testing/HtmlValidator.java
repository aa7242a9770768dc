package io.github.logbuch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;
import org.junit.jupiter.api.Assertions;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks HTML5 documents with the Nu Html Checker (the engine behind validator.w3.org/nu),
 * in-process and offline: its schemas ship inside the validator jar.
 *
 * <p>Building one costs about a second (the HTML5 RELAX NG schema is compiled), so keep one per
 * test class, e.g. in a {@code static final} field. An instance checks one file at a time.
 */
public final class HtmlValidator {

    /**
     * What the checker said about one document; each entry reads {@code file:line:col: message}.
     */
    public record Findings(List<String> errors, List<String> warnings) {}

    private final SimpleDocumentValidator checker;
    // Info messages reach only handlers implementing nu.validator's InfoAwareErrorHandler; this
    // one is not, so they are dropped.
    private final CollectingErrorHandler collector = new CollectingErrorHandler();

    public HtmlValidator() {
        // No log4j setup (its bundled config logs at DEBUG), no URL logging, no language
        // detection: the latter only ever warns and costs time on every document.
        checker = new SimpleDocumentValidator(false, false, false);
        silenceLog4j();
        try {
            checker.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
            // Streaming, as vnu does by default: the buffering mode loses the line of errors found
            // at end tags (e.g. a head without title). The price: after markup that cannot be
            // streamed (text foster-parented out of a table), the rest of that file is unchecked.
            checker.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker", e);
        }
    }

    /** Keeps log4j 1 (used only by the checker) from warning that it has no appender. */
    private static void silenceLog4j() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new NullAppender());
        }
    }

    /** Errors and warnings for one HTML file, read as UTF-8 (the only encoding Logbuch writes). */
    public synchronized Findings check(Path htmlFile) {
        collector.start(htmlFile);
        try (InputStream in = Files.newInputStream(htmlFile)) {
            InputSource source = new InputSource(in);
            source.setSystemId(htmlFile.toUri().toString());
            checker.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            // Fatal parse errors have already been collected; anything else is a checker fault.
            if (!(e instanceof SAXParseException)) {
                throw new IllegalStateException("Nu Html Checker failed on " + htmlFile, e);
            }
        }
        return new Findings(collector.errors(), collector.warnings());
    }

    /** Errors for one HTML file; warnings and info messages are left out. */
    public List<String> errors(Path htmlFile) {
        return check(htmlFile).errors();
    }

    /**
     * Fails, listing every error of every file at once, if the file or any {@code *.html} file
     * below the folder is not valid HTML5.
     */
    public void assertValid(Path fileOrDirectory) {
        List<Path> files = htmlFiles(fileOrDirectory);
        Assertions.assertFalse(files.isEmpty(), () -> "no HTML files in " + fileOrDirectory);
        List<String> errors = new ArrayList<>();
        int invalidFiles = 0;
        for (Path file : files) {
            List<String> fileErrors = errors(file);
            if (!fileErrors.isEmpty()) {
                invalidFiles++;
                errors.addAll(fileErrors);
            }
        }
        if (!errors.isEmpty()) {
            Assertions.fail(
                    String.format(
                            "%d HTML error(s) in %d of %d file(s):%n%s",
                            errors.size(),
                            invalidFiles,
                            files.size(),
                            String.join(System.lineSeparator(), errors)));
        }
    }

    private static List<Path> htmlFiles(Path fileOrDirectory) {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> paths = Files.walk(fileOrDirectory)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
