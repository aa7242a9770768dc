package io.github.logbuch.search;

/** Just enough JSON for the index files, written the same way on every run. */
final class Json {
    private Json() {}

    /** Appends {@code text} as a JSON string; non-ASCII stays as it is (the files are UTF-8). */
    static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        int plain = 0;
        // an array, not charAt: cheaper in the forked build's quick JIT on a text beyond Latin-1
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            String escaped =
                    switch (c) {
                        case '"' -> "\\\"";
                        case '\\' -> "\\\\";
                        case '\n' -> "\\n";
                        case '\t' -> "\\t";
                        case '\r' -> "\\r";
                        default ->
                                c < 0x20 || c == '\u2028' || c == '\u2029'
                                        ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c)
                                        : null;
                    };
            if (escaped != null) {
                out.append(text, plain, i).append(escaped);
                plain = i + 1;
            }
        }
        return out.append(text, plain, text.length()).append('"');
    }
}
