package io.github.logbuch.content;

import java.util.List;

/** Every post and page of the blog, read and checked, in a stable order. */
public record Content(List<Document> posts, List<Document> pages) {}
