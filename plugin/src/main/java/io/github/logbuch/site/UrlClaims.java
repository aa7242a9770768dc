package io.github.logbuch.site;

import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes sure no two things are published at one URL: the first claim wins, every later one is a
 * problem that names both owners.
 */
final class UrlClaims {
    private record Owner(Path file, String what) {}

    private final Map<String, Owner> owners = new HashMap<>();
    private final Path base;
    private final Problems problems;

    UrlClaims(Path base, Problems problems) {
        this.base = base;
        this.problems = problems;
    }

    /** Claims a URL for something the engine generates itself. */
    void reserve(String sitePath, String what) {
        owners.putIfAbsent(Permalinks.file(sitePath), new Owner(null, what));
    }

    /**
     * Claims a URL for a file of the blog; false, and a problem at {@code line}, if it is taken.
     */
    boolean claim(String sitePath, Path file, int line, String what) {
        Owner previous = owners.putIfAbsent(Permalinks.file(sitePath), new Owner(file, what));
        if (previous == null) {
            return true;
        }
        String other =
                previous.file() == null
                        ? previous.what()
                        : previous.what() + " " + relative(previous.file());
        problems.error(
                Problem.at(
                        file,
                        line,
                        "two things on one URL "
                                + sitePath
                                + ": this "
                                + what
                                + " and "
                                + other
                                + "; give one of them another slug or date"));
        return false;
    }

    private String relative(Path file) {
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }
}
