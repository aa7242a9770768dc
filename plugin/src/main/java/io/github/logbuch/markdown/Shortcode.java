package io.github.logbuch.markdown;

import java.util.List;
import java.util.Map;

/**
 * One use of a shortcode in a text, as Hugo writes it: {@code {{< figure src="a.jpg" >}}}, or
 * {@code {{% note %}}...{{% /note %}}} around Markdown.
 *
 * @param name e.g. {@code figure}; may contain '/' for a shortcode in a subfolder
 * @param positional the parameters given without a name, in order
 * @param named the parameters given as {@code key=value}, in order
 * @param inner the text between the opening and closing tag as written, or null for a shortcode
 *     without a closing tag
 * @param innerHtml for {@code {{% %}}} the inner text rendered as Markdown, for {@code {{< >}}} the
 *     inner text with the shortcodes in it expanded; null without a closing tag
 * @param markdown whether it was written with {@code %} delimiters
 * @param line the file line the opening tag is on
 */
public record Shortcode(
        String name,
        List<String> positional,
        Map<String, String> named,
        String inner,
        String innerHtml,
        boolean markdown,
        int line) {

    public Shortcode {
        positional = List.copyOf(positional);
        named = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(named));
    }

    /** A named parameter, else the positional one at {@code index}, else null. */
    public String param(String name, int index) {
        String value = named.get(name);
        if (value == null && index >= 0 && index < positional.size()) {
            value = positional.get(index);
        }
        return value;
    }

    /** How it was written, for messages: {@code {{< figure >}}}. */
    public String written() {
        return markdown ? "{{% " + name + " %}}" : "{{< " + name + " >}}";
    }
}
