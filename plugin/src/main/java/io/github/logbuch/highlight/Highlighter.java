package io.github.logbuch.highlight;

import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;

/**
 * Code as HTML, coloured at build time: RSyntaxTextArea's lexers split each line into tokens, and
 * every token of a kind worth colouring becomes a {@code <span class="hl-...">} the theme's
 * stylesheet colours (keywords, strings, comments, numbers, types...). The text stays exactly the
 * code, escaped as commonmark escapes it; a language nobody knows, or none, gives the plain block
 * commonmark would write. Thread-safe: each block gets its own lexer.
 */
public final class Highlighter {
    private Highlighter() {}

    /** Whether {@code language} (as written after a fence, e.g. {@code yml}) is highlighted. */
    public static boolean knows(String language) {
        return language != null && Languages.knows(language);
    }

    /**
     * The {@code <pre>} block for {@code code} in {@code language} (null or blank for none).
     *
     * @param code the code, as a fenced block's literal: lines ending in a newline
     */
    public static String html(String code, String language, CodeOptions options) {
        String lang = language == null ? "" : language.strip();
        Optional<TokenMaker> lexer = lang.isEmpty() ? Optional.empty() : Languages.lexer(lang);
        StringBuilder out = new StringBuilder(code.length() * 2 + 64);
        out.append(lexer.isPresent() ? "<pre class=\"highlight\">" : "<pre>");
        out.append("<code");
        StringBuilder classes = new StringBuilder();
        if (!lang.isEmpty()) {
            classes.append("language-").append(escape(lang));
        }
        if (options.lineNumbers()) {
            classes.append(classes.isEmpty() ? "" : " ").append("linenos");
        }
        if (!classes.isEmpty()) {
            out.append(" class=\"").append(classes).append('"');
        }
        if (lexer.isPresent()) {
            out.append(" data-lang=\"").append(escape(lang)).append('"');
        }
        if (options.lineNumbers() && options.firstLine() != 1) {
            out.append(" style=\"counter-reset: line ").append(options.firstLine() - 1).append('"');
        }
        out.append('>');
        String[] lines = code.split("\n", -1);
        int state = Token.NULL;
        for (int i = 0; i < lines.length; i++) {
            boolean last = i == lines.length - 1;
            if (last && lines[i].isEmpty()) {
                break; // the newline that ends the block's last line
            }
            if (options.wrapsLines()) {
                out.append(
                        options.highlighted().contains(i + 1)
                                ? "<span class=\"line hl\">"
                                : "<span class=\"line\">");
            }
            if (lexer.isPresent()) {
                state = line(lexer.get(), lines[i], state, out);
            } else {
                escape(lines[i], out);
            }
            if (options.wrapsLines()) {
                out.append("</span>");
            }
            if (!last) {
                out.append('\n');
            }
        }
        out.append("</code></pre>\n");
        return out.toString();
    }

    /** One line's tokens into {@code out}; returns the state the next line starts in. */
    private static int line(TokenMaker lexer, String line, int state, StringBuilder out) {
        char[] chars = line.toCharArray();
        Segment segment = new Segment(chars, 0, chars.length);
        Token token = lexer.getTokenList(segment, state, 0);
        int mark = out.length();
        int written = 0;
        String open = null;
        for (; token != null && token.isPaintable(); token = token.getNextToken()) {
            String cls = cssClass(token.getType());
            if (cls == null && token.getType() == Token.WHITESPACE && open != null) {
                Token next = token.getNextToken();
                if (next != null && next.isPaintable() && open.equals(cssClass(next.getType()))) {
                    cls = open; // "public final class" is one span, not three
                }
            }
            if (!java.util.Objects.equals(cls, open)) {
                if (open != null) {
                    out.append("</span>");
                }
                if (cls != null) {
                    out.append("<span class=\"").append(cls).append("\">");
                }
                open = cls;
            }
            int from = token.getOffset(); // the line starts at offset 0
            int length = token.length();
            escape(chars, from, length, out);
            written += length;
        }
        if (open != null) {
            out.append("</span>");
        }
        if (written != chars.length) {
            // a lexer that skipped or repeated text: the line as it is, rather than wrong text
            out.setLength(mark);
            escape(line, out);
        }
        return lexer.getLastTokenTypeOnLine(segment, state);
    }

    /** The stylesheet's class for a token type, or null for text left as it is. */
    static String cssClass(int type) {
        if (type == DiffTokenMaker.INSERTED) {
            return "hl-inserted";
        }
        if (type == DiffTokenMaker.DELETED) {
            return "hl-deleted";
        }
        return switch (type) {
            case Token.COMMENT_EOL,
                    Token.COMMENT_MULTILINE,
                    Token.COMMENT_DOCUMENTATION,
                    Token.COMMENT_KEYWORD,
                    Token.COMMENT_MARKUP,
                    Token.MARKUP_COMMENT ->
                    "hl-comment";
            case Token.RESERVED_WORD, Token.RESERVED_WORD_2 -> "hl-keyword";
            case Token.FUNCTION -> "hl-builtin";
            case Token.LITERAL_BOOLEAN -> "hl-constant";
            case Token.LITERAL_NUMBER_DECIMAL_INT,
                    Token.LITERAL_NUMBER_FLOAT,
                    Token.LITERAL_NUMBER_HEXADECIMAL ->
                    "hl-number";
            case Token.LITERAL_STRING_DOUBLE_QUOTE,
                    Token.LITERAL_CHAR,
                    Token.LITERAL_BACKQUOTE,
                    Token.MARKUP_TAG_ATTRIBUTE_VALUE,
                    Token.MARKUP_CDATA ->
                    "hl-string";
            case Token.DATA_TYPE -> "hl-type";
            case Token.VARIABLE -> "hl-variable";
            case Token.REGEX -> "hl-regex";
            case Token.ANNOTATION -> "hl-annotation";
            case Token.OPERATOR -> "hl-operator";
            case Token.PREPROCESSOR,
                    Token.MARKUP_DTD,
                    Token.MARKUP_PROCESSING_INSTRUCTION,
                    Token.MARKUP_CDATA_DELIMITER ->
                    "hl-meta";
            case Token.MARKUP_TAG_DELIMITER, Token.MARKUP_TAG_NAME -> "hl-tag";
            case Token.MARKUP_TAG_ATTRIBUTE -> "hl-attribute";
            case Token.MARKUP_ENTITY_REFERENCE -> "hl-entity";
            default -> null;
        };
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        escape(s, out);
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        char[] chars = s.toCharArray();
        escape(chars, 0, chars.length, out);
    }

    /** As commonmark escapes text: {@code & < > "}. */
    private static void escape(char[] chars, int from, int length, StringBuilder out) {
        for (int i = from; i < from + length; i++) {
            char c = chars[i];
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
