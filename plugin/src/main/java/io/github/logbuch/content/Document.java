package io.github.logbuch.content;

import io.github.logbuch.config.Language;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One Markdown file read and checked: a post or page in one language.
 *
 * @param bundle the folder it belongs to, shared with its translations
 * @param source the Markdown file; for an album, which has none, {@code index.<lang>.md} in its
 *     folder as if it had
 * @param date when it was written; null only for pages without one
 * @param lastmod when it was last changed, if the author said so
 * @param summary the front matter's summary, plain text, or null
 * @param description the front matter's description, plain text, or null
 * @param slug the last URL segment
 * @param cover a bundle file to use as the post's image, or null
 * @param translationKey links translations kept in different folders, or null
 * @param weight orders pages in the navigation, or null
 * @param params every front matter field, for templates
 * @param body the Markdown after the front matter
 * @param bodyLine the file line {@code body} starts on
 * @param search whether search finds it: {@code search: false} keeps it out
 */
public record Document(
        Section section,
        Bundle bundle,
        Path source,
        Language language,
        String title,
        ZonedDateTime date,
        ZonedDateTime lastmod,
        List<String> tags,
        String summary,
        String description,
        boolean draft,
        String slug,
        String cover,
        List<Alias> aliases,
        String translationKey,
        List<PhotoRef> photos,
        Integer weight,
        Map<String, Object> params,
        String body,
        int bodyLine,
        boolean search) {}
