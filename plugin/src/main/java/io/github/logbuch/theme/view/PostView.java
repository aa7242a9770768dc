package io.github.logbuch.theme.view;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post or page as templates see it. HTML fields are safe to print as they are; every other text
 * is escaped by the template engine.
 *
 * @param kind "post" or "page"
 * @param lang the language it is written in; on another language's list, show it (see {@code
 *     lang.code})
 * @param date null for a page without one
 * @param lastmod null unless the author gave one
 * @param updated lastmod, else date
 * @param summary HTML: the summary field, else the text up to {@code <!--more-->}, else the first
 *     paragraph
 * @param summaryText the summary as plain text
 * @param truncated whether the post goes on after its summary
 * @param description for {@code <meta name="description">}: the description field, else the summary
 *     text, shortened; for a post without text (an album), its photos' captions; else null
 * @param content HTML: the whole body; null for a post without text (an album) and in lists (home,
 *     tag, archive pages, the newer and older post), which show the summary
 * @param translations the other languages it is written in
 * @param gallery the photos of its folder that the text does not show: all of an album's
 * @param cover its picture for lists and previews: the {@code cover} field, else its first photo;
 *     null for a post without photos
 * @param params every front matter field, for the blogger's own templates
 * @param toc HTML: the table of contents, a {@code <nav>} of the h2 and h3 linking to them, when
 *     the front matter says {@code toc: true} and there are such headings; else null, and null in
 *     lists
 * @param wordCount the words of its text, code included
 * @param readingTime minutes to read it at 213 words a minute (as Hugo reckons), at least 1 for a
 *     post with text; 0 for one without (an album)
 */
public record PostView(
        String kind,
        String title,
        String lang,
        String url,
        String absUrl,
        ZonedDateTime date,
        ZonedDateTime lastmod,
        ZonedDateTime updated,
        List<TagView> tags,
        SafeString summary,
        String summaryText,
        boolean truncated,
        String description,
        SafeString content,
        List<LinkView> translations,
        List<PhotoView> gallery,
        PhotoView cover,
        boolean draft,
        Map<String, Object> params,
        SafeString toc,
        int wordCount,
        int readingTime) {}
