package io.github.logbuch.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects SAX problems of one file as {@code file:line:col: message}, so a check can report all of
 * them rather than the first. Fatal errors are collected too, then rethrown to stop the parse.
 */
final class CollectingErrorHandler implements ErrorHandler {
    private Path file;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    void start(Path file) {
        this.file = file;
        errors.clear();
        warnings.clear();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void warning(SAXParseException e) {
        warnings.add(format(e));
    }

    @Override
    public void error(SAXParseException e) {
        errors.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        errors.add(format(e));
        throw e;
    }

    private String format(SAXParseException e) {
        return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
