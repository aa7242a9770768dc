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
        Section section, Path dir, String name, List<Path> markdown, List<Path> resources) {

    /** A folder of photos without Markdown: a post made of its photos. */
    public boolean isAlbum() {
        return markdown.isEmpty();
    }

    /** The photos among the resources, in file-name order. */
    public List<Path> photos() {
        return resources.stream().filter(Bundle::isPhoto).toList();
    }

    /** JPEG and PNG files are photos: processed into sizes, not published as they are. */
    public static boolean isPhoto(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png");
    }
}
