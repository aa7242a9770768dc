package io.github.logbuch.output;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.images.Photo;
import io.github.logbuch.images.Variant;
import io.github.logbuch.markdown.Figure;
import io.github.logbuch.theme.view.PhotoView;
import java.util.stream.Collectors;

/** Where a processed photo's files are published, and the views and figures that point there. */
final class PhotoViews {
    /** The default size: what a column of text shows on most screens. */
    private static final int DEFAULT_WIDTH = 960;

    /** Social previews want about this much. */
    private static final int SHARE_WIDTH = 1600;

    private final BlogConfig config;

    PhotoViews(BlogConfig config) {
        this.config = config;
    }

    /** The site path of a file of the photo, published in the post's folder. */
    static String sitePath(String folder, Variant variant) {
        return folder + variant.name();
    }

    /**
     * @param shooting how to write the photo's shooting data, or null to leave it out
     */
    PhotoView view(Photo photo, String folder, String caption, ShootingFormat shooting) {
        return view(photo, folder, caption, shooting, false, false);
    }

    /**
     * @param eager loaded at once: one of the first photos of a page
     * @param priority fetched first: the page's first photo
     */
    PhotoView view(
            Photo photo,
            String folder,
            String caption,
            ShootingFormat shooting,
            boolean eager,
            boolean priority) {
        Variant middle = pick(photo, DEFAULT_WIDTH);
        Variant share = pick(photo, SHARE_WIDTH);
        Variant large = photo.largest();
        return new PhotoView(
                caption,
                caption == null ? "" : caption,
                url(folder, middle),
                srcset(photo, folder),
                middle.width(),
                middle.height(),
                url(folder, photo.thumbnail()),
                thumbSrcset(photo, folder),
                photo.thumbnail().width(),
                photo.thumbnail().height(),
                url(folder, large),
                large.width(),
                large.height(),
                config.absolute(sitePath(folder, share)),
                share.width(),
                share.height(),
                "photo-" + io.github.logbuch.images.PhotoProcessor.baseName(photo.source()),
                shooting == null ? null : shooting.view(photo.metadata()),
                eager,
                priority);
    }

    private String thumbSrcset(Photo photo, String folder) {
        String one = url(folder, photo.thumbnail()) + " " + photo.thumbnail().width() + "w";
        Variant twice = photo.thumbnail2x();
        return twice == null ? one : one + ", " + url(folder, twice) + " " + twice.width() + "w";
    }

    Figure figure(Photo photo, String folder, String caption) {
        Variant middle = pick(photo, DEFAULT_WIDTH);
        Variant large = photo.largest();
        return new Figure(
                url(folder, middle),
                srcset(photo, folder),
                middle.width(),
                middle.height(),
                url(folder, large),
                large.width(),
                large.height(),
                caption);
    }

    private String url(String folder, Variant variant) {
        return config.basePath() + sitePath(folder, variant);
    }

    private String srcset(Photo photo, String folder) {
        return photo.variants().stream()
                .map(v -> url(folder, v) + " " + v.width() + "w")
                .collect(Collectors.joining(", "));
    }

    /** The largest size up to {@code width}, or the smallest if all are larger. */
    private static Variant pick(Photo photo, int width) {
        Variant best = photo.variants().get(0);
        for (Variant variant : photo.variants()) {
            if (variant.width() <= width) {
                best = variant;
            }
        }
        return best;
    }
}
