package io.github.logbuch.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shortcodes, alerts, contents and word counts at the Markdown level, with a recording handler. */
class WritingMarkdownTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Renders every shortcode as its name and parameters, records what it was given. */
    private final class Recorder implements Shortcodes {
        final List<Shortcode> calls = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public Output render(Shortcode shortcode) {
            calls.add(shortcode);
            if (shortcode.name().equals("ref")) {
                return Output.markdown("/to/" + shortcode.param("path", 0) + "/");
            }
            return Output.html(
                    "<div class=\"sc\" data-name=\""
                            + shortcode.name()
                            + "\">"
                            + (shortcode.innerHtml() == null ? "" : shortcode.innerHtml())
                            + "</div>");
        }

        @Override
        public boolean keepsInnerText(String name) {
            return name.equals("highlight");
        }

        @Override
        public void problem(int line, String message) {
            problems.add(line + ": " + message);
        }
    }

    private RenderedMarkdown render(String text, Recorder recorder, boolean toc) {
        return markdown.render(
                text,
                new MarkdownRenderer.Context(
                        LinkResolver.NONE, ImageResolver.NONE, recorder, Labels.ENGLISH, toc, 10));
    }

    @Test
    void parametersAreReadAsHugoWritesThem() {
        Recorder r = new Recorder();
        render(
                "{{< figure src=\"a.jpg\" caption=\"Say \\\"hi\\\"\" alt=`raw\nmulti` 400 >}}\n\n{{<name/>}}\n",
                r,
                false);
        Shortcode figure = r.calls.get(0);
        assertEquals("figure", figure.name());
        assertEquals(
                Map.of("src", "a.jpg", "caption", "Say \"hi\"", "alt", "raw\nmulti"),
                figure.named());
        assertEquals(List.of("400"), figure.positional());
        assertEquals(10, figure.line());
        assertEquals("name", r.calls.get(1).name());
        assertEquals(13, r.calls.get(1).line());
        assertEquals(List.of(), r.problems);
    }

    @Test
    void aShortcodeAloneOnItsLinesIsABlockAndInsideTextStaysInline() {
        Recorder r = new Recorder();
        String html = render("Text {{< a >}} more.\n\n{{< b >}}\n{{< c >}}\n", r, false).html();
        assertTrue(
                html.contains("<p>Text <div class=\"sc\" data-name=\"a\"></div> more.</p>"), html);
        assertTrue(
                html.contains(
                        "\n<div class=\"sc\" data-name=\"b\"></div>\n<div class=\"sc\" data-name=\"c\"></div>"),
                html);
        assertFalse(html.contains("<p><div"), html);
    }

    @Test
    void pairedShortcodesGetTheirInnerMarkdownRenderedOrTheirTextExpanded() {
        Recorder r = new Recorder();
        String html =
                render(
                                "{{% note %}}\n**bold** and {{< x >}}\n{{% /note %}}\n\n{{< box >}}<b>{{< y >}}</b>{{< /box >}}\n\n{{< highlight go >}}\n{{< z >}}\n{{< /highlight >}}\n",
                                r, false)
                        .html();
        assertTrue(
                html.contains(
                        "data-name=\"note\"><p><strong>bold</strong> and <div class=\"sc\" data-name=\"x\"></div></p>"),
                html);
        assertTrue(
                html.contains(
                        "data-name=\"box\"><b><div class=\"sc\" data-name=\"y\"></div></b></div>"),
                html);
        Shortcode highlight =
                r.calls.stream()
                        .filter(c -> c.name().equals("highlight"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("\n{{< z >}}\n", highlight.innerHtml());
        assertTrue(r.calls.stream().noneMatch(c -> c.name().equals("z")));
        // the nested x is on the note's second line
        assertEquals(
                11,
                r.calls.stream()
                        .filter(c -> c.name().equals("x"))
                        .findFirst()
                        .orElseThrow()
                        .line());
    }

    @Test
    void aRefCanStandWhereMarkdownWantsAUrl() {
        Recorder r = new Recorder();
        String html = render("See [notes]({{< ref \"strata\" >}}).\n", r, false).html();
        assertEquals("<p>See <a href=\"/to/strata/\">notes</a>.</p>\n", html);
    }

    @Test
    void codeKeepsShortcodesAsWrittenButShowsHugosCommentsAsTags() {
        Recorder r = new Recorder();
        String html =
                render(
                                "`{{< a >}}` and {{</* b */>}}\n\n```\n{{< c >}}\n{{</* d x=\"1\" */>}}\n```\n\n    {{< e >}}\n",
                                r,
                                false)
                        .html();
        assertEquals(List.of(), r.calls);
        assertTrue(html.contains("<code>{{&lt; a &gt;}}</code> and {{&lt; b &gt;}}"), html);
        assertTrue(html.contains("{{&lt; c &gt;}}\n{{&lt; d x=&quot;1&quot; &gt;}}"), html);
        assertTrue(html.contains("<pre><code>{{&lt; e &gt;}}"), html);
    }

    @Test
    void brokenTagsAreProblemsAtTheirLines() {
        Recorder r = new Recorder();
        render("One.\n\n{{< /orphan >}}\n\n{{< open \"quote >}}\n", r, false);
        assertEquals(2, r.problems.size(), r.problems.toString());
        assertTrue(
                r.problems
                        .get(0)
                        .startsWith("12: closing shortcode {{< /orphan >}} has no opening"),
                r.problems.get(0));
        assertTrue(
                r.problems
                        .get(1)
                        .startsWith("14: shortcode {{< open >}} has a quote that is never closed"),
                r.problems.get(1));
    }

    @Test
    void textWithoutShortcodesIsNotParsedTwice() {
        Recorder r = new Recorder();
        assertEquals(
                "<p>{ not } a {{ shortcode }}</p>\n",
                render("{ not } a {{ shortcode }}\n", r, false).html());
        assertEquals(List.of(), r.calls);
    }

    @Test
    void alertsNeedTheirMarkerAloneOnTheFirstLine() {
        String html =
                render(
                                "> [!tip]\n> Use *this*.\n\n> [!NOTE] not alone\n\n> Plain quote.\n\n> [!CAUTION]\n",
                                new Recorder(),
                                false)
                        .html();
        assertTrue(
                html.contains(
                        "<div class=\"alert alert-tip\" role=\"note\">\n<p class=\"alert-title\">Tip</p>\n<p>Use <em>this</em>.</p>\n</div>"),
                html);
        assertTrue(html.contains("<blockquote>\n<p>[!NOTE] not alone</p>"), html);
        assertTrue(html.contains("<blockquote>\n<p>Plain quote.</p>"), html);
        assertTrue(
                html.contains(
                        "<div class=\"alert alert-caution\" role=\"note\">\n<p class=\"alert-title\">Caution</p>\n</div>"),
                html);
    }

    @Test
    void theContentsLeadToTheIdsTheHeadingsGet() {
        RenderedMarkdown r =
                render(
                        "# Title\n\n## Talks\n\n### `Code` & more\n\n## Talks\n\n#### Deep\n\n## İstanbul\n",
                        new Recorder(),
                        true);
        assertTrue(r.html().contains("<h2 id=\"talks\">Talks</h2>"), r.html());
        assertTrue(r.html().contains("<h2 id=\"talks-1\">Talks</h2>"), r.html());
        assertTrue(r.toc().contains("<a href=\"#talks\">Talks</a>"), r.toc());
        assertTrue(r.toc().contains("<a href=\"#talks-1\">Talks</a>"), r.toc());
        assertTrue(r.toc().contains("<a href=\"#code--more\">Code &amp; more</a>"), r.toc());
        assertTrue(r.html().contains("id=\"code--more\""), r.html());
        assertFalse(r.toc().contains("Deep"), r.toc());
        assertFalse(r.toc().contains("Title"), r.toc());
        assertEquals(1, r.toc().split("<ol>", -1).length - 2, "one nested list: " + r.toc());
        assertNull(render("No headings.\n", new Recorder(), true).toc());
        assertNull(render("## Heading\n", new Recorder(), false).toc());
    }

    @Test
    void aHeadingKeepsTheIdItsAuthorGaveItAsHugoWritesIt() {
        RenderedMarkdown r = render("## Vorträge {#talks}\n\n## Talks\n", new Recorder(), true);
        assertTrue(r.html().contains("<h2 id=\"talks\">Vorträge</h2>"), r.html());
        assertTrue(r.toc().contains("<a href=\"#talks\">Vorträge</a>"), r.toc());
        assertTrue(r.toc().contains("<a href=\"#talks-1\">Talks</a>"), r.toc());
    }

    @Test
    void wordsAreCountedAsAReaderReadsThem() {
        assertEquals(
                8,
                render(
                                "**Con**tainer days: [a link](https://e.org/) `code`\n\n```\nint x;\n```\n\n<div>raw html</div>\n\nend\n",
                                new Recorder(),
                                false)
                        .words());
    }
}
