package io.github.logbuch.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the blog's input: the file it is in, the line where known (1-based, 0 when
 * the problem concerns the whole file), and what is wrong in words a blogger understands.
 */
public record Problem(Path file, int line, String message) {

    /** Problems sort by file, then line, so a report reads top to bottom. */
    public static final Comparator<Problem> ORDER =
            Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file().toString())
                    .thenComparingInt(Problem::line)
                    .thenComparing(Problem::message);

    public static Problem at(Path file, int line, String message) {
        return new Problem(file, line, message);
    }

    public static Problem in(Path file, String message) {
        return new Problem(file, 0, message);
    }

    /**
     * {@code content/posts/x/index.md:3: message}, with the file shown relative to {@code base}.
     */
    public String describe(Path base) {
        if (file == null) {
            return message;
        }
        Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
        String where = shown.toString().replace('\\', '/');
        return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
    }

    @Override
    public String toString() {
        return describe(null);
    }
}
