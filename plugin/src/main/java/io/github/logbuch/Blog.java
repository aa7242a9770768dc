package io.github.logbuch;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.content.Content;
import io.github.logbuch.content.ContentLoader;
import io.github.logbuch.i18n.Messages;
import io.github.logbuch.images.MetadataReader;
import io.github.logbuch.images.Photo;
import io.github.logbuch.images.PhotoProcessor;
import io.github.logbuch.markdown.MarkdownRenderer;
import io.github.logbuch.output.Publisher;
import io.github.logbuch.output.SiteRenderer;
import io.github.logbuch.output.StagedOutput;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import io.github.logbuch.site.Site;
import io.github.logbuch.site.SiteAssembler;
import io.github.logbuch.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

    public static BuildResult build(BlogConfig config, BuildListener listener)
            throws BuildFailedException, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        try {
            return build(config, listener, problems, start);
        } finally {
            for (Problem warning : problems.warnings()) {
                listener.warning(warning);
            }
        }
    }

    private static BuildResult build(
            BlogConfig config, BuildListener listener, Problems problems, long start)
            throws BuildFailedException, IOException {
        Content content =
                new ContentLoader(
                                config,
                                photo ->
                                        java.util.Optional.ofNullable(
                                                MetadataReader.read(photo, config.timeZone())
                                                        .captured()))
                        .load(problems);
        phaseDone(listener, "load", start);

        long assembleStart = System.nanoTime();
        Site site = new SiteAssembler(config, listener).assemble(content, problems);
        Messages messages = Messages.load(config, problems);
        phaseDone(listener, "assemble", assembleStart);

        long photosStart = System.nanoTime();
        Map<Path, Photo> photos =
                new PhotoProcessor(config, listener)
                        .process(site.photoFolders().keySet(), problems);
        phaseDone(listener, "photos", photosStart);

        Theme theme = new Theme(config, messages);
        SiteRenderer renderer =
                new SiteRenderer(config, theme, new MarkdownRenderer(), "Logbuch " + version());
        int pages;
        int files;
        long bytes;
        try (StagedOutput staged = StagedOutput.beside(config.outputDirectory())) {
            Publisher publisher = new Publisher(staged.root());
            long renderStart = System.nanoTime();
            try {
                pages = renderer.render(site, photos, publisher, problems);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            phaseDone(listener, "render", renderStart);
            problems.throwIfErrors();
            long publishStart = System.nanoTime();
            staged.commit();
            phaseDone(listener, "publish", publishStart);
            files = publisher.files();
            bytes = publisher.bytes();
        }
        int documents = site.entriesBySource().size();
        return new BuildResult(
                documents,
                pages,
                files,
                bytes,
                Duration.ofNanos(System.nanoTime() - start),
                problems.warnings());
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
