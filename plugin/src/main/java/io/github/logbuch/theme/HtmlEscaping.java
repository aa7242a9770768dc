package io.github.logbuch.theme;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping, as its default does it ({@code HtmlEscape.escapeHtml4Xml} of
 * unbescape: the five characters that mean markup, nothing else), without unbescape's tables of
 * every named character reference. Building those took a tenth of a small blog's plugin time in a
 * cold JVM (Java Flight Recorder, the example blog: 32 of 254 samples in {@code
 * HtmlEscapeSymbols.<clinit>}), for references a theme never writes.
 */
final class HtmlEscaping implements EscapingStrategy {
    @Override
    public String escape(String input) {
        int length = input.length();
        int i = 0;
        while (i < length && replacement(input.charAt(i)) == null) {
            i++;
        }
        if (i == length) {
            return input;
        }
        StringBuilder out = new StringBuilder(length + 16);
        out.append(input, 0, i);
        for (; i < length; i++) {
            char c = input.charAt(i);
            String reference = replacement(c);
            if (reference == null) {
                out.append(c);
            } else {
                out.append(reference);
            }
        }
        return out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
