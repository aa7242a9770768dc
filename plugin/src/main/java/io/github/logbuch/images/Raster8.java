package io.github.logbuch.images;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Any decoded image as 8-bit gray or RGB pixels, the layout the resampler and the JPEG writer work
 * on. RGB in that order: it is the order libjpeg reads and writes, so the JDK's reader and writer
 * copy whole rows instead of each pixel's samples (measured: decoding 12 MP in 44 ms instead of 64,
 * encoding 2400×1800 in 19 ms instead of 28). Samples are scaled from their bit depth; transparency
 * is laid onto white. Colour is not converted: the pixels stay in the file's colour space, which
 * travels along.
 */
final class Raster8 {
    private Raster8() {}

    static Resampler.Pixels of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && isPlain(image)) {
            return new Resampler.Pixels(bytes(image), width, height, 1);
        }
        if (model instanceof IndexColorModel) {
            return fromRgb(image);
        }
        int colors = model.getNumColorComponents();
        boolean alpha = model.hasAlpha();
        int type = model.getColorSpace().getType();
        if (colors == 1 && type == ColorSpace.TYPE_GRAY) {
            return scaled(raster, model, 1, alpha);
        }
        if (colors == 3 && type == ColorSpace.TYPE_RGB) {
            return scaled(raster, model, 3, alpha);
        }
        // anything else (a CMYK image no reader converted, say): let Java2D convert it to sRGB
        return fromRgb(image);
    }

    /**
     * An image over the pixels' own array (RGB, labelled sRGB), for a reader or a writer to use.
     */
    static BufferedImage rgb(Resampler.Pixels pixels) {
        return over(pixels, ColorSpace.CS_sRGB, 3);
    }

    /** An image over the pixels' own array: RGB as {@link #rgb}, or 8-bit grey. */
    static BufferedImage image(Resampler.Pixels pixels) {
        return pixels.channels() == 3 ? rgb(pixels) : over(pixels, ColorSpace.CS_GRAY, 1);
    }

    private static BufferedImage over(Resampler.Pixels pixels, int colorSpace, int channels) {
        int width = pixels.width();
        int height = pixels.height();
        DataBufferByte buffer = new DataBufferByte(pixels.data(), width * height * channels);
        ColorModel model =
                new ComponentColorModel(
                        ColorSpace.getInstance(colorSpace),
                        false,
                        false,
                        Transparency.OPAQUE,
                        DataBuffer.TYPE_BYTE);
        int[] offsets = channels == 3 ? new int[] {0, 1, 2} : new int[] {0};
        PixelInterleavedSampleModel layout =
                new PixelInterleavedSampleModel(
                        DataBuffer.TYPE_BYTE, width, height, channels, width * channels, offsets);
        return new BufferedImage(
                model, Raster.createWritableRaster(layout, buffer, null), false, null);
    }

    private static boolean isPlain(BufferedImage image) {
        Raster raster = image.getRaster();
        return raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1
                && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0
                && buffer.getData().length
                        == image.getWidth() * image.getHeight() * raster.getNumBands();
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /** Samples of any depth scaled to 8 bits, alpha laid onto white. */
    private static Resampler.Pixels scaled(
            Raster raster, ColorModel model, int colors, boolean alpha) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bands = raster.getNumBands();
        byte[] out = new byte[width * height * colors];
        int[] max = new int[bands];
        for (int b = 0; b < bands; b++) {
            max[b] = (1 << model.getComponentSize(b)) - 1;
        }
        int[] row = new int[width * bands];
        for (int y = 0; y < height; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
            for (int x = 0; x < width; x++) {
                int p = x * bands;
                double opacity = alpha ? (double) row[p + bands - 1] / max[bands - 1] : 1.0;
                int target = (y * width + x) * colors;
                for (int c = 0; c < colors; c++) {
                    double v = (double) row[p + c] / max[c] * 255.0;
                    v = v * opacity + 255.0 * (1 - opacity);
                    out[target + c] = (byte) Math.round(v);
                }
            }
        }
        return new Resampler.Pixels(out, width, height, colors);
    }

    /** Through the colour model's own sRGB view: palettes, and what nothing else handles. */
    private static Resampler.Pixels fromRgb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] out = new byte[width * height * 3];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int target = (y * width + x) * 3;
                out[target] = over((argb >> 16) & 0xff, a);
                out[target + 1] = over((argb >> 8) & 0xff, a);
                out[target + 2] = over(argb & 0xff, a);
            }
        }
        return new Resampler.Pixels(out, width, height, 3);
    }

    private static byte over(int value, int alpha) {
        return (byte) ((value * alpha + 255 * (255 - alpha) + 127) / 255);
    }
}
