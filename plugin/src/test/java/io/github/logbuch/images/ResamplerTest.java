package io.github.logbuch.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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

    @Test
    void transposingTwiceGivesTheOriginal() {
        byte[] data = new byte[7 * 5 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        Resampler.Pixels in = new Resampler.Pixels(data, 7, 5, 3);
        Resampler.Pixels turned = Resampler.transpose(in);
        assertEquals(5, turned.width());
        assertEquals(7, turned.height());
        // the pixel at (x=6, y=1) is at (x=1, y=6) once turned
        assertEquals(data[(1 * 7 + 6) * 3 + 2], turned.data()[(6 * 5 + 1) * 3 + 2]);
        assertTrue(java.util.Arrays.equals(data, Resampler.transpose(turned).data()));
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
