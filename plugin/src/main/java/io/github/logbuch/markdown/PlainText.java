package io.github.logbuch.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a document as a reader sees them, for descriptions and feed summaries: no link
 * targets (unlike commonmark's text renderer), no raw HTML, whitespace collapsed.
 */
final class PlainText extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();

    static String of(Node node) {
        PlainText text = new PlainText();
        node.accept(text);
        return text.out.toString().replaceAll("\\s+", " ").strip();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HtmlInline htmlInline) {}

    @Override
    public void visit(HtmlBlock htmlBlock) {}

    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (parent instanceof Block) {
            out.append(' ');
        }
    }
}
