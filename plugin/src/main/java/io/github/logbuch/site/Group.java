package io.github.logbuch.site;

import io.github.logbuch.config.Language;
import java.util.List;
import java.util.Optional;

/**
 * One post or page in every language it is written in: the translations of each other.
 *
 * @param key what ties the translations together: the {@code translationKey} or the folder
 * @param entries one per language, in the order the languages are configured
 */
public record Group(String key, List<Entry> entries) {

    public Optional<Entry> in(Language language) {
        for (Entry entry : entries) {
            if (entry.language().equals(language)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * The version shown where the reader's language is missing: the first configured language's.
     */
    public Entry primary() {
        return entries.get(0);
    }
}
