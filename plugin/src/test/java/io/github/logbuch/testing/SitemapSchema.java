package io.github.logbuch.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assertions;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates sitemap.xml files against the official sitemaps.org 0.9 schema, plus a small schema for
 * the {@code xhtml:link} hreflang alternates. Both namespaces are checked strictly: the official
 * schema admits foreign elements in {@code <url>} only if they are declared.
 */
public final class SitemapSchema {

    /** Classpath resources of the schemas, compiled together into one grammar. */
    private static final List<String> SCHEMAS =
            List.of("/schemas/sitemap.xsd", "/schemas/xhtml-link.xsd");

    // Immutable and thread-safe once compiled, so shared by all tests.
    private static final Schema SCHEMA = compile(SCHEMAS);

    private SitemapSchema() {}

    /** Every schema violation or XML error of the sitemap, as {@code file:line:col: message}. */
    public static List<String> errors(Path sitemap) {
        Validator validator = SCHEMA.newValidator();
        CollectingErrorHandler collector = new CollectingErrorHandler();
        collector.start(sitemap);
        validator.setErrorHandler(collector);
        try (InputStream in = Files.newInputStream(sitemap)) {
            // Offline: no DTDs, and xsi:schemaLocation hints in the sitemap are not followed.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(in, sitemap.toUri().toString()));
        } catch (SAXParseException e) {
            // not well-formed: already collected as a fatal error
        } catch (SAXException e) {
            throw new IllegalStateException("cannot validate " + sitemap, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.errors();
    }

    /** Fails, listing every error, if the sitemap does not conform. */
    public static void assertValid(Path sitemap) {
        List<String> errors = errors(sitemap);
        if (!errors.isEmpty()) {
            Assertions.fail(
                    String.format(
                            "%d sitemap error(s):%n%s",
                            errors.size(), String.join(System.lineSeparator(), errors)));
        }
    }

    static Schema compile(List<String> resources) {
        // The JDK's own factory, whatever a jar on the test classpath registers as a service.
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(
                    resources.stream().map(SitemapSchema::classpathSource).toArray(Source[]::new));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + resources, e);
        }
    }

    private static Source classpathSource(String resource) {
        URL url = SitemapSchema.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("not on the classpath: " + resource);
        }
        try (InputStream in = url.openStream()) {
            // read now, so nothing is left open once the schema is compiled
            return new StreamSource(new ByteArrayInputStream(in.readAllBytes()), url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
