package io.github.logbuch.markdown;

import java.util.Map;

/**
 * The few words a body's HTML carries besides its text, in the document's language: alert titles
 * ({@code alert.note}...) and the title of the contents ({@code toc.title}).
 */
@FunctionalInterface
public interface Labels {
    String label(String key);

    Labels ENGLISH =
            key ->
                    Map.of(
                                    "alert.note", "Note",
                                    "alert.tip", "Tip",
                                    "alert.important", "Important",
                                    "alert.warning", "Warning",
                                    "alert.caution", "Caution",
                                    "toc.title", "Contents")
                            .getOrDefault(key, key);
}
