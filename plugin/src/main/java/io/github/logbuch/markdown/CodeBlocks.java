package io.github.logbuch.markdown;

import io.github.logbuch.highlight.CodeOptions;
import io.github.logbuch.highlight.Highlighter;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Fenced code, highlighted at build time: the info string's first word is the language, the rest
 * may hold Hugo's options, <code>```go {linenos=table,hl_lines=[2]}</code>.
 */
final class CodeBlocks implements NodeRenderer {
    private final HtmlWriter html;

    CodeBlocks(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        String language = info;
        String options = "";
        int brace = info.indexOf('{');
        if (brace >= 0) {
            language = info.substring(0, brace).strip();
            options = info.substring(brace);
        }
        int space = language.indexOf(' ');
        if (space >= 0) {
            language = language.substring(0, space);
        }
        html.line();
        html.raw(Highlighter.html(block.getLiteral(), language, CodeOptions.parse(options)));
        html.line();
    }
}
