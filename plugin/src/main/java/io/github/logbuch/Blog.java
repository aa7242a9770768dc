package io.github.logbuch;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.content.Content;
import io.github.logbuch.content.ContentLoader;
import io.github.logbuch.images.MetadataReader;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problems;
import io.github.logbuch.site.Site;
import io.github.logbuch.site.SiteAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Logbuch's one entry point: builds a blog from its sources into its output folder.
 *
 * <p>The build runs in named phases: <em>load</em> reads and checks every Markdown file,
 * <em>assemble</em> gives everything its URL, <em>render</em> writes the site into a staging
 * folder, and <em>publish</em> swaps it in. A file with problems is left out and the others go on,
 * so one run finds every problem, the template's too; then the build fails with all of them and the
 * previous output stays as it was.
 */
public final class Blog {
    private Blog() {}

    /** Builds the blog once, in full: the site is built aside and swapped in when it succeeded. */
    public static BuildResult build(BlogConfig config, BuildListener listener)
            throws BuildFailedException, IOException {
        return new Session(config, listener).build();
    }

    /** A session, for building the same blog again and again with only the changes redone. */
    public static Session session(BlogConfig config, BuildListener listener) {
        return new Session(config, listener);
    }

    /**
     * Reads and assembles the blog without writing anything, for tools that look at its content
     * (such as the translation check).
     */
    public static Site assemble(BlogConfig config, BuildListener listener)
            throws BuildFailedException {
        Problems problems = new Problems();
        Content content =
                new ContentLoader(
                                config,
                                photo ->
                                        java.util.Optional.ofNullable(
                                                MetadataReader.read(photo, config.timeZone())
                                                        .captured()))
                        .load(problems);
        Site site = new SiteAssembler(config, listener).assemble(content, problems);
        problems.throwIfErrors();
        return site;
    }

    private static void phaseDone(BuildListener listener, String phase, long start) {
        listener.debug(
                String.format(
                        java.util.Locale.ROOT,
                        "%s: %d ms",
                        phase,
                        (System.nanoTime() - start) / 1_000_000));
    }

    /** The plugin's version, as Maven wrote it into the jar. */
    public static String version() {
        try (InputStream in = Blog.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
