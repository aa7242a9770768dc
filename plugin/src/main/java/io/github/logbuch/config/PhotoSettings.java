package io.github.logbuch.config;

import java.util.List;

/**
 * How photos are processed.
 *
 * @param widths the responsive widths, ascending; a photo is never scaled up, so a small one gets
 *     fewer
 * @param thumbnail the side of the square gallery thumbnails
 * @param quality JPEG quality, 0 to 1
 * @param maxMegapixels photos larger than this are refused before decoding
 * @param publishOriginals also publish the files as they are (with their metadata!)
 */
public record PhotoSettings(
        List<Integer> widths,
        int thumbnail,
        float quality,
        int maxMegapixels,
        boolean publishOriginals) {

    public static final PhotoSettings DEFAULT =
            new PhotoSettings(List.of(480, 960, 1600, 2400), 400, 0.82f, 120, false);

    public PhotoSettings {
        widths = widths.stream().sorted().distinct().toList();
        if (widths.isEmpty() || widths.get(0) < 16) {
            throw new ConfigException(
                    "photoWidths",
                    "must list widths of at least 16 pixels, e.g. 480,960,1600,2400");
        }
        if (thumbnail < 16) {
            throw new ConfigException(
                    "thumbnailSize", "must be at least 16 pixels, is " + thumbnail);
        }
        if (!(quality > 0 && quality <= 1)) {
            throw new ConfigException(
                    "photoQuality", "must be between 0 and 1, e.g. 0.82, is " + quality);
        }
        if (maxMegapixels < 1) {
            throw new ConfigException(
                    "maxPhotoMegapixels", "must be at least 1, is " + maxMegapixels);
        }
    }

    /** Everything that changes the processed files, for the cache key. */
    public String key() {
        return "widths=" + widths + ";thumbnail=" + thumbnail + ";quality=" + quality;
    }

    /** A comma list such as "480,960,1600,2400". */
    public static List<Integer> parseWidths(String text) {
        try {
            return java.util.Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Integer::valueOf)
                    .toList();
        } catch (NumberFormatException e) {
            throw new ConfigException(
                    "photoWidths",
                    "\"" + text + "\" is not a comma list of widths such as 480,960,1600,2400");
        }
    }
}
