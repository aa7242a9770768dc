package io.github.logbuch.check;

import io.github.logbuch.config.Language;
import io.github.logbuch.site.Entry;
import io.github.logbuch.site.Group;
import io.github.logbuch.site.Site;
import java.util.ArrayList;
import java.util.List;

/** Posts and pages missing in a language every one of them should be written in. */
public final class MissingTranslations {
    private MissingTranslations() {}

    public static List<Finding> find(Site site, List<Language> required) {
        List<Finding> findings = new ArrayList<>();
        for (List<Group> groups : List.of(site.posts(), site.pages())) {
            for (Group group : groups) {
                for (Language language : required) {
                    if (group.in(language).isEmpty()) {
                        Entry primary = group.primary();
                        String page =
                                site.config()
                                        .sourceDirectory()
                                        .relativize(primary.document().source())
                                        .toString()
                                        .replace('\\', '/');
                        findings.add(
                                new Finding(
                                        page,
                                        "",
                                        "has no "
                                                + language.nativeName()
                                                + " version ("
                                                + language.code()
                                                + ")"));
                    }
                }
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }
}
