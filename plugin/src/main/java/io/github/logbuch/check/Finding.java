package io.github.logbuch.check;

import java.util.Comparator;

/**
 * One thing wrong with the built site.
 *
 * @param page the page it is on, relative to the site's folder, e.g. {@code 2016/06/x/index.html}
 * @param target the link or image it is about, as written, or "" for the page itself
 * @param problem what is wrong with it
 */
public record Finding(String page, String target, String problem) {
    static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::page)
                    .thenComparing(Finding::target)
                    .thenComparing(Finding::problem);

    @Override
    public String toString() {
        return target.isEmpty() ? page + ": " + problem : page + ": " + target + ": " + problem;
    }
}
