package io.github.logbuch.theme.view;

/**
 * A language of the blog.
 *
 * @param code as configured, also the {@code lang}/{@code hreflang} value
 * @param name its own name for itself: "Deutsch", "English"
 * @param url its home page
 * @param feedUrl its Atom feed
 * @param feedAbsUrl the same, absolute: for autodiscovery links with {@code hreflang}
 * @param searchUrl its search page, which reads {@code ?q=}; null when the blog has no search
 */
public record LanguageView(
        String code,
        String name,
        String url,
        String feedUrl,
        String feedAbsUrl,
        boolean isDefault,
        String searchUrl) {}
