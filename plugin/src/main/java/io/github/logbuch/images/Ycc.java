package io.github.logbuch.images;

import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * A JPEG's stored samples as RGB pixels: YCbCr turned into RGB with libjpeg's own fixed-point
 * tables (so the pixels are those libjpeg itself would give), or RGB as it is.
 */
final class Ycc {
    private static final int SCALEBITS = 16;
    private static final int ONE_HALF = 1 << (SCALEBITS - 1);
    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (fix(1.40200) * x + ONE_HALF) >> SCALEBITS;
            CB_B[i] = (fix(1.77200) * x + ONE_HALF) >> SCALEBITS;
            CR_G[i] = -fix(0.71414) * x;
            CB_G[i] = -fix(0.34414) * x + ONE_HALF;
        }
    }

    private Ycc() {}

    private static int fix(double value) {
        return (int) (value * (1L << SCALEBITS) + 0.5);
    }

    static Resampler.Pixels toRgb(Raster raster, boolean ycc, ByteArrays arrays) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        byte[] out = arrays.take(width * height * 3);
        byte[] samples = plain(raster);
        byte[] row = samples == null ? new byte[width * 3] : null;
        int[] ints = samples == null ? new int[width * 3] : null;
        for (int y = 0; y < height; y++) {
            byte[] in;
            int offset;
            if (samples != null) {
                in = samples;
                offset = y * width * 3;
            } else {
                raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, ints);
                for (int i = 0; i < ints.length; i++) {
                    row[i] = (byte) ints[i];
                }
                in = row;
                offset = 0;
            }
            int target = y * width * 3;
            if (ycc) {
                for (int x = 0; x < width; x++) {
                    int p = offset + x * 3;
                    int luma = in[p] & 0xff;
                    int cb = in[p + 1] & 0xff;
                    int cr = in[p + 2] & 0xff;
                    int q = target + x * 3;
                    out[q] = clamp(luma + CR_R[cr]);
                    out[q + 1] = clamp(luma + ((CB_G[cb] + CR_G[cr]) >> SCALEBITS));
                    out[q + 2] = clamp(luma + CB_B[cb]);
                }
            } else {
                System.arraycopy(in, offset, out, target, width * 3);
            }
        }
        return new Resampler.Pixels(out, width, height, 3);
    }

    private static byte clamp(int v) {
        return (byte) (v < 0 ? 0 : v > 255 ? 255 : v);
    }

    /** The raster's bytes when they are plain interleaved samples in order, else null. */
    private static byte[] plain(Raster raster) {
        if (raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1
                && buffer.getOffset() == 0
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model
                && model.getPixelStride() == 3
                && model.getScanlineStride() == raster.getWidth() * 3
                && java.util.Arrays.equals(model.getBandOffsets(), new int[] {0, 1, 2})
                && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0
                && buffer.getData().length == raster.getWidth() * raster.getHeight() * 3) {
            return buffer.getData();
        }
        return null;
    }
}
