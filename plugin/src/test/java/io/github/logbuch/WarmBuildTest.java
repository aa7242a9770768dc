package io.github.logbuch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.cache.Trees;
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
import java.util.regex.Matcher;
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

    /** The build's line on what it rendered and what it took from the kept site. */
    private String reuseLine() {
        return listener.debugs.stream()
                .filter(line -> line.startsWith("bodies rendered: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reuse line in " + listener.debugs));
    }

    /** What a build in a fresh output folder with an empty cache makes of the same sources. */
    private Map<String, byte[]> coldBuild(String name) throws Exception {
        io.github.logbuch.config.BlogConfig config =
                site.with(
                                b ->
                                        b.outputDirectory(dir.resolve(name + "/site"))
                                                .cacheDirectory(dir.resolve(name + "/cache")))
                        .config();
        site.with(
                b ->
                        b.outputDirectory(site.output())
                                .cacheDirectory(dir.resolve(".logbuch-cache")));
        Blog.session(config, new RecordingListener()).build();
        return files(dir.resolve(name + "/site"));
    }

    /** Every HTML page of the site with the identity of its file (its inode). */
    private Map<String, Object> pageKeys() throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site.output())) {
            for (Path file : all.filter(f -> f.toString().endsWith(".html")).toList()) {
                keys.put(site.output().relativize(file).toString(), fileKey(file));
            }
        }
        return keys;
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
    }

    @Test
    void aChangedPostRedoesWhatItAffectsAndTakesTheRestFromTheKeptSite() throws Exception {
        cleanBuild();
        Map<String, Object> before = pageKeys();
        Path other = site.output().resolve("en/2016/06/strata/index.html");
        Path changed = site.output().resolve("2016/06/baakenhafen/index.html");
        assertTrue(Files.exists(other) && Files.exists(changed), String.join("\n", infos));
        Object otherKey = fileKey(other);
        Object changedKey = fileKey(changed);
        int documents = Integer.parseInt(reuseLine().replaceAll(".* of (\\d+) .*", "$1"));

        // after the summary: the lists that show the post stay the same
        Path post = site.source().resolve("content/posts/2016-06-30-baakenhafen/index.md");
        String text = Files.readString(post, StandardCharsets.UTF_8);
        Files.writeString(post, text.replace("ümlauten", "Umlauten"), StandardCharsets.UTF_8);
        cleanBuild();
        assertFalse(restored(), "a changed text is built");
        Map<String, Object> after = pageKeys();
        List<String> made =
                before.keySet().stream()
                        .filter(page -> !before.get(page).equals(after.get(page)))
                        .toList();
        // the search pages name the index, which holds the post's words
        assertEquals(
                List.of(
                        "2016/06/baakenhafen/index.html",
                        "en/search/index.html",
                        "search/index.html"),
                made);
        assertTrue(
                reuseLine().startsWith("bodies rendered: 1 of " + documents + " (" + documents),
                reuseLine());
        int taken = Integer.parseInt(reuseLine().replaceAll(".*same data: (\\d+)$", "$1"));
        assertTrue(taken > 10, reuseLine());
        assertTrue(Files.readString(changed, StandardCharsets.UTF_8).contains("Umlauten"));
        assertFalse(changedKey.equals(fileKey(changed)), "the changed post's page is made anew");
        assertEquals(otherKey, fileKey(other), "another post's page is the kept file");
        assertEqualFiles(coldBuild("cold-1"), files(site.output()));
        assertEquals(
                List.of(),
                warnings.stream().filter(w -> !w.message().contains("no-such")).toList());
    }

    @Test
    void whatALinkLeadsToIsPartOfTheBodyThatLinksThere() throws Exception {
        site.files(
                """
                -- content/posts/2016-07-02-links/index.en.md --
                ---
                title: Links
                ---
                First paragraph.

                See [Strata](../2016-06-02-strata/index.en.md).
                """);
        cleanBuild();
        Path strata = site.source().resolve("content/posts/2016-06-02-strata/index.en.md");
        String text = Files.readString(strata, StandardCharsets.UTF_8);
        Files.writeString(
                strata, text.replace("title: Strata", "slug: strata-london\ntitle: Strata"));
        cleanBuild();
        assertTrue(site.read("en/2016/07/links/index.html").contains("/en/2016/06/strata-london/"));
        // the moved post, and the two that link to it
        assertTrue(
                reuseLine()
                        .contains(
                                " [posts/2016-06-02-strata/index.en.md,"
                                        + " posts/2016-06-29-containerdays-2016/index.en.md,"
                                        + " posts/2016-07-02-links/index.en.md]"),
                reuseLine());
        assertEqualFiles(coldBuild("cold-2"), files(site.output()));
    }

    @Test
    void moreBodiesThanAreEncodedAtOnceAreAllKeptAndGiveWhatAColdBuildMakes() throws Exception {
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < 300; i++) { // the bodies file is written 256 bodies at a time
            posts.append("-- content/posts/2015-01-01-post-")
                    .append(i)
                    .append("/index.md --\n---\ntitle: Post ")
                    .append(i)
                    .append("\n---\nText of post ")
                    .append(i)
                    .append(", *with* [a link](../2015-01-01-post-")
                    .append((i + 1) % 300)
                    .append("/).\n");
        }
        site.files(posts.toString());
        cleanBuild();
        Path post = site.source().resolve("content/posts/2015-01-01-post-7/index.md");
        Files.writeString(post, "---\ntitle: Post 7\n---\nChanged.\n", StandardCharsets.UTF_8);
        cleanBuild();
        String reuse = reuseLine();
        Matcher counts =
                java.util.regex.Pattern.compile(
                                "bodies rendered: (\\d+) of (\\d+) \\((\\d+) kept\\).*")
                        .matcher(reuse);
        assertTrue(counts.matches(), reuse);
        // every body came back from the file (two batches' worth), only the changed one is new
        assertEquals("1", counts.group(1), reuse);
        assertTrue(Integer.parseInt(counts.group(2)) > 300, reuse);
        assertEquals(counts.group(2), counts.group(3), reuse);
        assertEqualFiles(coldBuild("cold-batches"), files(site.output()));
    }

    @Test
    void aDamagedBodiesFileIsRenderedAnew() throws Exception {
        cleanBuild();
        Path bodies = dir.resolve(".logbuch-cache/bodies");
        byte[] kept = Files.readAllBytes(bodies);
        Files.write(bodies, java.util.Arrays.copyOf(kept, kept.length / 2));
        Path post = site.source().resolve("content/posts/2016-06-30-baakenhafen/index.md");
        Files.writeString(post, Files.readString(post) + "\nOne more line.\n");
        cleanBuild();
        assertTrue(
                reuseLine().matches("bodies rendered: (\\d+) of \\1 \\(0 kept\\).*"), reuseLine());
        assertEqualFiles(coldBuild("cold-4"), files(site.output()));
        assertTrue(Files.size(bodies) >= kept.length, "kept anew, whole");
    }

    @Test
    void theKeptSiteLosesWhatTheSiteNoLongerHas() throws Exception {
        cleanBuild();
        Path kept = dir.resolve(".logbuch-cache/site/files");
        Object strata = fileKey(site.output().resolve("en/2016/06/strata/index.html"));
        assertTrue(keys(kept).contains(strata), "the page is kept");
        Trees.delete(site.source().resolve("content/posts/2016-06-02-strata"));
        cleanBuild();
        assertFalse(keys(kept).contains(strata), "the page is no longer kept");
        // the kept files are the site's files, no more
        assertEquals(keys(site.output()), keys(kept));
        cleanBuild();
        assertTrue(restored());
        assertEqualFiles(coldBuild("cold-5"), files(site.output()));
    }

    /** The identity (inode) of every file under {@code root}. */
    private static java.util.Set<Object> keys(Path root) throws IOException {
        java.util.Set<Object> keys = new java.util.HashSet<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                keys.add(fileKey(file));
            }
        }
        return keys;
    }

    @Test
    void aBlogCheckedOutElsewhereKeepsItsBodiesAndPages() throws Exception {
        cleanBuild();
        Path moved = dir.resolve("elsewhere");
        for (String part : List.of("src", ".logbuch-cache")) {
            copyTree(dir.resolve(part), moved.resolve(part));
        }
        TestSite there = TestSite.in(moved);
        Path post = there.source().resolve("content/posts/2016-06-30-baakenhafen/index.md");
        Files.writeString(
                post,
                Files.readString(post, StandardCharsets.UTF_8).replace("ümlauten", "Umlauten"),
                StandardCharsets.UTF_8);
        listener.clear();
        Blog.session(there.config(), listener).build();
        assertTrue(reuseLine().startsWith("bodies rendered: 1 of "), reuseLine());
        // the kept broken link's warning names the file where it is now
        assertTrue(
                warnings.stream()
                        .anyMatch(
                                w ->
                                        w.message().contains("no-such-post")
                                                && w.file().startsWith(moved)),
                warnings.toString());
        Map<String, byte[]> built = files(there.output());
        site = there;
        assertEqualFiles(coldBuild("cold-6"), built);
    }

    @Test
    void anUnchangedBlogCheckedOutElsewhereIsPutBackWithItsWarningsWhereTheyAreNow()
            throws Exception {
        cleanBuild();
        Map<String, byte[]> built = files(site.output());
        Path moved = dir.resolve("elsewhere");
        for (String part : List.of("src", ".logbuch-cache")) {
            copyTree(dir.resolve(part), moved.resolve(part));
        }
        listener.clear();
        Blog.session(TestSite.in(moved).config(), listener).build();
        assertTrue(restored(), String.join("\n", infos));
        assertEqualFiles(built, files(moved.resolve("target/site")));
        assertFalse(warnings.isEmpty());
        for (Problem warning : warnings) {
            assertTrue(warning.file().startsWith(moved), warning.toString());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : all.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void aNewTemplateMakesEveryPageAgain() throws Exception {
        cleanBuild();
        site.files(
                """
                -- templates/robots.peb --
                User-agent: *
                Disallow: /own/
                """);
        cleanBuild();
        assertTrue(reuseLine().endsWith("same data: 0"), reuseLine());
        assertTrue(site.read("robots.txt").contains("Disallow: /own/"));
        assertEqualFiles(coldBuild("cold-3"), files(site.output()));
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

    @Test
    void aBuildThatFailsAfterItsBodiesKeepsTheBodiesOfTheLastGoodOne() throws Exception {
        cleanBuild();
        Path bodies = dir.resolve(".logbuch-cache/bodies");
        byte[] kept = Files.readAllBytes(bodies);
        // an error the bodies are rendered with: the build fails after they were written beside
        // the pages
        Path post = site.source().resolve("content/posts/2016-07-01-broken/index.en.md");
        String good = Files.readString(post, StandardCharsets.UTF_8);
        Files.writeString(post, good + "\n{{< nosuchthing >}}\n", StandardCharsets.UTF_8);
        assertThrows(io.github.logbuch.problem.BuildFailedException.class, () -> cleanBuild());
        assertArrayEquals(kept, Files.readAllBytes(bodies), "the last good build's bodies");
        assertFalse(Files.exists(bodies.resolveSibling("bodies.new")), "nothing written left");
        Files.writeString(post, good, StandardCharsets.UTF_8);
        cleanBuild();
        assertTrue(restored());
    }

    @Test
    void anInterruptedSnapshotsFilesAreLinkedAnewAndTheLeftoversGo() throws Exception {
        cleanBuild();
        Path snapshot = dir.resolve(".logbuch-cache/site");
        Map<String, byte[]> built = files(site.output());
        // as if the build that kept it had stopped before its manifest: its files are there, one
        // of them from another site, one no site has
        Files.delete(snapshot.resolve("manifest"));
        Path kept = snapshot.resolve("files");
        Path some;
        try (Stream<Path> all = Files.list(kept)) {
            some = all.sorted().findFirst().orElseThrow();
        }
        Files.delete(some);
        Files.writeString(some, "not what the site has", StandardCharsets.UTF_8);
        Files.writeString(kept.resolve("0123456789abcdef"), "stale", StandardCharsets.UTF_8);
        cleanBuild();
        assertFalse(restored());
        // every kept file is a file of the site again, and only those
        assertEquals(keys(site.output()), keys(kept));
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
