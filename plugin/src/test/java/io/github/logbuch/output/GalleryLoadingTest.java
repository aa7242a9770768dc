package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.testing.TestPhotos;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gallery thumbnails: the size and twice it, and the first row loaded at once. */
class GalleryLoadingTest {
    @TempDir Path dir;

    private static final PhotoSettings SIZES =
            new PhotoSettings(List.of(40, 80, 160), 32, 0.85f, 120, false);

    private TestSite album(Path root) {
        TestSite site = TestSite.in(root).with(b -> b.photos(SIZES));
        for (int i = 1; i <= 6; i++) {
            site.file(
                    "content/posts/2016-06-30-elbe/" + i + ".jpg",
                    TestPhotos.jpeg(TestPhotos.texture(200, 150, i)));
        }
        return site;
    }

    @Test
    void anAlbumLoadsItsFirstRowAtOnceAndOffersDoubleSizeThumbnails() {
        TestSite site = album(dir);
        site.build();
        Elements images = site.html("2016/06/elbe/index.html").select(".gallery img");
        assertEquals(6, images.size());
        Element first = images.get(0);
        assertEquals("high", first.attr("fetchpriority"));
        assertFalse(first.hasAttr("loading"));
        for (int i = 1; i < 4; i++) {
            assertFalse(
                    images.get(i).hasAttr("loading"), "photo " + (i + 1) + " is in the first row");
            assertFalse(images.get(i).hasAttr("fetchpriority"));
        }
        assertEquals("lazy", images.get(4).attr("loading"));
        assertEquals("lazy", images.get(5).attr("loading"));
        assertTrue(
                first.attr("srcset")
                        .matches(".*/1-\\w{8}-thumb\\.jpg 32w, .*/1-\\w{8}-thumb2x\\.jpg 64w"),
                first.attr("srcset"));
        assertTrue(first.attr("sizes").contains("14rem"));
        assertTrue(site.exists(first.attr("srcset").split(", ")[1].split(" ")[0].substring(1)));
    }

    @Test
    void aPhotoInTheTextGoesFirstAndTheGalleryWaits() {
        TestSite site =
                album(dir)
                        .files(
                                """
                -- content/posts/2016-06-30-elbe/index.de.md --
                ---
                title: Elbe
                ---
                ![Der Strand](1.jpg)
                """);
        site.build();
        var page = site.html("2016/06/elbe/index.html");
        assertEquals(
                "high",
                page.selectFirst(".post-content img, article figure.photo img")
                        .attr("fetchpriority"));
        for (Element image : page.select(".gallery img")) {
            assertEquals("lazy", image.attr("loading"));
            assertFalse(image.hasAttr("fetchpriority"));
        }
    }
}
