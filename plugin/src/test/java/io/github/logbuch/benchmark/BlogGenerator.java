package io.github.logbuch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a bilingual blog of generated posts for the benchmark: every post is a bundle folder
 * {@code content/posts/<yyyy-mm-dd-slug>/} with {@code index.md} in German and, for about half of
 * them, {@code index.en.md}. Each text has about 600 words of Markdown with headings, lists, a
 * table, a code block, emphasis, external links and relative links to other posts; tags come from a
 * pool of 200 with a few popular ones; dates spread evenly over 2008-2025; one post in ten has a
 * {@code <!--more-->} mark, one in five a {@code summary}.
 *
 * <p>{@link java.util.Random} is specified to the bit, so the same seed and size give the same
 * corpus on every JDK.
 */
public final class BlogGenerator {
    /** Bump when the output changes, so a corpus left in {@code target/} is written anew. */
    static final int VERSION = 2;

    private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 12, 15);
    private static final int WORDS = 600;

    private final Random random;
    private final int posts;
    private final List<String> folders = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private final List<Boolean> english = new ArrayList<>();
    private final List<String> tagPool = tagPool();
    private long words;
    private long bytes;
    private int files;

    private BlogGenerator(int posts, long seed) {
        this.posts = posts;
        this.random = new Random(seed * 1_000_003L + posts);
    }

    /** What was written. */
    public record Corpus(int posts, int markdownFiles, long words, long bytes) {}

    /** Writes {@code posts} posts (and an about page) under {@code sourceDirectory/content/}. */
    public static Corpus generate(Path sourceDirectory, int posts, long seed) throws IOException {
        return new BlogGenerator(posts, seed).write(sourceDirectory.resolve("content"));
    }

    private Corpus write(Path content) throws IOException {
        plan();
        Path postsFolder = content.resolve("posts");
        for (int i = 0; i < posts; i++) {
            Path folder = postsFolder.resolve(folders.get(i));
            Files.createDirectories(folder);
            write(folder.resolve("index.md"), post(i, Vocabulary.GERMAN));
            if (english.get(i)) {
                write(folder.resolve("index.en.md"), post(i, Vocabulary.ENGLISH));
            }
        }
        Path about = content.resolve("pages/about");
        Files.createDirectories(about);
        write(
                about.resolve("index.md"),
                "---\ntitle: Über dieses Blog\n---\n\n" + paragraph(Vocabulary.GERMAN, 5));
        write(
                about.resolve("index.en.md"),
                "---\ntitle: About this blog\n---\n\n" + paragraph(Vocabulary.ENGLISH, 5));
        return new Corpus(posts, files, words, bytes);
    }

    private void write(Path file, String text) throws IOException {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        files++;
        bytes += content.length;
    }

    /** Folder names, dates and languages first, so that posts can link to any other post. */
    private void plan() {
        long days = ChronoUnit.DAYS.between(FIRST, LAST);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < posts; i++) {
            LocalDate date = FIRST.plusDays(days * i / Math.max(1, posts - 1));
            String slug = slug(Vocabulary.GERMAN.title(random, 3));
            while (!slugs.add(slug)) {
                slug = slug + "-" + (i + 1);
            }
            dates.add(date);
            folders.add(date + "-" + slug);
            english.add(random.nextBoolean());
        }
    }

    private String post(int index, Vocabulary language) {
        StringBuilder text = new StringBuilder(5_000);
        frontMatter(index, language, text);
        int start = text.length();
        text.append(paragraph(language, 4)).append("\n");
        if (random.nextInt(10) == 0) {
            text.append("<!--more-->\n\n");
        }
        text.append("## ").append(language.title(random, 3)).append("\n\n");
        text.append(paragraph(language, 5)).append("\n");
        bullets(language, text);
        text.append("### ").append(language.title(random, 2)).append("\n\n");
        numbered(language, text);
        text.append(paragraph(language, 4)).append("\n");
        table(language, text);
        text.append(paragraph(language, 3)).append("\n");
        code(text);
        relatedPosts(index, language, text);
        if (random.nextInt(4) == 0) {
            text.append("> ").append(sentence(language)).append("\n\n");
        }
        text.append("## ").append(language.title(random, 2)).append("\n\n");
        while (count(text, start) < WORDS) {
            text.append(paragraph(language, 4)).append("\n");
        }
        words += count(text, start);
        return text.toString();
    }

    private void frontMatter(int index, Vocabulary language, StringBuilder text) {
        LocalDate date = dates.get(index);
        text.append("---\n");
        text.append("title: \"")
                .append(language.title(random, 3 + random.nextInt(4)))
                .append("\"\n");
        if (random.nextInt(10) == 0) {
            text.append("date: ")
                    .append(date)
                    .append(
                            String.format(
                                    Locale.ROOT,
                                    "T%02d:%02d:00+01:00",
                                    7 + random.nextInt(14),
                                    random.nextInt(60)))
                    .append("\n");
        } else {
            text.append("date: ").append(date).append("\n");
        }
        List<String> tags = tags();
        if (random.nextBoolean()) {
            text.append("tags: [").append(String.join(", ", tags)).append("]\n");
        } else {
            text.append("tags:\n");
            for (String tag : tags) {
                text.append("  - ").append(tag).append("\n");
            }
        }
        if (random.nextInt(5) == 0) {
            text.append("summary: \"").append(sentence(language).replace("\"", "")).append("\"\n");
        }
        text.append("---\n\n");
    }

    /** Two to five tags; low pool indices are picked far more often, as on a real blog. */
    private List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        int wanted = 2 + random.nextInt(4);
        while (tags.size() < wanted) {
            double r = random.nextDouble();
            tags.add(tagPool.get((int) (tagPool.size() * r * r * r)));
        }
        return List.copyOf(tags);
    }

    private void bullets(Vocabulary language, StringBuilder text) {
        int items = 4 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            text.append("- ");
            switch (random.nextInt(4)) {
                case 0 -> text.append("`").append(identifier()).append("`: ");
                case 1 -> text.append("**").append(language.word(random)).append("**: ");
                default -> {}
            }
            text.append(clause(language, 5 + random.nextInt(6))).append("\n");
        }
        text.append("\n");
    }

    private void numbered(Vocabulary language, StringBuilder text) {
        int items = 3 + random.nextInt(3);
        for (int i = 1; i <= items; i++) {
            text.append(i).append(". ").append(clause(language, 4 + random.nextInt(6)));
            if (random.nextInt(3) == 0) {
                text.append(" ([")
                        .append(language.word(random))
                        .append("](https://example.org/")
                        .append(identifier().toLowerCase(Locale.ROOT))
                        .append("))");
            }
            text.append("\n");
        }
        text.append("\n");
    }

    private void table(Vocabulary language, StringBuilder text) {
        List<String> header = language.tableHeader();
        text.append("| ").append(String.join(" | ", header)).append(" |\n");
        text.append("|---|---:|---:|\n");
        int rows = 3 + random.nextInt(4);
        for (int i = 0; i < rows; i++) {
            text.append("| ")
                    .append(language.word(random))
                    .append(" | ")
                    .append(1 + random.nextInt(20))
                    .append('.')
                    .append(random.nextInt(10))
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 100))
                    .append(" |\n");
        }
        text.append("\n");
    }

    private void code(StringBuilder text) {
        String name = identifier();
        switch (random.nextInt(3)) {
            case 0 ->
                    text.append("```java\n")
                            .append("public final class ")
                            .append(name)
                            .append(" {\n")
                            .append("    private final List<String> items = new ArrayList<>();\n\n")
                            .append("    public int ")
                            .append(name.toLowerCase(Locale.ROOT))
                            .append("(String value) {\n")
                            .append("        items.add(value);\n")
                            .append("        return items.size() * ")
                            .append(random.nextInt(100))
                            .append(";\n")
                            .append("    }\n}\n```\n\n");
            case 1 ->
                    text.append("```bash\n")
                            .append("mvn -B -q verify -D")
                            .append(name.toLowerCase(Locale.ROOT))
                            .append("=true\n")
                            .append("ls -la target/ | grep ")
                            .append(name)
                            .append("\n")
                            .append("echo \"done in $SECONDS s\" > /tmp/")
                            .append(random.nextInt(1000))
                            .append(".log\n")
                            .append("```\n\n");
            default ->
                    text.append("```yaml\n")
                            .append("name: ")
                            .append(name)
                            .append("\n")
                            .append("version: ")
                            .append(random.nextInt(10))
                            .append(".")
                            .append(random.nextInt(20))
                            .append("\n")
                            .append("options:\n")
                            .append("  threads: ")
                            .append(1 + random.nextInt(8))
                            .append("\n")
                            .append("  cache: true\n")
                            .append("```\n\n");
        }
    }

    /** One to three links to other posts, as an author writes them: {@code ../<folder>/}. */
    private void relatedPosts(int index, Vocabulary language, StringBuilder text) {
        if (posts < 2) {
            return;
        }
        text.append(language.seeAlso()).append(" ");
        int links = 1 + random.nextInt(3);
        for (int i = 0; i < links; i++) {
            int other = random.nextInt(posts);
            if (other == index) {
                other = (other + 1) % posts;
            }
            if (i > 0) {
                text.append(i == links - 1 ? language.and() : ", ");
            }
            text.append("[")
                    .append(language.title(random, 2))
                    .append("](../")
                    .append(folders.get(other));
            text.append(english.get(other) && random.nextInt(4) == 0 ? "/index.en.md)" : "/)");
        }
        text.append(".\n\n");
    }

    private String paragraph(Vocabulary language, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence(language));
        }
        return text.append("\n").toString();
    }

    private String sentence(Vocabulary language) {
        String clause = clause(language, 8 + random.nextInt(10));
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
    }

    private String clause(Vocabulary language, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                text.append(i == length / 2 && random.nextInt(3) == 0 ? ", " : " ");
            }
            String word = language.word(random);
            switch (random.nextInt(40)) {
                case 0 -> text.append('*').append(word).append('*');
                case 1 -> text.append("**").append(word).append("**");
                case 2 -> text.append('`').append(identifier()).append('`');
                case 3 ->
                        text.append('[')
                                .append(word)
                                .append("](https://example.org/")
                                .append(word.toLowerCase(Locale.ROOT))
                                .append(')');
                default -> text.append(word);
            }
        }
        return text.toString();
    }

    private String identifier() {
        List<String> halves = Vocabulary.IDENTIFIERS;
        return halves.get(random.nextInt(halves.size()))
                + halves.get(random.nextInt(halves.size()));
    }

    private static int count(CharSequence text, int from) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    static String slug(String title) {
        String ascii =
                title.toLowerCase(Locale.ROOT)
                        .replace("ä", "ae")
                        .replace("ö", "oe")
                        .replace("ü", "ue")
                        .replace("ß", "ss");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Every topic alone and with each qualifier: 200 tags, the popular ones first. */
    private static List<String> tagPool() {
        List<String> pool = new ArrayList<>();
        for (String qualifier : Vocabulary.TAG_QUALIFIERS) {
            for (String topic : Vocabulary.TOPICS) {
                pool.add(topic + qualifier);
            }
        }
        return List.copyOf(pool);
    }
}
