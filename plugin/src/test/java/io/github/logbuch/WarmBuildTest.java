package io.github.logbuch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.problem.Problem;
import io.github.logbuch.testing.RecordingListener;
import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build after {@code mvn clean} with the cache kept puts back the site the last build of the same
 * inputs made, byte for byte; any change of the inputs builds anew.
 */
class WarmBuildTest {
    @TempDir Path dir;

    private TestSite site;
    private final RecordingListener listener = new RecordingListener();
    private final List<String> infos = listener.infos;
    private final List<Problem> warnings = listener.warnings;

    @BeforeEach
    void blog() {
        site =
                SampleBlogs.kitchenSink(dir)
                        .files(
                                """
                                -- content/posts/2016-07-01-broken/index.en.md --
                                ---
                                title: A broken link
                                ---
                                See [nothing](../no-such-post/).
                                """);
    }

    /** Deletes the output, as {@code mvn clean} does, and builds in a new session. */
    private BuildResult cleanBuild() throws Exception {
        return cleanBuild(site.config());
    }

    private BuildResult cleanBuild(io.github.logbuch.config.BlogConfig config) throws Exception {
        io.github.logbuch.cache.Trees.delete(site.output());
        listener.clear();
        return Blog.session(config, listener).build();
    }

    private boolean restored() {
        return infos.stream().anyMatch(line -> line.startsWith("Nothing changed"));
    }

    @Test
    void anUnchangedBlogIsPutBackByteForByteWithItsWarnings() throws Exception {
        BuildResult cold = cleanBuild();
        assertFalse(restored());
        Map<String, byte[]> built = files(site.output());
        List<Problem> coldWarnings = List.copyOf(warnings);
        assertFalse(coldWarnings.isEmpty(), "the broken link warns");

        BuildResult warm = cleanBuild();
        assertTrue(restored(), String.join("\n", infos));
        assertEqualFiles(built, files(site.output()));
        assertEquals(coldWarnings, warnings);
        assertEquals(cold.documents(), warm.documents());
        assertEquals(cold.pages(), warm.pages());
        assertEquals(cold.files(), warm.files());
    }

    @Test
    void anyChangedSourceBuildsAnewAndTheResultIsWhatAColdBuildMakes() throws Exception {
        cleanBuild();
        Path post = site.source().resolve("content/posts/2016-07-01-broken/index.en.md");
        // the same size and time as before: only the content tells
        FileTime time = Files.getLastModifiedTime(post);
        String text = Files.readString(post, StandardCharsets.UTF_8);
        Files.writeString(post, text.replace("broken", "BROKEN"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(post, time);
        cleanBuild();
        assertFalse(restored(), "a changed text is built");
        assertTrue(site.read("en/2016/07/broken/index.html").contains("A BROKEN link"));
        Map<String, byte[]> built = files(site.output());

        cleanBuild();
        assertTrue(restored());
        assertEqualFiles(built, files(site.output()));

        // a new template and a new setting are inputs too
        site.files(
                """
                -- templates/partials/footer.peb --
                <footer>own footer</footer>
                """);
        cleanBuild();
        assertFalse(restored(), "a new template is built");
        cleanBuild(site.with(b -> b.postsPerPage(1)).config());
        assertFalse(restored(), "a new setting is built");
    }

    @Test
    void aFuturePostAppearsWhenItsDayComesThoughNothingElseChanged() throws Exception {
        site.files(
                """
                -- content/posts/2026-03-01-later/index.en.md --
                ---
                title: Later
                date: 2026-03-01T10:00:00Z
                ---
                Not yet.
                """);
        cleanBuild();
        assertFalse(Files.exists(site.output().resolve("en/2026/03/later/index.html")));
        cleanBuild();
        assertTrue(restored(), "still before its day");

        Clock later = Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC);
        cleanBuild(site.with(b -> b.clock(later)).config());
        assertFalse(restored(), "its day has come");
        assertTrue(Files.exists(site.output().resolve("en/2026/03/later/index.html")));
    }

    @Test
    void aKeptFileChangedBehindTheCachesBackIsNotPutBack() throws Exception {
        cleanBuild();
        Map<String, byte[]> built = files(site.output());
        // the kept files are the site's files (hard links): a tool that edits the site in place
        // edits them too
        Path page = site.output().resolve("index.html");
        Files.writeString(page, "<p>minified</p>", StandardCharsets.UTF_8);
        cleanBuild();
        assertFalse(restored());
        assertEqualFiles(built, files(site.output()));
    }

    @Test
    void aFailedBuildKeepsTheSnapshotOfTheLastGoodOne() throws Exception {
        cleanBuild();
        Map<String, byte[]> built = files(site.output());
        Path post = site.source().resolve("content/posts/2016-07-01-broken/index.en.md");
        String good = Files.readString(post, StandardCharsets.UTF_8);
        Files.writeString(post, "---\ntitle: [unclosed\n---\n", StandardCharsets.UTF_8);
        try {
            cleanBuild();
        } catch (io.github.logbuch.problem.BuildFailedException expected) {
            // the broken front matter fails the build
        }
        Files.writeString(post, good, StandardCharsets.UTF_8);
        cleanBuild();
        assertTrue(restored());
        assertEqualFiles(built, files(site.output()));
    }

    private static void assertEqualFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertArrayEquals(expected.get(file), actual.get(file), file);
        }
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
