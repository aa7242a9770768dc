package io.github.logbuch.server;

import java.util.Locale;
import java.util.Map;

/** The media type of a file by its extension, with UTF-8 for text. */
final class ContentTypes {
    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("htm", "text/html; charset=utf-8"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("mjs", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json; charset=utf-8"),
                    Map.entry("xml", "application/xml; charset=utf-8"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("md", "text/plain; charset=utf-8"),
                    Map.entry("svg", "image/svg+xml; charset=utf-8"),
                    Map.entry("jpg", "image/jpeg"),
                    Map.entry("jpeg", "image/jpeg"),
                    Map.entry("png", "image/png"),
                    Map.entry("gif", "image/gif"),
                    Map.entry("webp", "image/webp"),
                    Map.entry("avif", "image/avif"),
                    Map.entry("ico", "image/x-icon"),
                    Map.entry("pdf", "application/pdf"),
                    Map.entry("woff", "font/woff"),
                    Map.entry("woff2", "font/woff2"),
                    Map.entry("mp4", "video/mp4"),
                    Map.entry("webm", "video/webm"),
                    Map.entry("mp3", "audio/mpeg"),
                    Map.entry("zip", "application/zip"),
                    Map.entry("webmanifest", "application/manifest+json; charset=utf-8"));

    private ContentTypes() {}

    static String of(String fileName) {
        if (fileName.equals("feed.xml")) {
            return "application/atom+xml; charset=utf-8";
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
