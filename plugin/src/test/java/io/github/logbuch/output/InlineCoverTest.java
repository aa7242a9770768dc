package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.logbuch.testing.TestPhotos;
import io.github.logbuch.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cover of a post whose text shows several photos is the first it shows, in every build: the
 * photos a text shows were once kept in a set whose order changed from JVM to JVM.
 */
class InlineCoverTest {
    /** Each post shows its six photos in an order of its own, never the order of their names. */
    private static final List<String> ORDERS = List.of("fdbeac", "cafebd", "ebdfca");

    @TempDir Path dir;

    @Test
    void theCoverIsTheFirstPhotoTheTextShowsColdAndFromKeptBodies() {
        TestSite site = TestSite.in(dir).with(b -> b.timeZone("Europe/Berlin"));
        int seed = 1;
        for (int p = 0; p < ORDERS.size(); p++) {
            StringBuilder text = new StringBuilder("---\ntitle: Post " + p + "\n---\n");
            for (char photo : ORDERS.get(p).toCharArray()) {
                text.append("\n![Photo ")
                        .append(photo)
                        .append("](")
                        .append(photo)
                        .append(".jpg)\n");
                site.file(
                        "content/posts/2016-07-0" + (p + 1) + "-post-" + p + "/" + photo + ".jpg",
                        TestPhotos.jpeg(TestPhotos.texture(60, 40, seed++)));
            }
            site.files(
                    "-- content/posts/2016-07-0"
                            + (p + 1)
                            + "-post-"
                            + p
                            + "/index.md --\n"
                            + text);
        }
        site.build();
        assertCovers(site);

        // another post changes the inputs, so the next build renders its pages again, with the
        // bodies of these posts as the cache kept them
        site.files(
                "-- content/posts/2016-08-01-later/index.md --\n---\ntitle: Later\n---\nText.\n");
        site.build();
        assertCovers(site);
    }

    private static void assertCovers(TestSite site) {
        for (int p = 0; p < ORDERS.size(); p++) {
            String image =
                    site.html("2016/07/post-" + p + "/index.html")
                            .selectFirst("meta[property=og:image]")
                            .attr("content");
            String first = ORDERS.get(p).substring(0, 1);
            assertEquals(
                    true,
                    image.matches(".*/post-" + p + "/" + first + "-\\w{8}-\\d+\\.jpg"),
                    "post " + p + ": " + image);
        }
    }
}
