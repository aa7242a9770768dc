package io.github.logbuch.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a block of code is shown besides its colours, as Hugo writes it after a fence's language (
 * <code>```go {linenos=table,hl_lines=[2,"4-5"]}</code>) or in {@code {{< highlight go
 * "linenos=true,hl_lines=2 4-5" >}}}: line numbers, the number of the first line, lines to stress.
 * Keys Logbuch does not know ({@code style}, {@code anchorlinenos}) are ignored, as a theme decides
 * how code looks.
 *
 * @param lineNumbers whether each line shows its number (drawn by the stylesheet, so copying the
 *     code copies no numbers)
 * @param firstLine the number of the first line
 * @param highlighted the numbers of the lines to stress, counted from 1 whatever {@code firstLine}
 */
public record CodeOptions(boolean lineNumbers, int firstLine, Set<Integer> highlighted) {
    private static final Pattern KEY = Pattern.compile("[ ,]*[A-Za-z_][A-Za-z0-9_]*\\s*=");

    public static final CodeOptions NONE = new CodeOptions(false, 1, Set.of());

    public CodeOptions {
        highlighted = Set.copyOf(highlighted);
    }

    /** Whether the lines need wrapping at all. */
    boolean wrapsLines() {
        return lineNumbers || !highlighted.isEmpty();
    }

    /**
     * Reads {@code linenos=table,hl_lines=[8,"15-17"],linenostart=199}, with or without the braces
     * a fence puts around it; what it cannot read it leaves at the default.
     */
    public static CodeOptions parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String s = text.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        boolean lineNumbers = false;
        int firstLine = 1;
        Set<Integer> highlighted = new TreeSet<>();
        for (String pair : splitPairs(s)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = unquote(pair.substring(eq + 1).strip());
            switch (key) {
                case "linenos" ->
                        lineNumbers = !value.equalsIgnoreCase("false") && !value.isEmpty();
                case "linenostart" -> firstLine = number(value, 1);
                case "hl_lines" -> lines(value, highlighted);
                default -> {
                    // style, anchorlinenos, lineanchors, hl_inline...: the theme's business
                }
            }
        }
        return new CodeOptions(lineNumbers, firstLine, highlighted);
    }

    /**
     * Splits at a comma or space that starts the next {@code key=}, outside brackets and quotes:
     * {@code hl_lines=2 4-5,linenostart=3} is two pairs.
     */
    private static List<String> splitPairs(String s) {
        List<String> pairs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if ((c == ',' || c == ' ')
                    && depth == 0
                    && KEY.matcher(s).region(i + 1, s.length()).lookingAt()) {
                if (!current.isEmpty()) {
                    pairs.add(current.toString());
                }
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.isEmpty()) {
            pairs.add(current.toString());
        }
        return pairs;
    }

    /** {@code "1 3-4"}, {@code [8,"15-17"]} or {@code 2}. */
    private static void lines(String value, Set<Integer> into) {
        String s = value.replace("[", " ").replace("]", " ").replace("\"", " ").replace(",", " ");
        for (String part : s.strip().split("\\s+")) {
            int dash = part.indexOf('-');
            if (dash > 0) {
                int from = number(part.substring(0, dash), -1);
                int to = number(part.substring(dash + 1), -1);
                if (from > 0 && to >= from && to - from < 10_000) {
                    for (int i = from; i <= to; i++) {
                        into.add(i);
                    }
                }
            } else {
                int line = number(part, -1);
                if (line > 0) {
                    into.add(line);
                }
            }
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2
                && (s.charAt(0) == '"' || s.charAt(0) == '\'')
                && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static int number(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
