package io.github.logbuch.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Puts what a text's shortcodes stand for in their place before the text is parsed, as Hugo does: a
 * {@code ref} becomes its URL, so it can stand where Markdown expects one ({@code [notes]({{< ref
 * "strata" >}})}); every other shortcode becomes a placeholder that the parsed tree carries to the
 * renderer, which writes the shortcode's HTML there (one alone on its lines becomes a block). Code
 * is left alone: tags inside a fenced or indented code block or a code span stay as written, but
 * for Hugo's way of writing a tag out, <code>{{&lt;/* name *&#47;&gt;}}</code>, which shows {@code
 * {{< name >}}} everywhere. Where the code is comes from commonmark's own parse of the text, so
 * this agrees with the Markdown it prepares.
 */
final class ShortcodeExpander {
    /** A placeholder is {@code OPEN + index + CLOSE}: private-use characters no text contains. */
    static final char OPEN = '\uE000';

    static final char CLOSE = '\uE001';

    /** The text to parse, and the HTML of each placeholder in it by index. */
    record Expanded(String text, List<String> html) {}

    private final Shortcodes shortcodes;
    private final Function<String, List<int[]>> codeRegions;
    private final BiFunction<String, Integer, String> markdownToHtml;

    /**
     * @param codeRegions where a text has code, as {@code [start, end)} pairs
     * @param markdownToHtml renders a {@code {{% %}}} shortcode's inner text, given its first line
     */
    ShortcodeExpander(
            Shortcodes shortcodes,
            Function<String, List<int[]>> codeRegions,
            BiFunction<String, Integer, String> markdownToHtml) {
        this.shortcodes = shortcodes;
        this.codeRegions = codeRegions;
        this.markdownToHtml = markdownToHtml;
    }

    Expanded expand(String text, int firstLine) {
        if (text.indexOf("{{") < 0) {
            return new Expanded(text, List.of());
        }
        List<ShortcodeSyntax.Tag> tags = ShortcodeSyntax.scan(text);
        if (tags.isEmpty()) {
            return new Expanded(text, List.of());
        }
        List<int[]> code = codeRegions.apply(text);
        Lines lines = new Lines(text, firstLine);
        StringBuilder out = new StringBuilder(text.length());
        List<String> html = new ArrayList<>();
        int pos = 0;
        for (int k = 0; k < tags.size(); k++) {
            ShortcodeSyntax.Tag tag = tags.get(k);
            if (tag.start() < pos) {
                continue; // inside a paired shortcode handled already
            }
            if (inCode(code, tag.start())) {
                if (tag.kind() == ShortcodeSyntax.Kind.COMMENT) {
                    out.append(text, pos, tag.start()).append(tag.literal());
                    pos = tag.end();
                }
                continue;
            }
            int line = lines.lineOf(tag.start());
            switch (tag.kind()) {
                case COMMENT -> {
                    out.append(text, pos, tag.start()).append(tag.literal());
                    pos = tag.end();
                    continue;
                }
                case CLOSE -> {
                    shortcodes.problem(
                            line,
                            "closing shortcode "
                                    + closing(tag)
                                    + " has no opening "
                                    + opening(tag)
                                    + " before it");
                    continue;
                }
                default -> {}
            }
            if (tag.error() != null) {
                shortcodes.problem(line, "shortcode " + opening(tag) + " " + tag.error());
                continue;
            }
            int end = tag.end();
            String inner = null;
            String innerHtml = null;
            if (tag.kind() == ShortcodeSyntax.Kind.OPEN) {
                int closer = closer(tags, k, code);
                if (closer >= 0) {
                    ShortcodeSyntax.Tag close = tags.get(closer);
                    inner = text.substring(tag.end(), close.start());
                    end = close.end();
                    int innerLine = lines.lineOf(tag.end());
                    if (shortcodes.keepsInnerText(tag.name())) {
                        innerHtml = inner;
                    } else if (tag.markdown()) {
                        innerHtml = markdownToHtml.apply(inner, innerLine);
                    } else {
                        innerHtml = substitute(expand(inner, innerLine));
                    }
                }
            }
            Shortcodes.Output output =
                    shortcodes.render(
                            new Shortcode(
                                    tag.name(),
                                    tag.positional(),
                                    tag.named(),
                                    inner,
                                    innerHtml,
                                    tag.markdown(),
                                    line));
            out.append(text, pos, tag.start());
            pos = end;
            if (output == null) {
                continue;
            }
            if (!output.html()) {
                out.append(output.text());
                continue;
            }
            out.append(OPEN).append(html.size()).append(CLOSE);
            html.add(output.text());
            if (aloneOnItsLines(text, tag.start(), end)) {
                // keeps the lines after it where they were, for the line numbers of problems
                for (int i = tag.start(); i < end; i++) {
                    if (text.charAt(i) == '\n') {
                        out.append('\n');
                    }
                }
            }
        }
        out.append(text, pos, text.length());
        return new Expanded(out.toString(), List.copyOf(html));
    }

    /** The text with every placeholder replaced by its HTML, for HTML that is not parsed again. */
    static String substitute(Expanded expanded) {
        String text = expanded.text();
        if (expanded.html().isEmpty()) {
            return text;
        }
        return substitute(text, expanded.html());
    }

    static String substitute(String text, List<String> html) {
        if (text.indexOf(OPEN) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 256);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == OPEN ? text.indexOf(CLOSE, i) : -1;
            int index = close > i ? index(text, i + 1, close) : -1;
            if (index >= 0 && index < html.size()) {
                out.append(html.get(index));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The number between a placeholder's marks, or -1. */
    static int index(CharSequence s, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The closing tag of the opening one at {@code k}, nested ones of its name counted, or -1. */
    private static int closer(List<ShortcodeSyntax.Tag> tags, int k, List<int[]> code) {
        String name = tags.get(k).name();
        int depth = 0;
        for (int j = k + 1; j < tags.size(); j++) {
            ShortcodeSyntax.Tag tag = tags.get(j);
            if (!name.equals(tag.name()) || inCode(code, tag.start())) {
                continue;
            }
            if (tag.kind() == ShortcodeSyntax.Kind.OPEN && tag.error() == null) {
                depth++;
            } else if (tag.kind() == ShortcodeSyntax.Kind.CLOSE) {
                if (depth == 0) {
                    return j;
                }
                depth--;
            }
        }
        return -1;
    }

    private static boolean aloneOnItsLines(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inCode(List<int[]> code, int index) {
        for (int[] region : code) {
            if (index >= region[0] && index < region[1]) {
                return true;
            }
        }
        return false;
    }

    private static String opening(ShortcodeSyntax.Tag tag) {
        return tag.markdown() ? "{{% " + tag.name() + " %}}" : "{{< " + tag.name() + " >}}";
    }

    private static String closing(ShortcodeSyntax.Tag tag) {
        return tag.markdown() ? "{{% /" + tag.name() + " %}}" : "{{< /" + tag.name() + " >}}";
    }

    /** File lines of positions in a text. */
    private static final class Lines {
        private final int[] breaks;
        private final int firstLine;

        Lines(String text, int firstLine) {
            this.firstLine = firstLine;
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            breaks = new int[count];
            int b = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    breaks[b++] = i;
                }
            }
        }

        int lineOf(int index) {
            int found = java.util.Arrays.binarySearch(breaks, index);
            int before = found >= 0 ? found : -found - 1;
            return firstLine + before;
        }
    }
}
