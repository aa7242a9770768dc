package io.github.logbuch.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Counts the words a reader reads, as Hugo's {@code WordCount} does: the text and the code, not
 * link targets or raw HTML. A word split by emphasis ({@code **Con**tainer}) counts once.
 */
final class Words extends AbstractVisitor {
    private int count;
    private boolean inWord;

    static int count(Node document) {
        Words words = new Words();
        document.accept(words);
        return words.count;
    }

    private void add(String literal) {
        // an array, not charAt: cheaper in the forked build's quick JIT on a text beyond Latin-1
        char[] chars = literal.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isWhitespace(chars[i])) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                count++;
            }
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
    public void visit(FencedCodeBlock block) {
        inWord = false;
        add(block.getLiteral());
        inWord = false;
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        inWord = false;
        add(block.getLiteral());
        inWord = false;
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        inWord = false;
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        inWord = false;
    }

    @Override
    protected void visitChildren(Node parent) {
        if (parent instanceof Block) {
            inWord = false;
        }
        super.visitChildren(parent);
        if (parent instanceof Block) {
            inWord = false;
        }
    }
}
