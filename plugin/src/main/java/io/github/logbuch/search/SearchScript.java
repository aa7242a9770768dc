package io.github.logbuch.search;

import java.util.function.Function;

/**
 * The search page's script as one file: the language's Snowball stemmer ({@code
 * snowball-<name>.js}, whose {@code <Name>Stemmer} the script gets as {@code logbuchStemmer}, or
 * null where the language is not stemmed), then the theme's {@code search.js}, in a function of
 * their own so that nothing leaks into the page.
 */
public final class SearchScript {
    private SearchScript() {}

    /**
     * @param stemmer the analyzer's {@link Analyzer#stemmer()}
     * @param asset a theme asset's text by name
     */
    public static String of(String stemmer, Function<String, String> asset) {
        StringBuilder js = new StringBuilder("(function () {\n");
        if (stemmer == null) {
            js.append("var logbuchStemmer = null;\n");
        } else {
            js.append(asset.apply("snowball-" + stemmer + ".js")).append('\n');
            js.append("var logbuchStemmer = new ")
                    .append(Character.toUpperCase(stemmer.charAt(0)))
                    .append(stemmer.substring(1))
                    .append("Stemmer();\n");
        }
        return js.append(asset.apply("search.js")).append("\n})();\n").toString();
    }
}
