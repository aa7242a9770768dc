package io.github.logbuch.images;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a JPEG or PNG once, after checking its size in the header, so a file that claims
 * 50000×50000 pixels is refused before any memory is spent on it. Readers come from ImageIO, where
 * TwelveMonkeys' JPEG reader goes first (CMYK, YCCK, broken markers).
 */
final class Decoder {
    private Decoder() {}

    /** Width and height as stored, read from the header alone. */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    static Size size(Path file, long maxPixels) throws PhotoException {
        return withReader(file, reader -> checked(reader, maxPixels));
    }

    /**
     * Decodes the whole image. A colour JPEG is decoded into an array from {@code arrays}.
     *
     * @throws PhotoException if the file is damaged, truncated, too large or no image
     */
    static Resampler.Pixels decode(Path file, long maxPixels, ByteArrays arrays)
            throws PhotoException {
        return decodeImage(file, maxPixels, arrays).pixels();
    }

    /**
     * Decoded pixels, and whether they are the photo's own 8-bit samples as read (a colour JPEG or
     * PNG: our fast path) rather than converted (grey, 16-bit, transparent, palette, CMYK).
     *
     * @param damage what the reader found wrong while decoding (truncated data, a bad Huffman code,
     *     extraneous bytes); the pixels are what it could decode, as browsers show them
     */
    record Decoded(Resampler.Pixels pixels, boolean direct, List<String> damage) {}

    /** As {@link #decode}, saying whether the pixels were read directly. */
    static Decoded decodeImage(Path file, long maxPixels, ByteArrays arrays) throws PhotoException {
        return withReader(
                file,
                reader -> {
                    Size size = checked(reader, maxPixels);
                    List<String> warnings = new ArrayList<>();
                    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                    ImageReadParam param = reader.getDefaultReadParam();
                    Resampler.Pixels into = null;
                    // a colour JPEG or PNG (the reader's first choice is BGR) is read into RGB:
                    // see Raster8. Not other formats: the BMP reader copies its BGR bytes as they
                    // are, and a photo is picked by its name, a reader by its content.
                    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
                    String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                    if ((format.equals("jpeg") || format.equals("png"))
                            && types.hasNext()
                            && types.next().getBufferedImageType()
                                    == BufferedImage.TYPE_3BYTE_BGR) {
                        into =
                                new Resampler.Pixels(
                                        arrays.take(
                                                Math.multiplyExact(
                                                        size.width() * 3, size.height())),
                                        size.width(),
                                        size.height(),
                                        3);
                        param.setDestination(Raster8.rgb(into));
                    }
                    BufferedImage image = reader.read(0, param);
                    List<String> damage = damage(file, format, warnings);
                    return into != null && image == param.getDestination()
                            ? new Decoded(into, true, damage)
                            : new Decoded(Raster8.of(image), false, damage);
                });
    }

    /**
     * Decodes a three-component JPEG as it is stored, without the colour conversion the readers
     * apply to a JPEG with an embedded profile (into sRGB, and slowly: six times the decoding time
     * measured on a 12 MP photo). The pixels stay in the profile's colour space, which travels with
     * them ({@link IccProfiles}). YCbCr is turned into RGB as libjpeg does it.
     *
     * @param ycc whether the samples are YCbCr, else RGB
     * @throws PhotoException if the file is damaged, truncated, too large or no image
     */
    static Resampler.Pixels decodeAsStored(
            Path file, long maxPixels, boolean ycc, ByteArrays arrays) throws PhotoException {
        return decodeAsStored(file, maxPixels, ycc, arrays, new ArrayList<>());
    }

    /**
     * As {@link #decodeAsStored(Path, long, boolean, ByteArrays)}, adding what is damaged to {@code
     * damage}.
     */
    static Resampler.Pixels decodeAsStored(
            Path file, long maxPixels, boolean ycc, ByteArrays arrays, List<String> damage)
            throws PhotoException {
        return withReader(
                file,
                reader -> {
                    checked(reader, maxPixels);
                    List<String> warnings = new ArrayList<>();
                    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                    Raster raster = reader.readRaster(0, null);
                    damage.addAll(damage(file, "jpeg", warnings));
                    if (raster.getNumBands() != 3) {
                        throw new PhotoException(
                                "has " + raster.getNumBands() + " colour channels, not 3");
                    }
                    return Ycc.toRgb(raster, ycc, arrays);
                });
    }

    /**
     * The reader's warnings that say the picture is incomplete or garbled, each once; readers also
     * warn about what is harmless (a CMYK file without a profile), which is left out. A JPEG whose
     * data stops before its end marker is truncated even when the reader does not say so.
     */
    static List<String> damage(Path file, String format, List<String> warnings) {
        java.util.Set<String> damage = new java.util.LinkedHashSet<>();
        for (String warning : warnings) {
            String w = warning.toLowerCase(java.util.Locale.ROOT);
            if (DAMAGE.matcher(w).find()) {
                damage.add(warning.strip());
            }
        }
        if (damage.isEmpty() && format.equals("jpeg") && !JpegEnd.isComplete(file)) {
            damage.add("the data ends before the image does: the file is truncated");
        }
        return List.copyOf(damage);
    }

    private static final java.util.regex.Pattern DAMAGE =
            java.util.regex.Pattern.compile(
                    "corrupt|premature|huffman|truncat|extraneous|invalid|inconsistent|bogus");

    private static Size checked(ImageReader reader, long maxPixels)
            throws IOException, PhotoException {
        Size size = new Size(reader.getWidth(0), reader.getHeight(0));
        if (size.width() <= 0 || size.height() <= 0) {
            throw new PhotoException("has no pixels");
        }
        if (size.pixels() > maxPixels) {
            throw PhotoException.refused(
                    String.format(
                            java.util.Locale.ROOT,
                            "is %d×%d pixels (%d megapixels), more than the limit of %d megapixels"
                                    + " (<maxPhotoMegapixels>)",
                            size.width(),
                            size.height(),
                            size.pixels() / 1_000_000,
                            maxPixels / 1_000_000),
                    null);
        }
        return size;
    }

    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException, PhotoException;
    }

    private static <T> T withReader(Path file, ReaderWork<T> work) throws PhotoException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new PhotoException("cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PhotoException("is not a JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            try {
                // metadata is read, not ignored: the reader needs the colour profile
                reader.setInput(in, true, false);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (PhotoException e) {
            throw e;
        } catch (IOException e) {
            throw new PhotoException("cannot be decoded (" + message(e) + ")", e);
        } catch (RuntimeException e) {
            // fuzzed files make readers fail in every way: all of them mean "broken file"
            throw new PhotoException("cannot be decoded (" + message(e) + ")", e);
        } catch (OutOfMemoryError e) {
            throw PhotoException.refused("needs more memory to decode than the build has", e);
        }
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
