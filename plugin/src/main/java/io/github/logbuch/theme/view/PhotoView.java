package io.github.logbuch.theme.view;

/**
 * A processed photo. URLs are site-relative but for {@code shareUrl}. Nothing here comes from the
 * photo's position or camera: the files carry no metadata either.
 *
 * @param caption per-language front matter, else the photo's own description; null if none
 * @param alt the caption, or "" for a photo without one
 * @param src a middle size, for browsers that ignore {@code srcset}
 * @param srcset every size with its width
 * @param width of {@code src}
 * @param height of {@code src}
 * @param thumbUrl the square thumbnail of galleries
 * @param thumbSrcset the thumbnail and its double size, with their widths
 * @param largeUrl the largest size, which a click on a thumbnail opens
 * @param shareUrl absolute URL of a size fit for {@code og:image}
 * @param id the photo's name in the page, for a {@code #name} link that opens it, e.g. "hafen"
 * @param shooting how it was taken, or null when the photo does not say or the post turns it off
 * @param eager one of the first photos of a page that shows none before them: loaded at once, not
 *     lazily
 * @param priority the page's first photo, which the browser should fetch first
 */
public record PhotoView(
        String caption,
        String alt,
        String src,
        String srcset,
        int width,
        int height,
        String thumbUrl,
        String thumbSrcset,
        int thumbWidth,
        int thumbHeight,
        String largeUrl,
        int largeWidth,
        int largeHeight,
        String shareUrl,
        int shareWidth,
        int shareHeight,
        String id,
        ShootingView shooting,
        boolean eager,
        boolean priority) {}
