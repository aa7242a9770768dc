package io.github.logbuch.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles, folder names and tags into URL path segments. */
public final class Slugs {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What a hand-written {@code slug:} may contain: one path segment, nothing to escape. */
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_~-][\\p{L}\\p{N}._~-]*");

    private Slugs() {}

    /**
     * "Über die Brücke" → "ueber-die-bruecke", "Straße" → "strasse", "Café" → "cafe". German
     * letters are spelled out as Germans do; other accents are dropped.
     */
    public static String slugify(String text) {
        String s = text.strip();
        s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = s.replace("ẞ", "SS").replace("&", " and ");
        // letters Unicode does not decompose into a base letter and a mark
        s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae");
        s = s.replace("œ", "oe").replace("Œ", "Oe").replace("ł", "l").replace("Ł", "L");
        s =
                s.replace("đ", "d")
                        .replace("Đ", "D")
                        .replace("ð", "d")
                        .replace("þ", "th")
                        .replace("ı", "i");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = NON_ALNUM.matcher(s).replaceAll("-");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    /** A tag's URL segment: its slug, or for a tag without Latin letters the tag itself. */
    public static String tagSlug(String tag) {
        String slug = slugify(tag);
        if (!slug.isEmpty()) {
            return slug;
        }
        return UNSAFE_IN_SEGMENT.matcher(tag.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    private static final Pattern UNSAFE_IN_SEGMENT = Pattern.compile("[\\s/\\\\?#%.]+");

    /** Whether a hand-written slug is one safe path segment: no '/', no '..', nothing hidden. */
    public static boolean isSafeSegment(String slug) {
        return SEGMENT.matcher(slug).matches() && !slug.contains("..");
    }
}
