package io.github.logbuch.markdown;

/**
 * A document's body as HTML.
 *
 * @param html the whole body
 * @param summaryHtml the part shown in lists: up to {@code <!--more-->}, else the first paragraph;
 *     without heading ids and footnotes, so several summaries can share a page
 * @param summaryText the same as plain text, whitespace collapsed
 * @param truncated whether the body goes on after the summary
 * @param text the whole body as plain text, code blocks included, whitespace collapsed: what search
 *     indexes
 */
public record RenderedMarkdown(
        String html, String summaryHtml, String summaryText, boolean truncated, String text) {}
