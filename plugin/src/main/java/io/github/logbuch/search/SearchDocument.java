package io.github.logbuch.search;

import java.util.List;
import java.util.Map;

/**
 * A post or page as the search index sees it.
 *
 * @param url its site-relative URL, the base path included
 * @param lang the language it is written in
 * @param date ISO date ({@code 2016-06-29}), or null for a page without one
 * @param dates the date as each of the blog's languages writes it ("29. Juni 2016"), in the order
 *     of the blog's languages; empty without a date
 * @param text what a reader reads: the body as plain text, then the photo captions; NFC
 */
public record SearchDocument(
        String url,
        String title,
        String lang,
        String date,
        Map<String, String> dates,
        List<String> tags,
        String text) {}
