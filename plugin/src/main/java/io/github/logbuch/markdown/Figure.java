package io.github.logbuch.markdown;

/**
 * A processed photo as an image in a post shows it.
 *
 * @param src the default size
 * @param srcset every size with its width, for the browser to choose from
 * @param width of {@code src}, so the page does not jump while it loads
 * @param height of {@code src}
 * @param large the largest size, which a click opens
 * @param caption the caption to use when the Markdown gives no alt text, or null
 */
public record Figure(
        String src,
        String srcset,
        int width,
        int height,
        String large,
        int largeWidth,
        int largeHeight,
        String caption) {}
