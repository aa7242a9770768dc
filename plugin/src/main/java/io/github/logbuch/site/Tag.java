package io.github.logbuch.site;

import java.util.List;

/**
 * A tag as one language's pages show it.
 *
 * @param name as the first post using it spells it
 * @param slug its URL segment
 * @param entries the posts listed under it, newest first
 */
public record Tag(String name, String slug, List<Entry> entries) {}
