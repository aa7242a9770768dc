package io.github.logbuch.output;

import io.github.logbuch.theme.view.LinkView;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The sitemap's entries: every HTML page written, with its alternates in other languages. */
final class Sitemap {

    /**
     * What {@code sitemap.peb} sees per URL.
     *
     * @param lastmod null where the page has no date of its own
     * @param alternates the page in every language, itself included; empty for one language
     */
    record UrlView(
            String loc, ZonedDateTime lastmod, List<LinkView> alternates, LinkView xDefault) {}

    private Sitemap() {}

    static List<UrlView> urls(List<PagePlan> plans, boolean multilingual) {
        List<UrlView> urls = new ArrayList<>(plans.size());
        for (PagePlan plan : plans) {
            urls.add(
                    new UrlView(
                            plan.page().absUrl(),
                            plan.lastmod(),
                            multilingual ? plan.page().alternates() : List.of(),
                            multilingual ? plan.page().xDefault() : null));
        }
        urls.sort(java.util.Comparator.comparing(UrlView::loc));
        return urls;
    }
}
