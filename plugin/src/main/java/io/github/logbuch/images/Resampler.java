package io.github.logbuch.images;

/**
 * Shrinks 8-bit interleaved pixels with a Lanczos filter widened by the scale factor, so fine grain
 * is averaged away rather than aliased. Separable: rows are blended first (whole rows at a time,
 * which the JIT vectorises), then the columns of the shorter image, the same way.
 */
final class Resampler {
    private static final int SHIFT = 14;
    private static final int ONE = 1 << SHIFT;
    private static final int ROUND = 1 << (SHIFT - 1);

    /** Ints of a sum blended at a time: 8 KiB, well inside a first-level cache. */
    private static final int STRIP = 2048;

    /** Lanczos lobes: 3 is the quality reference; 2 is a little softer and a third cheaper. */
    private final int lobes;

    Resampler(int lobes) {
        this.lobes = lobes;
    }

    /** Pixels with their layout: {@code channels} bytes per pixel, rows without padding. */
    record Pixels(byte[] data, int width, int height, int channels) {}

    /**
     * Shrinks (or stretches) to {@code width}×{@code height}: first the rows (each output row a
     * weighted sum of whole input rows), then the columns of the shorter image the same way, read
     * and written in place, so no transposed copy is made.
     */
    Pixels resize(Pixels in, int width, int height) {
        if (width == in.width() && height == in.height()) {
            return in;
        }
        int c = in.channels();
        Pixels shorter = in;
        if (height != in.height()) {
            byte[] rows = new byte[height * in.width() * c];
            blend(in, false, Weights.of(in.height(), height, lobes), rows);
            shorter = new Pixels(rows, in.width(), height, c);
        }
        if (width == in.width()) {
            return shorter;
        }
        byte[] out = new byte[width * shorter.height() * c];
        blend(shorter, true, Weights.of(shorter.width(), width, lobes), out);
        return new Pixels(out, width, shorter.height(), c);
    }

    /** Rows become columns, in cache-sized blocks. */
    static Pixels transpose(Pixels in) {
        int w = in.width();
        int h = in.height();
        int c = in.channels();
        byte[] src = in.data();
        byte[] out = new byte[src.length];
        final int block = 64;
        for (int y0 = 0; y0 < h; y0 += block) {
            int y1 = Math.min(h, y0 + block);
            for (int x0 = 0; x0 < w; x0 += block) {
                int x1 = Math.min(w, x0 + block);
                for (int x = x0; x < x1; x++) {
                    int to = (x * h + y0) * c;
                    int from = (y0 * w + x) * c;
                    int step = w * c;
                    if (c == 3) {
                        for (int y = y0; y < y1; y++, to += 3, from += step) {
                            out[to] = src[from];
                            out[to + 1] = src[from + 1];
                            out[to + 2] = src[from + 2];
                        }
                    } else {
                        for (int y = y0; y < y1; y++, to += c, from += step) {
                            System.arraycopy(src, from, out, to, c);
                        }
                    }
                }
            }
        }
        return new Pixels(out, h, w, c);
    }

    /**
     * Each output line is a weighted sum of whole input lines: rows, or with {@code columns} the
     * columns. Input lines are widened to ints once, into a small ring that stays in cache while
     * the neighbouring output lines use them: loops over ints of one type are what the JIT turns
     * into vector instructions. A column is read and written with a stride; consecutive columns
     * share their cache lines, so that costs little more than a row.
     */
    private static void blend(Pixels in, boolean columns, Weights weights, byte[] out) {
        int w = in.width();
        int c = in.channels();
        int n = (columns ? in.height() : w) * c;
        byte[] src = in.data();
        int ringSize = weights.stride + 1;
        int[][] ring = new int[ringSize][];
        int[] ringLine = new int[ringSize];
        java.util.Arrays.fill(ringLine, -1);
        int[] acc = new int[n];
        int[][] lines = new int[weights.stride][];
        for (int y = 0; y < weights.count; y++) {
            java.util.Arrays.fill(acc, ROUND);
            int first = weights.first[y];
            int taps = weights.taps[y];
            int base = y * weights.stride;
            for (int t = 0; t < taps; t++) {
                int line = first + t;
                int slot = line % ringSize;
                if (ringLine[slot] != line) {
                    if (ring[slot] == null) {
                        ring[slot] = new int[n];
                    }
                    if (columns) {
                        widenColumn(src, line, w, c, ring[slot], n);
                    } else {
                        widen(src, line * n, ring[slot], n);
                    }
                    ringLine[slot] = line;
                }
                lines[t] = ring[slot];
            }
            // a strip of the sum at a time, so it stays in the first-level cache over all taps
            for (int from = 0; from < n; from += STRIP) {
                int to = Math.min(n, from + STRIP);
                for (int t = 0; t < taps; t++) {
                    addScaled(acc, lines[t], weights.values[base + t], from, to);
                }
            }
            if (columns) {
                storeColumn(acc, out, y, weights.count, c, n);
            } else {
                int target = y * n;
                for (int i = 0; i < n; i++) {
                    int v = acc[i] >> SHIFT;
                    out[target + i] = (byte) (v < 0 ? 0 : v > 255 ? 255 : v);
                }
            }
        }
    }

    private static void widen(byte[] src, int offset, int[] row, int n) {
        for (int i = 0; i < n; i++) {
            row[i] = src[offset + i] & 0xff;
        }
    }

    /** Column {@code x} of an image {@code w} pixels wide, as one line of ints. */
    private static void widenColumn(byte[] src, int x, int w, int c, int[] line, int n) {
        int step = w * c;
        if (c == 3) {
            for (int i = 0, from = x * 3; i < n; i += 3, from += step) {
                line[i] = src[from] & 0xff;
                line[i + 1] = src[from + 1] & 0xff;
                line[i + 2] = src[from + 2] & 0xff;
            }
        } else {
            for (int i = 0, from = x * c; i < n; i += c, from += step) {
                for (int k = 0; k < c; k++) {
                    line[i + k] = src[from + k] & 0xff;
                }
            }
        }
    }

    /** A blended line as column {@code x} of an image {@code w} pixels wide. */
    private static void storeColumn(int[] acc, byte[] out, int x, int w, int c, int n) {
        int step = w * c;
        for (int i = 0, to = x * c; i < n; i += c, to += step) {
            for (int k = 0; k < c; k++) {
                int v = acc[i + k] >> SHIFT;
                out[to + k] = (byte) (v < 0 ? 0 : v > 255 ? 255 : v);
            }
        }
    }

    private static void addScaled(int[] acc, int[] row, int weight, int from, int to) {
        for (int i = from; i < to; i++) {
            acc[i] += weight * row[i];
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
