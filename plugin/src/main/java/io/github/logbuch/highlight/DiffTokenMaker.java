package io.github.logbuch.highlight;

import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMakerBase;

/**
 * Unified diffs, which RSyntaxTextArea has no lexer for, plugged in as one of its token makers: a
 * diff is read line by line from its first character, so this is all its grammar.
 */
final class DiffTokenMaker extends TokenMakerBase {
    /** A line the diff adds; past RSyntaxTextArea's own types, as it has none for it. */
    static final int INSERTED = Token.DEFAULT_NUM_TOKEN_TYPES + 1;

    /** A line the diff removes. */
    static final int DELETED = Token.DEFAULT_NUM_TOKEN_TYPES + 2;

    @Override
    public Token getTokenList(Segment text, int initialTokenType, int startOffset) {
        resetTokenList();
        int start = text.offset;
        int end = text.offset + text.count;
        if (text.count == 0) {
            addNullToken();
            return firstToken;
        }
        addToken(text, start, end - 1, type(text), startOffset);
        addNullToken();
        return firstToken;
    }

    private static int type(Segment line) {
        String s = line.toString();
        if (s.startsWith("+++") || s.startsWith("---")) {
            return Token.PREPROCESSOR;
        }
        if (s.startsWith("@@")) {
            return Token.RESERVED_WORD;
        }
        if (s.startsWith("diff ") || s.startsWith("index ") || s.startsWith("Index: ")) {
            return Token.COMMENT_EOL;
        }
        return switch (line.array[line.offset]) {
            case '+', '>' -> INSERTED;
            case '-', '<' -> DELETED;
            case '!' -> Token.RESERVED_WORD_2;
            default -> Token.IDENTIFIER;
        };
    }
}
