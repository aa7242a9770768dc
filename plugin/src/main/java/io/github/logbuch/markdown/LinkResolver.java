package io.github.logbuch.markdown;

import java.util.Optional;

/**
 * Maps a relative link or image source written in a post to the URL it is published at; the core
 * supplies it per document, so this package knows nothing of the site's layout.
 */
@FunctionalInterface
public interface LinkResolver {

    /**
     * @param destination as written, e.g. {@code ../2016-06-29-containerdays/} or {@code hafen.jpg}
     * @param image whether it is an image source rather than a link
     * @param line the file line it is written on, for problems
     * @return the URL to use instead, or empty to leave the destination as written
     */
    Optional<String> resolve(String destination, boolean image, int line);

    LinkResolver NONE = (destination, image, line) -> Optional.empty();
}
