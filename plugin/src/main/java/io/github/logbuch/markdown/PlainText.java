package io.github.logbuch.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
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
    private final StringBuilder out = new StringBuilder();
    private final boolean codeBlocks;

    /** Whitespace came after the last word: a space goes before the next one. */
    private boolean space;

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
        return text.out.toString().strip();
    }

    /**
     * Appends {@code text} with its whitespace collapsed as it goes, each run (with the runs before
     * it) one space, none at the start: as {@code \s+} replaced by a space would, without a second
     * copy of the text.
     */
    private void add(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (isSpace(text.charAt(i))) {
                space = true;
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && !isSpace(text.charAt(end))) {
                end++;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(text, i, end);
            i = end;
        }
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    @Override
    public void visit(FencedCodeBlock block) {
        if (codeBlocks) {
            add(block.getLiteral());
            space = true;
        }
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        if (codeBlocks) {
            add(block.getLiteral());
            space = true;
        }
    }

    @Override
    public void visit(Text text) {
        add(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        add(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        space = true;
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        space = true;
    }

    @Override
    public void visit(HtmlInline htmlInline) {}

    @Override
    public void visit(HtmlBlock htmlBlock) {}

    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        // a table's cells are no blocks, but their words are apart all the same
        if (parent instanceof Block || parent instanceof TableCell) {
            space = true;
        }
    }
}
