package io.github.logbuch.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder that makes one post or page: its Markdown files, one per language, and the files beside
 * them (photos, downloads), which all its languages share. A single Markdown file outside a folder
 * is a bundle without resources.
 *
 * @param dir the folder; for a single file, the folder it is in
 * @param name the folder name, or the file name without language and extension
 * @param markdown the Markdown files, one per language ({@code index.md}, {@code index.en.md})
 * @param resources files beside the Markdown, relative to {@code dir}
 */
public record Bundle(
        Section section, Path dir, String name, List<Path> markdown, List<Path> resources) {}
