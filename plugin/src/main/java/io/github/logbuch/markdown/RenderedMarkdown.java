package io.github.logbuch.markdown;

/**
 * A document's body as HTML.
 *
 * @param html the whole body
 * @param summaryHtml the part shown in lists: up to {@code <!--more-->}, else the first paragraph;
 *     without heading ids and footnotes, so several summaries can share a page
 * @param summaryText the same as plain text, whitespace collapsed
 * @param truncated whether the body goes on after the summary
 * @param toc the table of contents, a {@code <nav>} of the h2 and h3, when it was asked for and the
 *     body has such headings; else null
 * @param words how many words the body has, code included
 * @param text the whole body as plain text, code blocks included, whitespace collapsed: what search
 *     indexes
 */
public record RenderedMarkdown(
        String html,
        String summaryHtml,
        String summaryText,
        boolean truncated,
        String toc,
        int words,
        String text) {

    public RenderedMarkdown(
            String html, String summaryHtml, String summaryText, boolean truncated) {
        this(html, summaryHtml, summaryText, truncated, null, 0, "");
    }
}
