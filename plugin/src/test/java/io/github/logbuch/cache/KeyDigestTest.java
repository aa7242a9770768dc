package io.github.logbuch.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyDigestTest {
    record Post(String title, SafeString content, ZonedDateTime date, List<String> tags) {}

    record Page(String template, Post post, Map<String, Object> params, Optional<Path> photo) {}

    private static Page page(String title, Map<String, Object> params, Path photo) {
        Post post =
                new Post(
                        title,
                        new SafeString("<p>Text</p>"),
                        ZonedDateTime.parse("2016-06-29T18:30:00+02:00"),
                        List.of("Hamburg", "Docker"));
        return new Page("post.peb", post, params, Optional.of(photo));
    }

    private static Map<String, Object> params(String first, String second) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(first, 1);
        params.put(second, 2);
        return params;
    }

    @Test
    void equalDataMadeApartHasOneDigestInAnyJvmAndAnyFolder() {
        Path base = Path.of("/blogs/a"), elsewhere = Path.of("/checkout/b");
        String one =
                new KeyDigest("salt", base)
                        .of(page("Hafen", params("x", "y"), base.resolve("content/p.jpg")))
                        .orElseThrow();
        String two =
                new KeyDigest("salt", elsewhere)
                        .of(page("Hafen", params("x", "y"), elsewhere.resolve("content/p.jpg")))
                        .orElseThrow();
        assertEquals(one, two);
        assertEquals(32, one.length());
    }

    @Test
    void anyDifferenceInTheDataTheOrderOrTheSaltChangesIt() {
        Path base = Path.of("/blogs/a");
        KeyDigest digests = new KeyDigest("salt", base);
        Path photo = base.resolve("content/p.jpg");
        String digest = digests.of(page("Hafen", params("x", "y"), photo)).orElseThrow();
        assertNotEquals(digest, digests.of(page("Kai", params("x", "y"), photo)).orElseThrow());
        assertNotEquals(digest, digests.of(page("Hafen", params("y", "x"), photo)).orElseThrow());
        assertNotEquals(
                digest,
                digests.of(page("Hafen", params("x", "y"), base.resolve("p.jpg"))).orElseThrow());
        assertNotEquals(
                digest,
                new KeyDigest("other templates", base)
                        .of(page("Hafen", params("x", "y"), photo))
                        .orElseThrow());
        // text and HTML of the same characters are printed differently
        assertNotEquals(
                digests.of(List.of("<b>")).orElseThrow(),
                digests.of(List.of(new SafeString("<b>"))).orElseThrow());
        // a list of two is not two lists of one
        assertNotEquals(
                digests.of(List.of(List.of("a", "b"))).orElseThrow(),
                digests.of(List.of(List.of("a"), List.of("b"))).orElseThrow());
    }

    @Test
    void aKeyHoldingWhatADigestCannotSeeHasNone() {
        KeyDigest digests = new KeyDigest("salt", Path.of("/blogs/a"));
        assertTrue(digests.of(List.of("page", new Object())).isEmpty());
        assertTrue(
                digests.of(page("Hafen", Map.of("x", new StringBuilder("y")), Path.of("p")))
                        .isEmpty());
    }
}
