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
 * Carries a JPEG's colour profile over to its processed sizes. The readers hand over an RGB JPEG's
 * pixels as they are stored, in the profile's colour space, so the sizes need that profile to look
 * as the original does (a wide-gamut phone photo would look dull without it). CMYK files are
 * converted to RGB when read; their profile does not travel.
 */
final class IccProfiles {
    private static final byte[] MARKER = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int CHUNK = 65519; // 65535 - length(2) - marker(12) - sequence(2)

    private IccProfiles() {}

    /** The RGB colour profile of a three-component JPEG, or null if it has none or is no JPEG. */
    static byte[] rgbProfile(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return null;
            }
            TreeMap<Integer, byte[]> chunks = new TreeMap<>();
            int components = 0;
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
                } else if (marker >= 0xFFC0
                        && marker <= 0xFFCF
                        && marker != 0xFFC4
                        && marker != 0xFFC8
                        && marker != 0xFFCC
                        && length >= 6) {
                    components = segment[5] & 0xff;
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
            return rgb ? bytes : null;
        } catch (EOFException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
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
