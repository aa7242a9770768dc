package io.github.logbuch.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every colour the theme gives a code token, and every alert's title and text, reads against its
 * background with WCAG AA contrast (4.5:1), in light and in dark mode: computed from the stylesheet
 * itself, so a changed colour is checked too.
 */
class CodeColoursTest {
    private static final Pattern PROPERTY =
            Pattern.compile("--([\\w-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");

    @Test
    void everyTokenColourHasAaContrastOnCodeInBothModes() throws IOException {
        String css = stylesheet();
        for (Map<String, String> mode : List.of(light(css), dark(css))) {
            List<String> tokens = new ArrayList<>();
            for (Map.Entry<String, String> property : mode.entrySet()) {
                if (property.getKey().startsWith("hl-")) {
                    tokens.add(property.getKey());
                    for (String background : List.of("surface", "code-stress")) {
                        double ratio = contrast(property.getValue(), mode.get(background));
                        assertTrue(
                                ratio >= 4.5,
                                property.getKey()
                                        + " "
                                        + property.getValue()
                                        + " on "
                                        + background
                                        + " "
                                        + mode.get(background)
                                        + ": "
                                        + ratio);
                    }
                }
            }
            assertEquals(17, tokens.size(), tokens.toString());
            for (String cls : tokens) {
                assertTrue(css.contains("." + cls + " { color: var(--" + cls + ")"), cls);
            }
        }
    }

    @Test
    void theTextOfAlertsAndEmbedsReadsOnTheirBackground() throws IOException {
        String css = stylesheet();
        for (Map<String, String> mode : List.of(light(css), dark(css))) {
            assertTrue(contrast(mode.get("text"), mode.get("surface")) >= 4.5);
            assertTrue(contrast(mode.get("muted"), mode.get("surface")) >= 4.5, mode.toString());
            assertTrue(contrast(mode.get("accent"), mode.get("surface")) >= 4.5);
        }
    }

    @Test
    void theContrastFormulaIsWcags() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(4.54, contrast("#767676", "#ffffff"), 0.01);
    }

    private static String stylesheet() throws IOException {
        try (InputStream in =
                CodeColoursTest.class
                        .getClassLoader()
                        .getResourceAsStream(Theme.BUILT_IN + "assets/logbuch.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** The custom properties of the {@code :root} rules outside any media query, later ones win. */
    private static Map<String, String> light(String css) {
        Map<String, String> values = new LinkedHashMap<>();
        int depth = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                if (depth == 0
                        && css.substring(css.lastIndexOf('}', i) + 1, i).strip().equals(":root")) {
                    values.putAll(properties(css.substring(i + 1, css.indexOf('}', i))));
                }
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return values;
    }

    /** The light values, with those of every dark-mode {@code :root} rule over them. */
    private static Map<String, String> dark(String css) {
        Map<String, String> values = light(css);
        Matcher media =
                Pattern.compile("@media \\(prefers-color-scheme: dark\\) \\{\\s*:root \\{([^}]*)}")
                        .matcher(css);
        int found = 0;
        while (media.find()) {
            values.putAll(properties(media.group(1)));
            found++;
        }
        assertTrue(found >= 2, "the base and the writing section each have a dark :root");
        return values;
    }

    private static Map<String, String> properties(String block) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PROPERTY.matcher(block);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
