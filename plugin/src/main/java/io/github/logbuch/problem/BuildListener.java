package io.github.logbuch.problem;

/**
 * What the core tells the outside world while it builds. The Maven adapter prints it to the Maven
 * log; tests may record it. The core never prints on its own.
 */
public interface BuildListener {

    /** Progress worth a line in a normal build log. */
    default void info(String message) {}

    /** Detail for {@code mvn -X}. */
    default void debug(String message) {}

    /** Something odd in the input that does not stop the build. */
    default void warning(Problem problem) {}

    /**
     * Something in the input the site must do without (a photo no reader can decode): an error
     * line, though the build goes on.
     */
    default void leftOut(Problem problem) {}

    BuildListener SILENT = new BuildListener() {};
}
