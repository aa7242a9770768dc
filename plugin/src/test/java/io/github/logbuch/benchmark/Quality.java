package io.github.logbuch.benchmark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Image comparison for the photo benchmark: PSNR over RGB and SSIM over luma of a decoded output
 * against the {@link LanczosReference} resize of the original. Both leave out a band along the
 * edges ({@link #BORDER} pixels): resizers legitimately differ there (edge extended, mirrored or
 * renormalised), and the interior is where resampling quality shows.
 */
final class Quality {
    /** Pixels along each edge not compared: a Lanczos3 kernel's reach in output pixels, and one. */
    static final int BORDER = 4;

    private Quality() {}

    /** 8-bit interleaved RGB. */
    record Rgb(byte[] data, int width, int height) {}

    static Rgb decode(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not an image: " + file);
        }
        return rgb(image);
    }

    static Rgb rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h * 3];
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == out.length) {
            byte[] bgr = buffer.getData();
            for (int i = 0; i < out.length; i += 3) {
                out[i] = bgr[i + 2];
                out[i + 1] = bgr[i + 1];
                out[i + 2] = bgr[i];
            }
            return new Rgb(out, w, h);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = (y * w + x) * 3;
                out[p] = (byte) (row[x] >> 16);
                out[p + 1] = (byte) (row[x] >> 8);
                out[p + 2] = (byte) row[x];
            }
        }
        return new Rgb(out, w, h);
    }

    /** PSNR in dB over R, G and B of the interior, against an unrounded reference. */
    static double psnr(double[] reference, Rgb image) {
        int w = image.width();
        int h = image.height();
        double sum = 0;
        long count = 0;
        for (int y = BORDER; y < h - BORDER; y++) {
            for (int i = (y * w + BORDER) * 3; i < (y * w + w - BORDER) * 3; i++) {
                double d = reference[i] - (image.data()[i] & 0xff);
                sum += d * d;
                count++;
            }
        }
        double mse = sum / count;
        return 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /**
     * Mean SSIM (Wang et al. 2004: Gaussian window 11×11, sigma 1.5, K1 0.01, K2 0.03, L 255) of
     * luma (0.299 R + 0.587 G + 0.114 B), over the windows that lie wholly inside the interior.
     */
    static double ssimLuma(double[] reference, Rgb image) {
        int w = image.width();
        int h = image.height();
        double[] x = new double[w * h];
        double[] y = new double[w * h];
        for (int i = 0; i < w * h; i++) {
            x[i] =
                    0.299 * reference[i * 3]
                            + 0.587 * reference[i * 3 + 1]
                            + 0.114 * reference[i * 3 + 2];
            byte[] d = image.data();
            y[i] =
                    0.299 * (d[i * 3] & 0xff)
                            + 0.587 * (d[i * 3 + 1] & 0xff)
                            + 0.114 * (d[i * 3 + 2] & 0xff);
        }
        double[] xx = new double[w * h];
        double[] yy = new double[w * h];
        double[] xy = new double[w * h];
        for (int i = 0; i < w * h; i++) {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        double[] kernel = new double[11];
        double total = 0;
        for (int i = 0; i < 11; i++) {
            kernel[i] = Math.exp(-((i - 5) * (i - 5)) / (2 * 1.5 * 1.5));
            total += kernel[i];
        }
        for (int i = 0; i < 11; i++) {
            kernel[i] /= total;
        }
        double[] mx = blur(x, w, h, kernel);
        double[] my = blur(y, w, h, kernel);
        double[] sxx = blur(xx, w, h, kernel);
        double[] syy = blur(yy, w, h, kernel);
        double[] sxy = blur(xy, w, h, kernel);
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double sum = 0;
        long count = 0;
        int margin = BORDER + 5;
        for (int row = margin; row < h - margin; row++) {
            for (int col = margin; col < w - margin; col++) {
                int i = row * w + col;
                double ux = mx[i];
                double uy = my[i];
                double vx = sxx[i] - ux * ux;
                double vy = syy[i] - uy * uy;
                double cov = sxy[i] - ux * uy;
                sum +=
                        ((2 * ux * uy + c1) * (2 * cov + c2))
                                / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
                count++;
            }
        }
        return sum / count;
    }

    /** Separable filtering; only values at least 5 pixels from the edges are meaningful. */
    private static double[] blur(double[] in, int w, int h, double[] kernel) {
        int r = kernel.length / 2;
        double[] rows = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = r; x < w - r; x++) {
                double s = 0;
                for (int k = 0; k < kernel.length; k++) {
                    s += kernel[k] * in[y * w + x - r + k];
                }
                rows[y * w + x] = s;
            }
        }
        double[] out = new double[w * h];
        for (int y = r; y < h - r; y++) {
            for (int k = 0; k < kernel.length; k++) {
                double weight = kernel[k];
                int from = (y - r + k) * w;
                int to = y * w;
                for (int x = r; x < w - r; x++) {
                    out[to + x] += weight * rows[from + x];
                }
            }
        }
        return out;
    }
}
