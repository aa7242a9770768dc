package io.github.logbuch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.testing.RecordingListener;
import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.TestSite;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build in a JVM of its own makes what a build in this one makes, and tells the same. */
class ForkedBuildTest {
    @TempDir Path dir;

    @Test
    void everySettingReachesTheChild() throws Exception {
        BlogConfig defaults =
                BlogConfig.builder()
                        .sourceDirectory(dir.resolve("a"))
                        .outputDirectory(dir.resolve("b"))
                        .cacheDirectory(dir.resolve("c"))
                        .baseUrl("https://a.example/")
                        .build();
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(dir.resolve("src\tblog"))
                        .outputDirectory(dir.resolve("out"))
                        .cacheDirectory(dir.resolve("cache"))
                        .baseUrl("https://blog.example.org/sub/")
                        .languages("en,de")
                        .title("Ein\nTitel \\ mit\tallem")
                        .description("Über \"alles\"")
                        .author("Anna")
                        .timeZone("Europe/Berlin")
                        .drafts(true)
                        .future(true)
                        .postsPerPage(3)
                        .feedLimit(7)
                        .listOtherLanguages(false)
                        .photos(new PhotoSettings(List.of(300, 600), 200, 0.5f, 40, true))
                        .clock(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneId.of("UTC")))
                        .search(false)
                        .photoDetails(false)
                        .build();
        // the test means something only if every setting differs from its default
        for (RecordComponent component : BlogConfig.class.getRecordComponents()) {
            assertNotEquals(
                    component.getAccessor().invoke(defaults),
                    component.getAccessor().invoke(config),
                    component.getName() + " should differ from its default here");
        }
        Map<String, String> sent = ForkedBuild.encode(config);
        assertEquals(config, ForkedBuild.decode(sent));
    }

    private static final String BROKEN_LINK =
            """
            -- content/posts/2016-07-01-broken/index.en.md --
            ---
            title: A broken link
            ---
            See [nothing](../no-such-post/).
            """;

    @Test
    void theChildBuildsWhatThisJvmBuildsAndTellsItsWarnings() throws Exception {
        TestSite here = SampleBlogs.kitchenSink(dir.resolve("here")).files(BROKEN_LINK);
        RecordingListener inThisJvm = new RecordingListener();
        BuildResult local = Blog.build(here.config(), inThisJvm);
        TestSite there = SampleBlogs.kitchenSink(dir.resolve("there")).files(BROKEN_LINK);
        RecordingListener child = new RecordingListener();
        BuildResult forked = ForkedBuild.build(there.config(), child);
        assertEquals(local.pages(), forked.pages());
        assertEquals(local.files(), forked.files());
        assertEquals(local.documents(), forked.documents());
        assertTrue(
                child.warnings.stream()
                        .anyMatch(w -> w.file().endsWith("index.en.md") && w.line() > 0),
                child.warnings.toString());
        // the same problems, in the other blog's folder
        assertEquals(
                inThisJvm.warnings.stream().map(w -> w.describe(here.source())).toList(),
                child.warnings.stream().map(w -> w.describe(there.source())).toList());
        Map<String, byte[]> expected = WarmBuildTest.files(here.output());
        Map<String, byte[]> actual = WarmBuildTest.files(there.output());
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertArrayEquals(expected.get(file), actual.get(file), file);
        }
    }

    @Test
    void aChildStartedAheadBuildsWhatThisJvmBuildsAndOneNotNeededEnds() throws Exception {
        TestSite here = SampleBlogs.kitchenSink(dir.resolve("here"));
        BuildResult local = Blog.build(here.config(), BuildListener.SILENT);
        TestSite there = SampleBlogs.kitchenSink(dir.resolve("there"));
        ForkedBuild.Child unused = ForkedBuild.startBuild(BuildListener.SILENT);
        BuildResult forked;
        try (ForkedBuild.Child child = ForkedBuild.startBuild(BuildListener.SILENT)) {
            Session session = Blog.session(there.config(), BuildListener.SILENT);
            forked = ForkedBuild.build(session, BuildListener.SILENT, child);
            assertFalse(child.running(), "the child ends once it has built");
        }
        assertEquals(local.pages(), forked.pages());
        assertEquals(
                WarmBuildTest.files(here.output()).keySet(),
                WarmBuildTest.files(there.output()).keySet());
        assertTrue(unused.running(), "a child started ahead waits for its settings");
        unused.close();
        assertFalse(unused.running(), "closed without a build, it is ended");
    }

    @Test
    void newPhotosAreProcessedByAChildIntoTheCache() throws Exception {
        TestSite site = SampleBlogs.kitchenSink(dir);
        assertEquals(
                1, Blog.session(site.config(), BuildListener.SILENT).photosToProcess().photos());
        List<String> infos = new ArrayList<>();
        ForkedBuild.processPhotos(
                site.config(),
                new BuildListener() {
                    @Override
                    public void info(String message) {
                        infos.add(message);
                    }
                });
        assertTrue(
                infos.stream().anyMatch(i -> i.startsWith("Processing 1 photos")),
                infos.toString());
        assertEquals(
                0, Blog.session(site.config(), BuildListener.SILENT).photosToProcess().photos());
        assertFalse(site.exists("index.html"), "processing photos builds no site");
    }

    @Test
    void aFailedChildBuildFailsWithEveryProblemAndKeepsTheSite() throws Exception {
        TestSite site = SampleBlogs.kitchenSink(dir);
        ForkedBuild.build(site.config(), BuildListener.SILENT);
        String home = site.read("index.html");
        site.files(
                """
                -- content/posts/2016-07-01-bad/index.md --
                ---
                title: [unclosed
                ---
                Text.
                -- content/posts/2016-07-02-untitled/index.md --
                ---
                tags: [a]
                ---
                Text.
                """);
        BuildFailedException failure =
                assertThrows(
                        BuildFailedException.class,
                        () -> ForkedBuild.build(site.config(), BuildListener.SILENT));
        assertEquals(2, failure.problems().size(), failure.report(site.source()));
        assertTrue(
                failure.problems().stream().allMatch(p -> p.file() != null && p.line() > 0),
                failure.report(site.source()));
        assertEquals(home, site.read("index.html"));
    }
}
