package io.github.logbuch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.testing.HtmlValidator;
import io.github.logbuch.testing.TestPhotos;
import io.github.logbuch.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing as on a mature engine, over a whole bilingual blog: highlighted code, contents, reading
 * time, related posts, Hugo's shortcodes and GitHub's alerts.
 */
class WritingTest {
    @TempDir static Path dir;
    static TestSite site;

    static final String CONFERENCE_EN =
            """
            ---
            title: ContainerDays 2016
            tags: [containers, kubernetes, conference]
            toc: true
            ---
            Notes from the second day, see also [Strata]({{< ref "strata" >}}) and {{< relref "/posts/2016-06-03-strata" >}}.

            ## Kubernetes

            ```java {linenos=true,hl_lines=[2]}
            public final class Pod {
                String name = "a<b&c"; // {{< ref "nothing" >}}
            }
            ```

            ### Pods

            Inline `{{< figure src="x" >}}` stays code, and {{</* youtube abc */>}} shows the tag.

            ## Monitoring

            > [!WARNING]
            > Alert on symptoms, not causes.

            {{< figure src="hafen.jpg" caption="Am *Petersenkai*" >}}

            {{< youtube id="w7Ft2ymGmfc" title="Borg to Kubernetes" >}}

            {{< figure src="diagram.svg" alt="A diagram" title="Pods" >}}

            {{< highlight yaml "linenos=table,hl_lines=2" >}}
            apiVersion: v1
            kind: Pod
            {{< /highlight >}}

            {{% note %}}
            Markdown **inside**, with a [ref]({{< ref "baakenhafen" >}}).
            {{% /note %}}

            {{< vimeo 55073825 >}}
            {{< gist spf13 7896402 >}}
            {{< x user="SanDiegoZoo" id="1453110110599868418" >}}
            {{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}
            """;

    @BeforeAll
    static void build() {
        site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-29-containerdays-2016/index.en.md --
                %s
                -- content/posts/2016-06-29-containerdays-2016/index.de.md --
                ---
                title: ContainerDays 2016
                tags: [containers]
                ---
                Siehe [Baakenhafen]({{< ref "baakenhafen" >}}) und [Strata]({{< relref path="strata" lang="en" >}}).

                > [!NOTE]
                > Ein Hinweis.

                > [!TIP]
                > Ein Tipp.

                > [!IMPORTANT]
                > Wichtig.

                > [!CAUTION]
                > Vorsicht.

                {{< youtube w7Ft2ymGmfc >}}
                -- content/posts/2016-06-03-strata/index.en.md --
                ---
                title: Strata + Hadoop World 2016
                tags: [conference, hadoop, kubernetes]
                ---
                Some notes.
                -- content/posts/2016-06-30-baakenhafen/index.de.md --
                ---
                title: Baakenhafen
                tags: [hamburg, containers]
                ---
                Fotos vom Hafen.
                -- content/posts/2016-05-01-old/index.en.md --
                ---
                title: Old conference
                tags: [conference]
                ---
                Older.
                -- content/posts/2016-07-01-new/index.en.md --
                ---
                title: New conference
                tags: [conference]
                ---
                Newer.
                -- content/posts/2016-07-02-unrelated/index.en.md --
                ---
                title: Unrelated
                tags: [food]
                ---
                Nothing shared.
                -- templates/shortcodes/note.peb --
                <aside class="note" data-lang="{{ lang }}">{{ inner }}</aside>
                """
                                        .formatted(CONFERENCE_EN.strip()))
                        .file(
                                "content/posts/2016-06-29-containerdays-2016/diagram.svg",
                                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .file(
                                "content/posts/2016-06-29-containerdays-2016/hafen.jpg",
                                TestPhotos.jpeg(TestPhotos.quarters(640, 480)));
        site.build();
    }

    private static Document post() {
        return site.html("en/2016/06/containerdays-2016/index.html");
    }

    @Test
    void fencedCodeIsHighlightedWithLineOptionsAndItsTextKept() {
        Element code = post().selectFirst("pre.highlight code.language-java");
        assertNotNull(code, post().html());
        assertEquals(
                "public final class Pod {\n    String name = \"a<b&c\"; // {{< ref \"nothing\" >}}\n}\n",
                code.wholeText());
        assertTrue(code.hasClass("linenos"));
        assertEquals(
                "    String name = \"a<b&c\"; // {{< ref \"nothing\" >}}",
                code.selectFirst(".line.hl").wholeText());
        assertEquals("public final class", code.selectFirst(".hl-keyword").text());
        assertEquals("\"a<b&c\"", code.selectFirst(".hl-string").text());
    }

    @Test
    void shortcodesInCodeStayLiteralAndEscapedTagsShowAsTags() {
        Document post = post();
        assertTrue(
                post.select("code").stream()
                        .anyMatch(c -> c.text().equals("{{< figure src=\"x\" >}}")),
                post.html());
        assertTrue(post.text().contains("{{< youtube abc >}} shows the tag"), post.text());
    }

    @Test
    void theHighlightShortcodeHighlightsItsInnerCode() {
        Element code = post().selectFirst("code.language-yaml");
        assertEquals("apiVersion: v1\nkind: Pod\n", code.wholeText());
        assertTrue(code.hasClass("linenos"));
        assertEquals("kind: Pod", code.selectFirst(".line.hl").text());
    }

    @Test
    void refAndRelrefLinkToThePostInTheReadersLanguage() {
        Document en = post();
        assertEquals(
                "https://blog.example.org/en/2016/06/strata/",
                en.selectFirst("a:containsOwn(Strata)").attr("href"));
        assertTrue(en.selectFirst(".post-content p").text().endsWith("and /en/2016/06/strata/."));
        Document de = site.html("2016/06/containerdays-2016/index.html");
        assertEquals(
                "https://blog.example.org/2016/06/baakenhafen/",
                de.selectFirst("a:containsOwn(Baakenhafen)").attr("href"));
        assertEquals("/en/2016/06/strata/", de.selectFirst("a:containsOwn(Strata)").attr("href"));
        // a German-only post linked from the English one: its only version
        assertEquals(
                "https://blog.example.org/2016/06/baakenhafen/",
                en.selectFirst("aside.note a").attr("href"));
    }

    @Test
    void theTableOfContentsListsTheH2AndH3AboveTheText() {
        Document en = post();
        Element toc = en.selectFirst("nav.toc");
        assertNotNull(toc);
        assertEquals("Contents", toc.selectFirst(".toc-title").text());
        assertEquals(
                List.of("#kubernetes", "#pods", "#monitoring"), toc.select("a").eachAttr("href"));
        assertEquals("Pods", toc.selectFirst("ol ol a").text());
        assertNotNull(en.getElementById("kubernetes"));
        assertNotNull(en.getElementById("pods"));
        assertTrue(
                toc.elementSiblingIndex() < en.selectFirst(".post-content").elementSiblingIndex());
        assertNull(site.html("2016/06/containerdays-2016/index.html").selectFirst("nav.toc"));
    }

    @Test
    void readingTimeIsShownOnThePostAndInListsInThePagesLanguage() {
        assertEquals("1 min read", post().selectFirst(".post-header .reading-time").text());
        Document germanHome = site.html("index.html");
        assertTrue(
                germanHome.select(".entry .reading-time").eachText().contains("1 Min. Lesezeit"),
                germanHome.html());
    }

    @Test
    void relatedPostsShareTheMostTagsNewerFirstInTheSameLanguage() {
        List<String> related = post().select("nav.related li > a").eachText();
        // Strata shares two tags; New and Old one each, the newer first; never itself, never the
        // German-only Baakenhafen, never a post sharing nothing
        assertEquals(
                List.of("Strata + Hadoop World 2016", "New conference", "Old conference"), related);
        assertEquals("Related posts", post().selectFirst("nav.related h2").text());
    }

    @Test
    void alertsAreCalloutsTitledInThePagesLanguage() {
        Element warning = post().selectFirst("div.alert.alert-warning[role=note]");
        assertEquals("Warning", warning.selectFirst(".alert-title").text());
        assertEquals(
                "Alert on symptoms, not causes.",
                warning.selectFirst("p:not(.alert-title)").text());
        Document de = site.html("2016/06/containerdays-2016/index.html");
        assertEquals(
                List.of("Hinweis", "Tipp", "Wichtig", "Vorsicht"),
                de.select(".alert .alert-title").eachText());
        assertFalse(de.html().contains("[!NOTE]"));
    }

    @Test
    void theFigureShortcodeShowsAPhotoOfThePostInAllItsSizes() {
        Element figure = post().selectFirst("figure.photo");
        Element img = figure.selectFirst("img");
        assertTrue(img.attr("srcset").contains("hafen-"), img.outerHtml());
        assertEquals("Am Petersenkai", img.attr("alt"));
        assertEquals("Petersenkai", figure.selectFirst("figcaption em").text());
        // a file of the post's folder that is no photo: where it is published, from the translation
        // too
        Element diagram = post().selectFirst("figure.photo img[alt=A diagram]");
        assertEquals("/2016/06/containerdays-2016/diagram.svg", diagram.attr("src"));
        assertEquals("Pods", diagram.parent().selectFirst(".figure-title").text());
        // shown inline, so not again in the gallery
        assertNull(post().selectFirst(".gallery"));
    }

    @Test
    void embedsAreLinksThatLoadNothingFromAnotherHost() {
        Document en = post();
        Element youtube = en.selectFirst("figure.embed a[href^=https://www.youtube.com/watch]");
        assertEquals("https://www.youtube.com/watch?v=w7Ft2ymGmfc", youtube.attr("href"));
        assertTrue(youtube.text().contains("Borg to Kubernetes"));
        assertNotNull(en.selectFirst("a[href=https://vimeo.com/55073825]"));
        assertNotNull(en.selectFirst("a[href=https://gist.github.com/spf13/7896402]"));
        assertEquals(
                2,
                en.select("a[href=https://x.com/SanDiegoZoo/status/1453110110599868418]").size());
        assertTrue(
                site.html("2016/06/containerdays-2016/index.html")
                        .selectFirst(".embed-title")
                        .text()
                        .equals("Video auf YouTube"));
    }

    @Test
    void noPageRequestsAnythingFromAnotherHost() throws IOException {
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = site.html(site.output().relativize(file).toString());
                for (Element element :
                        page.select("[src], link[href], [srcset], [poster], [data]")) {
                    for (String attribute : List.of("src", "srcset", "poster", "data")) {
                        String value = element.attr(attribute);
                        assertFalse(
                                value.contains("//") && !value.contains("blog.example.org"),
                                file + ": " + element.outerHtml());
                    }
                    if (element.tagName().equals("link")
                            && !element.attr("rel").equals("alternate")
                            && !element.attr("rel").equals("canonical")) {
                        assertFalse(element.attr("href").startsWith("http"), element.outerHtml());
                    }
                }
                assertTrue(page.select("iframe, embed, object").isEmpty(), file.toString());
            }
        }
    }

    @Test
    void aBlogsOwnShortcodeSeesParamsAndTheRenderedInner() {
        Element note = post().selectFirst("aside.note");
        assertEquals("en", note.attr("data-lang"));
        assertEquals("inside", note.selectFirst("strong").text());
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() {
        new HtmlValidator().assertValid(site.output());
    }

    @Test
    void anUnknownShortcodeOrARefToNothingFailsTheBuildNamingFileAndLineWithEveryOtherProblem(
            @TempDir Path other) {
        TestSite broken =
                TestSite.in(other)
                        .files(
                                """
                -- content/posts/2016-06-29-a/index.md --
                ---
                title: A
                ---
                Text.

                {{< nosuchthing 1 >}}

                See {{< ref "nowhere" >}}.
                ```
                {{< nosuchthing >}} in code is fine
                ```
                -- content/posts/2016-06-30-b/index.md --
                ---
                title: B
                ---
                {{< figure src="x.jpg"
                -- content/posts/2016-07-01-c/index.md --
                ---
                title: C
                date: not a date
                ---
                """);
        BuildFailedException failure = broken.buildFails();
        List<String> problems =
                failure.problems().stream().map(p -> p.describe(broken.source())).toList();
        assertEquals(4, problems.size(), String.join("\n", problems));
        assertTrue(
                problems.get(0)
                        .startsWith(
                                "content/posts/2016-06-29-a/index.md:6: unknown shortcode {{< nosuchthing >}}"),
                problems.get(0));
        assertTrue(
                problems.get(1)
                        .startsWith(
                                "content/posts/2016-06-29-a/index.md:8: ref \"nowhere\" is no post or page"),
                problems.get(1));
        assertTrue(
                problems.get(2)
                        .startsWith(
                                "content/posts/2016-06-30-b/index.md:4: shortcode {{< figure >}} is never closed"),
                problems.get(2));
        assertTrue(
                problems.get(3).startsWith("content/posts/2016-07-01-c/index.md:3: date"),
                problems.get(3));
        assertFalse(Files.exists(broken.output()));
    }

    @Test
    void aTypoInAShortcodeTemplateNamesTheTemplateAndWhereItIsUsed(@TempDir Path other) {
        TestSite broken =
                TestSite.in(other)
                        .files(
                                """
                -- content/posts/2016-06-29-a/index.md --
                ---
                title: A
                ---
                {{< box >}}
                -- templates/shortcodes/box.peb --
                <div>
                {{ parms.x }}</div>
                """);
        List<Problem> problems = broken.buildFails().problems();
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0).describe(broken.source());
        assertTrue(problem.startsWith("templates/shortcodes/box.peb:2: "), problem);
        assertTrue(problem.contains("content/posts/2016-06-29-a/index.md:4"), problem);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
