package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.exif.GpsDirectory;
import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.testing.HtmlValidator;
import io.github.logbuch.testing.TestPhotos;
import io.github.logbuch.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos as readers meet them: figures, galleries, albums, covers; and nothing of where. */
class PhotoPagesTest {
    @TempDir static Path dir;
    static TestSite site;

    static final PhotoSettings SIZES =
            new PhotoSettings(List.of(40, 80, 160), 32, 0.85f, 120, false);

    static TestSite blog(Path root, PhotoSettings settings) {
        return TestSite.in(root)
                .with(b -> b.photos(settings).timeZone("Europe/Berlin"))
                .files(
                        """
                -- content/posts/2016-06-29-hafen/index.de.md --
                ---
                title: Am Hafen
                photos:
                  - file: c.jpg
                    caption: Der Kai <am Abend>
                  - file: b.jpg
                ---
                Ein Spaziergang.

                ![Die Brücke & das Wasser](a.jpg)

                Und weiter.
                -- content/posts/2016-06-29-hafen/index.en.md --
                ---
                title: At the harbour
                photos:
                  - file: c.jpg
                    caption: The quay in the evening
                ---
                A walk.

                ![The bridge and the water](a.jpg)
                -- content/posts/2016-06-01-text/index.de.md --
                ---
                title: Nur Text
                ---
                Kein Foto.
                """)
                .file(
                        "content/posts/2016-06-29-hafen/a.jpg",
                        TestPhotos.withExif(
                                TestPhotos.jpeg(TestPhotos.texture(200, 150, 1)),
                                new TestPhotos.Exif().gps().description("Hafen")))
                .file(
                        "content/posts/2016-06-29-hafen/b.jpg",
                        TestPhotos.withXmpDescription(
                                TestPhotos.jpeg(TestPhotos.texture(200, 150, 2)),
                                "Möwe auf dem Geländer",
                                "en",
                                "A gull on the railing"))
                .file(
                        "content/posts/2016-06-29-hafen/c.jpg",
                        TestPhotos.withExif(
                                TestPhotos.jpeg(
                                        TestPhotos.stored(TestPhotos.quarters(200, 150), 6)),
                                new TestPhotos.Exif().orientation(6).gps()))
                .file(
                        "content/posts/2016-06-30-Frei, und wieder ab an die Elbe!/1.jpg",
                        TestPhotos.withXmpDescription(
                                TestPhotos.jpeg(TestPhotos.texture(120, 90, 3)),
                                "Strandhafer",
                                "en",
                                "Beach grass"))
                .file(
                        "content/posts/2016-06-30-Frei, und wieder ab an die Elbe!/2.jpg",
                        TestPhotos.jpeg(TestPhotos.texture(120, 90, 4)))
                .file(
                        "content/posts/rule-britannia/london.jpg",
                        TestPhotos.withExif(
                                TestPhotos.jpeg(TestPhotos.texture(90, 120, 5)),
                                new TestPhotos.Exif().captured("2016:06:02 21:15:00", "+01:00")));
    }

    @BeforeAll
    static void build() {
        site = blog(dir, SIZES);
        site.build();
    }

    @Test
    void anImageOnItsOwnLineBecomesAResponsiveFigure() {
        Document page = site.html("2016/06/hafen/index.html");
        Element figure = page.selectFirst(".post-content figure.photo");
        assertNotNull(figure, page.toString());
        Element img = figure.selectFirst("img");
        assertEquals("Die Brücke & das Wasser", img.attr("alt"));
        assertEquals("Die Brücke & das Wasser", figure.selectFirst("figcaption").text());
        assertTrue(
                img.attr("src").matches("/2016/06/hafen/a-[0-9a-f]{8}-160\\.jpg"), img.attr("src"));
        String srcset = img.attr("srcset");
        assertTrue(
                srcset.matches(
                        "/2016/06/hafen/a-[0-9a-f]{8}-40\\.jpg 40w, /2016/06/hafen/a-\\w+-80\\.jpg 80w, /2016/06/hafen/a-\\w+-160\\.jpg 160w"),
                srcset);
        assertFalse(img.attr("sizes").isEmpty());
        assertEquals("160", img.attr("width"));
        assertEquals("120", img.attr("height"));
        // the first photo of a page is wanted at once; a click opens the largest size
        assertEquals("high", img.attr("fetchpriority"));
        assertTrue(figure.selectFirst("a.photo-link").attr("href").endsWith("-160.jpg"));
        assertTrue(page.html().contains("Die Brücke &amp; das Wasser"));
    }

    @Test
    void theOtherPhotosFormAGalleryInTheOrderAndWithTheCaptionsOfTheFrontMatter() {
        Document german = site.html("2016/06/hafen/index.html");
        List<Element> items = german.select(".gallery li");
        assertEquals(2, items.size(), "a.jpg is in the text, so not in the gallery");
        assertEquals("Der Kai <am Abend>", items.get(0).selectFirst("figcaption").text());
        assertEquals("Der Kai <am Abend>", items.get(0).selectFirst("img").attr("alt"));
        assertEquals("Möwe auf dem Geländer", items.get(1).selectFirst("figcaption").text());
        for (Element item : items) {
            Element img = item.selectFirst("img");
            assertEquals("lazy", img.attr("loading"));
            assertEquals("32", img.attr("width"));
            assertEquals("32", img.attr("height"));
            assertTrue(img.attr("src").endsWith("-thumb.jpg"));
            // without JavaScript the link itself shows the photo large
            assertTrue(
                    item.selectFirst("a")
                            .attr("href")
                            .matches("/2016/06/hafen/[bc]-\\w{8}-160\\.jpg"));
        }
        Document english = site.html("en/2016/06/hafen/index.html");
        assertEquals(
                List.of("The quay in the evening", "A gull on the railing"),
                english.select(".gallery figcaption").eachText());
        assertEquals(1, german.select("script[src*=lightbox]").size());
        // no JavaScript where there is no gallery (JSON-LD is data, not a script that runs)
        assertEquals(
                0,
                site.html("2016/06/text/index.html")
                        .select("script:not([type=application/ld+json])")
                        .size());
    }

    @Test
    void aFolderOfPhotosIsAnAlbumInEveryLanguage() {
        for (String page :
                List.of(
                        "2016/06/frei-und-wieder-ab-an-die-elbe/index.html",
                        "en/2016/06/frei-und-wieder-ab-an-die-elbe/index.html")) {
            Document album = site.html(page);
            assertEquals("Frei, und wieder ab an die Elbe!", album.selectFirst("h1").text());
            assertEquals(2, album.select(".gallery li").size());
            assertNull(album.selectFirst(".post-content"), "an album has no text to wrap");
        }
        assertEquals(
                "Strandhafer",
                site.html("2016/06/frei-und-wieder-ab-an-die-elbe/index.html")
                        .selectFirst(".gallery figcaption")
                        .text());
        assertEquals(
                "Beach grass",
                site.html("en/2016/06/frei-und-wieder-ab-an-die-elbe/index.html")
                        .selectFirst(".gallery figcaption")
                        .text());
        // with no text to summarise, an album is described by its captions, in each language
        assertEquals(
                "Beach grass",
                site.html("en/2016/06/frei-und-wieder-ab-an-die-elbe/index.html")
                        .selectFirst("meta[name=description]")
                        .attr("content"));
        assertEquals(
                "Strandhafer",
                site.html("2016/06/frei-und-wieder-ab-an-die-elbe/index.html")
                        .selectFirst("meta[name=description]")
                        .attr("content"));
        // listed on both home pages as a post of that language, with its cover
        Element listed =
                site.html("en/index.html")
                        .selectFirst(
                                "article:has(a[href=/en/2016/06/frei-und-wieder-ab-an-die-elbe/])");
        assertNotNull(listed);
        assertFalse(listed.hasAttr("lang"));
        assertNotNull(listed.selectFirst("img.entry-cover"));
    }

    @Test
    void anAlbumWithoutADateInItsNameIsDatedByItsEarliestPhoto() {
        assertTrue(site.exists("2016/06/rule-britannia/index.html"));
        assertEquals(
                "2016-06-02T21:15:00+01:00",
                site.html("2016/06/rule-britannia/index.html")
                        .selectFirst("article time")
                        .attr("datetime"));
        assertEquals(
                "Rule britannia",
                site.html("2016/06/rule-britannia/index.html").selectFirst("h1").text());
    }

    @Test
    void theFirstPhotoIsTheCoverAndTheSocialPreview() {
        Document page = site.html("2016/06/hafen/index.html");
        String image = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(
                image.matches("https://blog.example.org/2016/06/hafen/a-\\w{8}-160\\.jpg"), image);
        assertNull(site.html("2016/06/text/index.html").selectFirst("meta[property=og:image]"));
    }

    @Test
    void photosArePublishedOnceForAllLanguagesAndNeverAsOriginals() throws IOException {
        List<String> files = files(site.output());
        assertTrue(
                files.stream()
                        .noneMatch(
                                f ->
                                        f.endsWith("/a.jpg")
                                                || f.endsWith("/b.jpg")
                                                || f.endsWith("london.jpg")),
                files.toString());
        assertTrue(
                files.stream().noneMatch(f -> f.startsWith("en/") && f.endsWith(".jpg")),
                files.toString());
        assertEquals(
                1,
                files.stream()
                        .filter(f -> f.matches("2016/06/hafen/c-\\w{8}-thumb\\.jpg"))
                        .count());
    }

    @Test
    void noPositionLeavesTheAuthorsMachine() throws Exception {
        for (String file : files(site.output())) {
            Path path = site.output().resolve(file);
            if (file.endsWith(".jpg")) {
                for (Directory directory :
                        ImageMetadataReader.readMetadata(path.toFile()).getDirectories()) {
                    assertFalse(directory instanceof GpsDirectory, file);
                    assertFalse(
                            directory.getName().startsWith("Exif"),
                            file + " has " + directory.getName());
                }
            } else if (file.endsWith(".html") || file.endsWith(".xml")) {
                String text = Files.readString(path);
                assertFalse(
                        text.contains("53.53") || text.contains("9.99") || text.contains("GPS"),
                        file);
            }
        }
    }

    @Test
    void aPortraitTakenSidewaysIsUpright() throws IOException {
        Path thumb =
                site.output()
                        .resolve(
                                files(site.output()).stream()
                                        .filter(f -> f.matches("2016/06/hafen/c-\\w{8}-160\\.jpg"))
                                        .findFirst()
                                        .orElseThrow());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(thumb.toFile());
        assertEquals(160, image.getWidth());
        assertEquals(120, image.getHeight());
        assertTrue(new java.awt.Color(image.getRGB(20, 20)).getRed() > 200, "top left is red");
    }

    @Test
    void pagesWithPhotosAreValidHtml() {
        new HtmlValidator().assertValid(site.output());
    }

    @Test
    void originalsArePublishedOnlyWhenAskedFor(@TempDir Path other) throws IOException {
        TestSite withOriginals =
                blog(other, new PhotoSettings(List.of(40, 80, 160), 32, 0.85f, 120, true));
        withOriginals.build();
        assertTrue(withOriginals.exists("2016/06/hafen/a.jpg"));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
