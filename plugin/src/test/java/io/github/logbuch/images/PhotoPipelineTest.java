package io.github.logbuch.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhotoPipelineTest {
    private static final PhotoSettings SETTINGS =
            new PhotoSettings(List.of(480, 960), 400, 0.85f, 120, false);

    /**
     * The thumbnail's square, resampled alone, is pixel for pixel (and so byte for byte as a JPEG)
     * what Thumbnailator makes when it crops with our resizer: the cover size it rounds to and the
     * place its Canvas puts the square, for landscape and portrait, odd sizes, a square source and
     * one already at the cover size.
     */
    @ParameterizedTest
    @CsvSource({
        "960, 600, 400",
        "1280, 800, 800",
        "640, 400, 400",
        "600, 900, 400",
        "401, 400, 400",
        "400, 400, 400",
        "1000, 667, 400",
        "333, 500, 200",
        "799, 533, 300",
        "902, 600, 400",
        "600, 902, 400",
        "97, 13, 13"
    })
    void theCentredSquareIsWhatThumbnailatorCropsWithOurResizer(int width, int height, int side)
            throws IOException {
        Resampler.Pixels from =
                Raster8.of(TestPhotos.texture(width, height, (long) width * 31 + height));
        PhotoPipeline pipeline = new PhotoPipeline(SETTINGS, ByteArrays.none());
        Resampler.Pixels ours = pipeline.centreCrop(from, side);

        BufferedImage image = Raster8.image(from);
        LanczosResizer resizer =
                new LanczosResizer(new Resampler(3), image, from, 1, List.of(), ByteArrays.none());
        BufferedImage theirs =
                Thumbnails.of(image)
                        .crop(Positions.CENTER)
                        .size(side, side)
                        .imageType(BufferedImage.TYPE_3BYTE_BGR)
                        .resizerFactory(new LanczosResizerFactory(resizer))
                        .asBufferedImage();
        Resampler.Pixels expected = Raster8.of(theirs);
        assertEquals(side, ours.width());
        assertEquals(side, ours.height());
        assertArrayEquals(
                java.util.Arrays.copyOf(expected.data(), side * side * 3),
                java.util.Arrays.copyOf(ours.data(), side * side * 3));
        JpegWriter writer = new JpegWriter(SETTINGS.quality());
        assertArrayEquals(writer.encode(theirs, null), writer.encode(ours, null));
    }
}
