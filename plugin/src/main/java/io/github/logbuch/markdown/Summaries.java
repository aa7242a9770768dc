package io.github.logbuch.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Cuts the summary out of a parsed body: everything before {@code <!--more-->}, else the first
 * paragraph. Mutates the body, so it runs after the body is rendered.
 */
final class Summaries {
    private Summaries() {}

    record Cut(Document summary, boolean truncated) {}

    static Cut cut(Document body) {
        Document summary = new Document();
        Node marker = findMore(body);
        if (marker != null) {
            cutBefore(body, marker, summary);
            return new Cut(clean(summary), true);
        }
        Node first = body.getFirstChild();
        while (first != null && !(first instanceof Paragraph)) {
            first = first.getNext();
        }
        if (first == null) {
            return new Cut(summary, body.getFirstChild() != null);
        }
        boolean more = first.getNext() != null && hasContentAfter(first);
        summary.appendChild(first);
        return new Cut(clean(summary), more);
    }

    private static boolean hasContentAfter(Node node) {
        for (Node n = node.getNext(); n != null; n = n.getNext()) {
            if (!(n instanceof FootnoteDefinition)) {
                return true;
            }
        }
        return false;
    }

    private static Node findMore(Document body) {
        for (Node block = body.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof HtmlBlock html && isMore(html.getLiteral())) {
                return block;
            }
            if (block instanceof Paragraph) {
                for (Node inline = block.getFirstChild();
                        inline != null;
                        inline = inline.getNext()) {
                    if (inline instanceof HtmlInline html && isMore(html.getLiteral())) {
                        return inline;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isMore(String literal) {
        String s = literal.strip();
        return s.equals("<!--more-->") || s.equals("<!-- more -->");
    }

    private static void cutBefore(Document body, Node marker, Document summary) {
        Node stopBlock = marker.getParent() instanceof Paragraph ? marker.getParent() : marker;
        List<Node> blocks = new ArrayList<>();
        for (Node n = body.getFirstChild(); n != null && n != stopBlock; n = n.getNext()) {
            blocks.add(n);
        }
        for (Node block : blocks) {
            summary.appendChild(block);
        }
        if (stopBlock != marker) {
            Paragraph partial = new Paragraph();
            List<Node> inlines = new ArrayList<>();
            for (Node n = stopBlock.getFirstChild(); n != null && n != marker; n = n.getNext()) {
                inlines.add(n);
            }
            for (Node inline : inlines) {
                partial.appendChild(inline);
            }
            if (partial.getFirstChild() != null) {
                summary.appendChild(partial);
            }
        }
    }

    /** Footnotes cannot work outside their post, and their numbers would clash in a list. */
    private static Document clean(Document summary) {
        List<Node> drop = new ArrayList<>();
        summary.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(CustomNode node) {
                        if (node instanceof FootnoteReference || node instanceof InlineFootnote) {
                            drop.add(node);
                        } else {
                            visitChildren(node);
                        }
                    }

                    @Override
                    public void visit(CustomBlock block) {
                        if (block instanceof FootnoteDefinition) {
                            drop.add(block);
                        } else {
                            visitChildren(block);
                        }
                    }
                });
        drop.forEach(Node::unlink);
        return summary;
    }
}
