package io.github.logbuch.content;

/** A {@code photos:} entry: a file of the bundle, its caption in this language, and its line. */
public record PhotoRef(String file, String caption, int line) {}
