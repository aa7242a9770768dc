package io.github.logbuch.config;

import java.util.Locale;

/**
 * A language the blog is written in. The default language lives at the site root, every other one
 * under {@code /<code>/}.
 *
 * @param code the BCP 47 tag as configured, e.g. {@code de} or {@code en}; also the file suffix in
 *     {@code index.<code>.md} and the URL prefix
 * @param locale used for dates, UI strings and {@code hreflang}
 * @param isDefault whether this is the first configured language
 */
public record Language(String code, Locale locale, boolean isDefault) {

    /** The URL prefix of this language: empty for the default one, else {@code /<code>}. */
    public String prefix() {
        return isDefault ? "" : "/" + code;
    }

    /** The language's own name for itself, e.g. "Deutsch", "English". */
    public String nativeName() {
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
