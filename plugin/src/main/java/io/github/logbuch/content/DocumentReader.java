package io.github.logbuch.content;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one Markdown file of a bundle into a checked {@link Document}. Give each file its own
 * {@link Problems}, so that a file is dropped for its own problems only.
 */
public final class DocumentReader {
    private static final Pattern LANGUAGE_SUFFIX =
            Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$");

    private final BlogConfig config;
    private final Problems problems;

    public DocumentReader(BlogConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    /** The file's base name and language: "index.en.md" → ("index", "en"); null code for none. */
    public record NameAndLanguage(String base, String code) {}

    public static NameAndLanguage split(Path markdown) {
        String name = markdown.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        var m = LANGUAGE_SUFFIX.matcher(stem);
        return m.matches()
                ? new NameAndLanguage(m.group(1), m.group(2))
                : new NameAndLanguage(stem, null);
    }

    public Optional<Document> read(Bundle bundle, Path file) {
        Optional<Language> language = language(file);
        if (language.isEmpty()) {
            return Optional.empty();
        }
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                            .toString();
        } catch (CharacterCodingException e) {
            problems.error(Problem.in(file, "is not UTF-8 text; save it as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Problem.in(file, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        return FrontMatterParser.parse(file, text, problems)
                .flatMap(source -> document(bundle, file, language.get(), source));
    }

    private Optional<Language> language(Path file) {
        String code = split(file).code();
        if (code == null) {
            return Optional.of(config.defaultLanguage());
        }
        for (Language language : config.languages()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        problems.error(
                Problem.in(
                        file,
                        "\""
                                + code
                                + "\" is not one of the blog's languages ("
                                + String.join(
                                        ", ",
                                        config.languages().stream().map(Language::code).toList())
                                + "): rename the file or add "
                                + code
                                + " to <languages>"));
        return Optional.empty();
    }

    private Optional<Document> document(
            Bundle bundle, Path file, Language language, SourceText source) {
        FrontMatter fm = source.frontMatter();

        String title = fm.string("title").map(String::strip).orElse("");
        if (title.isEmpty()) {
            problems.error(
                    Problem.at(
                            file,
                            fm.line(),
                            "has no title: add \"title: ...\" to its front matter"));
        }
        ZonedDateTime date = date(bundle, file, fm);
        ZonedDateTime lastmod = fm.date("lastmod", config.timeZone()).orElse(null);
        String slug = slug(bundle, file, fm);
        List<Alias> aliases = aliases(file, fm);
        List<PhotoRef> photos = photos(file, fm);
        String cover = fm.string("cover").map(String::strip).orElse(null);
        Document document =
                new Document(
                        bundle.section(),
                        bundle,
                        file,
                        language,
                        title,
                        date,
                        lastmod,
                        fm.strings("tags"),
                        fm.string("summary")
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .orElse(null),
                        fm.string("description")
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .orElse(null),
                        fm.bool("draft", false),
                        slug,
                        cover,
                        aliases,
                        fm.string("translationKey").map(String::strip).orElse(null),
                        photos,
                        fm.integer("weight").orElse(null),
                        fm.values(),
                        source.body(),
                        source.bodyLine(),
                        fm.bool("search", true));
        return problems.hasErrors() ? Optional.empty() : Optional.of(document);
    }

    private ZonedDateTime date(Bundle bundle, Path file, FrontMatter fm) {
        String key = fm.has("date") ? "date" : "publishDate";
        Optional<ZonedDateTime> written = fm.date(key, config.timeZone());
        if (written.isPresent()) {
            return written.get();
        }
        if (fm.has(key)) {
            return null; // unparseable: already reported
        }
        Optional<ZonedDateTime> fromFolder =
                Dates.folderDate(bundle.name()).map(d -> d.atStartOfDay(config.timeZone()));
        if (fromFolder.isEmpty() && bundle.section() == Section.POST) {
            problems.error(
                    Problem.at(
                            file,
                            fm.line(),
                            "has no date: add \"date: 2016-06-29\" to its front matter or start"
                                    + " the folder name with the date, e.g. 2016-06-29-"
                                    + bundle.name()));
        }
        return fromFolder.orElse(null);
    }

    private String slug(Bundle bundle, Path file, FrontMatter fm) {
        Optional<String> written = fm.string("slug").map(String::strip);
        if (written.isPresent()) {
            String slug = written.get();
            if (!Slugs.isSafeSegment(slug)) {
                problems.error(
                        Problem.at(
                                file,
                                fm.lineOf("slug"),
                                "slug \""
                                        + slug
                                        + "\" must be a single URL segment of letters, digits,"
                                        + " '-', '_' and '.'; it may not contain '/' or '..'"));
                return "";
            }
            return slug;
        }
        String slug = Slugs.slugify(Dates.withoutDatePrefix(bundle.name()));
        if (slug.isEmpty()) {
            problems.error(
                    Problem.at(
                            file,
                            fm.line(),
                            "no URL can be made from the name \""
                                    + bundle.name()
                                    + "\": add \"slug: my-post\" to the front matter"));
        }
        return slug;
    }

    private List<Alias> aliases(Path file, FrontMatter fm) {
        List<Alias> aliases = new ArrayList<>();
        int line = fm.lineOf("aliases");
        for (String raw : fm.strings("aliases")) {
            String path = raw.startsWith("/") ? raw : "/" + raw;
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (!last.isEmpty() && !last.contains(".")) {
                path = path + "/"; // an old URL without extension is a folder: /old/ →
                // old/index.html
            }
            if (!isSafeSitePath(path)) {
                problems.error(
                        Problem.at(
                                file,
                                line,
                                "alias \""
                                        + raw
                                        + "\" must be a path on this site such as"
                                        + " /2016/06/old-name/, without '..', '\\', '?' or '#'"));
                continue;
            }
            aliases.add(new Alias(path, line));
        }
        return List.copyOf(aliases);
    }

    /** A path below the site root: no scheme, no '..' or '.' segments, nothing to smuggle. */
    static boolean isSafeSitePath(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return false;
        }
        for (char c : path.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '?' || c == '#' || c == '%'
                    || c == ':') {
                return false;
            }
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return !path.contains("//");
    }

    private List<PhotoRef> photos(Path file, FrontMatter fm) {
        List<PhotoRef> photos = new ArrayList<>();
        int line = fm.lineOf("photos");
        for (Map<String, Object> entry : fm.mappings("photos")) {
            Object name = entry.get("file");
            if (!(name instanceof String s) || s.isBlank()) {
                problems.error(
                        Problem.at(
                                file,
                                line,
                                "photos: every entry needs a file, e.g. \"- file: hafen.jpg\""));
                continue;
            }
            Object caption = entry.get("caption");
            photos.add(
                    new PhotoRef(
                            s.strip(), caption == null ? null : String.valueOf(caption), line));
        }
        return List.copyOf(photos);
    }
}
