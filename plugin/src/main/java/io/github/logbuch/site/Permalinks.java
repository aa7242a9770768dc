package io.github.logbuch.site;

import io.github.logbuch.config.Language;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;

/**
 * The site's URL scheme in one place. Site paths start with '/', are percent-encoded ASCII, and end
 * with '/' where they name a page ({@code /en/2016/06/x/} is written to {@code
 * en/2016/06/x/index.html}).
 */
public final class Permalinks {
    private Permalinks() {}

    public static String home(Language language, int page) {
        return language.prefix() + (page <= 1 ? "/" : "/page/" + page + "/");
    }

    public static String post(Language language, ZonedDateTime date, String slug) {
        return String.format(
                "%s/%04d/%02d/%s/",
                language.prefix(), date.getYear(), date.getMonthValue(), encode(slug));
    }

    public static String page(Language language, String slug) {
        return language.prefix() + "/" + encode(slug) + "/";
    }

    public static String tags(Language language) {
        return language.prefix() + "/tags/";
    }

    public static String tag(Language language, String slug, int page) {
        return tags(language) + encode(slug) + "/" + (page <= 1 ? "" : "page/" + page + "/");
    }

    public static String archive(Language language) {
        return language.prefix() + "/archive/";
    }

    /** A language's search page; it reads its query from {@code ?q=}. */
    public static String search(Language language) {
        return language.prefix() + "/search/";
    }

    public static String feed(Language language) {
        return language.prefix() + "/feed.xml";
    }

    /** The file a site path is written to, relative to the output folder, with '/' separators. */
    public static String file(String sitePath) {
        String decoded = URLDecoder.decode(sitePath, StandardCharsets.UTF_8).substring(1);
        return decoded.isEmpty() || decoded.endsWith("/") ? decoded + "index.html" : decoded;
    }

    /** Percent-encodes one path segment, leaving unreserved ASCII as it is. */
    public static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Encodes every segment of a relative file path such as {@code img/a b.jpg}. */
    public static String encodePath(String relative) {
        StringBuilder out = new StringBuilder();
        for (String segment : relative.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(encode(segment));
        }
        return out.toString();
    }
}
