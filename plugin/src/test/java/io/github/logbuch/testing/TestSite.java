package io.github.logbuch.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A blog in a temporary folder, written from inline files, built with {@link Blog#build}, and read
 * back. Files are given as one text with {@code -- path --} headers, Hugo style:
 *
 * <pre>
 * -- content/posts/2016-06-29-hello/index.md --
 * ---
 * title: Hello
 * ---
 * Text.
 * </pre>
 */
public final class TestSite {
    /** Builds happen "now" = 2026-01-01, so dates in tests never turn into future posts. */
    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final Path root;
    private UnaryOperator<BlogConfig.Builder> settings = b -> b;
    private final List<Problem> warnings = new ArrayList<>();

    private TestSite(Path root) {
        this.root = root;
    }

    /** A blog in {@code dir} (a JUnit {@code @TempDir}) with languages de,en. */
    public static TestSite in(Path dir) {
        return new TestSite(dir);
    }

    public TestSite files(String spec) {
        // a text block ends in a newline; that is the end of the last file, not an empty line
        String[] lines =
                (spec.endsWith("\n") ? spec.substring(0, spec.length() - 1) : spec).split("\n", -1);
        Path current = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) {
                    write(current, text.toString());
                }
                current = source().resolve(line.substring(3, line.length() - 3).strip());
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            write(current, text.toString());
        }
        return this;
    }

    public TestSite file(String relative, byte[] content) {
        try {
            Path file = source().resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adjusts the configuration, e.g. {@code b -> b.drafts(true)}. */
    public TestSite with(UnaryOperator<BlogConfig.Builder> more) {
        UnaryOperator<BlogConfig.Builder> before = settings;
        settings = b -> more.apply(before.apply(b));
        return this;
    }

    public Path source() {
        return root.resolve("src/main/blog");
    }

    public Path output() {
        return root.resolve("target/site");
    }

    public BlogConfig config() {
        return settings.apply(
                        BlogConfig.builder()
                                .sourceDirectory(source())
                                .outputDirectory(output())
                                .cacheDirectory(root.resolve(".logbuch-cache"))
                                .baseUrl("https://blog.example.org/")
                                .languages("de,en")
                                .title("Logbuch Test")
                                .author("Anna Autorin")
                                .clock(CLOCK))
                .build();
    }

    /** Builds and fails the test with every problem if the build fails. */
    public BuildResult build() {
        try {
            return Blog.build(config(), listener());
        } catch (BuildFailedException e) {
            return fail(e.report(source()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds, expecting it to fail; returns the failure with its problems. */
    public BuildFailedException buildFails() {
        try {
            Blog.build(config(), listener());
        } catch (BuildFailedException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fail("the build should have failed");
    }

    private BuildListener listener() {
        return new BuildListener() {
            @Override
            public void warning(Problem problem) {
                warnings.add(problem);
            }
        };
    }

    public List<Problem> warnings() {
        return warnings;
    }

    /** A file of the built site, as text. */
    public String read(String relative) {
        Path file = output().resolve(relative);
        assertTrue(Files.isRegularFile(file), "expected " + relative + " in the output");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String relative) {
        return Files.exists(output().resolve(relative));
    }

    /** A page of the built site, parsed, with its base URI so {@code absUrl} works. */
    public Document html(String relative) {
        return Jsoup.parse(read(relative), "https://blog.example.org/" + relative);
    }
}
