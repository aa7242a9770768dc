package io.github.logbuch.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.icc.IccDirectory;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import io.github.logbuch.testing.TestPhotos;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoProcessorTest {
    @TempDir Path dir;
    private final List<String> log = new ArrayList<>();

    private PhotoProcessor processor(PhotoSettings settings) {
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(dir.resolve("src"))
                        .outputDirectory(dir.resolve("out"))
                        .cacheDirectory(dir.resolve("cache"))
                        .baseUrl("https://example.org/")
                        .timeZone("Europe/Berlin")
                        .photos(settings)
                        .build();
        return new PhotoProcessor(
                config,
                new BuildListener() {
                    @Override
                    public void info(String message) {
                        log.add(message);
                    }
                });
    }

    private static final PhotoSettings SMALL =
            new PhotoSettings(List.of(24, 48, 96), 20, 0.9f, 120, false);

    private Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private static BufferedImage read(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }

    private static void assertColour(
            Color expected, BufferedImage image, double fx, double fy, String what) {
        int rgb = image.getRGB((int) (image.getWidth() * fx), (int) (image.getHeight() * fy));
        Color actual = new Color(rgb);
        int distance =
                Math.abs(actual.getRed() - expected.getRed())
                        + Math.abs(actual.getGreen() - expected.getGreen())
                        + Math.abs(actual.getBlue() - expected.getBlue());
        assertTrue(distance < 90, what + ": expected " + expected + " but was " + actual);
    }

    private static void assertUpright(BufferedImage image, String what) {
        assertColour(TestPhotos.TOP_LEFT, image, 0.2, 0.2, what + " top left");
        assertColour(TestPhotos.TOP_RIGHT, image, 0.8, 0.2, what + " top right");
        assertColour(TestPhotos.BOTTOM_LEFT, image, 0.2, 0.8, what + " bottom left");
        assertColour(TestPhotos.BOTTOM_RIGHT, image, 0.8, 0.8, what + " bottom right");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationComesOutUprightInEverySize(int orientation) throws IOException {
        BufferedImage upright = TestPhotos.quarters(160, 100);
        assertUprightInEverySize(
                orientation, TestPhotos.jpeg(TestPhotos.stored(upright, orientation)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6, 8})
    void aPhotoWithAColourProfileComesOutUprightToo(int orientation) throws IOException {
        // a profile takes the other way through the decoder: the pixels as stored
        BufferedImage upright = TestPhotos.quarters(160, 100);
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        assertUprightInEverySize(
                orientation,
                TestPhotos.jpegWithProfile(TestPhotos.stored(upright, orientation), srgb));
    }

    private void assertUprightInEverySize(int orientation, byte[] jpeg) throws IOException {
        Path photo =
                file(
                        "o" + orientation + ".jpg",
                        TestPhotos.withExif(jpeg, new TestPhotos.Exif().orientation(orientation)));
        boolean profiled = new String(jpeg, StandardCharsets.ISO_8859_1).contains("ICC_PROFILE");
        assertEquals(profiled, IccProfiles.rgbProfile(photo) != null, "decoded as stored");
        Problems problems = new Problems();
        Photo result = processor(SMALL).process(List.of(photo), problems).get(photo);
        assertEquals(List.of(), problems.warnings());
        assertEquals(List.of(24, 48, 96), result.variants().stream().map(Variant::width).toList());
        for (Variant variant : result.variants()) {
            BufferedImage image = read(variant.file());
            assertEquals(variant.width(), image.getWidth());
            assertEquals(variant.height(), image.getHeight());
            assertEquals(
                    Math.round(variant.width() * 100 / 160.0), image.getHeight(), variant.name());
            assertUpright(image, variant.name());
        }
        BufferedImage thumbnail = read(result.thumbnail().file());
        assertEquals(20, thumbnail.getWidth());
        assertEquals(20, thumbnail.getHeight());
        assertUpright(thumbnail, "thumbnail");
    }

    @Test
    void noCameraMetadataLeavesWithThePhotoButItsColourProfileDoes() throws Exception {
        ICC_Profile profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB);
        byte[] jpeg = TestPhotos.jpegWithProfile(TestPhotos.texture(200, 150, 1), profile);
        jpeg =
                TestPhotos.withExif(
                        jpeg,
                        new TestPhotos.Exif()
                                .gps()
                                .description("Am Petersenkai")
                                .captured("2016:06:29 18:30:00", "+02:00"));
        jpeg = TestPhotos.withXmpDescription(jpeg, "Am Petersenkai");
        jpeg = TestPhotos.withIptcCaption(jpeg, "Am Petersenkai");
        Path photo = file("hafen.jpg", jpeg);
        Metadata before = ImageMetadataReader.readMetadata(photo.toFile());
        assertTrue(names(before).contains("GPS"), names(before).toString());

        Photo result = processor(SMALL).process(List.of(photo), new Problems()).get(photo);
        List<Path> outputs =
                new ArrayList<>(result.variants().stream().map(Variant::file).toList());
        outputs.add(result.thumbnail().file());
        for (Path output : outputs) {
            Metadata after = ImageMetadataReader.readMetadata(output.toFile());
            List<String> directories = names(after);
            for (String forbidden :
                    List.of("GPS", "Exif IFD0", "Exif SubIFD", "XMP", "IPTC", "Photoshop")) {
                assertFalse(
                        directories.contains(forbidden),
                        output.getFileName() + " has " + forbidden + ": " + directories);
            }
            assertTrue(
                    after.containsDirectoryOfType(IccDirectory.class),
                    output.getFileName() + " lost its colour profile: " + directories);
            String text = new String(Files.readAllBytes(output), StandardCharsets.ISO_8859_1);
            assertFalse(
                    text.contains("SERIAL-4711")
                            || text.contains("Testkamera")
                            || text.contains("Petersenkai"),
                    output.toString());
        }
    }

    private static List<String> names(Metadata metadata) {
        List<String> names = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            names.add(directory.getName());
        }
        return names;
    }

    @Test
    void aPhotoWithAColourProfileLooksAsTheOriginalDoesWhenShownWithItsProfile()
            throws IOException {
        // a flat colour stored in linear RGB: a colour-managed viewer shows it converted to sRGB
        BufferedImage flat = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = flat.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 200, 150);
        g.dispose();
        ICC_Profile linear = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB);
        Path photo = file("linear.jpg", TestPhotos.jpegWithProfile(flat, linear));
        Color shown = new Color(read(photo).getRGB(100, 75));
        assertTrue(
                shown.getRed() > 100,
                "the reader shows the linear samples converted to sRGB: " + shown);

        Photo result = processor(SMALL).process(List.of(photo), new Problems()).get(photo);
        List<Path> outputs =
                new ArrayList<>(result.variants().stream().map(Variant::file).toList());
        outputs.add(result.thumbnail().file());
        for (Path output : outputs) {
            BufferedImage image = read(output);
            Color colour = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
            int distance =
                    Math.abs(colour.getRed() - shown.getRed())
                            + Math.abs(colour.getGreen() - shown.getGreen())
                            + Math.abs(colour.getBlue() - shown.getBlue());
            // converted once when read and once more by the viewer, it would be far lighter
            assertTrue(
                    distance <= 9,
                    output.getFileName() + " shows " + colour + ", the original " + shown);
        }
    }

    @Test
    void captionsComeFromXmpThenIptcThenExifAndPlaceholdersAreNone() throws IOException {
        byte[] base = TestPhotos.jpeg(TestPhotos.texture(64, 48, 2));
        Path xmp =
                file(
                        "xmp.jpg",
                        TestPhotos.withXmpDescription(
                                TestPhotos.withIptcCaption(
                                        TestPhotos.withExif(
                                                base, new TestPhotos.Exif().description("exif")),
                                        "iptc"),
                                "Blick vom Kai",
                                "en",
                                "View from the quay"));
        Path iptc =
                file(
                        "iptc.jpg",
                        TestPhotos.withIptcCaption(
                                TestPhotos.withExif(
                                        base, new TestPhotos.Exif().description("exif")),
                                "Die Elbphilharmonie"));
        Path exif =
                file(
                        "exif.jpg",
                        TestPhotos.withExif(
                                base, new TestPhotos.Exif().description("Der Tower bei Nacht")));
        Path placeholder =
                file(
                        "olympus.jpg",
                        TestPhotos.withExif(
                                base,
                                new TestPhotos.Exif()
                                        .description("OLYMPUS DIGITAL CAMERA         ")));
        Path fileName =
                file(
                        "dsc.jpg",
                        TestPhotos.withExif(base, new TestPhotos.Exif().description("DSC_0042")));
        Map<Path, Photo> photos =
                processor(SMALL)
                        .process(List.of(xmp, iptc, exif, placeholder, fileName), new Problems());
        assertEquals("Blick vom Kai", photos.get(xmp).metadata().caption());
        assertEquals("View from the quay", photos.get(xmp).metadata().caption("en").orElseThrow());
        assertEquals("Blick vom Kai", photos.get(xmp).metadata().caption("de").orElseThrow());
        assertEquals("Die Elbphilharmonie", photos.get(iptc).metadata().caption());
        assertEquals("Der Tower bei Nacht", photos.get(exif).metadata().caption());
        assertNull(photos.get(placeholder).metadata().caption());
        assertNull(photos.get(fileName).metadata().caption());
    }

    @Test
    void theCaptureTimeIsRead() throws IOException {
        Path withOffset =
                file(
                        "a.jpg",
                        TestPhotos.withExif(
                                TestPhotos.jpeg(TestPhotos.texture(40, 30, 3)),
                                new TestPhotos.Exif().captured("2016:06:29 18:30:00", "+01:00")));
        Path without =
                file(
                        "b.jpg",
                        TestPhotos.withExif(
                                TestPhotos.jpeg(TestPhotos.texture(40, 30, 4)),
                                new TestPhotos.Exif().captured("2016:06:29 18:30:00", null)));
        Map<Path, Photo> photos =
                processor(SMALL).process(List.of(withOffset, without), new Problems());
        assertEquals(
                ZonedDateTime.parse("2016-06-29T18:30+01:00"),
                photos.get(withOffset).metadata().captured());
        assertEquals(
                ZonedDateTime.parse("2016-06-29T18:30+02:00[Europe/Berlin]"),
                photos.get(without).metadata().captured());
    }

    @Test
    void photosAreNeverScaledUp() throws IOException {
        Path small = file("small.jpg", TestPhotos.jpeg(TestPhotos.texture(60, 40, 5)));
        Path tiny = file("tiny.jpg", TestPhotos.jpeg(TestPhotos.texture(16, 12, 6)));
        Map<Path, Photo> photos = processor(SMALL).process(List.of(small, tiny), new Problems());
        assertEquals(
                List.of(24, 48, 60),
                photos.get(small).variants().stream().map(Variant::width).toList());
        assertEquals(
                List.of(16), photos.get(tiny).variants().stream().map(Variant::width).toList());
        assertEquals(12, photos.get(tiny).thumbnail().width());
    }

    @Test
    void aChangedPhotoGetsNewNamesAndAnUnchangedOneIsNotProcessedAgain() throws IOException {
        Path photo = file("IMG_1234.JPG", TestPhotos.jpeg(TestPhotos.texture(120, 90, 7)));
        Photo first = processor(SMALL).process(List.of(photo), new Problems()).get(photo);
        assertTrue(
                first.variants().get(0).name().matches("img-1234-[0-9a-f]{8}-24\\.jpg"),
                first.variants().get(0).name());
        long modified = Files.getLastModifiedTime(first.largest().file()).toMillis();
        log.clear();

        Photo again = processor(SMALL).process(List.of(photo), new Problems()).get(photo);
        assertEquals(
                first.variants().stream().map(Variant::name).toList(),
                again.variants().stream().map(Variant::name).toList());
        assertEquals(modified, Files.getLastModifiedTime(again.largest().file()).toMillis());
        assertEquals(List.of("Photos: all 1 unchanged, from the cache"), log);

        Files.write(photo, TestPhotos.jpeg(TestPhotos.texture(120, 90, 8)));
        Photo changed = processor(SMALL).process(List.of(photo), new Problems()).get(photo);
        assertNotEquals(first.largest().name(), changed.largest().name());
    }

    @Test
    void theNextBuildDoesNotReadUnchangedPhotosToHashThemButReadsChangedOnes() throws IOException {
        Path photo = file("IMG_1.jpg", TestPhotos.jpeg(TestPhotos.texture(120, 90, 1)));
        Path other = file("IMG_2.jpg", TestPhotos.jpeg(TestPhotos.texture(120, 90, 2)));
        PhotoProcessor first = processor(SMALL);
        Map<Path, Photo> before = first.process(List.of(photo, other), new Problems());
        assertEquals(2, first.contentHashes());

        // a new processor is a new build, in a new JVM
        PhotoProcessor second = processor(SMALL);
        Map<Path, Photo> after = second.process(List.of(photo, other), new Problems());
        assertEquals(0, second.contentHashes(), "unchanged photos are known by size and time");
        assertEquals(before.get(photo).largest().name(), after.get(photo).largest().name());

        Files.write(other, TestPhotos.jpeg(TestPhotos.texture(120, 90, 3)));
        Files.setLastModifiedTime(
                other,
                java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(other).toMillis() + 5_000));
        PhotoProcessor third = processor(SMALL);
        Map<Path, Photo> changed = third.process(List.of(photo, other), new Problems());
        assertEquals(1, third.contentHashes(), "only the changed photo is read");
        assertNotEquals(before.get(other).largest().name(), changed.get(other).largest().name());
        assertEquals(before.get(photo).largest().name(), changed.get(photo).largest().name());

        // rewritten in place with the same size and time (as a tool that keeps the time does)
        byte[] bytes = Files.readAllBytes(photo);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(photo);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(photo, bytes);
        Files.setLastModifiedTime(photo, time);
        PhotoProcessor rewritten = processor(SMALL);
        rewritten.process(List.of(photo, other), new Problems());
        assertEquals(1, rewritten.contentHashes(), "a rewritten photo is read again");

        // other settings make other hashes: nothing known is reused
        PhotoSettings larger = new PhotoSettings(List.of(30, 60), 20, 0.9f, 120, false);
        PhotoProcessor fourth = processor(larger);
        fourth.process(List.of(photo, other), new Problems());
        assertEquals(2, fourth.contentHashes());
    }

    @Test
    void pruningTheCacheRemovesWhatTheLastBuildDidNotShowAndNothingElse() throws IOException {
        Path kept = file("kept.jpg", TestPhotos.jpeg(TestPhotos.texture(120, 90, 1)));
        Path dropped = file("dropped.jpg", TestPhotos.jpeg(TestPhotos.texture(120, 90, 2)));
        Path broken = file("broken.jpg", "no image at all".getBytes(StandardCharsets.UTF_8));
        PhotoProcessor processor = processor(SMALL);
        Map<Path, Photo> all = processor.process(List.of(kept, dropped, broken), new Problems());
        Path cacheRoot = dir.resolve("cache").resolve("photos");
        Path foreign = Files.writeString(cacheRoot.resolve("README.txt"), "mine");
        Path keptFolder = all.get(kept).largest().file().getParent();
        Path droppedFolder = all.get(dropped).largest().file().getParent();
        long failures;
        try (var files = Files.walk(cacheRoot)) {
            failures = files.filter(f -> f.toString().endsWith(".failed")).count();
        }
        assertEquals(1, failures, "the broken photo is remembered");

        processor.process(List.of(kept), new Problems());
        assertEquals(1, processor.pruneCache());
        assertTrue(Files.isDirectory(keptFolder), "the photo the build showed stays");
        assertFalse(Files.exists(droppedFolder), "the one it did not show goes");
        assertTrue(Files.exists(foreign), "files the cache did not make stay");
        try (var files = Files.walk(cacheRoot)) {
            assertEquals(
                    0,
                    files.filter(f -> f.toString().endsWith(".failed")).count(),
                    "a failure no build reports any more goes too");
        }
        log.clear();
        processor.process(List.of(kept), new Problems());
        assertEquals(List.of("Photos: all 1 unchanged, from the cache"), log);
    }

    @Test
    void identicalPhotosAreProcessedOnce() throws IOException {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.texture(80, 60, 9));
        Path one = file("a/one.jpg", jpeg);
        Path two = file("b/two.jpg", jpeg);
        Map<Path, Photo> photos = processor(SMALL).process(List.of(one, two), new Problems());
        assertEquals(photos.get(one).largest().file(), photos.get(two).largest().file());
        assertTrue(log.get(0).startsWith("Processing 1 photos"), log.toString());
    }

    @Test
    void aDamagedPhotoIsPublishedAsFarAsItDecodesOneThatDoesNotDecodeIsLeftOut()
            throws IOException {
        byte[] good = TestPhotos.jpeg(TestPhotos.texture(300, 200, 10));
        Path truncated = file("truncated.jpg", TestPhotos.truncated(good));
        Path huge = file("huge.jpg", TestPhotos.claiming(good, 50000, 50000));
        Path garbage = file("garbage.jpg", "this is no image".getBytes(StandardCharsets.UTF_8));
        Path empty = file("empty.png", new byte[0]);
        List<Path> fuzzed = new ArrayList<>();
        for (int seed = 0; seed < 8; seed++) {
            fuzzed.add(file("fuzzed-" + seed + ".jpg", TestPhotos.fuzzed(good, seed)));
        }
        Path fine = file("fine.jpg", good);
        List<Path> all = new ArrayList<>(List.of(truncated, huge, garbage, empty, fine));
        all.addAll(fuzzed);
        Problems problems = new Problems();
        Map<Path, Photo> photos = processor(SMALL).process(all, problems);

        assertTrue(photos.containsKey(fine));
        List<Problem> reported = new ArrayList<>(problems.warnings());
        reported.addAll(problems.leftOut());
        List<Path> named = reported.stream().map(Problem::file).toList();
        // truncated: published as far as it decodes, with a warning saying so
        assertTrue(photos.containsKey(truncated), "the truncated photo is published");
        Problem cut =
                problems.warnings().stream()
                        .filter(p -> p.file().equals(truncated))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(problems.warnings().toString()));
        assertTrue(cut.message().contains("damaged"), cut.message());
        assertTrue(cut.message().contains("published as far as it decodes"), cut.message());
        // no image at all: left out with an error line
        List<Path> leftOut = problems.leftOut().stream().map(Problem::file).toList();
        for (Path broken : List.of(garbage, empty)) {
            assertTrue(leftOut.contains(broken), broken + " is not named in " + problems.leftOut());
            assertFalse(photos.containsKey(broken));
        }
        // too large for the limit: refused with a warning
        assertFalse(photos.containsKey(huge));
        String hugeProblem =
                problems.warnings().stream()
                        .filter(p -> p.file().equals(huge))
                        .findFirst()
                        .orElseThrow()
                        .message();
        assertTrue(hugeProblem.contains("50000×50000"), hugeProblem);
        // a fuzzed file either decodes (to something) or is named: never an exception, and one
        // that is left out is always named
        for (Path file : fuzzed) {
            assertTrue(photos.containsKey(file) || leftOut.contains(file), file.toString());
        }
        assertTrue(
                fuzzed.stream().anyMatch(named::contains),
                "fuzzing garbles something a reader reports");
        assertFalse(problems.hasErrors());
    }

    @Test
    void whatIsPlannedBeforeAPixelIsDecodedIsWhatIsMade() throws IOException {
        // sizes between and below the widths, a thumbnail larger than the photo, every turn
        PhotoSettings settings = new PhotoSettings(List.of(24, 48, 96), 20, 0.9f, 120, false);
        List<Path> sources = new ArrayList<>();
        int[][] sizes = {
            {150, 100}, {100, 150}, {60, 45}, {30, 40}, {19, 12}, {110, 110}, {97, 13}
        };
        for (int[] size : sizes) {
            for (int orientation : new int[] {1, 6, 8}) {
                byte[] jpeg = TestPhotos.jpeg(TestPhotos.texture(size[0], size[1], orientation));
                sources.add(
                        file(
                                size[0] + "x" + size[1] + "-" + orientation + ".jpg",
                                TestPhotos.withExif(
                                        jpeg, new TestPhotos.Exif().orientation(orientation))));
            }
        }
        Problems problems = new Problems();
        PhotoProcessor.Batch batch = processor(settings).start(sources, problems, null);
        Map<Path, Photo> planned = batch.planned();
        Map<Path, Photo> made = batch.finish();
        assertEquals(sources.size(), made.size());
        for (Path source : sources) {
            assertEquals(made.get(source), planned.get(source), source.toString());
        }
        // the sizes cover both cases of the thumbnail twice the size
        assertTrue(made.values().stream().anyMatch(p -> p.thumbnail2x() != null));
        assertTrue(made.values().stream().anyMatch(p -> p.thumbnail2x() == null));
        assertFalse(problems.hasErrors());
        assertTrue(problems.warnings().isEmpty(), problems.warnings().toString());
    }

    @Test
    void aPhotoWhoseHeaderReadsButWhosePixelsDoNotIsPlannedThenLeftOut() throws IOException {
        byte[] good = TestPhotos.jpeg(TestPhotos.texture(120, 80, 3));
        Path broken = file("broken.jpg", TestPhotos.undecodable(good));
        Path fine = file("fine.jpg", good);
        Problems problems = new Problems();
        PhotoProcessor.Batch batch = processor(SMALL).start(List.of(broken, fine), problems, null);
        assertEquals(java.util.Set.of(broken, fine), batch.planned().keySet());
        Map<Path, Photo> made = batch.finish();
        assertEquals(java.util.Set.of(fine), made.keySet());
        assertEquals(batch.planned().get(fine), made.get(fine));
        assertEquals(List.of(broken), problems.leftOut().stream().map(Problem::file).toList());
        assertTrue(
                problems.leftOut().get(0).message().contains("Huffman table"),
                problems.leftOut().toString());
        // remembered: the next build plans it out, and the plan is what comes out
        Problems next = new Problems();
        PhotoProcessor.Batch again = processor(SMALL).start(List.of(broken, fine), next, null);
        assertEquals(java.util.Set.of(fine), again.planned().keySet());
        assertEquals(again.planned(), again.finish());
        assertEquals(problems.leftOut(), next.leftOut());
    }

    @Test
    void photosMadeElsewhereAreWaitedForAndTakenFromTheCache() throws IOException {
        byte[] good = TestPhotos.jpeg(TestPhotos.texture(120, 80, 4));
        // all the metadata a page shows, read here and read back from the other JVM's cache entry:
        // if they differed, every build with a photo JVM would render its pages twice
        Path fine =
                file(
                        "fine.jpg",
                        TestPhotos.withXmpDescription(
                                TestPhotos.withExif(
                                        good,
                                        new TestPhotos.Exif()
                                                .shooting()
                                                .orientation(6)
                                                .captured("2016:06:29 18:30:00", "+02:00")),
                                "Am Kai, \"abends\" = schön\nzweite Zeile",
                                "en",
                                "At the quay #1: evening"));
        Path broken = file("broken.jpg", TestPhotos.undecodable(good));
        java.util.concurrent.CompletableFuture<Void> elsewhere =
                new java.util.concurrent.CompletableFuture<>();
        Problems problems = new Problems();
        PhotoProcessor.Batch batch =
                processor(SMALL).start(List.of(fine, broken), problems, elsewhere);
        assertEquals(java.util.Set.of(fine, broken), batch.planned().keySet());
        // the other JVM: another processor over the same cache, done before the future completes
        processor(SMALL).process(List.of(fine, broken), new Problems());
        log.clear();
        elsewhere.complete(null);
        Photo planned = batch.planned().get(fine);
        Map<Path, Photo> made = batch.finish();
        assertEquals(java.util.Set.of(fine), made.keySet());
        assertEquals(planned, made.get(fine));
        assertEquals(6, made.get(fine).metadata().orientation());
        assertEquals(200, made.get(fine).metadata().shooting().iso());
        assertEquals("At the quay #1: evening", made.get(fine).metadata().caption("en").get());
        assertTrue(made.get(fine).metadata().captured() != null);
        assertEquals(List.of(broken), problems.leftOut().stream().map(Problem::file).toList());
        assertTrue(
                log.stream().noneMatch(line -> line.startsWith("Processing")),
                "nothing is processed here: " + log);
    }

    @Test
    void whatTheOtherJvmDidNotMakeIsMadeHere() throws IOException {
        Path fine = file("fine.jpg", TestPhotos.jpeg(TestPhotos.texture(120, 80, 5)));
        java.util.concurrent.CompletableFuture<Void> failed =
                java.util.concurrent.CompletableFuture.failedFuture(
                        new IllegalStateException("the photo JVM did not start"));
        Problems problems = new Problems();
        PhotoProcessor.Batch batch = processor(SMALL).start(List.of(fine), problems, failed);
        Map<Path, Photo> made = batch.finish();
        assertEquals(batch.planned(), made);
        assertTrue(Files.isRegularFile(made.get(fine).largest().file()));
        assertTrue(problems.leftOut().isEmpty() && problems.warnings().isEmpty());
    }

    @Test
    void aDamagedPhotoIsNamedAgainFromTheCache() throws IOException {
        Path truncated =
                file(
                        "truncated.jpg",
                        TestPhotos.truncated(TestPhotos.jpeg(TestPhotos.texture(300, 200, 11))));
        Problems first = new Problems();
        processor(SMALL).process(List.of(truncated), first);
        log.clear();
        Problems second = new Problems();
        processor(SMALL).process(List.of(truncated), second);
        assertEquals(first.warnings(), second.warnings());
        assertEquals(1, second.warnings().size());
        assertEquals(List.of("Photos: all 1 unchanged, from the cache"), log);
    }

    @Test
    void aPhotoThatDoesNotDecodeIsRememberedAndNamedAgainWithoutDecodingItAgain()
            throws IOException {
        Path garbage = file("garbage.jpg", "this is no image".getBytes(StandardCharsets.UTF_8));
        Problems first = new Problems();
        processor(SMALL).process(List.of(garbage), first);
        log.clear();
        Problems second = new Problems();
        processor(SMALL).process(List.of(garbage), second);
        assertEquals(first.leftOut(), second.leftOut());
        assertEquals(1, second.leftOut().size());
        assertFalse(second.hasErrors(), "the build goes on");
        assertEquals(List.of("Photos: all 1 unchanged, from the cache"), log);
    }

    @Test
    void hardInputsComeOutRight() throws IOException {
        BufferedImage picture = TestPhotos.quarters(64, 48);
        Path progressive = file("progressive.jpg", TestPhotos.jpeg(picture, true));
        BufferedImage grayImage = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY);
        grayImage.getGraphics().drawImage(picture, 0, 0, null);
        Path gray = file("gray.jpg", TestPhotos.jpeg(grayImage));
        Path cmyk =
                file("cmyk.jpg", TestPhotos.cmykJpeg(64, 48, 0, 255, 255, 0)); // pure red in print
        BufferedImage transparentImage = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = transparentImage.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 32, 48); // the right half stays transparent
        g.dispose();
        Path transparent = file("transparent.png", TestPhotos.png(transparentImage));
        BufferedImage deep = new BufferedImage(64, 48, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                deep.getRaster().setSample(x, y, 0, x < 32 ? 0 : 65535);
            }
        }
        Path sixteenBit = file("deep.png", TestPhotos.png(deep));
        Path palette = file("palette.png", TestPhotos.png(indexed(picture)));
        Path rgbPng = file("rgb.png", TestPhotos.png(picture));
        // a BMP under a photo's name: read by its content, and its reader stores BGR
        java.io.ByteArrayOutputStream bmp = new java.io.ByteArrayOutputStream();
        ImageIO.write(picture, "bmp", bmp);
        Path bmpAsJpeg = file("bitmap.jpg", bmp.toByteArray());

        Problems problems = new Problems();
        Map<Path, Photo> photos =
                processor(SMALL)
                        .process(
                                List.of(
                                        progressive,
                                        gray,
                                        cmyk,
                                        transparent,
                                        sixteenBit,
                                        palette,
                                        rgbPng,
                                        bmpAsJpeg),
                                problems);
        assertEquals(List.of(), problems.warnings());
        assertUpright(read(photos.get(progressive).largest().file()), "progressive");
        assertUpright(read(photos.get(palette).largest().file()), "palette PNG");
        assertUpright(read(photos.get(rgbPng).largest().file()), "RGB PNG");
        assertUpright(read(photos.get(bmpAsJpeg).largest().file()), "BMP named .jpg");
        BufferedImage grayOut = read(photos.get(gray).largest().file());
        assertEquals(1, grayOut.getRaster().getNumBands(), "a gray photo stays gray");
        assertColour(Color.RED, read(photos.get(cmyk).largest().file()), 0.5, 0.5, "CMYK");
        BufferedImage flattened = read(photos.get(transparent).largest().file());
        assertColour(Color.BLUE, flattened, 0.2, 0.5, "opaque part");
        assertColour(Color.WHITE, flattened, 0.8, 0.5, "transparent part, laid onto white");
        BufferedImage deepOut = read(photos.get(sixteenBit).largest().file());
        assertColour(Color.BLACK, deepOut, 0.2, 0.5, "16-bit black");
        assertColour(Color.WHITE, deepOut, 0.8, 0.5, "16-bit white");
    }

    private static BufferedImage indexed(BufferedImage picture) {
        BufferedImage indexed =
                new BufferedImage(
                        picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_BYTE_INDEXED);
        indexed.getGraphics().drawImage(picture, 0, 0, null);
        return indexed;
    }
}
