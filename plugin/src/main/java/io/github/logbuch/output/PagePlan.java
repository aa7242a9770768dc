package io.github.logbuch.output;

import io.github.logbuch.config.Language;
import io.github.logbuch.theme.view.PageView;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One HTML page to render: where, with which template and variables. The sitemap is made from the
 * same plans, so it lists exactly the pages that were written.
 *
 * @param variables the template's own variables besides the common ones
 * @param lastmod for the sitemap, or null
 */
record PagePlan(
        String sitePath,
        String template,
        Language language,
        PageView page,
        Map<String, Object> variables,
        ZonedDateTime lastmod) {}
