package io.github.logbuch.content;

/** An old URL that must keep working, as a site path starting with '/', and its line. */
public record Alias(String path, int line) {}
