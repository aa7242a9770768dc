package io.github.logbuch.cache;

import io.github.logbuch.problem.Problem;
import java.nio.file.Path;

/** Text kept in one field of one line: tabs, line breaks and backslashes escaped. */
public final class Fields {
    private Fields() {}

    public static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    public static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A problem as three fields: its file (empty for none), its line and its message. */
    public static String problem(Problem problem) {
        return (problem.file() == null ? "" : escape(problem.file().toString()))
                + "\t"
                + problem.line()
                + "\t"
                + escape(problem.message());
    }

    /** The problem {@link #problem(Problem)} wrote. */
    public static Problem problem(String fields) {
        String[] parts = fields.split("\t", 3);
        return new Problem(
                parts[0].isEmpty() ? null : Path.of(unescape(parts[0])),
                Integer.parseInt(parts[1]),
                unescape(parts[2]));
    }

    /**
     * A path as kept in the cache: relative to {@code base} ('/' between names) when it lies under
     * it, so a blog checked out elsewhere finds it again; else absolute.
     */
    public static String relative(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base)
                ? base.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
