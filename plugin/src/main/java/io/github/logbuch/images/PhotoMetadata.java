package io.github.logbuch.images;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * What Logbuch takes from a photo's own metadata, and nothing more: no position, no camera serial
 * number, nothing a template could leak.
 *
 * @param orientation the EXIF orientation, 1 (as stored) to 8
 * @param caption the photo's description, or null: XMP dc:description, else IPTC Caption/Abstract,
 *     else EXIF ImageDescription; camera placeholders are no caption
 * @param captionsByLanguage XMP dc:description in other languages, by language code
 * @param captured when the photo was taken, or null
 * @param shooting camera, lens and exposure; {@link ShootingData#NONE} if the file has none
 */
public record PhotoMetadata(
        int orientation,
        String caption,
        Map<String, String> captionsByLanguage,
        ZonedDateTime captured,
        ShootingData shooting) {

    public static final PhotoMetadata NONE =
            new PhotoMetadata(1, null, Map.of(), null, ShootingData.NONE);

    public PhotoMetadata {
        shooting = shooting == null ? ShootingData.NONE : shooting;
    }

    /** The caption for a language: its own XMP alternative where there is one. */
    public Optional<String> caption(String language) {
        String own = captionsByLanguage.get(language);
        return Optional.ofNullable(own != null ? own : caption);
    }

    /** Orientations 5 to 8 turn the picture by 90°: its width is its stored height. */
    public boolean swapsSides() {
        return orientation >= 5 && orientation <= 8;
    }
}
