package io.github.logbuch.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a build needs to know besides the content itself. Built and validated once by {@link
 * #builder()}; immutable afterwards.
 *
 * @param sourceDirectory the blog's sources: {@code content/}, {@code static/}, {@code templates/},
 *     {@code i18n/}
 * @param outputDirectory where the site is published; replaced whole by a successful build
 * @param cacheDirectory where processed photos are kept between builds
 * @param baseUrl absolute URL of the site root, always ending in {@code /}
 * @param languages the first is the default language
 * @param timeZone dates without a zone are read in it
 * @param clock decides which posts are in the future
 * @param listOtherLanguages list a post written in one language only on the other languages' pages
 *     too
 * @param search whether the blog has search pages and their index
 * @param photoDetails whether gallery photos show how they were taken (camera, lens, exposure,
 *     date); a post's {@code photoDetails: false} turns it off for that post
 */
public record BlogConfig(
        Path sourceDirectory,
        Path outputDirectory,
        Path cacheDirectory,
        URI baseUrl,
        List<Language> languages,
        String title,
        String description,
        String author,
        ZoneId timeZone,
        boolean drafts,
        boolean future,
        int postsPerPage,
        int feedLimit,
        boolean listOtherLanguages,
        PhotoSettings photos,
        Clock clock,
        boolean search,
        boolean photoDetails) {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Language defaultLanguage() {
        return languages.get(0);
    }

    public Path contentDirectory() {
        return sourceDirectory.resolve("content");
    }

    public Path staticDirectory() {
        return sourceDirectory.resolve("static");
    }

    public Path templatesDirectory() {
        return sourceDirectory.resolve("templates");
    }

    public Path i18nDirectory() {
        return sourceDirectory.resolve("i18n");
    }

    /** The path part of the base URL without its trailing slash: "" or e.g. "/blog". */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Site-relative path (starting with /) to the absolute URL readers and crawlers see. */
    public String absolute(String sitePath) {
        String root = baseUrl.toString();
        return root.substring(0, root.length() - 1) + sitePath;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings; {@link #build()} checks them and names the first bad one. */
    public static final class Builder {
        private Path sourceDirectory;
        private Path outputDirectory;
        private Path cacheDirectory;
        private String baseUrl;
        private String languages = "en";
        private String title = "Blog";
        private String description = "";
        private String author = "";
        private String timeZone = "UTC";
        private boolean drafts;
        private boolean future;
        private int postsPerPage = 10;
        private int feedLimit = 20;
        private boolean listOtherLanguages = true;
        private PhotoSettings photos = PhotoSettings.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private boolean search = true;
        private boolean photoDetails = true;

        private Builder() {}

        public Builder sourceDirectory(Path value) {
            sourceDirectory = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder cacheDirectory(Path value) {
            cacheDirectory = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        /** A comma list such as {@code de,en}; the first is the default language. */
        public Builder languages(String value) {
            languages = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder timeZone(String value) {
            timeZone = value;
            return this;
        }

        public Builder drafts(boolean value) {
            drafts = value;
            return this;
        }

        public Builder future(boolean value) {
            future = value;
            return this;
        }

        public Builder postsPerPage(int value) {
            postsPerPage = value;
            return this;
        }

        public Builder feedLimit(int value) {
            feedLimit = value;
            return this;
        }

        public Builder listOtherLanguages(boolean value) {
            listOtherLanguages = value;
            return this;
        }

        public Builder photos(PhotoSettings value) {
            photos = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** Search pages and their index; on by default. */
        public Builder search(boolean value) {
            search = value;
            return this;
        }

        /** Shooting data under gallery photos; on by default. */
        public Builder photoDetails(boolean value) {
            photoDetails = value;
            return this;
        }

        public BlogConfig build() {
            require("sourceDirectory", sourceDirectory);
            require("outputDirectory", outputDirectory);
            Path source = sourceDirectory.toAbsolutePath().normalize();
            Path cache =
                    cacheDirectory != null
                            ? cacheDirectory.toAbsolutePath().normalize()
                            : source.resolve(".logbuch-cache");
            if (postsPerPage < 1) {
                throw new ConfigException("postsPerPage", "must be at least 1, is " + postsPerPage);
            }
            if (feedLimit < 1) {
                throw new ConfigException("feedLimit", "must be at least 1, is " + feedLimit);
            }
            return new BlogConfig(
                    source,
                    outputDirectory.toAbsolutePath().normalize(),
                    cache,
                    parseBaseUrl(baseUrl),
                    parseLanguages(languages),
                    title == null || title.isBlank() ? "Blog" : title.strip(),
                    description == null ? "" : description.strip(),
                    author == null ? "" : author.strip(),
                    parseZone(timeZone),
                    drafts,
                    future,
                    postsPerPage,
                    feedLimit,
                    listOtherLanguages,
                    Objects.requireNonNull(photos, "photos"),
                    Objects.requireNonNull(clock, "clock"),
                    search,
                    photoDetails);
        }

        private static void require(String setting, Object value) {
            if (value == null) {
                throw new ConfigException(setting, "is required");
            }
        }

        static URI parseBaseUrl(String value) {
            if (value == null || value.isBlank()) {
                throw new ConfigException(
                        "baseUrl",
                        "is not set: the Atom feeds, the sitemap and the canonical links need the"
                                + " absolute URL the blog is published at, e.g."
                                + " https://blog.example.org/");
            }
            URI uri;
            try {
                uri = new URI(value.strip());
            } catch (java.net.URISyntaxException e) {
                throw new ConfigException(
                        "baseUrl", "must be an absolute http(s) URL, is \"" + value + "\"");
            }
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new ConfigException(
                        "baseUrl",
                        "must be an absolute http(s) URL without query or fragment, is \""
                                + value
                                + "\"");
            }
            String text = uri.toString();
            return text.endsWith("/") ? uri : URI.create(text + "/");
        }

        static List<Language> parseLanguages(String value) {
            if (value == null || value.isBlank()) {
                throw new ConfigException(
                        "languages", "must name at least one language, e.g. de,en");
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String part : value.split(",")) {
                String code = part.strip();
                if (code.isEmpty()) {
                    continue;
                }
                if (!LANGUAGE_CODE.matcher(code).matches()) {
                    throw new ConfigException(
                            "languages",
                            "\"" + code + "\" is not a language code such as de, en or pt-BR");
                }
                if (!codes.add(code)) {
                    throw new ConfigException("languages", "\"" + code + "\" is listed twice");
                }
            }
            if (codes.isEmpty()) {
                throw new ConfigException(
                        "languages", "must name at least one language, e.g. de,en");
            }
            List<Language> result = new ArrayList<>();
            for (String code : codes) {
                result.add(new Language(code, Locale.forLanguageTag(code), result.isEmpty()));
            }
            return List.copyOf(result);
        }

        private static ZoneId parseZone(String value) {
            try {
                return ZoneId.of(value == null || value.isBlank() ? "UTC" : value.strip());
            } catch (java.time.DateTimeException e) {
                throw new ConfigException(
                        "timeZone",
                        "\"" + value + "\" is not a time zone such as Europe/Berlin or UTC");
            }
        }
    }
}
