package io.github.logbuch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.search.Analyzer;
import io.github.logbuch.testing.RecordingListener;
import io.github.logbuch.testing.SampleBlogs;
import io.github.logbuch.testing.SearchFiles;
import io.github.logbuch.testing.TestPhotos;
import io.github.logbuch.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session rebuilds only what changed, and always writes what a full build would write. */
class SessionTest {
    @TempDir Path dir;
    @TempDir Path fresh;

    private TestSite site;
    private Session session;
    private long tick = 1;

    private void start() throws Exception {
        site = SampleBlogs.kitchenSink(dir);
        session = Blog.session(site.config(), BuildListener.SILENT);
        session.build();
    }

    /** Edits a source file, and makes sure its time moves on even within one clock tick. */
    private void edit(String relative, String text) throws IOException {
        Path file = site.source().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(
                file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(tick++)));
    }

    /** Rebuilds in the session and compares the site with a full build of the same sources. */
    private BuildResult rebuildMatchesFullBuild() throws Exception {
        BuildResult result = session.build();
        BlogConfig full =
                BlogConfig.builder()
                        .sourceDirectory(site.source())
                        .outputDirectory(fresh.resolve("site"))
                        .cacheDirectory(fresh.resolve(".logbuch-cache"))
                        .baseUrl("https://blog.example.org/")
                        .languages("de,en")
                        .title("Logbuch Test")
                        .author("Anna Autorin")
                        .clock(TestSite.CLOCK)
                        .build();
        Blog.build(full, BuildListener.SILENT);
        Map<String, byte[]> incremental = files(site.output());
        Map<String, byte[]> expected = files(fresh.resolve("site"));
        assertEquals(expected.keySet(), incremental.keySet());
        for (String file : expected.keySet()) {
            assertArrayEquals(expected.get(file), incremental.get(file), file);
        }
        return result;
    }

    @Test
    void anEditedBodyRewritesOnlyThePagesThatShowIt() throws Exception {
        start();
        edit(
                "content/posts/2016-06-02-strata/index.en.md",
                "---\ntitle: Strata + Hadoop World 2016, London\ntags: [Conference, Big Data]\nlastmod: 2016-06-10\n---\nSome notes, edited.\n\n## Talks\n\nKafka.\n");
        BuildResult result = rebuildMatchesFullBuild();
        // its page, the lists that show its summary (home and tag pages, archive), the feed; and
        // for search its text's file, per language a shard and the manifest, and the two search
        // pages that name the manifests
        assertTrue(
                result.changed() < 15 + 7, "changed " + result.changed() + " of " + result.files());
        assertTrue(result.changed() >= 2, "changed " + result.changed());
    }

    @Test
    void nothingChangedWritesNothing() throws Exception {
        start();
        assertEquals(0, session.build().changed());
    }

    @Test
    void everyKindOfChangeEndsLikeAFullBuild() throws Exception {
        start();
        // a new title: lists, neighbours, alternates
        edit(
                "content/posts/2016-06-30-baakenhafen/index.md",
                "---\ntitle: Baakenhafen am Abend\ntags: [Hamburg, Abend]\n---\nAm Petersenkai.\n");
        rebuildMatchesFullBuild();
        // a new post, in English only
        edit(
                "content/posts/2016-07-04-new/index.en.md",
                "---\ntitle: A new post\n---\nSee [Baakenhafen](../2016-06-30-baakenhafen/).\n");
        rebuildMatchesFullBuild();
        // a post gone: its pages and its photo's files go too
        Files.delete(site.source().resolve("content/posts/2016-07-04-new/index.en.md"));
        rebuildMatchesFullBuild();
        // a post's new slug: the links to it from other posts change
        edit(
                "content/posts/2016-06-30-baakenhafen/index.md",
                "---\ntitle: Baakenhafen am Abend\nslug: baakenhafen-abends\n---\nAm Petersenkai.\n");
        rebuildMatchesFullBuild();
        // a photo added to a post, and one replaced
        site.file(
                "content/posts/2016-06-30-baakenhafen/kai.jpg",
                TestPhotos.jpeg(TestPhotos.texture(120, 90, 1)));
        rebuildMatchesFullBuild();
        site.file(
                "content/posts/2016-06-29-containerdays-2016/hafen.png",
                TestPhotos.png(TestPhotos.quarters(80, 60)));
        Files.setLastModifiedTime(
                site.source().resolve("content/posts/2016-06-29-containerdays-2016/hafen.png"),
                FileTime.from(Instant.parse("2031-01-01T00:00:00Z")));
        rebuildMatchesFullBuild();
        // a template override, then a UI string
        edit("templates/partials/tags.peb", "<p class=\"mine\">{{ post.tags | length }}</p>\n");
        rebuildMatchesFullBuild();
        edit("i18n/messages_de.properties", "nav.archive=Alle Beiträge\n");
        rebuildMatchesFullBuild();
        // a static file added and removed
        edit("static/hello.txt", "hello\n");
        rebuildMatchesFullBuild();
        Files.delete(site.source().resolve("static/hello.txt"));
        rebuildMatchesFullBuild();
    }

    @Test
    void aPhotoThatTurnsOutNotToDecodeIsLeftOutOfThePagesRenderedWhileItWasMade() throws Exception {
        site = SampleBlogs.kitchenSink(dir);
        site.file(
                "content/posts/2016-06-30-baakenhafen/kaputt.jpg",
                TestPhotos.undecodable(TestPhotos.jpeg(TestPhotos.texture(120, 90, 2))));
        RecordingListener told = new RecordingListener();
        session = Blog.session(site.config(), told);
        session.build();
        // its header read well, so the pages were rendered with it while it was made; it did not
        // decode, so they were rendered again without it
        assertTrue(
                told.infos.stream().anyMatch(m -> m.endsWith(": rendering again")),
                told.infos.toString());
        assertEquals(1, told.leftOut.size(), told.leftOut.toString());
        assertTrue(told.leftOut.get(0).file().endsWith("kaputt.jpg"), told.leftOut.toString());
        Map<String, byte[]> output = files(site.output());
        for (Map.Entry<String, byte[]> file : output.entrySet()) {
            assertFalse(file.getKey().contains("kaputt"), file.getKey());
            assertFalse(
                    new String(file.getValue(), StandardCharsets.UTF_8).contains("kaputt"),
                    file.getKey() + " shows the photo that was left out");
        }
        assertTrue(output.keySet().stream().anyMatch(f -> f.contains("baakenhafen/")));
        // remembered as broken: the next build plans it out and renders once, as a full build
        told.clear();
        edit(
                "content/posts/2016-06-30-baakenhafen/index.md",
                "---\ntitle: Baakenhafen am Abend\ntags: [Hamburg, Abend]\n---\nAm Petersenkai.\n");
        rebuildMatchesFullBuild();
        assertFalse(
                told.infos.stream().anyMatch(m -> m.endsWith(": rendering again")),
                told.infos.toString());
        assertEquals(1, told.leftOut.size(), "named again on the next build: " + told.leftOut);
    }

    @Test
    void aBrokenPhotoOfADraftIsNeitherShownNorNamedThoughItIsLookedAt() throws Exception {
        site = SampleBlogs.kitchenSink(dir);
        site.file(
                "content/posts/2016-07-01-entwurf/kaputt.jpg",
                TestPhotos.undecodable(TestPhotos.jpeg(TestPhotos.texture(120, 90, 3))));
        site.file(
                "content/posts/2016-07-01-entwurf/gut.jpg",
                TestPhotos.jpeg(TestPhotos.texture(120, 90, 4)));
        RecordingListener told = new RecordingListener();
        session = Blog.session(site.config(), told);
        session.build();
        List<io.github.logbuch.problem.Problem> named = new java.util.ArrayList<>(told.warnings);
        named.addAll(told.leftOut);
        assertTrue(
                named.stream().noneMatch(p -> String.valueOf(p.file()).contains("entwurf")),
                named.toString());
        assertTrue(
                files(site.output()).keySet().stream()
                        .noneMatch(f -> f.contains("kaputt") || f.contains("gut-")),
                "a draft's photos are not published");
    }

    @Test
    void shortcodeTemplatesRefTargetsAndAlertTitlesAreWhatABodyDependsOn() throws Exception {
        start();
        edit(
                "content/posts/2016-07-04-writing/index.md",
                "---\ntitle: Schreiben\ntoc: true\n---\n## Teil\n\nSiehe {{< ref \"2016-06-30-baakenhafen\" >}}.\n\n"
                        + "{{< box >}}\n\n> [!NOTE]\n> Hinweis.\n");
        // the shortcode's template is missing: the build fails naming the line, until it is there
        BuildFailedException failure = assertThrows(BuildFailedException.class, session::build);
        assertTrue(
                failure.problems()
                        .get(0)
                        .toString()
                        .contains("index.md:9: unknown shortcode {{< box >}}"),
                failure.problems().toString());
        edit("templates/shortcodes/box.peb", "<div class=\"box\">eins</div>\n");
        rebuildMatchesFullBuild();
        assertTrue(
                site.read("2016/07/writing/index.html").contains("<div class=\"box\">eins</div>"));
        // the shortcode's template changed: the body is rendered again
        edit("templates/shortcodes/box.peb", "<div class=\"box\">zwei</div>\n");
        rebuildMatchesFullBuild();
        assertTrue(
                site.read("2016/07/writing/index.html").contains("<div class=\"box\">zwei</div>"));
        // the post the ref names moved
        edit(
                "content/posts/2016-06-30-baakenhafen/index.md",
                "---\ntitle: Baakenhafen\nslug: hafen-abends\n---\nAm Petersenkai.\n");
        rebuildMatchesFullBuild();
        assertTrue(
                site.read("2016/07/writing/index.html")
                        .contains("https://blog.example.org/2016/06/hafen-abends/"));
        // the alert's and the contents' titles are UI strings
        edit("i18n/messages_de.properties", "alert.note=Merke\ntoc.title=Überblick\n");
        rebuildMatchesFullBuild();
        String page = site.read("2016/07/writing/index.html");
        assertTrue(page.contains("<p class=\"alert-title\">Merke</p>"), page);
        assertTrue(page.contains(">Überblick</h2>"), page);
    }

    @Test
    void aNewPostIsFoundBySearchAfterARebuild() throws Exception {
        start();
        String term = Analyzer.of(site.config().defaultLanguage()).term("zaunkönig");
        SearchFiles before = new SearchFiles(site.output(), "", "search/index.html");
        assertEquals(List.of(), before.urls(term));
        edit(
                "content/posts/2016-07-04-garten/index.md",
                "---\ntitle: Im Garten\n---\nEin Zaunkönig sang in der Hecke.\n");
        rebuildMatchesFullBuild();
        SearchFiles after = new SearchFiles(site.output(), "", "search/index.html");
        assertEquals(List.of("/2016/07/garten/"), after.urls(term));
        assertFalse(
                Files.exists(site.output().resolve(before.manifestUrl().substring(1))),
                "the old index is gone: " + before.manifestUrl());
        // and gone again when the post is
        Files.delete(site.source().resolve("content/posts/2016-07-04-garten/index.md"));
        rebuildMatchesFullBuild();
        assertEquals(List.of(), new SearchFiles(site.output(), "", "search/index.html").urls(term));
    }

    @Test
    void aBrokenEditFailsAndChangesNothingThenTheSessionRecovers() throws Exception {
        start();
        Map<String, byte[]> before = files(site.output());
        edit(
                "content/posts/2016-06-30-baakenhafen/index.md",
                "---\ntitle: [unclosed\n---\nText.\n");
        BuildFailedException failure = assertThrows(BuildFailedException.class, session::build);
        assertTrue(
                failure.problems().get(0).message().startsWith("broken YAML"),
                failure.problems().toString());
        Map<String, byte[]> after = files(site.output());
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) {
            assertArrayEquals(before.get(file), after.get(file), file);
        }
        edit(
                "content/posts/2016-06-30-baakenhafen/index.md",
                "---\ntitle: Baakenhafen, repariert\n---\nText.\n");
        rebuildMatchesFullBuild();
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void contentFilesCountsTheMarkdownAndFindsThePhotosAFolderOrALinkMayHold() throws Exception {
        TestSite blog =
                TestSite.in(dir)
                        .files(
                                """
                                -- content/posts/2016-01-01-a/index.md --
                                ---
                                title: A
                                ---
                                -- content/posts/2016-01-01-a/index.en.md --
                                ---
                                title: A
                                ---
                                -- content/pages/about.md --
                                ---
                                title: About
                                ---
                                -- content/posts/2016-01-01-a/notes.txt --
                                not a photo
                                """)
                        .file("content/posts/2016-01-01-a/harbour.JPG", new byte[] {1})
                        .file("content/posts/2016-02-02-album/deep/dune.png", new byte[] {2});
        Path content = blog.source().resolve("content");
        Files.createDirectories(content.resolve("posts/folder.md")); // a folder, not Markdown
        Path linked = content.resolve("posts/2016-02-02-album/linked.jpg");
        Files.createSymbolicLink(linked, content.resolve("posts/2016-01-01-a/harbour.JPG"));
        Files.createSymbolicLink(
                content.resolve("posts/2016-02-02-album/gone.jpg"), content.resolve("nothing.jpg"));

        Session.ContentFiles files =
                Blog.session(blog.config(), BuildListener.SILENT).contentFiles();

        assertEquals(3, files.markdown());
        assertEquals(
                java.util.Set.of(
                        content.resolve("posts/2016-01-01-a/harbour.JPG"),
                        content.resolve("posts/2016-02-02-album/deep/dune.png"),
                        linked),
                java.util.Set.copyOf(files.photos()));
    }
}
