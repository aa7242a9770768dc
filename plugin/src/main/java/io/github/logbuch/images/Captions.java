package io.github.logbuch.images;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells real captions from what cameras write into the description field on their own. */
final class Captions {
    private static final Set<String> PLACEHOLDERS =
            Set.of(
                    "olympus digital camera",
                    "sony dsc",
                    "digital camera",
                    "kodak digital still camera",
                    "minolta digital camera",
                    "konica minolta digital camera",
                    "samsung digital camera",
                    "sanyo digital camera",
                    "exif_jpeg_picture",
                    "exif jpeg",
                    "jpeg",
                    "image",
                    "picture",
                    "photo",
                    "default",
                    "untitled",
                    "no title",
                    "lead technologies inc. v1.01",
                    "created with gimp",
                    "smartphone",
                    "camera");

    /** File-name-like captions: DSC_0042, IMG_1234, DSCN0001, P1000123, 100-0042. */
    private static final Pattern FILE_NAME =
            Pattern.compile("(?i)^(dsc[nf_]?|img|p|pict|sam|dcim)?[_ -]?\\d{3,}[\\w.-]*$");

    private Captions() {}

    /** The caption with control characters and surrounding space removed, or null if it is none. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (s.isEmpty()
                || PLACEHOLDERS.contains(s.toLowerCase(Locale.ROOT))
                || FILE_NAME.matcher(s).matches()) {
            return null;
        }
        return s;
    }
}
