package io.github.logbuch.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.benchmark.LanczosReference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResamplerTest {
    private final Resampler resampler = new Resampler(3);

    private static Resampler.Pixels filled(int w, int h, int c, int value) {
        byte[] data = new byte[w * h * c];
        java.util.Arrays.fill(data, (byte) value);
        return new Resampler.Pixels(data, w, h, c);
    }

    @Test
    void aFlatColourStaysExactlyThatColour() {
        Resampler.Pixels out = resampler.resize(filled(400, 300, 3, 173), 123, 77);
        assertEquals(123, out.width());
        assertEquals(77, out.height());
        for (byte b : out.data()) {
            assertEquals(173, b & 0xff);
        }
    }

    @Test
    void fineGrainIsAveragedAwayNotAliased() {
        // one-pixel stripes: point sampling at a factor of 3 would give all black or all white
        int w = 300;
        int h = 30;
        byte[] data = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                data[y * w + x] = (byte) (x % 2 == 0 ? 0 : 255);
            }
        }
        Resampler.Pixels out = resampler.resize(new Resampler.Pixels(data, w, h, 1), 100, 10);
        for (byte b : out.data()) {
            int v = b & 0xff;
            assertTrue(v > 110 && v < 145, "grey expected, got " + v);
        }
    }

    @Test
    void weightsAddUpToOneEverywhere() {
        Resampler.Weights weights = Resampler.Weights.of(4000, 2400, 3);
        for (int o = 0; o < weights.count; o++) {
            int sum = 0;
            for (int t = 0; t < weights.taps[o]; t++) {
                sum += weights.values[o * weights.stride + t];
            }
            assertEquals(1 << 14, sum, "output " + o);
            assertTrue(weights.first[o] >= 0 && weights.first[o] + weights.taps[o] <= 4000);
        }
    }

    /** A photo-like picture: smooth gradients, fine grain and hard edges. */
    private static Resampler.Pixels picture(int w, int h, long seed) {
        java.util.Random random = new java.util.Random(seed);
        byte[] data = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = (y * w + x) * 3;
                int edge = (x / 37 + y / 29) % 2 == 0 ? 60 : 0;
                data[p] = (byte) Math.min(255, x * 180 / w + edge + random.nextInt(16));
                data[p + 1] = (byte) Math.min(255, y * 180 / h + random.nextInt(60));
                data[p + 2] = (byte) ((x * 7 + y * 3) % 256);
            }
        }
        return new Resampler.Pixels(data, w, h, 3);
    }

    @ParameterizedTest
    @CsvSource({
        "1013, 757, 400, 299",
        "640, 480, 97, 73",
        "300, 200, 300, 120",
        "300, 200, 120, 200"
    })
    void itMatchesADoublePrecisionLanczosResizeToWithinRounding(int w, int h, int outW, int outH) {
        Resampler.Pixels in = picture(w, h, w);
        Resampler.Pixels out = resampler.resize(in, outW, outH);
        double[] reference = LanczosReference.resize(in.data(), w, h, outW, outH);
        // the edges are left out: there the reference repeats the last pixel, we renormalise
        int border = 4;
        for (int y = border; y < outH - border; y++) {
            for (int x = border; x < outW - border; x++) {
                for (int ch = 0; ch < 3; ch++) {
                    int p = (y * outW + x) * 3 + ch;
                    assertEquals(reference[p], out.data()[p] & 0xff, 1.0, "x " + x + " y " + y);
                }
            }
        }
    }

    @Test
    void severalSizesInOnePassAreEachTheSizeMadeAlone() {
        Resampler.Pixels in = picture(900, 600, 5);
        List<Resampler.Size> sizes =
                List.of(
                        new Resampler.Size(540, 360),
                        new Resampler.Size(360, 240),
                        new Resampler.Size(900, 600),
                        new Resampler.Size(97, 65));
        List<Resampler.Pixels> together = resampler.resize(in, 1, sizes, ByteArrays.none());
        assertSame(in, together.get(2), "the same size is the input itself");
        for (int i = 0; i < sizes.size(); i++) {
            Resampler.Size size = sizes.get(i);
            Resampler.Pixels alone = resampler.resize(in, size.width(), size.height());
            assertEquals(size.width(), together.get(i).width());
            assertEquals(size.height(), together.get(i).height());
            assertArrayEquals(alone.data(), together.get(i).data(), "size " + size);
        }
    }

    /** EXIF orientation by its definition: where the stored pixel (x, y) is shown. */
    private static int[] shownAt(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> new int[] {w - 1 - x, y};
            case 3 -> new int[] {w - 1 - x, h - 1 - y};
            case 4 -> new int[] {x, h - 1 - y};
            case 5 -> new int[] {y, x}; // mirrored, then turned right: the main diagonal
            case 6 ->
                    new int[] {h - 1 - y, x}; // turned right: the top row becomes the right column
            case 7 -> new int[] {h - 1 - y, w - 1 - x};
            case 8 -> new int[] {y, w - 1 - x}; // turned left: the top row becomes the left column
            default -> new int[] {x, y};
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyPixelIsWrittenWhereTheOrientationShowsIt(int orientation) {
        int w = 7;
        int h = 5;
        Resampler.Pixels in = picture(w, h, orientation);
        boolean swap = orientation >= 5;
        Resampler.Size upright = swap ? new Resampler.Size(h, w) : new Resampler.Size(w, h);
        Resampler.Pixels out =
                resampler.resize(in, orientation, List.of(upright), ByteArrays.none()).get(0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] at = shownAt(orientation, x, y, w, h);
                for (int ch = 0; ch < 3; ch++) {
                    assertEquals(
                            in.data()[(y * w + x) * 3 + ch],
                            out.data()[(at[1] * upright.width() + at[0]) * 3 + ch],
                            "stored " + x + "," + y);
                }
            }
        }
        // shrunk and turned in one pass is the same as shrunk, then turned
        Resampler.Pixels big = picture(300, 200, 9);
        Resampler.Size small = swap ? new Resampler.Size(80, 120) : new Resampler.Size(120, 80);
        Resampler.Pixels turned =
                resampler.resize(big, orientation, List.of(small), ByteArrays.none()).get(0);
        Resampler.Pixels shrunk = resampler.resize(big, 120, 80);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                int[] at = shownAt(orientation, x, y, 120, 80);
                for (int ch = 0; ch < 3; ch++) {
                    assertEquals(
                            shrunk.data()[(y * 120 + x) * 3 + ch],
                            turned.data()[(at[1] * small.width() + at[0]) * 3 + ch]);
                }
            }
        }
    }

    @Test
    void rowsAndColumnsEachKeepTheirOwnRamp() {
        // channel 0 rises left to right, channel 1 top to bottom: a mix-up of rows and columns, or
        // of a column's stride, shows as a ramp in the wrong direction
        int w = 600;
        int h = 300;
        byte[] data = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = (y * w + x) * 3;
                data[p] = (byte) Math.round(x * 255.0 / (w - 1));
                data[p + 1] = (byte) Math.round(y * 255.0 / (h - 1));
                data[p + 2] = (byte) 128;
            }
        }
        Resampler.Pixels out = resampler.resize(new Resampler.Pixels(data, w, h, 3), 200, 150);
        for (int y = 6; y < 150 - 6; y++) {
            for (int x = 6; x < 200 - 6; x++) {
                int p = (y * 200 + x) * 3;
                // Lanczos keeps a straight ramp straight: each output is the ramp at its centre
                double cx = (x + 0.5) * 3 - 0.5;
                double cy = (y + 0.5) * 2 - 0.5;
                assertEquals(cx * 255.0 / (w - 1), out.data()[p] & 0xff, 1.0, "x " + x + " y " + y);
                assertEquals(
                        cy * 255.0 / (h - 1), out.data()[p + 1] & 0xff, 1.0, "x " + x + " y " + y);
                assertEquals(128, out.data()[p + 2] & 0xff);
            }
        }
    }

    @Test
    void aGrayImageShrinksColumnsAsWellAsRows() {
        int w = 90;
        int h = 400;
        byte[] data = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                data[y * w + x] = (byte) (x < w / 2 ? 40 : 220);
            }
        }
        Resampler.Pixels out = resampler.resize(new Resampler.Pixels(data, w, h, 1), 30, 100);
        for (int y = 0; y < 100; y++) {
            assertEquals(40, out.data()[y * 30 + 2] & 0xff, "left, row " + y);
            assertEquals(220, out.data()[y * 30 + 27] & 0xff, "right, row " + y);
        }
    }
}
