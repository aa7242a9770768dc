package io.github.logbuch.images;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * Carries a JPEG's colour profile over to its processed sizes. An RGB JPEG with a profile is
 * decoded as stored, in the profile's colour space (see {@link Decoder#decodeAsStored}), so the
 * sizes need that profile to look as the original does: a wide-gamut phone photo would look dull
 * without it. CMYK files are converted to RGB when read; their profile does not travel.
 */
final class IccProfiles {
    private static final byte[] MARKER = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int CHUNK = 65519; // 65535 - length(2) - marker(12) - sequence(2)

    private IccProfiles() {}

    /**
     * What a three-component JPEG's headers say about its colour.
     *
     * @param profile its RGB colour profile
     * @param ycc whether its samples are YCbCr (else RGB), decided as libjpeg decides it: a JFIF
     *     header means YCbCr, else an Adobe header's transform, else the component ids ('R', 'G',
     *     'B' mean RGB)
     */
    record Colour(byte[] profile, boolean ycc) {}

    /** The colour of a three-component JPEG with an RGB profile; null for anything else. */
    static Colour rgbProfile(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return null;
            }
            TreeMap<Integer, byte[]> chunks = new TreeMap<>();
            int components = 0;
            boolean jfif = false;
            int adobeTransform = -1;
            boolean rgbIds = false;
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    break; // start of scan: the headers are over
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return null;
                }
                byte[] segment = new byte[length];
                in.readFully(segment);
                if (marker == 0xFFE2
                        && length > MARKER.length + 2
                        && Arrays.equals(Arrays.copyOf(segment, MARKER.length), MARKER)) {
                    chunks.put(
                            segment[MARKER.length] & 0xff,
                            Arrays.copyOfRange(segment, MARKER.length + 2, segment.length));
                } else if (marker == 0xFFE0 && startsWith(segment, "JFIF\0")) {
                    jfif = true;
                } else if (marker == 0xFFEE && length >= 12 && startsWith(segment, "Adobe")) {
                    adobeTransform = segment[11] & 0xff;
                } else if (marker >= 0xFFC0
                        && marker <= 0xFFCF
                        && marker != 0xFFC4
                        && marker != 0xFFC8
                        && marker != 0xFFCC
                        && length >= 6) {
                    components = segment[5] & 0xff;
                    rgbIds =
                            components == 3
                                    && length >= 6 + 9
                                    && segment[6] == 'R'
                                    && segment[9] == 'G'
                                    && segment[12] == 'B';
                }
            }
            if (chunks.isEmpty() || components != 3) {
                return null;
            }
            ByteArrayOutputStream profile = new ByteArrayOutputStream();
            for (byte[] chunk : chunks.values()) {
                profile.write(chunk);
            }
            byte[] bytes = profile.toByteArray();
            boolean rgb =
                    bytes.length > 20
                            && new String(bytes, 16, 4, StandardCharsets.ISO_8859_1).equals("RGB ");
            if (!rgb) {
                return null;
            }
            boolean ycc = jfif || (adobeTransform >= 0 ? adobeTransform != 0 : !rgbIds);
            return new Colour(bytes, ycc);
        } catch (EOFException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] segment, String text) {
        byte[] prefix = text.getBytes(StandardCharsets.ISO_8859_1);
        return segment.length >= prefix.length
                && Arrays.equals(Arrays.copyOf(segment, prefix.length), prefix);
    }

    /** The JPEG with the profile embedded as APP2 segments right after its first header. */
    static byte[] embed(byte[] jpeg, byte[] profile) {
        int count = (profile.length + CHUNK - 1) / CHUNK;
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(jpeg.length + profile.length + 32 * count);
        int insertAt = 2;
        // after SOI and a JFIF APP0, where readers expect it
        if ((jpeg[2] & 0xff) == 0xFF && (jpeg[3] & 0xff) == 0xE0) {
            insertAt = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        }
        out.write(jpeg, 0, insertAt);
        for (int i = 0; i < count; i++) {
            int from = i * CHUNK;
            int length = Math.min(CHUNK, profile.length - from);
            int segmentLength = 2 + MARKER.length + 2 + length;
            out.write(0xFF);
            out.write(0xE2);
            out.write(segmentLength >> 8);
            out.write(segmentLength);
            out.write(MARKER, 0, MARKER.length);
            out.write(i + 1);
            out.write(count);
            out.write(profile, from, length);
        }
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }
}
