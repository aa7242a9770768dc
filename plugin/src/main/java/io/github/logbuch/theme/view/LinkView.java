package io.github.logbuch.theme.view;

/**
 * A link to a page in some language: a translation, an alternate, a navigation entry.
 *
 * @param lang the language code of the page linked to
 * @param url the site-relative URL, for links
 * @param absUrl the absolute URL, for {@code hreflang} alternates and feeds
 * @param current whether it is the page being rendered
 */
public record LinkView(String title, String lang, String url, String absUrl, boolean current) {}
