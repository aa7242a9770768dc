package io.github.logbuch.markdown;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with GFM tables, strikethrough, autolinks, task lists, footnotes and heading anchors;
 * raw HTML passes through. Configured once, thread-safe afterwards.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer bodyRenderer;
    private final HtmlRenderer summaryRenderer;

    public MarkdownRenderer() {
        List<Extension> common =
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        TaskListItemsExtension.create(),
                        FootnotesExtension.create());
        List<Extension> body =
                List.<Extension>copyOf(
                        java.util.stream.Stream.concat(
                                        common.stream(),
                                        java.util.stream.Stream.of(HeadingAnchorExtension.create()))
                                .toList());
        parser =
                Parser.builder()
                        .extensions(body)
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                        .build();
        bodyRenderer =
                HtmlRenderer.builder()
                        .extensions(body)
                        .percentEncodeUrls(true)
                        .attributeProviderFactory(context -> new Html5Attributes())
                        .nodeRendererFactory(PhotoNodes.Renderer::new)
                        .build();
        summaryRenderer =
                HtmlRenderer.builder()
                        .extensions(common)
                        .percentEncodeUrls(true)
                        .attributeProviderFactory(context -> new Html5Attributes())
                        .nodeRendererFactory(PhotoNodes.Renderer::new)
                        .build();
    }

    /**
     * Renders a body.
     *
     * @param firstLine the file line the body starts on, for the resolver's problems
     */
    public RenderedMarkdown render(String markdown, LinkResolver links, int firstLine) {
        return render(markdown, links, ImageResolver.NONE, firstLine);
    }

    /**
     * Renders a body whose images may be processed photos.
     *
     * @param firstLine the file line the body starts on, for the resolvers' problems
     */
    public RenderedMarkdown render(
            String markdown, LinkResolver links, ImageResolver images, int firstLine) {
        Document document = (Document) parser.parse(markdown);
        document.accept(new LinkRewriter(links, images, firstLine));
        String html = bodyRenderer.render(document);
        String text = PlainText.withCode(document);
        Summaries.Cut cut = Summaries.cut(document);
        String summaryHtml = summaryRenderer.render(cut.summary());
        String summaryText = PlainText.of(cut.summary());
        return new RenderedMarkdown(html, summaryHtml, summaryText, cut.truncated(), text);
    }

    /** Renders a short text such as a caption: inline Markdown only, no wrapping paragraph. */
    public String renderInline(String markdown) {
        Node document = parser.parse(markdown);
        return summaryRenderer.render(document).strip().replaceAll("^<p>|</p>$", "");
    }

    /** HTML5 has no {@code align} attribute: table cells get a class the theme styles instead. */
    private static final class Html5Attributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof TableCell cell && attributes.remove("align") != null) {
                attributes.put(
                        "class",
                        "align-" + cell.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
