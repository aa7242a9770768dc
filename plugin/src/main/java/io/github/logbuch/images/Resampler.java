package io.github.logbuch.images;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrinks 8-bit interleaved pixels with a Lanczos filter widened by the scale factor, so fine grain
 * is averaged away rather than aliased. One pass over the input makes every size asked for: each
 * input row is widened to ints once and shared by all sizes.
 *
 * <p>Per size the filter is separable. Rows are blended first: each output row is a weighted sum of
 * whole input rows. A band of {@link #BAND} such rows is then turned into columns (one small array
 * per column), and each output column is a weighted sum of whole columns. Both are loops over int
 * arrays that all share their index, which is what the JIT turns into vector instructions; reading
 * a column straight out of an image is not. Between the passes the sums keep {@link #FRAC} more
 * bits than a byte, so nothing is rounded or clipped twice.
 *
 * <p>Output pixels are written where the EXIF orientation puts them, so turning a photo upright
 * costs no extra pass.
 */
final class Resampler {
    private static final int SHIFT = 14;
    private static final int ONE = 1 << SHIFT;

    /** Fraction bits kept between the two passes. */
    private static final int FRAC = 7;

    /** Ints of a row sum blended at a time: 8 KiB, well inside a first-level cache. */
    private static final int STRIP = 2048;

    /** Output rows whose columns are blended together. */
    private static final int BAND = 32;

    /** Columns turned at a time, so the rows read and the columns written stay in cache. */
    private static final int BLOCK = 16;

    /** Lanczos lobes: 3 is the quality reference; 2 is a little softer and a third cheaper. */
    private final int lobes;

    /**
     * Weights and working arrays from earlier resizes: photo after photo needs the same ones, and
     * making them anew cost 5 % of the time. So a resampler is used by one thread at a time.
     */
    private final Map<Long, Weights> weights = new HashMap<>();

    private final Map<Long, ArrayDeque<int[][]>> idle = new HashMap<>();
    private final List<int[][]> lent = new ArrayList<>();

    /** Bytes of int arrays kept from one resize to the next, at most. */
    private final long keep;

    /** A resampler that keeps up to 64 MB of working arrays for the next resize. */
    Resampler(int lobes) {
        this(lobes, 64L << 20);
    }

    Resampler(int lobes, long keep) {
        this.lobes = lobes;
        this.keep = keep;
    }

    /**
     * Pixels with their layout: {@code channels} bytes per pixel, rows without padding. The array
     * may be longer than the pixels (when it is reused).
     */
    record Pixels(byte[] data, int width, int height, int channels) {}

    /** A size to make, upright. */
    record Size(int width, int height) {}

    /** Shrinks (or stretches) to {@code width}×{@code height}. */
    Pixels resize(Pixels in, int width, int height) {
        return resize(in, 1, List.of(new Size(width, height)), ByteArrays.none()).get(0);
    }

    /**
     * Every size in one pass over {@code in}, turned upright as EXIF {@code orientation} (1 to 8)
     * says; the sizes are upright sizes. An output the same as the input is the input itself.
     */
    List<Pixels> resize(Pixels in, int orientation, List<Size> sizes, ByteArrays arrays) {
        boolean swap = orientation >= 5 && orientation <= 8;
        List<Pixels> results = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        int ringSize = 1;
        for (Size size : sizes) {
            int storedWidth = swap ? size.height() : size.width();
            int storedHeight = swap ? size.width() : size.height();
            if (storedWidth == in.width() && storedHeight == in.height() && orientation <= 1) {
                results.add(in);
                continue;
            }
            byte[] out = arrays.take(size.width() * size.height() * in.channels());
            Target target = new Target(this, in, storedWidth, storedHeight, orientation, out);
            targets.add(target);
            ringSize = Math.max(ringSize, target.rows.stride + 1);
            results.add(new Pixels(out, size.width(), size.height(), in.channels()));
        }
        if (!targets.isEmpty()) {
            try {
                blend(in, targets, matrix(ringSize, in.width() * in.channels()));
            } finally {
                release();
            }
        }
        return results;
    }

    /**
     * A window of {@code in} resized to {@code coverWidth}×{@code coverHeight}: the pixels of that
     * size from ({@code x}, {@code y}) on, {@code width}×{@code height} of them, the same as
     * resizing all of it and cutting them out (each output pixel is made from its own weights), for
     * a fraction of the work when the window is much smaller. Upright pixels only.
     */
    Pixels window(
            Pixels in,
            int coverWidth,
            int coverHeight,
            int x,
            int y,
            int width,
            int height,
            ByteArrays arrays) {
        if (x < 0 || y < 0 || x + width > coverWidth || y + height > coverHeight) {
            throw new IllegalArgumentException(
                    width
                            + "×"
                            + height
                            + " at "
                            + x
                            + ","
                            + y
                            + " is not inside "
                            + coverWidth
                            + "×"
                            + coverHeight);
        }
        byte[] out = arrays.take(width * height * in.channels());
        Target target =
                new Target(
                        in,
                        weights(in.height(), coverHeight).slice(y, height),
                        weights(in.width(), coverWidth).slice(x, width),
                        1,
                        out,
                        this);
        try {
            blend(in, List.of(target), matrix(target.rows.stride + 1, in.width() * in.channels()));
        } finally {
            release();
        }
        return new Pixels(out, width, height, in.channels());
    }

    private Weights weights(int inSize, int outSize) {
        if (weights.size() > 64) {
            weights.clear();
        }
        return weights.computeIfAbsent(
                (long) inSize << 32 | outSize, key -> Weights.of(inSize, outSize, lobes));
    }

    /** A {@code rows}×{@code length} array of any content, kept or new. */
    private int[][] matrix(int rows, int length) {
        ArrayDeque<int[][]> kept = idle.get((long) rows << 32 | length);
        int[][] matrix = kept == null || kept.isEmpty() ? new int[rows][length] : kept.pop();
        lent.add(matrix);
        return matrix;
    }

    /** The arrays lent out are idle again; if they are too many, they go. */
    private void release() {
        long bytes = 0;
        for (ArrayDeque<int[][]> kept : idle.values()) {
            for (int[][] matrix : kept) {
                bytes += 4L * matrix.length * matrix[0].length;
            }
        }
        for (int[][] matrix : lent) {
            bytes += 4L * matrix.length * matrix[0].length;
            idle.computeIfAbsent(
                            (long) matrix.length << 32 | matrix[0].length,
                            key -> new ArrayDeque<>())
                    .push(matrix);
        }
        lent.clear();
        if (bytes > keep) {
            idle.clear();
        }
    }

    private static void blend(Pixels in, List<Target> targets, int[][] ring) {
        int ringSize = ring.length;
        int n = in.width() * in.channels();
        byte[] src = in.data();
        for (int line = 0; line < in.height(); line++) {
            int slot = line % ringSize;
            widen(src, line * n, ring[slot], n);
            for (Target target : targets) {
                while (target.next < target.height && target.lastLine(target.next) <= line) {
                    target.row(ring, ringSize);
                }
            }
        }
    }

    private static void widen(byte[] src, int offset, int[] line, int n) {
        for (int i = 0; i < n; i++) {
            line[i] = src[offset + i] & 0xff;
        }
    }

    private static void addScaled(int[] acc, int[] line, int weight, int from, int to) {
        for (int i = from; i < to; i++) {
            acc[i] += weight * line[i];
        }
    }

    /** Four lines at once: a quarter of the sum's loads and stores. */
    private static void addScaled(
            int[] acc,
            int[] a,
            int[] b,
            int[] c,
            int[] d,
            int wa,
            int wb,
            int wc,
            int wd,
            int from,
            int to) {
        for (int i = from; i < to; i++) {
            acc[i] += wa * a[i] + wb * b[i] + wc * c[i] + wd * d[i];
        }
    }

    /** The first lines of a sum: {@code acc} starts from {@code start}, not from what it held. */
    private static void setScaled(int[] acc, int start, int[] line, int weight, int from, int to) {
        for (int i = from; i < to; i++) {
            acc[i] = start + weight * line[i];
        }
    }

    private static void setScaled(
            int[] acc,
            int start,
            int[] a,
            int[] b,
            int[] c,
            int[] d,
            int wa,
            int wb,
            int wc,
            int wd,
            int from,
            int to) {
        for (int i = from; i < to; i++) {
            acc[i] = start + wa * a[i] + wb * b[i] + wc * c[i] + wd * d[i];
        }
    }

    /**
     * {@code acc} from {@code from} to {@code to} becomes {@code start} plus the sum of {@code
     * taps} lines ({@code lines[0]}…) weighted with {@code weights[base]}….
     */
    private static void sum(
            int[] acc,
            int start,
            int[][] lines,
            int taps,
            int[] weights,
            int base,
            int from,
            int to) {
        int t;
        if (taps >= 4) {
            setScaled(
                    acc,
                    start,
                    lines[0],
                    lines[1],
                    lines[2],
                    lines[3],
                    weights[base],
                    weights[base + 1],
                    weights[base + 2],
                    weights[base + 3],
                    from,
                    to);
            t = 4;
        } else {
            setScaled(acc, start, lines[0], weights[base], from, to);
            t = 1;
        }
        for (; t + 4 <= taps; t += 4) {
            addScaled(
                    acc,
                    lines[t],
                    lines[t + 1],
                    lines[t + 2],
                    lines[t + 3],
                    weights[base + t],
                    weights[base + t + 1],
                    weights[base + t + 2],
                    weights[base + t + 3],
                    from,
                    to);
        }
        for (; t < taps; t++) {
            addScaled(acc, lines[t], weights[base + t], from, to);
        }
    }

    /** Sums back to 8-bit values, still as ints: {@code >> shift}, then clipped to 0…255. */
    private static void toBytes(int[] sums, int shift, int length) {
        for (int i = 0; i < length; i++) {
            sums[i] = Math.max(0, Math.min(255, sums[i] >> shift));
        }
    }

    private static byte clamp(int v) {
        return (byte) Math.max(0, Math.min(255, v));
    }

    /** One size being made: its weights, its band of blended rows and where its pixels go. */
    private static final class Target {
        final Weights rows;
        final Weights columns;
        final int height;
        final int width;
        final int inWidth;
        final int c;
        final byte[] out;
        final int origin;
        final int stepX;
        final int stepY;

        /** Blended rows of the current band, with {@link #FRAC} fraction bits. */
        final int[][] band;

        /** The band turned: one array per input column, {@code BAND × c} long. */
        final int[][] turned;

        /** The band's output columns, blended, before they are written out. */
        final int[][] blended;

        final int[][] lines;

        /**
         * The input columns the output columns are made from, {@code left} up to (not including)
         * {@code right}: all of them but for a window, whose rows are blended only as wide as its
         * columns need.
         */
        final int left;

        final int right;

        int next;

        Target(Resampler resampler, Pixels in, int width, int height, int orientation, byte[] out) {
            this(
                    in,
                    resampler.weights(in.height(), height),
                    width == in.width() ? null : resampler.weights(in.width(), width),
                    orientation,
                    out,
                    resampler);
        }

        /**
         * @param columns null when the width stays: the rows are then stored as they are blended
         */
        Target(
                Pixels in,
                Weights rows,
                Weights columns,
                int orientation,
                byte[] out,
                Resampler resampler) {
            this.width = columns == null ? in.width() : columns.count;
            this.height = rows.count;
            this.inWidth = in.width();
            this.c = in.channels();
            this.out = out;
            this.rows = rows;
            this.columns = columns;
            int[] layout = Orientation.layout(orientation, width, height, c);
            this.origin = layout[0];
            this.stepX = layout[1];
            this.stepY = layout[2];
            int n = inWidth * c;
            this.band = resampler.matrix(Math.min(BAND, height), n);
            this.turned = columns == null ? null : resampler.matrix(inWidth, band.length * c);
            this.lines = new int[Math.max(rows.stride, columns == null ? 0 : columns.stride)][];
            this.blended = columns == null ? null : resampler.matrix(width, band.length * c);
            if (columns == null) {
                this.left = 0;
                this.right = inWidth;
            } else {
                int lo = inWidth;
                int hi = 0;
                for (int o = 0; o < columns.count; o++) {
                    lo = Math.min(lo, columns.first[o]);
                    hi = Math.max(hi, columns.first[o] + columns.taps[o]);
                }
                this.left = lo;
                this.right = hi;
            }
        }

        int lastLine(int y) {
            return rows.first[y] + rows.taps[y] - 1;
        }

        /** Blends output row {@link #next} from the ring of widened input lines. */
        void row(int[][] ring, int ringSize) {
            int y = next++;
            int r = y % BAND;
            int[] acc = band[r];
            int n = right * c;
            int first = rows.first[y];
            int taps = rows.taps[y];
            for (int t = 0; t < taps; t++) {
                lines[t] = ring[(first + t) % ringSize];
            }
            // a strip of the sum at a time, so it stays in the first-level cache over all taps
            for (int start = left * c; start < n; start += STRIP) {
                int end = Math.min(n, start + STRIP);
                sum(
                        acc,
                        1 << (SHIFT - FRAC - 1),
                        lines,
                        taps,
                        rows.values,
                        y * rows.stride,
                        start,
                        end);
                for (int i = start; i < end; i++) {
                    acc[i] >>= SHIFT - FRAC;
                }
            }
            if (r == band.length - 1 || y == height - 1) {
                if (columns == null) {
                    store(y - r, r + 1);
                } else {
                    turn(r + 1);
                    blendColumns(y - r, r + 1);
                }
            }
        }

        /** The band's rows as they are (the width does not change). */
        private void store(int y0, int count) {
            for (int k = 0; k < count; k++) {
                int[] row = band[k];
                int q = origin + (y0 + k) * stepY;
                for (int x = 0; x < width; x++, q += stepX) {
                    for (int ch = 0; ch < c; ch++) {
                        out[q + ch] = clamp((row[x * c + ch] + (1 << (FRAC - 1))) >> FRAC);
                    }
                }
            }
        }

        /**
         * The band's first {@code count} rows into {@link #turned}, a block of columns at a time.
         */
        private void turn(int count) {
            for (int x0 = left; x0 < right; x0 += BLOCK) {
                int x1 = Math.min(right, x0 + BLOCK);
                for (int k = 0; k < count; k++) {
                    int[] row = band[k];
                    int to = k * c;
                    if (c == 3) {
                        for (int x = x0; x < x1; x++) {
                            int[] column = turned[x];
                            int from = x * 3;
                            column[to] = row[from];
                            column[to + 1] = row[from + 1];
                            column[to + 2] = row[from + 2];
                        }
                    } else {
                        for (int x = x0; x < x1; x++) {
                            System.arraycopy(row, x * c, turned[x], to, c);
                        }
                    }
                }
            }
        }

        /**
         * Each output column of the band as a weighted sum of turned input columns, then written
         * out: row by row when the output's rows are the stored rows (orientations 1 to 4), else
         * column by column, which are then the upright rows. Either way the bytes go out in order.
         */
        private void blendColumns(int y0, int count) {
            int length = count * c;
            int shift = SHIFT + FRAC;
            int half = 1 << (shift - 1);
            for (int o = 0; o < width; o++) {
                int first = columns.first[o];
                int taps = columns.taps[o];
                for (int t = 0; t < taps; t++) {
                    lines[t] = turned[first + t];
                }
                int[] sums = blended[o];
                sum(sums, half, lines, taps, columns.values, o * columns.stride, 0, length);
                toBytes(sums, shift, length);
            }
            if (Math.abs(stepX) == c) {
                for (int o0 = 0; o0 < width; o0 += BLOCK) {
                    int o1 = Math.min(width, o0 + BLOCK);
                    for (int k = 0; k < count; k++) {
                        int q = origin + o0 * stepX + (y0 + k) * stepY;
                        int from = k * c;
                        if (c == 3) {
                            for (int o = o0; o < o1; o++, q += stepX) {
                                int[] sums = blended[o];
                                out[q] = (byte) sums[from];
                                out[q + 1] = (byte) sums[from + 1];
                                out[q + 2] = (byte) sums[from + 2];
                            }
                        } else {
                            for (int o = o0; o < o1; o++, q += stepX) {
                                int[] sums = blended[o];
                                for (int ch = 0; ch < c; ch++) {
                                    out[q + ch] = (byte) sums[from + ch];
                                }
                            }
                        }
                    }
                }
            } else {
                for (int o = 0; o < width; o++) {
                    int[] sums = blended[o];
                    int q = origin + o * stepX + y0 * stepY;
                    if (c == 3) {
                        for (int k = 0; k < length; k += 3, q += stepY) {
                            out[q] = (byte) sums[k];
                            out[q + 1] = (byte) sums[k + 1];
                            out[q + 2] = (byte) sums[k + 2];
                        }
                    } else {
                        for (int k = 0; k < length; k += c, q += stepY) {
                            for (int ch = 0; ch < c; ch++) {
                                out[q + ch] = (byte) sums[k + ch];
                            }
                        }
                    }
                }
            }
        }
    }

    /** For each output position: the first input position and the fixed-point weights from it. */
    static final class Weights {
        final int count;
        final int stride;
        final int[] first;
        final int[] taps;
        final int[] values;

        private Weights(int count, int stride) {
            this.count = count;
            this.stride = stride;
            this.first = new int[count];
            this.taps = new int[count];
            this.values = new int[count * stride];
        }

        static Weights of(int inSize, int outSize, int lobes) {
            if (inSize == outSize) {
                Weights same = new Weights(outSize, 1);
                for (int o = 0; o < outSize; o++) {
                    same.first[o] = o;
                    same.taps[o] = 1;
                    same.values[o] = ONE;
                }
                return same;
            }
            double scale = (double) inSize / outSize;
            double stretch = Math.max(1.0, scale); // shrinking widens the filter
            double support = lobes * stretch;
            int stride = (int) Math.ceil(support * 2) + 2;
            Weights weights = new Weights(outSize, stride);
            double[] raw = new double[stride];
            for (int o = 0; o < outSize; o++) {
                double center = (o + 0.5) * scale - 0.5;
                int lo = Math.max(0, (int) Math.floor(center - support) + 1);
                int hi = Math.min(inSize - 1, (int) Math.floor(center + support));
                int n = Math.min(stride, hi - lo + 1);
                double total = 0;
                for (int t = 0; t < n; t++) {
                    raw[t] = lanczos((lo + t - center) / stretch, lobes);
                    total += raw[t];
                }
                int sum = 0;
                int base = o * stride;
                int peak = 0;
                for (int t = 0; t < n; t++) {
                    int w = (int) Math.round(raw[t] / total * ONE);
                    weights.values[base + t] = w;
                    sum += w;
                    if (w > weights.values[base + peak]) {
                        peak = t;
                    }
                }
                weights.values[base + peak] += ONE - sum; // weights add up to exactly one
                weights.first[o] = lo;
                weights.taps[o] = n;
            }
            return weights;
        }

        /** The weights of {@code count} output positions from {@code from} on. */
        Weights slice(int from, int count) {
            Weights slice = new Weights(count, stride);
            System.arraycopy(first, from, slice.first, 0, count);
            System.arraycopy(taps, from, slice.taps, 0, count);
            System.arraycopy(values, from * stride, slice.values, 0, count * stride);
            return slice;
        }

        private static double lanczos(double x, int a) {
            if (x == 0) {
                return 1;
            }
            if (x <= -a || x >= a) {
                return 0;
            }
            double px = Math.PI * x;
            return a * Math.sin(px) * Math.sin(px / a) / (px * px);
        }
    }
}
