package io.github.logbuch.content;

/**
 * A Markdown file split into its front matter and its body.
 *
 * @param bodyLine the file line the body starts on, so Markdown problems can name it
 */
public record SourceText(FrontMatter frontMatter, String body, int bodyLine) {}
