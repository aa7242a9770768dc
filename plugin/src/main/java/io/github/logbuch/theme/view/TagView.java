package io.github.logbuch.theme.view;

/** A tag, linking to its page in the language being rendered, with its number of posts. */
public record TagView(String name, String slug, String url, int count) {}
