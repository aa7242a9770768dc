package io.github.logbuch.images;

import java.nio.file.Path;

/**
 * One processed size of a photo.
 *
 * @param name the file name it is published under, e.g. {@code hafen-1a2b3c4d-960.jpg}: a changed
 *     photo gets a new name
 * @param file where it lies in the cache
 */
public record Variant(String name, int width, int height, Path file) {}
