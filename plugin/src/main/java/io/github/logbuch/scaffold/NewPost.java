package io.github.logbuch.scaffold;

import io.github.logbuch.config.Language;
import io.github.logbuch.content.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Creates a post: {@code content/posts/<date>-<slug>/index.<lang>.md} with its front matter filled
 * in. Never overwrites: an existing file is an error, and is left as it was.
 */
public final class NewPost {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private NewPost() {}

    /**
     * @param now the moment of writing, in the blog's time zone: the folder's date and the front
     *     matter's date
     * @param draft whether the new post starts as a draft
     * @return the file written
     * @throws IllegalArgumentException when no slug can be made from the title
     * @throws FileAlreadyExistsException when the post exists in that language
     */
    public static Path create(
            Path contentDirectory,
            String title,
            Language language,
            ZonedDateTime now,
            boolean draft)
            throws IOException {
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException(
                    "no URL can be made from the title \""
                            + title
                            + "\": give it a letter or digit");
        }
        LocalDate day = now.toLocalDate();
        Path folder = contentDirectory.resolve("posts").resolve(day + "-" + slug);
        // the language always in the name, as in index.de.md: a blog then has one naming style
        String name = "index." + language.code() + ".md";
        Path file = folder.resolve(name);
        if (Files.exists(folder.resolve("index.md"))
                || Files.exists(folder.resolve("index." + language.code() + ".md"))) {
            throw new FileAlreadyExistsException(file.toString(), null, "the post exists already");
        }
        Files.createDirectories(folder);
        String text =
                "---\n"
                        + "title: "
                        + yamlString(title)
                        + "\n"
                        + "date: "
                        + DATE_TIME.format(now)
                        + "\n"
                        + "tags: []\n"
                        + (draft ? "draft: true\n" : "")
                        + "---\n"
                        + "\n";
        // CREATE_NEW: if another process wrote the file meanwhile, fail rather than overwrite
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    /** A title as a double-quoted YAML string, so colons, quotes and '#' survive. */
    static String yamlString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
