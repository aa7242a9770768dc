package io.github.logbuch;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.content.Content;
import io.github.logbuch.content.ContentLoader;
import io.github.logbuch.content.DocumentCache;
import io.github.logbuch.i18n.Messages;
import io.github.logbuch.images.MetadataReader;
import io.github.logbuch.images.Photo;
import io.github.logbuch.images.PhotoProcessor;
import io.github.logbuch.markdown.MarkdownRenderer;
import io.github.logbuch.output.Publisher;
import io.github.logbuch.output.RenderMemory;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Builds one blog again and again, each time doing only what changed: files not read again, bodies
 * not rendered again, pages not written again when their data is the same. The first build swaps a
 * whole new site in; later ones change the site in place, after the build succeeded, so a failed
 * build leaves the site as it was. The result is always what a full build would write. Not
 * thread-safe: one build at a time.
 */
public final class Session {
    private final BlogConfig config;
    private final BuildListener listener;
    private final DocumentCache documents = new DocumentCache();
    private final PhotoProcessor photos;
    private final RenderMemory memory = new RenderMemory();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Map<Path, Object[]> captured = new ConcurrentHashMap<>();
    private Object themeStamp;
    private Theme theme;
    private boolean published;

    public Session(BlogConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
        this.photos = new PhotoProcessor(config, listener);
    }

    public BlogConfig config() {
        return config;
    }

    /**
     * Removes the processed photos the last build did not use from the photo cache; call it after a
     * build that succeeded.
     *
     * @return how many photos were removed
     */
    public int pruneCache() throws IOException {
        return photos.pruneCache();
    }

    public BuildResult build() throws BuildFailedException, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        try {
            return build(problems, start);
        } finally {
            for (Problem warning : problems.warnings()) {
                listener.warning(warning);
            }
            for (Problem missing : problems.leftOut()) {
                listener.leftOut(missing);
            }
        }
    }

    private BuildResult build(Problems problems, long start)
            throws BuildFailedException, IOException {
        Content content = new ContentLoader(config, this::capturedAt, documents).load(problems);
        phaseDone("load", start);

        long assembleStart = System.nanoTime();
        Site site = new SiteAssembler(config, listener).assemble(content, problems);
        Object stamp = themeStamp();
        if (theme == null || !stamp.equals(themeStamp)) {
            Messages messages = Messages.load(config, problems);
            theme = new Theme(config, messages);
            themeStamp = stamp;
            memory.forgetOutputs();
        }
        phaseDone("assemble", assembleStart);

        long photosStart = System.nanoTime();
        Map<Path, Photo> processed = photos.process(site.photoFolders().keySet(), problems);
        phaseDone("photos", photosStart);

        SiteRenderer renderer =
                new SiteRenderer(config, theme, markdown, "Logbuch " + Blog.version());
        long renderStart = System.nanoTime();
        Publisher publisher;
        int pages;
        if (published) {
            publisher = new Publisher(config.outputDirectory(), memory, true);
            pages = render(renderer, site, processed, publisher, problems);
            phaseDone("render", renderStart);
            problems.throwIfErrors();
            publisher.finish();
        } else {
            try (StagedOutput staged = StagedOutput.beside(config.outputDirectory())) {
                publisher = new Publisher(staged.root(), memory, false);
                try {
                    pages = render(renderer, site, processed, publisher, problems);
                    phaseDone("render", renderStart);
                    problems.throwIfErrors();
                } catch (BuildFailedException | RuntimeException e) {
                    memory.clearOutputs();
                    throw e;
                }
                long publishStart = System.nanoTime();
                staged.commit();
                published = true;
                phaseDone("publish", publishStart);
            }
        }
        return new BuildResult(
                site.entriesBySource().size(),
                pages,
                publisher.files(),
                publisher.changed(),
                publisher.bytes(),
                Duration.ofNanos(System.nanoTime() - start),
                problems.warnings());
    }

    private int render(
            SiteRenderer renderer,
            Site site,
            Map<Path, Photo> processed,
            Publisher publisher,
            Problems problems)
            throws IOException {
        try {
            int pages = renderer.render(site, processed, publisher, problems, memory);
            listener.debug(
                    String.format(
                            Locale.ROOT, "search: %d ms", renderer.searchNanos() / 1_000_000));
            return pages;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** When an album's photo was taken, remembered by file and stamp. */
    private Optional<ZonedDateTime> capturedAt(Path photo) {
        Object stamp = stamp(photo);
        Object[] known = captured.get(photo);
        if (known != null && known[0].equals(stamp)) {
            return Optional.ofNullable((ZonedDateTime) known[1]);
        }
        ZonedDateTime when = MetadataReader.read(photo, config.timeZone()).captured();
        captured.put(photo, new Object[] {stamp, when});
        return Optional.ofNullable(when);
    }

    /** Every file of the templates and translations, with its size and time. */
    private Object themeStamp() throws IOException {
        List<Object> stamps = new ArrayList<>();
        for (Path dir : List.of(config.templatesDirectory(), config.i18nDirectory())) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        stamps.add(file);
                        stamps.add(stamp(file));
                    }
                }
            }
        }
        return stamps;
    }

    private static Object stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            return List.of(-1L);
        }
    }

    private void phaseDone(String phase, long start) {
        listener.debug(
                String.format(
                        Locale.ROOT, "%s: %d ms", phase, (System.nanoTime() - start) / 1_000_000));
    }
}
