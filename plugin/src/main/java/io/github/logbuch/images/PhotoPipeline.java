package io.github.logbuch.images;

import io.github.logbuch.config.PhotoSettings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;

/**
 * One photo from file to cache: decoded once at full resolution; the sizes made from the original
 * all in one pass over it, turned upright as they are written; each smaller size from a size made
 * already that is wide enough (see {@link #plan}); and a square thumbnail from the smallest size
 * that still covers it. One pipeline per worker: it keeps its pixel arrays from photo to photo.
 */
final class PhotoPipeline {
    /** Changes whenever the pipeline's output changes, so old cache entries are not reused. */
    static final String VERSION = "pipeline-4";

    private static final int LOBES = 3;

    /** How much wider than a new size an already made one must be to make it from. */
    private static final double RESHRINK = 2.5;

    private final PhotoSettings settings;
    private final Resampler resampler;
    private final ByteArrays arrays;

    /** Pixel arrays come from {@code arrays}; the resampler keeps a quarter as much again. */
    PhotoPipeline(PhotoSettings settings, ByteArrays arrays) {
        this.settings = settings;
        this.arrays = arrays;
        this.resampler = new Resampler(LOBES, arrays.limit() / 4);
    }

    PhotoCache.Entry run(
            Path source,
            Decoder.Size stored,
            PhotoMetadata metadata,
            long maxPixels,
            String hash,
            PhotoCache cache)
            throws PhotoException {
        try {
            return make(source, stored, metadata, maxPixels, hash, cache);
        } finally {
            arrays.recycle(); // nothing made here is used any more: the files are written
        }
    }

    private PhotoCache.Entry make(
            Path source,
            Decoder.Size stored,
            PhotoMetadata metadata,
            long maxPixels,
            String hash,
            PhotoCache cache)
            throws PhotoException {
        boolean swap = metadata.swapsSides();
        int uprightWidth = swap ? stored.height() : stored.width();
        int uprightHeight = swap ? stored.width() : stored.height();
        List<Integer> widths = widths(uprightWidth);

        // Always the full resolution: ImageIO reads at reduced resolution only by skipping pixels,
        // which folds fine grain into visible patterns (measured: -1.3 dB at 480 px from a
        // 2×-skipped 12 MP read).
        // A photo with a colour profile keeps its pixels as stored and the profile travels along;
        // the readers would convert them to sRGB, slowly, and the profile would then be wrong.
        IccProfiles.Colour colour = IccProfiles.rgbProfile(source);
        List<String> damage = new ArrayList<>();
        Decoder.Decoded decoded =
                colour == null
                        ? Decoder.decodeImage(source, maxPixels, arrays)
                        : new Decoder.Decoded(
                                Decoder.decodeAsStored(
                                        source, maxPixels, colour.ycc(), arrays, damage),
                                true,
                                List.copyOf(damage));
        Resampler.Pixels pixels = decoded.pixels();
        byte[] profile = colour == null ? null : colour.profile();
        // our Lanczos for the photos' own 8-bit colour samples, Thumbnailator's defaults for
        // anything converted on the way in (grey, 16-bit, transparent, palette)
        boolean lanczos = decoded.direct();

        Map<Integer, Integer> plan = plan(widths);
        Map<Integer, Resampler.Pixels> made = new TreeMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        // largest first: the sizes made from the original, then those made from them
        List<Integer> descending = new ArrayList<>(widths);
        Collections.reverse(descending);
        for (int width : descending) {
            if (made.containsKey(width)) {
                continue;
            }
            int from = plan.get(width);
            List<Integer> group = new ArrayList<>();
            List<Resampler.Size> sizes = new ArrayList<>();
            for (int other : descending) {
                if (plan.get(other) == from && !made.containsKey(other)) {
                    group.add(other);
                    sizes.add(
                            new Resampler.Size(
                                    other, heightFor(other, uprightWidth, uprightHeight)));
                }
            }
            Resampler.Pixels in = from == 0 ? pixels : made.get(from);
            int orientation = from == 0 ? metadata.orientation() : 1;
            Sizer sizer = new Sizer(in, orientation, sizes, lanczos);
            for (int i = 0; i < group.size(); i++) {
                Resampler.Size size = sizes.get(i);
                files.put("w" + group.get(i) + ".jpg", sizer.write(size, profile));
                made.put(group.get(i), sizer.made(size));
            }
        }
        List<int[]> dimensions = new ArrayList<>();
        for (Resampler.Pixels size : made.values()) {
            dimensions.add(new int[] {size.width(), size.height()});
        }
        List<Resampler.Pixels> ascending = new ArrayList<>(made.values());
        int side = settings.thumbnail();
        int[] thumbnail = thumbnail(ascending, side, lanczos, profile, files, "thumb.jpg");
        // twice the size for denser screens, where the photo has the pixels for it
        Resampler.Pixels largest = ascending.get(ascending.size() - 1);
        int[] thumbnail2x =
                Math.min(largest.width(), largest.height()) >= 2 * side
                        ? thumbnail(ascending, 2 * side, lanczos, profile, files, "thumb2x.jpg")
                        : null;
        return cache.store(
                hash, files, dimensions, thumbnail, thumbnail2x, metadata, decoded.damage());
    }

    /**
     * Makes the sizes of one source: with our Lanczos resizer (all sizes of the batch in one pass,
     * turned upright on the way), asked for its pixels directly, or through Thumbnailator with its
     * own default resizer and its EXIF orientation filter.
     */
    private final class Sizer {
        private final Resampler.Pixels in;
        private final BufferedImage image;
        private final int orientation;
        private final LanczosResizer resizer;
        private final Map<Resampler.Size, Resampler.Pixels> converted = new HashMap<>();

        Sizer(Resampler.Pixels in, int orientation, List<Resampler.Size> batch, boolean lanczos) {
            this.in = in;
            this.image = Raster8.image(in);
            this.orientation = orientation;
            this.resizer =
                    lanczos
                            ? new LanczosResizer(resampler, image, in, orientation, batch, arrays)
                            : null;
        }

        /** The size as a JPEG, with the colour profile where the photo had one. */
        byte[] write(Resampler.Size size, byte[] profile) throws PhotoException {
            if (resizer != null) {
                // our resizer asked straight: through Thumbnails.of(image).forceSize(…) it would
                // fill a destination image of the size that is then not read
                return new JpegWriter(settings.quality()).encode(resizer.make(size), profile);
            }
            Thumbnails.Builder<BufferedImage> builder =
                    Thumbnails.of(image)
                            .forceSize(size.width(), size.height())
                            .imageType(imageType(in));
            if (orientation > 1) {
                builder.addFilter(
                        ExifFilterUtils.getFilterForOrientation(
                                net.coobird.thumbnailator.util.exif.Orientation.typeOf(
                                        orientation)));
            }
            try {
                BufferedImage sized = builder.asBufferedImage();
                converted.put(size, Raster8.of(sized));
                return new JpegWriter(settings.quality()).encode(sized, profile);
            } catch (IOException e) {
                throw new PhotoException("cannot be resized (" + e.getMessage() + ")", e);
            }
        }

        Resampler.Pixels made(Resampler.Size size) {
            return resizer != null
                    ? resizer.made(size.width(), size.height())
                    : converted.get(size);
        }
    }

    private static int imageType(Resampler.Pixels pixels) {
        return pixels.channels() == 3 ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY;
    }

    /**
     * Made by Thumbnailator, written by our {@link JpegWriter} at the configured quality, the
     * colour profile added. Not by Thumbnailator's own output: it copies every image into 32-bit
     * RGB and buffers through a temporary file first, which cost a fifth more CPU per photo
     * (benchmark-photos: 0.75 CPU-s against 0.62), and it would write a grey photo as RGB.
     */
    private byte[] jpeg(Thumbnails.Builder<BufferedImage> builder, byte[] profile)
            throws PhotoException {
        try {
            return new JpegWriter(settings.quality()).encode(builder.asBufferedImage(), profile);
        } catch (IOException e) {
            throw new PhotoException("cannot be resized (" + e.getMessage() + ")", e);
        }
    }

    /**
     * For each width, the width it is made from, 0 for the original: the smallest larger width at
     * least {@link #RESHRINK} times as wide. Shrinking a shrunk image filters twice; at less than
     * that ratio the second filter visibly softens what the first let through (measured: making
     * 1600 px from 2400 came out 0.025 dB below vipsthumbnail, made from the original 0.001 dB
     * above).
     */
    static Map<Integer, Integer> plan(List<Integer> widths) {
        Map<Integer, Integer> plan = new HashMap<>();
        List<Integer> ascending = new ArrayList<>(widths);
        Collections.sort(ascending);
        for (int i = 0; i < ascending.size(); i++) {
            int width = ascending.get(i);
            int from = 0;
            for (int j = i + 1; j < ascending.size(); j++) {
                if (ascending.get(j) >= width * RESHRINK) {
                    from = ascending.get(j);
                    break;
                }
            }
            plan.put(width, from);
        }
        return plan;
    }

    /**
     * The sizes {@link #run} makes of a photo of {@code stored} size, turned upright as {@code
     * metadata} says, known before a pixel is decoded.
     *
     * @param variants width and height of each size, ascending
     * @param thumbnail2x null where the photo is too small for it
     */
    record Sizes(List<int[]> variants, int[] thumbnail, int[] thumbnail2x) {}

    static Sizes sizes(PhotoSettings settings, Decoder.Size stored, PhotoMetadata metadata) {
        boolean swap = metadata.swapsSides();
        int uprightWidth = swap ? stored.height() : stored.width();
        int uprightHeight = swap ? stored.width() : stored.height();
        List<int[]> variants = new ArrayList<>();
        for (int width : new java.util.TreeSet<>(widths(settings, uprightWidth))) {
            variants.add(new int[] {width, heightFor(width, uprightWidth, uprightHeight)});
        }
        int side = settings.thumbnail();
        int[] largest = variants.get(variants.size() - 1);
        return new Sizes(
                List.copyOf(variants),
                thumbnailSize(variants, side),
                Math.min(largest[0], largest[1]) >= 2 * side
                        ? thumbnailSize(variants, 2 * side)
                        : null);
    }

    /** As {@link #thumbnail} picks its source and crops it, for sizes not yet made. */
    private static int[] thumbnailSize(List<int[]> ascending, int side) {
        int[] from = ascending.get(ascending.size() - 1);
        for (int[] candidate : ascending) {
            if (Math.min(candidate[0], candidate[1]) >= side) {
                from = candidate;
                break;
            }
        }
        int target = Math.min(side, Math.min(from[0], from[1]));
        return new int[] {target, target};
    }

    /**
     * The centred {@code side}×{@code side} square of {@code from} scaled to cover it, pixel for
     * pixel what Thumbnailator's {@code crop(Positions.CENTER).size(side, side)} makes with our
     * resizer (its {@code FixedSizeThumbnailMaker} scales the short side to {@code side}, rounding
     * the long one; its {@code Canvas} draws the scaled image at {@code side / 2 - length / 2}),
     * but only the square is resampled, and it is written from our RGB pixels as they are: through
     * Thumbnailator the whole cover size was resampled, copied into a BGR image, cut into another
     * and written from BGR sample by sample (JFR: thumbnails were two fifths of a small blog's
     * photo samples). PhotoPipelineTest compares the two.
     */
    Resampler.Pixels centreCrop(Resampler.Pixels from, int side) {
        double ratio = (double) from.width() / from.height();
        int coverWidth = side;
        int coverHeight = side;
        if (Double.compare(ratio, 1.0) != 0) {
            if (ratio > 1.0) {
                coverWidth = (int) Math.round(side * ratio);
            } else {
                coverHeight = (int) Math.round(side / ratio);
            }
        }
        coverWidth = Math.max(1, coverWidth);
        coverHeight = Math.max(1, coverHeight);
        return resampler.window(
                from,
                coverWidth,
                coverHeight,
                coverWidth / 2 - side / 2,
                coverHeight / 2 - side / 2,
                side,
                side,
                arrays);
    }

    /** The configured widths below the photo's own, and the photo's own width if it is between. */
    List<Integer> widths(int uprightWidth) {
        return widths(settings, uprightWidth);
    }

    private static List<Integer> widths(PhotoSettings settings, int uprightWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int width : settings.widths()) {
            if (width <= uprightWidth) {
                widths.add(width);
            }
        }
        if (widths.isEmpty()) {
            widths.add(uprightWidth);
        } else if (widths.get(widths.size() - 1) < uprightWidth
                && widths.size() < settings.widths().size()) {
            // a photo between two sizes is shown at its own size too, rather than only smaller
            int below = widths.get(widths.size() - 1);
            if (uprightWidth >= below * 1.15) {
                widths.add(uprightWidth);
            }
        }
        return widths;
    }

    private static int heightFor(int width, int uprightWidth, int uprightHeight) {
        return Math.max(1, (int) Math.round((double) width * uprightHeight / uprightWidth));
    }

    /**
     * A centred square from the smallest size whose short side still covers the thumbnail, cropped
     * as Thumbnailator's {@code crop(Positions.CENTER).size(side, side)} does (by Thumbnailator
     * itself for a photo converted on the way in); written into {@code files} as {@code name}.
     *
     * @return its width and height
     */
    private int[] thumbnail(
            List<Resampler.Pixels> ascending,
            int side,
            boolean lanczos,
            byte[] profile,
            Map<String, byte[]> files,
            String name)
            throws PhotoException {
        Resampler.Pixels from = ascending.get(ascending.size() - 1);
        for (Resampler.Pixels candidate : ascending) {
            if (Math.min(candidate.width(), candidate.height()) >= side) {
                from = candidate;
                break;
            }
        }
        int target = Math.min(side, Math.min(from.width(), from.height()));
        if (lanczos) {
            files.put(
                    name,
                    new JpegWriter(settings.quality()).encode(centreCrop(from, target), profile));
            return new int[] {target, target};
        }
        BufferedImage image = Raster8.image(from);
        Thumbnails.Builder<BufferedImage> builder =
                Thumbnails.of(image)
                        .crop(Positions.CENTER)
                        .size(target, target)
                        .imageType(imageType(from));
        files.put(name, jpeg(builder, profile));
        return new int[] {target, target};
    }
}
