package io.github.logbuch.benchmark;

/**
 * The quality reference: a separable Lanczos3 resize in double precision, no rounding, no
 * intermediate 8-bit steps, straight from the decoded original to the target size. Filter centres
 * as in every common resizer ({@code (o + 0.5) * scale - 0.5}), the kernel widened by the scale
 * when shrinking, edges extended (the nearest pixel repeats).
 */
public final class LanczosReference {
    private static final int LOBES = 3;

    private LanczosReference() {}

    /**
     * Resizes interleaved 8-bit RGB ({@code width}×{@code height}) to {@code outWidth}×{@code
     * outHeight}; returns interleaved RGB doubles, clamped to 0..255 but not rounded.
     */
    public static double[] resize(byte[] rgb, int width, int height, int outWidth, int outHeight) {
        // columns first (whole rows at a time), then rows
        Weights vertical = Weights.of(height, outHeight);
        int stride = width * 3;
        double[] tall = new double[outHeight * stride];
        for (int o = 0; o < outHeight; o++) {
            int target = o * stride;
            for (int t = 0; t < vertical.taps; t++) {
                double w = vertical.weights[o * vertical.taps + t];
                if (w == 0) {
                    continue;
                }
                int source = vertical.index[o * vertical.taps + t] * stride;
                for (int i = 0; i < stride; i++) {
                    tall[target + i] += w * (rgb[source + i] & 0xff);
                }
            }
        }
        Weights horizontal = Weights.of(width, outWidth);
        double[] out = new double[outHeight * outWidth * 3];
        for (int y = 0; y < outHeight; y++) {
            int row = y * stride;
            for (int o = 0; o < outWidth; o++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int t = 0; t < horizontal.taps; t++) {
                    double w = horizontal.weights[o * horizontal.taps + t];
                    int p = row + horizontal.index[o * horizontal.taps + t] * 3;
                    r += w * tall[p];
                    g += w * tall[p + 1];
                    b += w * tall[p + 2];
                }
                int q = (y * outWidth + o) * 3;
                out[q] = clamp(r);
                out[q + 1] = clamp(g);
                out[q + 2] = clamp(b);
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }

    static double lanczos(double x) {
        if (x == 0) {
            return 1;
        }
        if (x <= -LOBES || x >= LOBES) {
            return 0;
        }
        double px = Math.PI * x;
        return LOBES * Math.sin(px) * Math.sin(px / LOBES) / (px * px);
    }

    /** For each output position a fixed number of taps: source index (edge-clamped) and weight. */
    static final class Weights {
        final int taps;
        final int[] index;
        final double[] weights;

        private Weights(int count, int taps) {
            this.taps = taps;
            this.index = new int[count * taps];
            this.weights = new double[count * taps];
        }

        static Weights of(int inSize, int outSize) {
            double scale = (double) inSize / outSize;
            double stretch = Math.max(1.0, scale);
            double support = LOBES * stretch;
            int taps = (int) Math.ceil(2 * support) + 2;
            Weights w = new Weights(outSize, taps);
            for (int o = 0; o < outSize; o++) {
                double centre = (o + 0.5) * scale - 0.5;
                int first = (int) Math.floor(centre - support);
                double total = 0;
                for (int t = 0; t < taps; t++) {
                    int i = first + t;
                    double weight = lanczos((i - centre) / stretch);
                    w.index[o * taps + t] = Math.min(inSize - 1, Math.max(0, i));
                    w.weights[o * taps + t] = weight;
                    total += weight;
                }
                for (int t = 0; t < taps; t++) {
                    w.weights[o * taps + t] /= total;
                }
            }
            return w;
        }
    }
}
