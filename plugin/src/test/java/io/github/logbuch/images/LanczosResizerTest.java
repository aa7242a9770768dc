package io.github.logbuch.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.logbuch.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.junit.jupiter.api.Test;

class LanczosResizerTest {
    private final Resampler resampler = new Resampler(3);

    @Test
    void thumbnailatorWithOurResizerMakesWhatTheResamplerMakes() throws Exception {
        Resampler.Pixels in = Raster8.of(TestPhotos.texture(300, 200, 7));
        BufferedImage image = Raster8.image(in);
        List<Resampler.Size> batch =
                List.of(new Resampler.Size(150, 100), new Resampler.Size(60, 40));
        LanczosResizer lanczos =
                new LanczosResizer(resampler, image, in, 1, batch, ByteArrays.none());

        BufferedImage out =
                Thumbnails.of(image)
                        .forceSize(150, 100)
                        .imageType(BufferedImage.TYPE_3BYTE_BGR)
                        .resizerFactory(new LanczosResizerFactory(lanczos))
                        .asBufferedImage();

        Resampler.Pixels expected = new Resampler(3).resize(in, 1, batch, ByteArrays.none()).get(0);
        assertEquals(150, out.getWidth());
        assertArrayEquals(
                java.util.Arrays.copyOf(expected.data(), 150 * 100 * 3),
                java.util.Arrays.copyOf(Raster8.of(out).data(), 150 * 100 * 3));
        // the other size of the batch was made in the same pass
        assertEquals(60, lanczos.made(60, 40).width());
    }

    @Test
    void aPhotoStoredSidewaysComesOutUprightAtTheUprightSize() throws Exception {
        BufferedImage upright = TestPhotos.quarters(80, 120);
        Resampler.Pixels stored = Raster8.of(TestPhotos.stored(upright, 6));
        BufferedImage image = Raster8.image(stored);
        LanczosResizer lanczos =
                new LanczosResizer(
                        resampler,
                        image,
                        stored,
                        6,
                        List.of(new Resampler.Size(40, 60)),
                        ByteArrays.none());

        BufferedImage out =
                Thumbnails.of(image)
                        .forceSize(40, 60)
                        .imageType(BufferedImage.TYPE_3BYTE_BGR)
                        .resizerFactory(new LanczosResizerFactory(lanczos))
                        .asBufferedImage();

        assertEquals(40, out.getWidth());
        assertEquals(60, out.getHeight());
        assertClose(TestPhotos.TOP_LEFT, out.getRGB(5, 5));
    }

    @Test
    void aCentredSquareIsCroppedThroughThumbnailatorsPositions() throws Exception {
        Resampler.Pixels in = Raster8.of(TestPhotos.quarters(200, 100));
        BufferedImage image = Raster8.image(in);
        LanczosResizer lanczos =
                new LanczosResizer(resampler, image, in, 1, List.of(), ByteArrays.none());
        LanczosResizerFactory factory = new LanczosResizerFactory(lanczos);

        BufferedImage out =
                Thumbnails.of(image)
                        .crop(Positions.CENTER)
                        .size(50, 50)
                        .imageType(BufferedImage.TYPE_3BYTE_BGR)
                        .resizerFactory(factory)
                        .asBufferedImage();

        assertEquals(50, out.getWidth());
        assertEquals(50, out.getHeight());
        assertSame(
                lanczos,
                factory.getResizer(
                        new java.awt.Dimension(200, 100), new java.awt.Dimension(100, 50)));
        // the middle of a 2:1 image: the left half red-topped, the right half green-topped
        assertClose(TestPhotos.TOP_LEFT, out.getRGB(5, 5));
        assertClose(TestPhotos.TOP_RIGHT, out.getRGB(44, 5));
    }

    private static void assertClose(java.awt.Color expected, int rgb) {
        java.awt.Color actual = new java.awt.Color(rgb);
        String message = "expected " + expected + ", was " + actual;
        assertEquals(expected.getRed(), actual.getRed(), 12, message);
        assertEquals(expected.getGreen(), actual.getGreen(), 12, message);
        assertEquals(expected.getBlue(), actual.getBlue(), 12, message);
    }
}
