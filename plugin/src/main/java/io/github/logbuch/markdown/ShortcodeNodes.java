package io.github.logbuch.markdown;

import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Shortcodes in the syntax tree: the parser reads a placeholder the {@link ShortcodeExpander} left
 * as a {@link Shortcode} node, one alone in its paragraph becomes a {@link ShortcodeBlock} (a
 * figure or an embed is no part of a paragraph), and the renderer writes the HTML a document's
 * shortcodes made, which {@link #fill} hands each node before rendering.
 */
final class ShortcodeNodes {
    private ShortcodeNodes() {}

    /** A shortcode inside a line of text. */
    static final class Shortcode extends CustomNode {
        final int index;
        String html = "";

        Shortcode(int index) {
            this.index = index;
        }
    }

    /** A shortcode on lines of its own. */
    static final class ShortcodeBlock extends CustomBlock {
        final int index;
        String html = "";

        ShortcodeBlock(int index) {
            this.index = index;
        }
    }

    /** Reads a placeholder, {@code U+E000 index U+E001}. */
    static final class Placeholders implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of(ShortcodeExpander.OPEN);
        }

        @Override
        public InlineContentParser create() {
            return Placeholders::parse;
        }

        private static ParsedInline parse(InlineParserState state) {
            Scanner scanner = state.scanner();
            Position start = scanner.position();
            scanner.next();
            StringBuilder digits = new StringBuilder();
            while (scanner.peek() >= '0' && scanner.peek() <= '9' && digits.length() < 9) {
                digits.append(scanner.peek());
                scanner.next();
            }
            if (digits.isEmpty() || !scanner.next(ShortcodeExpander.CLOSE)) {
                scanner.setPosition(start);
                return ParsedInline.none();
            }
            return ParsedInline.of(
                    new Shortcode(Integer.parseInt(digits.toString())), scanner.position());
        }
    }

    /** A paragraph holding one shortcode and nothing else is that shortcode, as a block. */
    static final class Lift implements PostProcessor {
        @Override
        public Node process(Node document) {
            Node block = document.getFirstChild();
            while (block != null) {
                Node next = block.getNext();
                if (block instanceof Paragraph) {
                    lift((Paragraph) block);
                } else if (block.getFirstChild() != null && !(block instanceof Paragraph)) {
                    process(block);
                }
                block = next;
            }
            return document;
        }

        /** A paragraph of nothing but shortcodes, each on its own line, is those blocks. */
        private static void lift(Paragraph paragraph) {
            java.util.List<Shortcode> shortcodes = new java.util.ArrayList<>();
            boolean lineHasOne = false;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Shortcode shortcode && !lineHasOne) {
                    shortcodes.add(shortcode);
                    lineHasOne = true;
                } else if (child instanceof SoftLineBreak) {
                    lineHasOne = false;
                } else if (!(child instanceof Text text && text.getLiteral().isBlank())) {
                    return;
                }
            }
            Node after = paragraph;
            for (Shortcode shortcode : shortcodes) {
                ShortcodeBlock block = new ShortcodeBlock(shortcode.index);
                block.setSourceSpans(shortcode.getSourceSpans());
                after.insertAfter(block);
                after = block;
            }
            if (!shortcodes.isEmpty()) {
                paragraph.unlink();
            }
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Shortcode.class, ShortcodeBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof ShortcodeBlock block) {
                html.line();
                html.raw(block.html.strip());
                html.line();
            } else {
                html.raw(((Shortcode) node).html);
            }
        }
    }
}
