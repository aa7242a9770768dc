package io.github.logbuch.images;

import io.github.logbuch.config.PhotoSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One photo from file to cache: decoded once at full resolution; the sizes made from the original
 * all in one pass over it, turned upright as they are written; each smaller size from a size made
 * already that is wide enough (see {@link #plan}); and a square thumbnail from the smallest size
 * that still covers it. One pipeline per worker: it keeps its pixel arrays from photo to photo.
 */
final class PhotoPipeline {
    /** Changes whenever the pipeline's output changes, so old cache entries are not reused. */
    static final String VERSION = "pipeline-3";

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
        Resampler.Pixels pixels =
                colour == null
                        ? Decoder.decode(source, maxPixels, arrays)
                        : Decoder.decodeAsStored(source, maxPixels, colour.ycc(), arrays);
        byte[] profile = colour == null ? null : colour.profile();

        Map<Integer, Integer> plan = plan(widths);
        Map<Integer, Resampler.Pixels> made = new TreeMap<>();
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
            List<Resampler.Pixels> results =
                    from == 0
                            ? resampler.resize(pixels, metadata.orientation(), sizes, arrays)
                            : resampler.resize(made.get(from), 1, sizes, arrays);
            for (int i = 0; i < group.size(); i++) {
                made.put(group.get(i), results.get(i));
            }
        }

        JpegWriter writer = new JpegWriter(settings.quality());
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<int[]> sizes = new ArrayList<>();
        for (int width : descending) {
            Resampler.Pixels size = made.get(width);
            files.put("w" + width + ".jpg", writer.encode(size, profile));
            sizes.add(0, new int[] {size.width(), size.height()});
        }
        Resampler.Pixels thumbnail = thumbnail(new ArrayList<>(made.values()));
        files.put("thumb.jpg", writer.encode(thumbnail, profile));
        return cache.store(
                hash, files, sizes, new int[] {thumbnail.width(), thumbnail.height()}, metadata);
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

    /** The configured widths below the photo's own, and the photo's own width if it is between. */
    List<Integer> widths(int uprightWidth) {
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

    /** A centred square from the smallest size whose short side still covers the thumbnail. */
    private Resampler.Pixels thumbnail(List<Resampler.Pixels> ascending) {
        int side = settings.thumbnail();
        Resampler.Pixels from = ascending.get(ascending.size() - 1);
        for (Resampler.Pixels candidate : ascending) {
            if (Math.min(candidate.width(), candidate.height()) >= side) {
                from = candidate;
                break;
            }
        }
        int square = Math.min(from.width(), from.height());
        Resampler.Pixels cropped =
                crop(from, (from.width() - square) / 2, (from.height() - square) / 2, square);
        int target = Math.min(side, square);
        return resampler.resize(cropped, target, target);
    }

    private Resampler.Pixels crop(Resampler.Pixels in, int x, int y, int side) {
        int c = in.channels();
        byte[] out = arrays.take(side * side * c);
        for (int row = 0; row < side; row++) {
            System.arraycopy(
                    in.data(), ((y + row) * in.width() + x) * c, out, row * side * c, side * c);
        }
        return new Resampler.Pixels(out, side, side, c);
    }
}
