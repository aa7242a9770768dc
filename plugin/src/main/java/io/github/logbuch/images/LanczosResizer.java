package io.github.logbuch.images;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.coobird.thumbnailator.resizers.Resizer;

/**
 * Our Lanczos {@link Resampler} as a Thumbnailator {@link Resizer}. Two things Thumbnailator's own
 * resizers cannot do are kept: the sizes of one batch are made in one pass over the source (the
 * first {@code resize} makes them all, the later ones take theirs), and the pixels are written
 * where the EXIF orientation puts them, so the destination is the upright size.
 *
 * <p>The pixels made are kept ({@link #made}): the pipeline makes smaller sizes from them and
 * encodes them without reading the destination image back. The pipeline asks for them directly
 * ({@link #make}), and cuts thumbnails itself ({@link PhotoPipeline#centreCrop}): Thumbnailator's
 * builder would fill a destination image of each size and crop through another, in BGR. What it
 * makes with this resizer is what the pipeline's output is checked against (PhotoPipelineTest). One
 * resizer serves one photo on one thread.
 */
final class LanczosResizer implements Resizer {
    private final Resampler resampler;
    private final int orientation;
    private final List<Resampler.Size> batch;
    private final ByteArrays arrays;
    private final BufferedImage sourceImage;
    private final Resampler.Pixels source;
    private final Map<Resampler.Size, Resampler.Pixels> made = new HashMap<>();

    /**
     * @param source the pixels behind {@code sourceImage}, read without a copy when Thumbnailator
     *     hands that image back
     * @param batch upright sizes to make together, in the first pass
     */
    LanczosResizer(
            Resampler resampler,
            BufferedImage sourceImage,
            Resampler.Pixels source,
            int orientation,
            List<Resampler.Size> batch,
            ByteArrays arrays) {
        this.resampler = resampler;
        this.sourceImage = sourceImage;
        this.source = source;
        this.orientation = orientation;
        this.batch = List.copyOf(batch);
        this.arrays = arrays;
    }

    @Override
    public void resize(BufferedImage srcImage, BufferedImage destImage) {
        Resampler.Size size = new Resampler.Size(destImage.getWidth(), destImage.getHeight());
        Resampler.Pixels out = made.get(size);
        if (out == null) {
            out =
                    srcImage == sourceImage
                            ? make(size)
                            : resampler
                                    .resize(Raster8.of(srcImage), 1, List.of(size), arrays)
                                    .get(0);
            made.put(size, out);
        }
        copy(out, destImage);
    }

    /**
     * The source at an upright size of the batch (or any other), made with the rest of the batch in
     * one pass on the first call. What {@link #resize} does without a destination image: the
     * pipeline encodes these pixels as they are, so an image for Thumbnailator to hand back would
     * only be allocated and copied into (measured: half the bytes the photo threads allocated
     * outside their TLABs).
     */
    Resampler.Pixels make(Resampler.Size size) {
        Resampler.Pixels out = made.get(size);
        if (out == null) {
            List<Resampler.Size> sizes = new ArrayList<>();
            sizes.add(size);
            for (Resampler.Size other : batch) {
                if (!other.equals(size) && !made.containsKey(other)) {
                    sizes.add(other);
                }
            }
            List<Resampler.Pixels> results = resampler.resize(source, orientation, sizes, arrays);
            for (int i = 0; i < sizes.size(); i++) {
                made.put(sizes.get(i), results.get(i));
            }
            out = made.get(size);
        }
        return out;
    }

    /** The pixels made for an upright size, or null if it was not asked for. */
    Resampler.Pixels made(int width, int height) {
        return made.get(new Resampler.Size(width, height));
    }

    /** Into the image Thumbnailator made: RGB into its BGR bytes, gray as it is. */
    private static void copy(Resampler.Pixels pixels, BufferedImage dest) {
        int n = pixels.width() * pixels.height();
        byte[] in = pixels.data();
        if (dest.getType() == BufferedImage.TYPE_3BYTE_BGR
                && dest.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == n * 3) {
            byte[] out = buffer.getData();
            if (pixels.channels() == 3) {
                for (int i = 0; i < n * 3; i += 3) {
                    out[i] = in[i + 2];
                    out[i + 1] = in[i + 1];
                    out[i + 2] = in[i];
                }
            } else {
                for (int i = 0, o = 0; i < n; i++, o += 3) {
                    out[o] = in[i];
                    out[o + 1] = in[i];
                    out[o + 2] = in[i];
                }
            }
            return;
        }
        if (dest.getType() == BufferedImage.TYPE_BYTE_GRAY
                && pixels.channels() == 1
                && dest.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == n) {
            System.arraycopy(in, 0, buffer.getData(), 0, n);
            return;
        }
        // any other type Thumbnailator was asked for: through Java2D, slowly but right
        BufferedImage image = Raster8.image(pixels);
        java.awt.Graphics2D g = dest.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
    }
}
