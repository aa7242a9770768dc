package io.github.logbuch.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.testing.TestPhotos;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {
    @TempDir Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void decodingAsStoredGivesThePixelsTheReaderGivesWhenThereIsNothingToConvert()
            throws Exception {
        // no profile: the reader's own YCbCr conversion is the reference, to the last bit
        Path photo = file("plain.jpg", TestPhotos.jpeg(TestPhotos.texture(203, 151, 7)));
        assertEquals(null, IccProfiles.rgbProfile(photo), "a JPEG without a profile");
        Resampler.Pixels reference = Decoder.decode(photo, Long.MAX_VALUE, ByteArrays.none());
        Resampler.Pixels stored =
                Decoder.decodeAsStored(photo, Long.MAX_VALUE, true, ByteArrays.none());
        assertEquals(reference.width(), stored.width());
        assertEquals(reference.height(), stored.height());
        assertEquals(3, stored.channels());
        assertArrayEquals(reference.data(), stored.data());
    }

    private static byte[] withoutJfif(byte[] jpeg) {
        int length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff); // APP0 right after SOI
        byte[] out = new byte[jpeg.length - 2 - length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(jpeg, 4 + length, out, 2, jpeg.length - 4 - length);
        return out;
    }

    private static byte[] withAdobe(byte[] jpeg, int transform) {
        byte[] adobe = {
            (byte) 0xFF,
            (byte) 0xEE,
            0,
            14,
            'A',
            'd',
            'o',
            'b',
            'e',
            0,
            100,
            0,
            0,
            0,
            0,
            (byte) transform
        };
        byte[] out = new byte[jpeg.length + adobe.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(adobe, 0, out, 2, adobe.length);
        System.arraycopy(jpeg, 2, out, 2 + adobe.length, jpeg.length - 2);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"JFIF", "camera: no JFIF", "Adobe, YCbCr"})
    void aProfiledJpegDecodedAsStoredLooksAsTheReaderShowsIt(String kind) throws Exception {
        // with an sRGB profile the reader's conversion changes next to nothing: the reference
        byte[] jfif =
                TestPhotos.jpegWithProfile(
                        TestPhotos.texture(64, 48, 3), ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        byte[] jpeg =
                switch (kind) {
                    case "JFIF" -> jfif;
                    case "camera: no JFIF" -> withoutJfif(jfif);
                    default -> withAdobe(withoutJfif(jfif), 1);
                };
        Path photo = file("profiled.jpg", jpeg);
        IccProfiles.Colour colour = IccProfiles.rgbProfile(photo);
        assertTrue(colour.ycc(), kind + " stores YCbCr");
        Resampler.Pixels stored =
                Decoder.decodeAsStored(photo, Long.MAX_VALUE, colour.ycc(), ByteArrays.none());
        java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(photo.toFile());
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                int rgb = shown.getRGB(x, y);
                int p = (y * 64 + x) * 3;
                assertEquals((rgb >> 16) & 0xff, stored.data()[p] & 0xff, 3.0, kind + " red");
                assertEquals((rgb >> 8) & 0xff, stored.data()[p + 1] & 0xff, 3.0, kind + " green");
                assertEquals(rgb & 0xff, stored.data()[p + 2] & 0xff, 3.0, kind + " blue");
            }
        }
    }

    @Test
    void theHeadersSayWhetherSamplesAreYccAndWhichProfileTravels() throws Exception {
        ICC_Profile linear = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB);
        Path photo =
                file(
                        "linear.jpg",
                        TestPhotos.jpegWithProfile(TestPhotos.texture(40, 30, 1), linear));
        IccProfiles.Colour colour = IccProfiles.rgbProfile(photo);
        assertTrue(colour.ycc(), "a JFIF file stores YCbCr");
        assertArrayEquals(linear.getData(), colour.profile());
        Path cmyk = file("cmyk.jpg", TestPhotos.cmykJpeg(16, 16, 0, 255, 255, 0));
        assertEquals(null, IccProfiles.rgbProfile(cmyk), "four components do not qualify");
    }

    @Test
    void aTruncatedFileDecodesAsFarAsItGoesAndSaysWhatIsWrong() throws Exception {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.texture(300, 200, 3));
        Path photo = file("cut.jpg", TestPhotos.truncated(jpeg));
        java.util.List<String> damage = new java.util.ArrayList<>();
        Resampler.Pixels stored =
                Decoder.decodeAsStored(photo, Long.MAX_VALUE, true, ByteArrays.none(), damage);
        assertEquals(300, stored.width());
        assertFalse(damage.isEmpty(), "a truncated file is damaged");
        Decoder.Decoded decoded = Decoder.decodeImage(photo, Long.MAX_VALUE, ByteArrays.none());
        assertEquals(200, decoded.pixels().height());
        assertFalse(decoded.damage().isEmpty(), "a truncated file is damaged");
    }

    @Test
    void aFileCutAfterItsHeadersIsTruncatedEvenWhenTheReaderDoesNotSaySo() throws Exception {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.texture(64, 48, 4));
        Path whole = file("whole.jpg", jpeg);
        Path cut = file("cut-early.jpg", java.util.Arrays.copyOf(jpeg, jpeg.length - 2));
        assertTrue(JpegEnd.isComplete(whole));
        assertEquals(false, JpegEnd.isComplete(cut));
        assertEquals(
                java.util.List.of("the data ends before the image does: the file is truncated"),
                Decoder.damage(cut, "jpeg", java.util.List.of()));
    }

    @Test
    void harmlessWarningsAreNoDamage() {
        assertEquals(
                java.util.List.of("Corrupt JPEG data: 12 extraneous bytes before marker 0xd9"),
                Decoder.damage(
                        Path.of("no-such-file.png"),
                        "png",
                        java.util.List.of(
                                "Corrupt JPEG data: 12 extraneous bytes before marker 0xd9",
                                "Ignoring missing profile for CMYK data")));
    }
}
