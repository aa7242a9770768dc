package io.github.logbuch.markdown;

import java.util.Optional;

/** Finds the processed photo behind an image destination written in a post. */
@FunctionalInterface
public interface ImageResolver {

    /**
     * @param destination as written, e.g. {@code hafen.jpg}
     * @param line the file line it is on
     * @return the photo, or empty for an image that is not one (which keeps its plain {@code img})
     */
    Optional<Figure> figure(String destination, int line);

    ImageResolver NONE = (destination, line) -> Optional.empty();
}
