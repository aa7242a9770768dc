package io.github.logbuch.theme.view;

import java.util.List;

/**
 * What every page knows about itself, for the layout's {@code <head>} and header.
 *
 * @param kind home, post, page, tag, tags, archive or notfound
 * @param title the page's own title (the layout adds the blog's)
 * @param description for {@code <meta name="description">}
 * @param url site-relative URL
 * @param absUrl absolute URL, the canonical link
 * @param alternates the page in every language it exists in, itself included, for {@code <link
 *     rel="alternate" hreflang>}
 * @param xDefault the version for readers of other languages, or null
 * @param languages the language switch
 * @param image the picture for social previews ({@code og:image}), or null
 */
public record PageView(
        String kind,
        String title,
        String description,
        String url,
        String absUrl,
        List<LinkView> alternates,
        LinkView xDefault,
        List<SwitchView> languages,
        PhotoView image) {}
