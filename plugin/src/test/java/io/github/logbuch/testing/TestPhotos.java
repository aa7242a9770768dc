package io.github.logbuch.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.apache.commons.imaging.common.RationalNumber;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryType;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photos made by the tests themselves: JPEGs and PNGs of known content, with EXIF, XMP and IPTC
 * written by Apache Commons Imaging, and broken ones. Nothing is downloaded.
 */
public final class TestPhotos {
    public static final Color TOP_LEFT = Color.RED;
    public static final Color TOP_RIGHT = Color.GREEN;
    public static final Color BOTTOM_LEFT = Color.BLUE;
    public static final Color BOTTOM_RIGHT = Color.WHITE;

    /** EXIF 2.31's OffsetTimeOriginal, which this Commons Imaging has no constant for. */
    private static final TagInfoAscii OFFSET_TIME_ORIGINAL =
            new TagInfoAscii(
                    "OffsetTimeOriginal", 0x9011, 7, TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD);

    private TestPhotos() {}

    /** An upright picture of four coloured quarters, as the reader should see it. */
    public static BufferedImage quarters(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(TOP_RIGHT);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.setColor(BOTTOM_LEFT);
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.setColor(BOTTOM_RIGHT);
        g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    /**
     * Fine grain and smooth waves, like a real photo's texture; the same seed, the same picture.
     */
    public static BufferedImage texture(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(seed);
        WritableRaster raster = image.getRaster();
        int[] pixel = new int[3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 128 + 60 * Math.sin(x / 17.0 + seed) * Math.cos(y / 23.0);
                for (int c = 0; c < 3; c++) {
                    pixel[c] = clamp(v + (c - 1) * 25 + random.nextGaussian() * 10);
                }
                raster.setPixel(x, y, pixel);
            }
        }
        return image;
    }

    /**
     * The pixels a camera stores for an upright picture and an EXIF orientation, built from the
     * EXIF definition (which visual side the stored row 0 and column 0 are), not from the code
     * under test.
     */
    public static BufferedImage stored(BufferedImage upright, int orientation) {
        int vw = upright.getWidth();
        int vh = upright.getHeight();
        boolean swap = orientation >= 5;
        int sw = swap ? vh : vw;
        int sh = swap ? vw : vh;
        // row 0 / column 0 of the stored image, as visual sides (EXIF 2.3, table 6)
        String[] row0 = {"", "top", "top", "bottom", "bottom", "left", "right", "right", "left"};
        String[] col0 = {"", "left", "right", "right", "left", "top", "top", "bottom", "bottom"};
        BufferedImage stored = new BufferedImage(sw, sh, BufferedImage.TYPE_3BYTE_BGR);
        for (int sy = 0; sy < sh; sy++) {
            for (int sx = 0; sx < sw; sx++) {
                int vx;
                int vy;
                String r = row0[orientation];
                String c = col0[orientation];
                if (r.equals("top") || r.equals("bottom")) {
                    vy = r.equals("top") ? sy : vh - 1 - sy;
                    vx = c.equals("left") ? sx : vw - 1 - sx;
                } else {
                    vx = r.equals("left") ? sy : vw - 1 - sy;
                    vy = c.equals("top") ? sx : vh - 1 - sx;
                }
                stored.setRGB(sx, sy, upright.getRGB(vx, vy));
            }
        }
        return stored;
    }

    public static byte[] jpeg(BufferedImage image) {
        return jpeg(image, false);
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
            return write(writer, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** A JPEG whose pixels are in a colour space other than sRGB, with its ICC profile embedded. */
    public static byte[] jpegWithProfile(BufferedImage srgb, ICC_Profile profile) {
        ColorSpace space = new java.awt.color.ICC_ColorSpace(profile);
        ComponentColorModel model =
                new ComponentColorModel(
                        space, false, false, java.awt.Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster =
                model.createCompatibleWritableRaster(srgb.getWidth(), srgb.getHeight());
        raster.setRect(srgb.getRaster());
        return jpeg(new BufferedImage(model, raster, false, null));
    }

    /** A four-channel (CMYK) JPEG, as print-minded software writes them. */
    public static byte[] cmykJpeg(int width, int height, int c, int m, int y, int k) {
        WritableRaster raster =
                Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        int[] pixel = {
            255 - c, 255 - m, 255 - y, 255 - k
        }; // Adobe CMYK JPEGs store inverted values
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                raster.setPixel(col, row, pixel);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        byte[] jpeg;
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            jpeg = write(writer, new IIOImage(raster, null, null), param);
        } finally {
            writer.dispose();
        }
        // Photoshop marks its CMYK JPEGs with an Adobe segment (transform 0: no colour transform)
        byte[] adobe = {
            (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0
        };
        byte[] out = new byte[jpeg.length + adobe.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(adobe, 0, out, 2, adobe.length);
        System.arraycopy(jpeg, 2, out, 2 + adobe.length, jpeg.length - 2);
        return out;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer for " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** EXIF as a camera writes it: orientation, position, camera, serial number, time. */
    public static byte[] withExif(byte[] jpeg, Exif exif) {
        try {
            TiffOutputSet set = new TiffOutputSet();
            TiffOutputDirectory root = set.getOrCreateRootDirectory();
            if (exif.orientation > 0) {
                root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) exif.orientation);
            }
            if (exif.description != null) {
                root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, exif.description);
            }
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "LOGBUCH");
            root.add(TiffTagConstants.TIFF_TAG_MODEL, "Testkamera 3000");
            TiffOutputDirectory sub = set.getOrCreateExifDirectory();
            sub.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SERIAL-4711-0815");
            if (exif.captured != null) {
                sub.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, exif.captured);
            }
            if (exif.offset != null) {
                sub.add(OFFSET_TIME_ORIGINAL, exif.offset);
            }
            sub.add(ExifTagConstants.EXIF_TAG_EXPOSURE_TIME, RationalNumber.valueOf(1.0 / 250));
            if (exif.shooting) {
                sub.add(ExifTagConstants.EXIF_TAG_LENS_MODEL, "XF35mmF1.4 R");
                sub.add(ExifTagConstants.EXIF_TAG_FOCAL_LENGTH, RationalNumber.valueOf(35));
                sub.add(ExifTagConstants.EXIF_TAG_FNUMBER, RationalNumber.valueOf(2.8));
                sub.add(ExifTagConstants.EXIF_TAG_ISO, (short) 200);
                sub.add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, "OWNER-Erika-Mustermann");
                sub.add(ExifTagConstants.EXIF_TAG_LENS_SERIAL_NUMBER, "LENSSERIAL-0042");
            }
            if (exif.gps) {
                set.setGpsInDegrees(9.99868, 53.53885); // the Baakenhafen, Hamburg
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #withExif} writes; builder style. */
    public static final class Exif {
        int orientation;
        String description;
        String captured;
        String offset;
        boolean gps;
        boolean shooting;

        /**
         * Lens "XF35mmF1.4 R", 35 mm, f/2.8, ISO 200, and what must never be shown: owner
         * "OWNER-Erika-Mustermann", lens serial "LENSSERIAL-0042" (the body serial is always
         * there).
         */
        public Exif shooting() {
            shooting = true;
            return this;
        }

        public Exif orientation(int value) {
            orientation = value;
            return this;
        }

        public Exif description(String value) {
            description = value;
            return this;
        }

        /** EXIF style, "2016:06:29 18:30:00", and an optional offset such as "+02:00". */
        public Exif captured(String value, String offsetValue) {
            captured = value;
            offset = offsetValue;
            return this;
        }

        public Exif gps() {
            gps = true;
            return this;
        }
    }

    /** An XMP packet with dc:description in x-default and the given languages ("de", "Text"...). */
    public static byte[] withXmpDescription(
            byte[] jpeg, String fallback, String... languageAndText) {
        StringBuilder alt = new StringBuilder();
        alt.append("<rdf:li xml:lang=\"x-default\">").append(escape(fallback)).append("</rdf:li>");
        for (int i = 0; i + 1 < languageAndText.length; i += 2) {
            alt.append("<rdf:li xml:lang=\"")
                    .append(languageAndText[i])
                    .append("\">")
                    .append(escape(languageAndText[i + 1]))
                    .append("</rdf:li>");
        }
        String xmp =
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
                        + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\""
                        + " exif:GPSLatitude=\"53,32.331N\" exif:GPSLongitude=\"9,59.921E\">"
                        + "<dc:description><rdf:Alt>"
                        + alt
                        + "</rdf:Alt></dc:description>"
                        + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An IPTC Caption/Abstract, as photo desks write it. */
    public static byte[] withIptcCaption(byte[] jpeg, String caption) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PhotoshopApp13Data data =
                    new PhotoshopApp13Data(
                            List.of(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, caption)),
                            List.of());
            new JpegIptcRewriter().writeIptc(jpeg, out, data);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first part of a file, as an interrupted copy leaves it. */
    public static byte[] truncated(byte[] jpeg) {
        return java.util.Arrays.copyOf(jpeg, jpeg.length * 2 / 3);
    }

    /** A JPEG whose header claims a size no photo has, and no data for it. */
    public static byte[] claiming(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; ) {
            int marker = out[i + 1] & 0xff;
            int length = ((out[i + 2] & 0xff) << 8) | (out[i + 3] & 0xff);
            if (marker == 0xC0 || marker == 0xC2) {
                out[i + 5] = (byte) (height >> 8);
                out[i + 6] = (byte) height;
                out[i + 7] = (byte) (width >> 8);
                out[i + 8] = (byte) width;
                return out;
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("no SOF marker");
    }

    /**
     * A JPEG whose header reads well (size and all) but whose scan asks for a Huffman table it does
     * not define: the readers give up when the pixels are decoded, not before.
     */
    public static byte[] undecodable(byte[] jpeg) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 6 < out.length; ) {
            int marker = out[i + 1] & 0xff;
            int length = ((out[i + 2] & 0xff) << 8) | (out[i + 3] & 0xff);
            if (marker == 0xDA) {
                out[i + 6] = 0x33; // the first component's tables: DC 3 and AC 3, never defined
                return out;
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("no SOS marker");
    }

    /** Random bytes scattered over the compressed data, the header left intact. */
    public static byte[] fuzzed(byte[] jpeg, long seed) {
        byte[] out = jpeg.clone();
        Random random = new Random(seed);
        for (int n = 0; n < 40; n++) {
            int at = out.length / 3 + random.nextInt(out.length / 2);
            out[at] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
