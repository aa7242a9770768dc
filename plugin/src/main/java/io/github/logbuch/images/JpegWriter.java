package io.github.logbuch.images;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes pixels as a baseline JPEG with nothing from the camera in it: JFIF, and the colour
 * profile when the source had one. The JDK's writer is used on purpose: it writes exactly the
 * metadata built here from the image type.
 */
final class JpegWriter {
    private final float quality;

    JpegWriter(float quality) {
        this.quality = quality;
    }

    /** Encodes, and embeds {@code profile} (the source's RGB colour profile) when there is one. */
    byte[] encode(Resampler.Pixels pixels, byte[] profile) {
        byte[] jpeg = encode(pixels);
        return profile != null && pixels.channels() == 3 ? IccProfiles.embed(jpeg, profile) : jpeg;
    }

    byte[] encode(Resampler.Pixels pixels) {
        return encode(image(pixels));
    }

    /** Encodes an 8-bit RGB, BGR or grey image, e.g. one Thumbnailator made. */
    byte[] encode(BufferedImage image, byte[] profile) {
        byte[] jpeg = encode(image);
        return profile != null && image.getColorModel().getNumComponents() == 3
                ? IccProfiles.embed(jpeg, profile)
                : jpeg;
    }

    private byte[] encode(BufferedImage image) {
        ImageWriter writer = jdkWriter();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
            ByteArrayOutputStream bytes =
                    new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
            // in memory: ImageIO.createImageOutputStream would buffer through a temporary file
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Labelled sRGB whatever they are: the writer then adds nothing, the profile is ours to add.
     */
    private static BufferedImage image(Resampler.Pixels pixels) {
        if (pixels.channels() == 3) {
            return Raster8.rgb(pixels);
        }
        BufferedImage gray =
                new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(
                pixels.data(),
                0,
                ((DataBufferByte) gray.getRaster().getDataBuffer()).getData(),
                0,
                pixels.width() * pixels.height());
        return gray;
    }

    /** The JDK's own writer: predictable metadata; TwelveMonkeys only adds readers we rely on. */
    private static ImageWriter jdkWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter fallback = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio")) {
                return writer;
            }
            if (fallback == null) {
                fallback = writer;
            } else {
                writer.dispose();
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("this Java has no JPEG writer");
        }
        return fallback;
    }
}
