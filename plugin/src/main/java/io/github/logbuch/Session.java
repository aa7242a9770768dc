package io.github.logbuch;

import io.github.logbuch.cache.CodeStamp;
import io.github.logbuch.cache.KeyDigest;
import io.github.logbuch.cache.SiteSnapshot;
import io.github.logbuch.cache.SourceStamps;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.content.Bundle;
import io.github.logbuch.content.Content;
import io.github.logbuch.content.ContentLoader;
import io.github.logbuch.content.Document;
import io.github.logbuch.content.DocumentCache;
import io.github.logbuch.i18n.Messages;
import io.github.logbuch.images.MetadataReader;
import io.github.logbuch.images.Photo;
import io.github.logbuch.images.PhotoProcessor;
import io.github.logbuch.markdown.MarkdownRenderer;
import io.github.logbuch.output.BodyStore;
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
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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

    /** Made on the first build that renders: putting a kept site back needs none. */
    private MarkdownRenderer markdown;

    private final Map<Path, Object[]> captured = new ConcurrentHashMap<>();
    private Object themeStamp;
    private Theme theme;
    private boolean published;

    /** The last build put a kept site back: it processed no photos, so none may be pruned. */
    private boolean restored;

    /**
     * The inputs {@link #restoreUnchanged()} found no kept site for, for the build that follows.
     */
    private String triedInputs;

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
     * @return how many photos were removed; none after a build that put a kept site back (it looked
     *     at no photo)
     */
    public int pruneCache() throws IOException {
        if (restored) {
            return 0;
        }
        return photos.pruneCache();
    }

    public BuildResult build() throws BuildFailedException, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Supplier<String> inputs = null;
        if (!published && config.cacheDirectory() != null) {
            // the digest is made beside the kept site's check (or, with none, beside the build)
            boolean kept = triedInputs == null && snapshot().exists();
            inputs = triedInputs != null ? constant(triedInputs) : inputsBeside(kept);
            if (kept) {
                Optional<BuildResult> restored = restore(inputs, start);
                phaseDone("snapshot", start);
                if (restored.isPresent()) {
                    this.restored = true;
                    return restored.get();
                }
            }
        }
        this.restored = false;
        this.triedInputs = null;
        try {
            return build(problems, start, inputs);
        } finally {
            for (Problem warning : problems.warnings()) {
                listener.warning(warning);
            }
            for (Problem missing : problems.leftOut()) {
                listener.leftOut(missing);
            }
        }
    }

    private static Supplier<String> constant(String value) {
        return () -> value;
    }

    /**
     * The theme (made anew when a template or translation changed; else null) with its common
     * templates compiled, and the Markdown renderer: made beside the loading of the content, on the
     * core a small blog's loading leaves idle (in a cold JVM, 0.3 s of class loading and template
     * compilation the first page waited for).
     */
    private record Prepared(
            Theme theme, Object themeStamp, Problems messageProblems, MarkdownRenderer markdown) {}

    private Prepared prepare() throws IOException {
        MarkdownRenderer renderer = markdown != null ? markdown : MarkdownRenderer.prepared();
        Object stamp = themeStamp();
        if (theme != null && stamp.equals(themeStamp)) {
            return new Prepared(null, null, null, renderer);
        }
        Problems messageProblems = new Problems();
        Theme fresh = new Theme(config, Messages.load(config, messageProblems));
        fresh.prepare();
        return new Prepared(fresh, stamp, messageProblems, renderer);
    }

    /**
     * {@link #inputs} made in a thread of its own while the build goes on. Only a restore waits for
     * it ({@code awaited}): then the files are read by the common pool too; beside a build that
     * keeps both cores busy they are read by this thread alone (in the pool, the thread waiting for
     * them spun for 6 % of a cold 1,000-post build's CPU).
     */
    private Supplier<String> inputsBeside(boolean awaited) {
        return beside("logbuch-inputs", () -> inputs(awaited));
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    /** {@code work} done in a daemon thread of its own; the supplier waits for its result. */
    private static <T> Supplier<T> beside(String name, Work<T> work) {
        CompletableFuture<T> result =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return work.run();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        task -> {
                            Thread thread = new Thread(task, name);
                            thread.setDaemon(true);
                            thread.start();
                        });
        return () -> {
            try {
                return result.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException unchecked) {
                    throw unchecked; // an UncheckedIOException among them
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        };
    }

    /**
     * Photos another JVM is making for the next build, which plans them and waits for it before it
     * publishes them; null when this JVM makes them.
     */
    private CompletableFuture<?> photosBeside;

    /**
     * The next build's new photos are being made by another JVM (the photo JVM) and are there in
     * the photo cache when {@code made} completes: the build renders its pages meanwhile and waits
     * for them only to publish them. Whatever that JVM did not make, the build makes itself.
     */
    public void photosMadeBeside(CompletableFuture<?> made) {
        this.photosBeside = made;
    }

    /**
     * A photo did not come out as planned (it did not decode, or memory ran out): the pages
     * rendered meanwhile show it, so they are rendered again.
     */
    private static final class PhotosNotAsPlanned extends RuntimeException {
        PhotosNotAsPlanned(String message) {
            super(message, null, false, false);
        }
    }

    private BuildResult build(Problems problems, long start, Supplier<String> inputs)
            throws BuildFailedException, IOException {
        Problems attempt = new Problems();
        try {
            return build(attempt, start, inputs, false);
        } catch (PhotosNotAsPlanned e) {
            // rare: the photo is remembered as broken now, and the pages are made again without
            // it, this time after the photos
            listener.info(e.getMessage() + ": rendering again");
            attempt = new Problems();
            return build(attempt, start, inputs, true);
        } finally {
            problems.addAll(attempt);
            if (photosBeside != null) {
                // a build that failed before its photos: the other JVM is not left behind
                photosBeside.exceptionally(e -> null).join();
                photosBeside = null;
            }
        }
    }

    private BuildResult build(
            Problems problems, long start, Supplier<String> inputs, boolean photosFirst)
            throws BuildFailedException, IOException {
        Supplier<Prepared> prepared = beside("logbuch-prepare", this::prepare);
        Content content = new ContentLoader(config, this::capturedAt, documents).load(problems);
        phaseDone("load", start);
        Instant validUntil = validUntil(content);

        long assembleStart = System.nanoTime();
        Site site = new SiteAssembler(config, listener).assemble(content, problems);
        phaseDone("assemble", assembleStart);

        // the photos are planned (and begin to be made) while the theme may still be compiled
        long photosStart = System.nanoTime();
        CompletableFuture<?> beside = photosBeside;
        photosBeside = null;
        PhotoProcessor.Batch processed =
                photos.start(site.photoFolders().keySet(), problems, beside);
        if (photosFirst) {
            processed.finish();
        }
        phaseDone("photos", photosStart);

        long themeStart = System.nanoTime();
        Prepared ready;
        try {
            ready = prepared.get();
        } catch (RuntimeException | Error e) {
            finishQuietly(processed);
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
        if (ready.theme() != null) {
            problems.addAll(ready.messageProblems());
            theme = ready.theme();
            themeStamp = ready.themeStamp();
            memory.forgetOutputs();
        }
        markdown = ready.markdown();
        phaseDone("waiting for the theme", themeStart);

        SiteRenderer renderer =
                new SiteRenderer(config, theme, markdown, "Logbuch " + Blog.version());
        long renderStart = System.nanoTime();
        Publisher publisher;
        int pages;
        if (published) {
            memory.digestWith(null); // nothing is kept for a later JVM
            publisher = new Publisher(config.outputDirectory(), memory, true);
            pages = render(renderer, site, processed, publisher, problems);
            phaseDone("render", renderStart);
            problems.throwIfErrors();
            publisher.finish();
        } else {
            Publisher.Reuse reuse = reuse(inputs);
            memory.digestWith(reuse == null ? null : reuse.digests());
            int loaded = 0;
            if (reuse != null && memory.bodies() == 0) {
                loaded = bodyStore().load(memory);
            }
            int loadedBodies = loaded;
            // the bodies written while the pages are rendered, and kept once the build succeeded
            // (written after it they were the last 0.3-0.5 s of a cold 5,000-post build: 87 MB
            // encoded and written by one thread, the other core idle)
            AtomicReference<Supplier<Path>> bodies = new AtomicReference<>();
            Runnable bodiesRendered =
                    () -> {
                        if (inputs != null
                                && (!memory.rendered().isEmpty()
                                        || memory.bodies() != loadedBodies)) {
                            bodies.set(beside("logbuch-bodies", this::writeBodies));
                        }
                    };
            try {
                try (StagedOutput staged = StagedOutput.beside(config.outputDirectory())) {
                    publisher = new Publisher(staged.root(), memory, false, reuse);
                    try {
                        pages =
                                render(
                                        renderer,
                                        site,
                                        processed,
                                        publisher,
                                        problems,
                                        bodiesRendered);
                        phaseDone("render", renderStart);
                        if (inputs != null && !photosFirst) {
                            // (not again after photos came out otherwise: the bodies of the first
                            // attempt would be told as kept)
                            tellReuse(publisher, loaded);
                        }
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
                if (inputs != null) {
                    long snapshotStart = System.nanoTime();
                    keep(
                            inputs,
                            validUntil,
                            new SiteSnapshot.Summary(
                                    site.entriesBySource().size(),
                                    pages,
                                    publisher.bytes(),
                                    problems.warnings(),
                                    problems.leftOut()),
                            publisher.produced(),
                            publisher.digests());
                    phaseDone("keep snapshot", snapshotStart);
                    Supplier<Path> written = bodies.getAndSet(null);
                    if (written != null) {
                        long bodiesStart = System.nanoTime();
                        commitBodies(written.get());
                        phaseDone("waiting for the bodies kept", bodiesStart);
                    }
                }
            } finally {
                Supplier<Path> left = bodies.get();
                if (left != null) { // of a build that failed
                    try {
                        discardBodies(left.get());
                    } catch (RuntimeException e) {
                        // what failed the build says more
                    }
                }
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

    /**
     * Waits for the photos of a build that failed before they were published: no thread goes on
     * making them behind it. Their own failure is not told; the build's is the one to tell.
     */
    private static void finishQuietly(PhotoProcessor.Batch photos) {
        try {
            photos.finish();
        } catch (RuntimeException ignored) {
            // the build's failure is the one to tell
        }
    }

    /**
     * Renders the pages with the photos as planned while they are made, then publishes the photos
     * as made; they differ only when a photo did not decode.
     */
    private int render(
            SiteRenderer renderer,
            Site site,
            PhotoProcessor.Batch photos,
            Publisher publisher,
            Problems problems)
            throws IOException {
        return render(renderer, site, photos, publisher, problems, () -> {});
    }

    private int render(
            SiteRenderer renderer,
            Site site,
            PhotoProcessor.Batch photos,
            Publisher publisher,
            Problems problems,
            Runnable bodiesRendered)
            throws IOException {
        Map<Path, Photo> shown = photos.planned();
        int pages;
        try {
            pages = renderer.render(site, shown, publisher, problems, memory, bodiesRendered);
            listener.debug(
                    String.format(
                            Locale.ROOT, "search: %d ms", renderer.searchNanos() / 1_000_000));
        } catch (RuntimeException | Error e) {
            finishQuietly(photos);
            if (e instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
        long waitStart = System.nanoTime();
        Map<Path, Photo> made = photos.finish();
        phaseDone("waiting for photos", waitStart);
        if (!made.equals(shown)) {
            throw new PhotosNotAsPlanned(
                    "Photos that could not be made were shown on the pages rendered while they"
                            + " were made");
        }
        try {
            SiteRenderer.publishPhotos(site, made, publisher);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return pages;
    }

    /**
     * Puts back the site the last build of the same inputs made, as {@link #build()} would first
     * try; empty when there is none.
     */
    public Optional<BuildResult> restoreUnchanged() throws IOException {
        if (!snapshot().exists()) {
            this.restored = false;
            this.triedInputs = null; // the build makes the digest beside its work
            return Optional.empty();
        }
        long start = System.nanoTime();
        Supplier<String> inputs = inputsBeside(true);
        Optional<BuildResult> restored = restore(inputs, start);
        phaseDone("snapshot", start);
        this.restored = restored.isPresent();
        try {
            this.triedInputs = restored.isPresent() ? null : inputs.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return restored;
    }

    /**
     * Processes every photo under {@code content/} that is not in the photo cache yet, telling no
     * problem: the build that follows (in another JVM) finds them in the cache and tells those.
     */
    public void processPhotos() throws IOException {
        photos.process(contentFiles().photos(), new Problems());
    }

    /** The photos under {@code content/} the photo cache does not have yet. */
    public NewPhotos photosToProcess() throws IOException {
        return photosToProcess(contentFiles());
    }

    /** The photos of {@code files} the photo cache does not have yet. */
    public NewPhotos photosToProcess(ContentFiles files) {
        PhotoProcessor.Pending pending = photos.toProcess(files.photos());
        return new NewPhotos(pending.photos(), pending.bytes());
    }

    /**
     * What {@code content/} holds as a Maven build looks before it builds: how many Markdown files
     * (whether to fork) and which photos (whether new ones want a JVM of their own).
     */
    public record ContentFiles(long markdown, List<Path> photos) {
        public static final ContentFiles NONE = new ContentFiles(0, List.of());
    }

    /**
     * The Markdown files and photos under {@code content/}, found in one walk that looks at each
     * file once: a system call costs several microseconds in the virtual machines builds run in,
     * and a cold 5,000-post build walked its 12,500 files twice before forking (a walk for the
     * count, another for the photos, each with a {@code stat} per file, the second with two): 0.45
     * s of Maven's JVM before the build could start.
     */
    public ContentFiles contentFiles() throws IOException {
        if (!Files.isDirectory(config.contentDirectory())) {
            return ContentFiles.NONE;
        }
        long markdown = 0;
        List<Path> photoFiles = new ArrayList<>();
        try (Stream<Path> files =
                Files.find(
                        config.contentDirectory(),
                        Integer.MAX_VALUE,
                        (file, attributes) ->
                                attributes.isRegularFile()
                                        || attributes.isSymbolicLink()
                                                && Files.isRegularFile(file))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".md")) {
                    markdown++;
                } else if (Bundle.isPhoto(file)) {
                    photoFiles.add(file);
                }
            }
        }
        return new ContentFiles(markdown, List.copyOf(photoFiles));
    }

    /**
     * Photos the photo cache does not have yet.
     *
     * @param bytes the size of their files together
     */
    public record NewPhotos(int photos, long bytes) {
        public static final NewPhotos NONE = new NewPhotos(0, 0);
    }

    /**
     * Keeps the site just built for the next build of the same inputs. A site that cannot be kept
     * (a full disk, a cache folder that cannot be written) is no reason to fail a build that
     * succeeded: it is said, and the next build makes the site again.
     */
    private void keep(
            Supplier<String> inputs,
            Instant validUntil,
            SiteSnapshot.Summary summary,
            Set<String> produced,
            Map<String, String> digests) {
        try {
            snapshot()
                    .save(
                            inputs.get(),
                            validUntil,
                            summary,
                            config.outputDirectory(),
                            produced,
                            digests);
        } catch (IOException | UncheckedIOException e) {
            listener.info("The site could not be kept in " + snapshot().folder() + ": " + e);
            try {
                snapshot().drop();
            } catch (IOException ignored) {
                // what is left is not valid without its manifest
            }
        }
    }

    /** Says what the build rendered and what it took from the kept site. */
    private void tellReuse(Publisher publisher, int loaded) {
        List<Path> rendered = memory.rendered();
        Path content = config.contentDirectory();
        listener.debug(
                String.format(
                        Locale.ROOT,
                        "bodies rendered: %d of %d (%d kept)%s; files taken from the kept site,"
                                + " made from the same data: %d",
                        rendered.size(),
                        memory.bodies(),
                        loaded,
                        rendered.isEmpty() || rendered.size() > 10
                                ? ""
                                : " "
                                        + rendered.stream()
                                                .map(file -> content.relativize(file).toString())
                                                .toList(),
                        publisher.reused()));
        if (publisher.reused() > 0 || rendered.size() < memory.bodies()) {
            listener.info(
                    String.format(
                            Locale.ROOT,
                            "Only what changed was made again: %d of %d files from templates and"
                                    + " %d of %d Markdown bodies came from %s",
                            publisher.reused(),
                            publisher.digests().size(),
                            memory.bodies() - rendered.size(),
                            memory.bodies(),
                            config.cacheDirectory()));
        }
    }

    /**
     * Writes the rendered bodies for the next build (see {@link BodyStore#write}); null when they
     * cannot be: that fails no build, it is said.
     */
    private Path writeBodies() {
        try {
            return bodyStore().write(memory);
        } catch (IOException | UncheckedIOException e) {
            listener.info("The rendered bodies could not be kept in " + bodyStore() + ": " + e);
            return null;
        }
    }

    private void commitBodies(Path written) {
        if (written != null) {
            try {
                bodyStore().commit(written);
            } catch (IOException e) {
                listener.info("The rendered bodies could not be kept in " + bodyStore() + ": " + e);
            }
        }
    }

    private static void discardBodies(Path written) {
        if (written != null) {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                // the next build writes it anew
            }
        }
    }

    private BodyStore bodyStore() {
        return new BodyStore(config.cacheDirectory().resolve("bodies"), config.sourceDirectory());
    }

    /** The inputs this session found no kept site for, or null if it did not look. */
    String triedInputs() {
        return triedInputs;
    }

    /** Tells a session in a forked JVM that its parent found no kept site for {@code inputs}. */
    void nothingKeptFor(String inputs) {
        this.triedInputs = inputs;
    }

    private SiteSnapshot snapshot() {
        return new SiteSnapshot(config.cacheDirectory().resolve("site"), config.sourceDirectory());
    }

    /**
     * The site the last build of the same inputs made, put back as it was, with its warnings told
     * again; empty when there is none. The session then knows nothing of what the files were made
     * from, so its next build replaces the site whole again.
     */
    private Optional<BuildResult> restore(Supplier<String> inputs, long start) throws IOException {
        Optional<SiteSnapshot.Restored> put;
        try (StagedOutput staged = StagedOutput.beside(config.outputDirectory())) {
            try {
                put = snapshot().restore(inputs, config.clock().instant(), staged.root());
                if (put.isEmpty()) {
                    return Optional.empty();
                }
            } catch (IOException | UncheckedIOException e) {
                // a kept file gone or unreadable: then the site is built as if none were kept
                listener.debug("the kept site could not be put back: " + e);
                return Optional.empty();
            }
            staged.commit();
        }
        SiteSnapshot.Summary summary = put.get().summary();
        int files = put.get().files();
        listener.info(
                "Nothing changed since the build that made "
                        + config.cacheDirectory().resolve("site")
                        + ": its "
                        + files
                        + " files were put back");
        for (Problem warning : summary.warnings()) {
            listener.warning(warning);
        }
        for (Problem missing : summary.leftOut()) {
            listener.leftOut(missing);
        }
        return Optional.of(
                new BuildResult(
                        summary.documents(),
                        summary.pages(),
                        files,
                        files,
                        summary.bytes(),
                        Duration.ofNanos(System.nanoTime() - start),
                        summary.warnings()));
    }

    /**
     * The digest of everything a build reads: the plugin's code, the configuration (but the clock
     * and the folders written to) and every file under the source folder, read {@code inParallel}
     * or by this thread alone.
     */
    private String inputs(boolean inParallel) throws IOException {
        StringBuilder text = codeAndConfig();
        Set<Path> skip =
                Set.of(
                        config.outputDirectory().toAbsolutePath().normalize(),
                        config.cacheDirectory().toAbsolutePath().normalize());
        text.append(
                new SourceStamps(config.cacheDirectory().resolve("sources.tsv"))
                        .digest(config.sourceDirectory(), skip, inParallel));
        return SourceStamps.hash(text.toString());
    }

    /**
     * How this build digests what each file is made from, and the kept site whose files made from
     * equal data it takes; null for a build that keeps no site ({@code inputs} null).
     */
    private Publisher.Reuse reuse(Supplier<String> inputs) throws IOException {
        if (inputs == null) {
            return null;
        }
        // besides a page's data: the plugin's code, the configuration, the templates and messages
        StringBuilder salt = codeAndConfig();
        for (Path dir : List.of(config.templatesDirectory(), config.i18nDirectory())) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        salt.append(dir.relativize(file))
                                .append('\t')
                                .append(SourceStamps.hash(file))
                                .append('\n');
                    }
                }
            }
        }
        KeyDigest digests =
                new KeyDigest(SourceStamps.hash(salt.toString()), config.sourceDirectory());
        return new Publisher.Reuse(digests, snapshot().earlier().orElse(null));
    }

    /**
     * The plugin's version and code, and the configuration but the clock and the folders, as text.
     */
    private StringBuilder codeAndConfig() {
        StringBuilder text = new StringBuilder();
        text.append("logbuch ").append(Blog.version()).append('\n');
        if (Blog.version().endsWith("-SNAPSHOT")) {
            // a released version's code is its version; a snapshot's is the jar built last
            text.append(CodeStamp.of(Session.class)).append('\n');
        }
        for (RecordComponent component : BlogConfig.class.getRecordComponents()) {
            String name = component.getName();
            // where the sources are counts not: their files are hashed by their paths in it, so a
            // blog checked out elsewhere (another CI runner) keeps its cache
            if (!Set.of("clock", "outputDirectory", "cacheDirectory", "sourceDirectory")
                    .contains(name)) {
                try {
                    text.append(name)
                            .append('=')
                            .append(component.getAccessor().invoke(config))
                            .append('\n');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return text;
    }

    /** When the first post left out for its future date is due: the site then changes. */
    private Instant validUntil(Content content) {
        if (config.future()) {
            return null;
        }
        Instant now = config.clock().instant();
        Instant first = null;
        for (List<Document> documents : List.of(content.posts(), content.pages())) {
            for (Document document : documents) {
                if (document.date() != null) {
                    Instant due = document.date().toInstant();
                    if (due.isAfter(now) && (first == null || due.isBefore(first))) {
                        first = due;
                    }
                }
            }
        }
        return first;
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
