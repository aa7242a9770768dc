package io.github.logbuch.content;

/** Where a document lives: on the timeline, or outside it. */
public enum Section {
    /** {@code content/posts}: dated, listed, tagged, in the feed. */
    POST,
    /** {@code content/pages}: about, Impressum; linked from the navigation. */
    PAGE
}
