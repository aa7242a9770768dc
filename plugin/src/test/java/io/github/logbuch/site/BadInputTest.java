package io.github.logbuch.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: a clear problem naming file and line, all of them at once, and nothing lost. */
class BadInputTest {
    @TempDir Path dir;

    private static List<String> described(BuildFailedException e, TestSite site) {
        return e.problems().stream().map(p -> p.describe(site.source())).toList();
    }

    @Test
    void everyProblemOfTheRunIsReportedAtOnceWithFileAndLine() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-broken-yaml/index.md --
                ---
                title: Broken
                tags: [a, b
                date: 2016-06-01
                ---
                Text.
                -- content/posts/2016-06-02-no-title/index.md --
                ---
                tags: [a]
                ---
                Text.
                -- content/posts/2016-06-03-bad-date/index.md --
                ---
                title: Bad date
                date: 2016-13-45
                ---
                Text.
                -- content/posts/2016-06-04-evil/index.md --
                ---
                title: Evil
                slug: ../../../etc
                ---
                Text.
                -- content/posts/2016-06-05-french/index.fr.md --
                ---
                title: Bonjour
                ---
                Texte.
                -- content/posts/2016-06-06-fine/index.md --
                ---
                title: Fine
                ---
                Text.
                """);
        BuildFailedException failure = site.buildFails();
        List<String> problems = described(failure, site);
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertTrue(
                problems.get(0)
                        .startsWith(
                                "content/posts/2016-06-01-broken-yaml/index.md:4: broken YAML front matter"),
                problems.get(0));
        assertTrue(
                problems.get(1)
                        .startsWith("content/posts/2016-06-02-no-title/index.md:1: has no title"),
                problems.get(1));
        assertTrue(
                problems.get(2)
                        .startsWith(
                                "content/posts/2016-06-03-bad-date/index.md:3: date: \"2016-13-45\" is not a date"),
                problems.get(2));
        assertTrue(
                problems.get(3)
                        .startsWith(
                                "content/posts/2016-06-04-evil/index.md:3: slug \"../../../etc\""),
                problems.get(3));
        assertTrue(
                problems.get(4)
                        .startsWith(
                                "content/posts/2016-06-05-french/index.fr.md: \"fr\" is not one of the blog's languages (de, en)"),
                problems.get(4));
        assertFalse(Files.exists(site.output()), "a failed first build writes no site");
        assertFalse(Files.exists(dir.resolve("etc")));
    }

    @Test
    void contentAndTemplateProblemsAreReportedInOneRun() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-broken/index.md --
                ---
                title: [unclosed
                ---
                -- content/posts/2016-06-02-fine/index.md --
                ---
                title: Fine
                ---
                -- templates/post.peb --
                {% extends "base.peb" %}
                {% block main %}{{ post.titel }}{% endblock %}
                """);
        List<String> problems = described(site.buildFails(), site);
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(
                problems.get(0)
                        .startsWith("content/posts/2016-06-01-broken/index.md:2: broken YAML"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("templates/post.peb:2: "), problems.get(1));
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void twoPostsOnOneUrlAreNamedTogether() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-same/index.md --
                ---
                title: First
                ---
                -- content/posts/2016-06-30-same/index.md --
                ---
                title: Second
                ---
                """);
        List<String> problems = described(site.buildFails(), site);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(
                problems.get(0).contains("two things on one URL /2016/06/same/"), problems.get(0));
        assertTrue(
                problems.get(0).contains("content/posts/2016-06-01-same/index.md"),
                problems.get(0));
        assertTrue(
                problems.get(0).startsWith("content/posts/2016-06-30-same/index.md"),
                problems.get(0));
    }

    @Test
    void aPageMayNotTakeAUrlTheBlogGenerates() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/pages/archive/index.md --
                ---
                title: Mein Archiv
                ---
                """);
        List<String> problems = described(site.buildFails(), site);
        assertEquals(
                List.of(
                        "content/pages/archive/index.md: two things on one URL /archive/: this page and the Deutsch archive; give one of them another slug or date"),
                problems);
    }

    @Test
    void twoFilesForOneLanguageOfAPostAreAProblem() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-twice/index.md --
                ---
                title: Default
                ---
                -- content/posts/2016-06-01-twice/index.de.md --
                ---
                title: Deutsch
                ---
                """);
        List<String> problems = described(site.buildFails(), site);
        assertEquals(1, problems.size());
        assertTrue(
                problems.get(0)
                        .contains(
                                "is a second Deutsch version of content/posts/2016-06-01-twice/index.de.md"),
                problems.get(0));
    }

    @Test
    void anAliasMayNotLeaveTheSite() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-post/index.md --
                ---
                title: Post
                aliases:
                  - /../../outside.html
                  - https://elsewhere.example/
                ---
                """);
        List<String> problems = described(site.buildFails(), site);
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(
                problems.get(0).startsWith("content/posts/2016-06-01-post/index.md:3: alias"),
                problems.get(0));
    }

    @Test
    void aPostWithoutAnyDateIsAProblem() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/undated/index.md --
                ---
                title: Undated
                ---
                """);
        List<String> problems = described(site.buildFails(), site);
        assertEquals(1, problems.size());
        assertTrue(
                problems.get(0).startsWith("content/posts/undated/index.md:1: has no date"),
                problems.get(0));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-good/index.md --
                ---
                title: Good
                ---
                Good text.
                """);
        site.build();
        List<String> before = listing(site.output());
        String page = site.read("2016/06/good/index.html");

        site.files(
                """
                -- content/posts/2016-06-02-bad/index.md --
                ---
                title: [unclosed
                ---
                """);
        site.buildFails();
        assertEquals(before, listing(site.output()));
        assertEquals(page, site.read("2016/06/good/index.html"));
        assertFalse(Files.exists(site.output().resolveSibling(".site.logbuch-staging")));
    }

    @Test
    void aGoodBuildReplacesTheOutputWhole() throws IOException {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-old/index.md --
                ---
                title: Old
                ---
                """);
        site.build();
        Files.writeString(site.output().resolve("stray.txt"), "left over");
        Files.delete(site.source().resolve("content/posts/2016-06-01-old/index.md"));
        site.files(
                """
                -- content/posts/2016-06-02-new/index.md --
                ---
                title: New
                ---
                """);
        site.build();
        assertTrue(site.exists("2016/06/new/index.html"));
        assertFalse(site.exists("2016/06/old/index.html"));
        assertFalse(site.exists("stray.txt"));
    }

    @Test
    void aBrokenRelativeLinkIsAWarningAtItsLine() {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-01-post/index.md --
                ---
                title: Post
                ---
                First paragraph.

                A [broken link](../2016-01-01-missing/) here.
                """);
        site.build();
        List<Problem> warnings = site.warnings();
        assertEquals(1, warnings.size());
        assertEquals(
                "content/posts/2016-06-01-post/index.md:6: link \"../2016-01-01-missing/\" points to a file that does not exist",
                warnings.get(0).describe(site.source()));
    }

    @Test
    void theSameInputGivesByteIdenticalOutput(@TempDir Path second) throws IOException {
        String blog =
                """
                -- content/posts/2016-06-01-a/index.md --
                ---
                title: A
                tags: [x, y]
                ---
                A.
                -- content/posts/2016-06-01-b/index.md --
                ---
                title: B
                tags: [y]
                ---
                B.
                -- content/posts/2016-06-02-c/index.en.md --
                ---
                title: C
                ---
                C.
                """;
        TestSite one = TestSite.in(dir).files(blog);
        TestSite two = TestSite.in(second).files(blog);
        one.build();
        two.build();
        List<String> files = listing(one.output());
        assertEquals(files, listing(two.output()));
        for (String file : files) {
            assertEquals(one.read(file), two.read(file), file);
        }
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString())
                    .sorted()
                    .toList();
        }
    }
}
