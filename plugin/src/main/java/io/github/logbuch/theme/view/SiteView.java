package io.github.logbuch.theme.view;

import java.util.List;

/**
 * The blog as a whole.
 *
 * @param baseUrl the absolute URL of the site root, ending in '/'
 * @param stylesheet the URL of the theme's stylesheet
 * @param lightbox the URL of the script that opens gallery photos large
 * @param icon the URL of the site's icon: {@code static/favicon.svg} or {@code .ico} if the blog
 *     has one, else the theme's
 * @param generator "Logbuch" and its version, for {@code <meta name="generator">}
 */
public record SiteView(
        String title,
        String description,
        String author,
        String baseUrl,
        List<LanguageView> languages,
        String stylesheet,
        String lightbox,
        String icon,
        String generator) {}
