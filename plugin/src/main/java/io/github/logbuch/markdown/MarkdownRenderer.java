package io.github.logbuch.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with GFM tables, strikethrough, autolinks, task lists, footnotes, heading ids, GitHub
 * alerts, fenced code highlighted at build time and Hugo's shortcodes; raw HTML passes through.
 * Configured once, thread-safe afterwards.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final Parser codeFinder;
    private final HtmlRenderer bodyRenderer;
    private final HtmlRenderer summaryRenderer;

    /**
     * What a body is rendered with besides its text.
     *
     * @param links resolves relative links
     * @param images finds the processed photo behind an image
     * @param shortcodes renders the shortcodes, or {@link Shortcodes#NONE} to leave them as written
     * @param labels alert and contents titles in the document's language
     * @param toc whether to make a table of contents
     * @param firstLine the file line the body starts on, for problems
     */
    public record Context(
            LinkResolver links,
            ImageResolver images,
            Shortcodes shortcodes,
            Labels labels,
            boolean toc,
            int firstLine) {

        Context at(int line) {
            return new Context(links, images, shortcodes, labels, false, line);
        }
    }

    public MarkdownRenderer() {
        List<Extension> extensions =
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        TaskListItemsExtension.create(),
                        FootnotesExtension.create());
        // the blocks' source spans are enough for the lines of problems (LinkRewriter finds a
        // link's line in its paragraph's): an inline's were 4 % of a large cold build's time
        parser = parser(extensions, IncludeSourceSpans.BLOCKS);
        // where code spans are, for the rare body with shortcodes: they stay literal inside code
        codeFinder = parser(extensions, IncludeSourceSpans.BLOCKS_AND_INLINES);
        bodyRenderer =
                HtmlRenderer.builder()
                        .extensions(extensions)
                        .percentEncodeUrls(true)
                        .attributeProviderFactory(context -> new Html5Attributes())
                        .attributeProviderFactory(context -> new Headings.Ids())
                        .nodeRendererFactory(PhotoNodes.Renderer::new)
                        .nodeRendererFactory(CodeBlocks::new)
                        .nodeRendererFactory(Alerts.Renderer::new)
                        .nodeRendererFactory(ShortcodeNodes.Renderer::new)
                        .build();
        summaryRenderer =
                HtmlRenderer.builder()
                        .extensions(extensions)
                        .percentEncodeUrls(true)
                        .attributeProviderFactory(context -> new Html5Attributes())
                        .nodeRendererFactory(PhotoNodes.Renderer::new)
                        .nodeRendererFactory(CodeBlocks::new)
                        .nodeRendererFactory(Alerts.Renderer::new)
                        .nodeRendererFactory(ShortcodeNodes.Renderer::new)
                        .build();
    }

    /**
     * A renderer that has rendered a short document with the common constructs already, so the
     * classes a body needs are loaded and initialised: a build makes it in a thread beside its
     * loading, and the first bodies do not wait for that.
     */
    public static MarkdownRenderer prepared() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        renderer.render(
                """
                # Hafen

                Am *Kai* mit **Blick** auf [die Elbe](../elbe/), `code`, https://example.org\
                und ~~mehr~~.[^1]

                - [x] eins
                - zwei

                > Zitat

                | a | b |
                |---|---|
                | 1 | 2 |

                ```java
                int x = 1;
                ```

                <!--more-->

                [^1]: Fussnote.
                """,
                LinkResolver.NONE,
                1);
        return renderer;
    }

    private static Parser parser(List<Extension> extensions, IncludeSourceSpans spans) {
        return Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(spans)
                .customInlineContentParserFactory(new ShortcodeNodes.Placeholders())
                .postProcessor(new Headings.Attributes())
                .postProcessor(new Alerts.Finder())
                .postProcessor(new ShortcodeNodes.Lift())
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
        return render(
                markdown,
                new Context(links, images, Shortcodes.NONE, Labels.ENGLISH, false, firstLine));
    }

    /** Renders a body with its shortcodes, alerts and, if asked for, its table of contents. */
    public RenderedMarkdown render(String markdown, Context context) {
        String source = markdown;
        List<String> shortcodeHtml = List.of();
        if (context.shortcodes() != Shortcodes.NONE) {
            ShortcodeExpander.Expanded expanded =
                    new ShortcodeExpander(
                                    context.shortcodes(),
                                    this::codeRegions,
                                    (inner, line) -> render(inner, context.at(line)).html())
                            .expand(markdown, context.firstLine());
            source = expanded.text();
            shortcodeHtml = expanded.html();
        }
        Document document = (Document) parser.parse(source);
        document.accept(
                new LinkRewriter(context.links(), context.images(), source, context.firstLine()));
        document.accept(new Fill(shortcodeHtml, context.labels()));
        int words = Words.count(document);
        String toc =
                context.toc()
                        ? Headings.nav(
                                Headings.contents(document), context.labels().label("toc.title"))
                        : null;
        String html = bodyRenderer.render(document);
        String text = PlainText.withCode(document);
        Summaries.Cut cut = Summaries.cut(document);
        String summaryHtml = summaryRenderer.render(cut.summary());
        String summaryText = PlainText.of(cut.summary());
        return new RenderedMarkdown(
                html, summaryHtml, summaryText, cut.truncated(), toc, words, text);
    }

    /** Renders a short text such as a caption: inline Markdown only, no wrapping paragraph. */
    public String renderInline(String markdown) {
        Node document = parser.parse(markdown);
        return summaryRenderer.render(document).strip().replaceAll("^<p>|</p>$", "");
    }

    /** Where a text has code (fenced, indented, spans), as {@code [start, end)} of the text. */
    private List<int[]> codeRegions(String text) {
        List<int[]> regions = new ArrayList<>();
        codeFinder
                .parse(text)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(FencedCodeBlock block) {
                                add(block);
                            }

                            @Override
                            public void visit(IndentedCodeBlock block) {
                                add(block);
                            }

                            @Override
                            public void visit(Code code) {
                                add(code);
                            }

                            private void add(Node node) {
                                for (SourceSpan span : node.getSourceSpans()) {
                                    regions.add(
                                            new int[] {
                                                span.getInputIndex(),
                                                span.getInputIndex() + span.getLength()
                                            });
                                }
                            }
                        });
        return regions;
    }

    /** Hands each shortcode its HTML and each alert its title, in the document's language. */
    private static final class Fill extends AbstractVisitor {
        private final List<String> shortcodeHtml;
        private final Labels labels;

        Fill(List<String> shortcodeHtml, Labels labels) {
            this.shortcodeHtml = shortcodeHtml;
            this.labels = labels;
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof ShortcodeNodes.Shortcode shortcode) {
                shortcode.html = html(shortcode.index);
            }
            visitChildren(node);
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof ShortcodeNodes.ShortcodeBlock shortcode) {
                shortcode.html = html(shortcode.index);
            } else if (block instanceof Alerts.Alert alert) {
                alert.title = labels.label(Alerts.key(alert.type));
            }
            visitChildren(block);
        }

        @Override
        public void visit(HtmlBlock block) {
            block.setLiteral(ShortcodeExpander.substitute(block.getLiteral(), shortcodeHtml));
        }

        @Override
        public void visit(HtmlInline inline) {
            inline.setLiteral(ShortcodeExpander.substitute(inline.getLiteral(), shortcodeHtml));
        }

        private String html(int index) {
            return index < shortcodeHtml.size() ? shortcodeHtml.get(index) : "";
        }
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
