package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.images.PhotoMetadata;
import io.github.logbuch.images.ShootingData;
import io.github.logbuch.testing.TestPhotos;
import io.github.logbuch.testing.TestSite;
import io.github.logbuch.theme.view.ShootingView;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Camera, lens and exposure under gallery photos, the page language's way; never who or where. */
class ShootingDataTest {
    @TempDir Path dir;

    private static final PhotoSettings SIZES =
            new PhotoSettings(List.of(40, 80), 32, 0.85f, 120, false);

    private static final String[] NEVER = {
        "SERIAL-4711", "LENSSERIAL", "OWNER-Erika", "Mustermann", "53.53", "9.99", "GPS"
    };

    private TestSite blog(Path root, String frontMatter) {
        byte[] photo =
                TestPhotos.withExif(
                        TestPhotos.jpeg(TestPhotos.texture(120, 90, 3)),
                        new TestPhotos.Exif()
                                .shooting()
                                .gps()
                                .captured("2016:06:30 18:05:00", "+02:00"));
        TestSite site =
                TestSite.in(root)
                        .with(b -> b.photos(SIZES).timeZone("Europe/Berlin").languages("de,en"))
                        .file("content/posts/2016-06-30-elbe/strand.jpg", photo);
        if (frontMatter != null) {
            site.files(
                    "-- content/posts/2016-06-30-elbe/index.de.md --\n---\ntitle: Elbe\n"
                            + frontMatter
                            + "---\nAm Strand.\n");
        }
        return site;
    }

    @Test
    void bothLanguagesShowTheShootingDataTheirWayAndNothingPrivate() {
        TestSite site = blog(dir, null);
        site.build();
        String de = site.read("2016/06/elbe/index.html");
        String en = site.read("en/2016/06/elbe/index.html");
        for (String page : List.of(de, en)) {
            assertTrue(page.contains("LOGBUCH Testkamera 3000"), page);
            assertTrue(page.contains("XF35mmF1.4 R"));
            assertTrue(page.contains("35 mm"));
            assertTrue(page.contains("1/250 s"));
            assertTrue(page.contains("ISO 200"));
            assertTrue(page.contains("datetime=\"2016-06-30T18:05:00+02:00\""));
            for (String never : NEVER) {
                assertFalse(page.contains(never), never);
            }
        }
        assertTrue(de.contains("f/2,8"), de);
        assertTrue(de.contains("30. Juni 2016"));
        assertTrue(en.contains("f/2.8"));
        assertTrue(en.contains("June 30, 2016"));
    }

    @Test
    void theBlogTurnsItOff() {
        TestSite site = blog(dir, null).with(b -> b.photoDetails(false));
        site.build();
        String de = site.read("2016/06/elbe/index.html");
        assertFalse(de.contains("photo-details"));
        assertFalse(de.contains("Testkamera"));
        assertFalse(de.contains("f/2,8"));
    }

    @Test
    void aPostTurnsItOff() {
        TestSite site = blog(dir, "photoDetails: false\n");
        site.build();
        String de = site.read("2016/06/elbe/index.html");
        assertTrue(de.contains("strand-"), "the photo is still shown");
        assertFalse(de.contains("photo-details"));
        assertFalse(de.contains("Testkamera"));
    }

    @Test
    void numbersAreWrittenTheLanguagesWay() {
        ShootingFormat de = new ShootingFormat(Locale.GERMAN);
        ShootingFormat en = new ShootingFormat(Locale.ENGLISH);
        ShootingData shot = new ShootingData("X", null, 4.2, 8.0, 0.4, 1600);
        ShootingView german = de.view(new PhotoMetadata(1, null, Map.of(), null, shot));
        assertEquals("4,2 mm", german.focalLength());
        assertEquals("f/8", german.aperture());
        assertEquals("0,4 s", german.exposure());
        assertEquals("ISO 1600", german.iso());
        assertEquals(
                "4.2 mm · f/8 · 0.4 s · ISO 1600",
                en.view(new PhotoMetadata(1, null, Map.of(), null, shot)).exposureLine());
        assertEquals("1/3 s", en.exposure(1 / 3.0));
        assertEquals("1/8000 s", en.exposure(1 / 8000.0));
        assertEquals("2 s", de.exposure(2));
        assertEquals("1,5 s", de.exposure(1.5));
        assertEquals(null, de.view(PhotoMetadata.NONE));
        assertTrue(
                de.view(
                                new PhotoMetadata(
                                        1,
                                        null,
                                        Map.of(),
                                        ZonedDateTime.parse("2016-06-30T18:05:00+02:00"),
                                        ShootingData.NONE))
                        .taken()
                        .startsWith("30. Juni 2016"));
    }
}
