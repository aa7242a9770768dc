package io.github.logbuch.images;

import java.nio.file.Path;
import java.util.List;

/**
 * A processed photo: its sizes, its square thumbnail and the metadata worth showing.
 *
 * @param variants ascending by width; the last is the largest
 * @param thumbnail2x the thumbnail at twice the size, for screens with denser pixels; null when the
 *     photo is too small for it
 */
public record Photo(
        Path source,
        List<Variant> variants,
        Variant thumbnail,
        Variant thumbnail2x,
        PhotoMetadata metadata) {

    public Variant largest() {
        return variants.get(variants.size() - 1);
    }

    /** Width over height of the upright photo. */
    public double aspect() {
        Variant v = largest();
        return (double) v.width() / v.height();
    }
}
