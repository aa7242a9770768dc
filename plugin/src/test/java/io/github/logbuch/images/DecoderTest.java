package io.github.logbuch.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.testing.TestPhotos;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aTruncatedFileIsDamagedWhenDecodedAsStored() throws Exception {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.texture(300, 200, 3));
        Path photo = file("cut.jpg", TestPhotos.truncated(jpeg));
        PhotoException e =
                assertThrows(
                        PhotoException.class,
                        () ->
                                Decoder.decodeAsStored(
                                        photo, Long.MAX_VALUE, true, ByteArrays.none()));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
