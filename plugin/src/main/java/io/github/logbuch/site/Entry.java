package io.github.logbuch.site;

import io.github.logbuch.config.Language;
import io.github.logbuch.content.Document;
import java.time.ZonedDateTime;

/**
 * A document placed on the site.
 *
 * @param path its site path, e.g. {@code /en/2016/06/containerdays-2016/}
 */
public record Entry(Document document, String path) {

    public Language language() {
        return document.language();
    }

    public String title() {
        return document.title();
    }

    public ZonedDateTime date() {
        return document.date();
    }

    /** The date a reader or crawler should see as "changed": lastmod, else the date. */
    public ZonedDateTime updated() {
        return document.lastmod() != null ? document.lastmod() : document.date();
    }
}
