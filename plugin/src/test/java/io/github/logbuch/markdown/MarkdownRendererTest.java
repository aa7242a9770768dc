package io.github.logbuch.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String html(String text) {
        return markdown.render(text, LinkResolver.NONE, 1).html();
    }

    @Test
    void gfmTablesRenderWithoutTheObsoleteAlignAttribute() {
        String html = html("| a | b |\n|:-:|--:|\n| 1 | 2 |\n");
        assertTrue(html.contains("<th class=\"align-center\">a</th>"), html);
        assertTrue(html.contains("<td class=\"align-right\">2</td>"), html);
        assertFalse(html.contains("align=\""), html);
    }

    @Test
    void strikethroughAutolinksAndTaskListsWork() {
        String html =
                html(
                        "~~old~~ new, see https://example.org and www.example.com\n\n- [x] done\n- [ ] open\n");
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">https://example.org</a>"), html);
        assertTrue(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"), html);
        assertTrue(html.contains("<input type=\"checkbox\" disabled=\"\" checked=\"\">"), html);
    }

    @Test
    void footnotesAndHeadingAnchorsWork() {
        String html = html("## Talks\n\n## Talks\n\nText[^1].\n\n[^1]: Note.\n");
        assertTrue(html.contains("<h2 id=\"talks\">Talks</h2>"), html);
        assertTrue(html.contains("<h2 id=\"talks-1\">Talks</h2>"), html);
        assertTrue(html.contains("href=\"#fn-1\""), html);
        assertTrue(html.contains("<section class=\"footnotes\" data-footnotes>"), html);
    }

    @Test
    void rawHtmlPassesThrough() {
        String html =
                html(
                        "<div class=\"note\">\n<p>Raw</p>\n</div>\n\nInline <abbr title=\"x\">X</abbr>.\n");
        assertTrue(html.contains("<div class=\"note\">\n<p>Raw</p>\n</div>"), html);
        assertTrue(html.contains("<abbr title=\"x\">X</abbr>"), html);
    }

    @Test
    void relativeDestinationsGoToTheResolverWithTheirLine() {
        List<String> asked = new ArrayList<>();
        LinkResolver resolver =
                (destination, image, line) -> {
                    asked.add(destination + " " + image + " " + line);
                    return Optional.of("/resolved/" + destination);
                };
        String body =
                "Intro.\n\nSee [post](../other/) and ![photo](a.jpg),\n[abs](/x/) [ext](https://e.org/) [mail](mailto:a@b.c) [frag](#top).\n";
        String html = markdown.render(body, resolver, 10).html();
        assertEquals(List.of("../other/ false 12", "a.jpg true 12"), asked);
        assertTrue(html.contains("href=\"/resolved/../other/\""), html);
        assertTrue(html.contains("src=\"/resolved/a.jpg\""), html);
        assertTrue(html.contains("href=\"/x/\""), html);
        assertTrue(html.contains("href=\"mailto:a@b.c\""), html);
    }

    @Test
    void aLinkOnALaterLineOfItsBlockIsToldWithThatLine() {
        List<String> asked = new ArrayList<>();
        LinkResolver resolver =
                (destination, image, line) -> {
                    asked.add(destination + " " + line);
                    return Optional.empty();
                };
        String body =
                "First line,\nsecond [a](a/) line,\nthird ![b](b.jpg).\n\n"
                        + "- item\n  goes on [c](c/)\n\n"
                        + "> quoted\n> [d](d/) here\n\n"
                        + "| x | y |\n|---|---|\n| 1 | [e](e/) |\n";
        markdown.render(body, resolver, 5);
        assertEquals(List.of("a/ 6", "b.jpg 7", "c/ 10", "d/ 13", "e/ 17"), asked);
    }

    @Test
    void theSummaryIsTheFirstParagraphWithoutFootnotesOrIds() {
        RenderedMarkdown r =
                markdown.render(
                        "# Heading\n\nFirst [link](https://e.org/) para[^1].\n\nSecond.\n\n[^1]: N.\n",
                        LinkResolver.NONE,
                        1);
        assertEquals("<p>First <a href=\"https://e.org/\">link</a> para.</p>\n", r.summaryHtml());
        assertEquals("First link para.", r.summaryText());
        assertTrue(r.truncated());
    }

    @Test
    void theSummaryEndsAtTheMoreMarker() {
        RenderedMarkdown r =
                markdown.render(
                        "## Intro\n\nOne.\n\nTwo.\n\n<!--more-->\n\nThree.\n",
                        LinkResolver.NONE,
                        1);
        assertEquals("<h2>Intro</h2>\n<p>One.</p>\n<p>Two.</p>\n", r.summaryHtml());
        assertEquals("Intro One. Two.", r.summaryText());
        assertTrue(r.truncated());
        assertTrue(r.html().contains("<p>Three.</p>"), r.html());
    }

    @Test
    void theMoreMarkerMayEndAParagraph() {
        RenderedMarkdown r = markdown.render("One <!-- more -->\nTwo.\n", LinkResolver.NONE, 1);
        assertEquals("<p>One </p>\n", r.summaryHtml());
        assertTrue(r.truncated());
    }

    @Test
    void aShortPostIsNotTruncated() {
        RenderedMarkdown r = markdown.render("Only this.\n", LinkResolver.NONE, 1);
        assertEquals("<p>Only this.</p>\n", r.summaryHtml());
        assertFalse(r.truncated());
    }

    @Test
    void aTablesCellsAreWordsApartInThePlainText() {
        RenderedMarkdown r =
                markdown.render(
                        "| Photo | Year |\n|---|---|\n| Storm | 2008 |\n| Dune | 2007 |\n",
                        LinkResolver.NONE,
                        1);
        assertEquals("Photo Year Storm 2008 Dune 2007", r.text());
    }

    @Test
    void plainTextLeavesOutLinkTargetsAndRawHtml() {
        RenderedMarkdown r =
                markdown.render(
                        "A [link](https://e.org/) with `code` and <b>bold</b>\nacross lines.\n",
                        LinkResolver.NONE,
                        1);
        assertEquals("A link with code and bold across lines.", r.summaryText());
    }

    @Test
    void htmlInTextIsEscapedButRawHtmlIsNot() {
        String html = html("Fish & chips, 1 < 2, \"quoted\"\n");
        assertEquals("<p>Fish &amp; chips, 1 &lt; 2, &quot;quoted&quot;</p>\n", html);
    }
}
