package io.github.logbuch.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * GitHub's alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code
 * [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} becomes a callout with a title in the
 * page's language and {@code role="note"}, so it is told apart by its words, not by colour alone.
 */
final class Alerts {
    private static final Pattern MARKER =
            Pattern.compile(
                    "\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", Pattern.CASE_INSENSITIVE);

    private Alerts() {}

    /** An alert; its title is set per document, in its language. */
    static final class Alert extends CustomBlock {
        final String type;
        String title;

        Alert(String type) {
            this.type = type;
            this.title = type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
        }
    }

    /** The UI string key of an alert type's title. */
    static String key(String type) {
        return "alert." + type;
    }

    static final class Finder implements PostProcessor {
        @Override
        public Node process(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                if (child instanceof BlockQuote quote) {
                    Node replaced = alert(quote);
                    process(replaced);
                } else if (child.getFirstChild() != null && !(child instanceof Paragraph)) {
                    process(child);
                }
                child = next;
            }
            return node;
        }

        /** The alert the quote is, or the quote itself. */
        private static Node alert(BlockQuote quote) {
            if (!(quote.getFirstChild() instanceof Paragraph first)
                    || !(first.getFirstChild() instanceof Text marker)) {
                return quote;
            }
            Matcher m = MARKER.matcher(marker.getLiteral());
            Node after = marker.getNext();
            if (!m.matches() || !(after == null || after instanceof SoftLineBreak)) {
                return quote;
            }
            Alert alert = new Alert(m.group(1).toLowerCase(Locale.ROOT));
            alert.setSourceSpans(quote.getSourceSpans());
            marker.unlink();
            if (after != null) {
                after.unlink();
            }
            if (first.getFirstChild() == null) {
                first.unlink();
            }
            Node child = quote.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                alert.appendChild(child);
                child = next;
            }
            quote.insertAfter(alert);
            quote.unlink();
            return alert;
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Alert.class);
        }

        @Override
        public void render(Node node) {
            Alert alert = (Alert) node;
            html.line();
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "alert alert-" + alert.type);
            attributes.put("role", "note");
            html.tag("div", attributes);
            html.line();
            html.tag("p", Map.of("class", "alert-title"));
            html.text(alert.title);
            html.tag("/p");
            html.line();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.line();
            html.tag("/div");
            html.line();
        }
    }
}
