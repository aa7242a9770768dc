package io.github.logbuch.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds shortcode tags in a text, following Hugo's syntax: {@code {{< name >}}} and {@code {{% name
 * %}}}, closing tags {@code {{< /name >}}}, parameters by position or {@code key=value}, quoted
 * with {@code "} (with {@code \"} inside) or {@code `} (raw, across lines), and comments <code>
 * {{&lt;/* name *&#47;&gt;}}</code>, which stand for the tag itself, written out.
 */
final class ShortcodeSyntax {
    private ShortcodeSyntax() {}

    enum Kind {
        OPEN,
        CLOSE,
        /** {@code {{< name />}}}: closes itself. */
        SELF_CLOSED,
        /** <code>{{&lt;/* ... *&#47;&gt;}}</code>: {@link Tag#literal} is what it stands for. */
        COMMENT
    }

    /**
     * A tag at {@code [start, end)} of the text.
     *
     * @param error why it is not a valid tag, or null
     */
    record Tag(
            Kind kind,
            int start,
            int end,
            String name,
            List<String> positional,
            Map<String, String> named,
            boolean markdown,
            String literal,
            String error) {}

    /** Every tag in {@code text}, in order. */
    static List<Tag> scan(String text) {
        List<Tag> tags = new ArrayList<>();
        int i = text.indexOf("{{");
        while (i >= 0) {
            Tag tag = tagAt(text, i);
            if (tag != null) {
                tags.add(tag);
                i = text.indexOf("{{", tag.end());
            } else {
                i = text.indexOf("{{", i + 2);
            }
        }
        return tags;
    }

    /** The tag starting at {@code start}, or null if the braces start none. */
    private static Tag tagAt(String s, int start) {
        int i = skipSpaces(s, start + 2);
        if (i >= s.length() || (s.charAt(i) != '<' && s.charAt(i) != '%')) {
            return null;
        }
        char delimiter = s.charAt(i);
        boolean markdown = delimiter == '%';
        String closer = (delimiter == '<' ? ">" : "%") + "}}";
        i++;
        int afterDelimiter = i;
        i = skipSpaces(s, i);
        if (s.startsWith("/*", i)) {
            int end = s.indexOf("*/", i + 2);
            if (end < 0) {
                return null;
            }
            int close = skipSpaces(s, end + 2);
            if (!s.startsWith(closer, close)) {
                return null;
            }
            String inside = s.substring(i + 2, end);
            String literal = "{{" + delimiter + inside + closer;
            return new Tag(
                    Kind.COMMENT,
                    start,
                    close + closer.length(),
                    null,
                    List.of(),
                    Map.of(),
                    markdown,
                    literal,
                    null);
        }
        boolean closing = false;
        if (i < s.length() && s.charAt(i) == '/') {
            closing = true;
            i = skipSpaces(s, i + 1);
        }
        int nameStart = i;
        while (i < s.length() && isNameChar(s.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            return null; // "{{<" followed by no name: not a shortcode, e.g. a Go template in prose
        }
        String name = s.substring(nameStart, i);
        if (name.endsWith("/") && s.startsWith(closer, skipSpaces(s, i))) {
            int end = skipSpaces(s, i) + closer.length();
            return new Tag(
                    Kind.SELF_CLOSED,
                    start,
                    end,
                    name.substring(0, name.length() - 1),
                    List.of(),
                    Map.of(),
                    markdown,
                    null,
                    null);
        }
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        while (true) {
            i = skipSpaces(s, i);
            if (i >= s.length()) {
                return broken(
                        start, afterDelimiter, name, markdown, "is never closed with " + closer);
            }
            if (s.startsWith(closer, i)) {
                Kind kind = closing ? Kind.CLOSE : Kind.OPEN;
                return new Tag(
                        kind,
                        start,
                        i + closer.length(),
                        name,
                        positional,
                        named,
                        markdown,
                        null,
                        null);
            }
            if (s.charAt(i) == '/' && s.startsWith(closer, skipSpaces(s, i + 1))) {
                int end = skipSpaces(s, i + 1) + closer.length();
                return new Tag(
                        Kind.SELF_CLOSED,
                        start,
                        end,
                        name,
                        positional,
                        named,
                        markdown,
                        null,
                        null);
            }
            if (s.startsWith("}}", i) || s.startsWith("{{", i)) {
                return broken(start, i, name, markdown, "is never closed with " + closer);
            }
            // a parameter: key=value or a value
            int keyEnd = i;
            while (keyEnd < s.length() && isNameChar(s.charAt(keyEnd))) {
                keyEnd++;
            }
            String key = null;
            if (keyEnd > i && keyEnd < s.length() && s.charAt(keyEnd) == '=') {
                key = s.substring(i, keyEnd);
                i = keyEnd + 1;
            }
            int[] end = new int[1];
            String value = value(s, i, closer, end);
            if (value == null) {
                return broken(start, i, name, markdown, "has a quote that is never closed");
            }
            i = end[0];
            if (key != null) {
                named.put(key, value);
            } else {
                positional.add(value);
            }
        }
    }

    /** A quoted, raw or bare value at {@code i}; its end goes to {@code end[0]}. */
    private static String value(String s, int i, String closer, int[] end) {
        if (i >= s.length()) {
            end[0] = i;
            return "";
        }
        char c = s.charAt(i);
        if (c == '"') {
            StringBuilder value = new StringBuilder();
            for (int j = i + 1; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '\\' && j + 1 < s.length() && s.charAt(j + 1) == '"') {
                    value.append('"');
                    j++;
                } else if (d == '"') {
                    end[0] = j + 1;
                    return value.toString();
                } else {
                    value.append(d);
                }
            }
            return null;
        }
        if (c == '`') {
            int close = s.indexOf('`', i + 1);
            if (close < 0) {
                return null;
            }
            end[0] = close + 1;
            return s.substring(i + 1, close);
        }
        int j = i;
        while (j < s.length()
                && !Character.isWhitespace(s.charAt(j))
                && !s.startsWith(closer, j)
                && !(s.charAt(j) == '/' && s.startsWith(closer, j + 1))) {
            j++;
        }
        end[0] = j;
        return s.substring(i, j);
    }

    private static Tag broken(int start, int end, String name, boolean markdown, String why) {
        return new Tag(
                Kind.OPEN,
                start,
                Math.max(end, start + 3),
                name,
                List.of(),
                Map.of(),
                markdown,
                null,
                why);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '.';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
