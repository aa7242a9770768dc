package io.github.logbuch.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a document as a reader sees them, for descriptions and feed summaries: no link
 * targets (unlike commonmark's text renderer), no raw HTML, whitespace collapsed.
 */
final class PlainText extends AbstractVisitor {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final StringBuilder out = new StringBuilder();
    private final boolean codeBlocks;

    private PlainText(boolean codeBlocks) {
        this.codeBlocks = codeBlocks;
    }

    static String of(Node node) {
        return text(node, false);
    }

    /** The words of a whole document for search: code blocks too, a reader may look for them. */
    static String withCode(Node node) {
        return text(node, true);
    }

    private static String text(Node node, boolean codeBlocks) {
        PlainText text = new PlainText(codeBlocks);
        node.accept(text);
        return SPACES.matcher(text.out).replaceAll(" ").strip();
    }

    @Override
    public void visit(FencedCodeBlock block) {
        if (codeBlocks) {
            out.append(block.getLiteral()).append(' ');
        }
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        if (codeBlocks) {
            out.append(block.getLiteral()).append(' ');
        }
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
