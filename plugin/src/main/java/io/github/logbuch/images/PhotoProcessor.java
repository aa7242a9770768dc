package io.github.logbuch.images;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.PhotoSettings;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * The photo phase: every photo the site shows, processed once into its responsive sizes and a
 * thumbnail, or taken from the cache when its content and the settings are unchanged. Photos are
 * processed in parallel, as many at once as there are cores and as fit in half the heap. A photo
 * that decodes with damage is published as far as it decodes, with a warning naming the file and
 * the damage; one that cannot be decoded at all is left out with an error line naming it. The
 * others go on.
 */
public final class PhotoProcessor {
    private static final long REPORT_EVERY_NANOS = 2_000_000_000L;

    private final PhotoSettings settings;
    private final PhotoCache cache;
    private final BuildListener listener;
    private final java.time.ZoneId zone;
    private final int threads;

    /**
     * Hashes by file and stamp (size, modification and change time, file key): an unchanged photo
     * is hashed once, and not again by the next build either (they are kept in {@link
     * #stampsFile}).
     */
    private final Map<Path, Stamped> hashes = new ConcurrentHashMap<>();

    private record Stamped(long size, long modifiedNanos, String identity, String hash) {}

    private final Path stampsFile;
    private boolean stampsRead;
    private final AtomicInteger contentHashes = new AtomicInteger();

    /** The hashes of the photos the last build showed, for {@link #pruneCache}. */
    private java.util.Set<String> lastUsed = java.util.Set.of();

    public PhotoProcessor(BlogConfig config, BuildListener listener) {
        this.settings = config.photos();
        this.cache = new PhotoCache(config.cacheDirectory().resolve("photos"));
        this.stampsFile = config.cacheDirectory().resolve("photos").resolve("hashes.tsv");
        this.listener = listener;
        this.zone = config.timeZone();
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Which of {@code sources} (distinct by content) the cache has neither a result nor a failure
     * for: what {@link #process} would decode. Reads only the photos whose size or time changed
     * since they were last hashed.
     */
    public Pending toProcess(Collection<Path> sources) {
        readStamps();
        int hashedBefore = contentHashes.get();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Path> hashed = new ArrayList<>();
        int missing = 0;
        long bytes = 0;
        for (Path source : sources) {
            try {
                String hash = hash(source);
                hashed.add(source);
                if (seen.add(hash) && cache.load(hash).isEmpty() && cache.failure(hash).isEmpty()) {
                    missing++;
                    bytes += Files.size(source);
                }
            } catch (IOException e) {
                // process() tells it
            }
        }
        if (contentHashes.get() != hashedBefore) {
            writeStamps(hashed);
        }
        return new Pending(missing, bytes);
    }

    /**
     * The photos the cache does not have yet.
     *
     * @param bytes the size of their files together
     */
    public record Pending(int photos, long bytes) {}

    /**
     * The processed photo of every source that could be read. Reuse the processor across the builds
     * of a session: it remembers the photos' hashes.
     */
    public Map<Path, Photo> process(Collection<Path> sources, Problems problems) {
        return start(sources, problems, null).finish();
    }

    /**
     * Starts making the photos of {@code sources} the cache does not have, in threads of their own
     * or, given {@code elsewhere}, by whoever completes it (the photo JVM), and says at once what
     * each photo will be: its sizes and names follow from its header, its metadata and the
     * settings, before a pixel is decoded. A photo whose header is refused or unreadable is left
     * out here; one that turns out not to decode is left out by {@link Batch#finish()}.
     *
     * @param elsewhere completes when another JVM has put the photos into the cache; null to make
     *     them here
     */
    public Batch start(
            Collection<Path> sources, Problems problems, CompletableFuture<?> elsewhere) {
        if (sources.isEmpty()) {
            return new Batch(Map.of(), Map.of(), Map.of(), () -> join(elsewhere), problems);
        }
        // Other code in this JVM may have used ImageIO before our plugin's readers were visible.
        ImageIO.scanForPlugins();
        readStamps();
        int hashedBefore = contentHashes.get();
        Map<Path, String> hashes = new ConcurrentHashMap<>();
        sources.parallelStream()
                .forEach(
                        source -> {
                            try {
                                hashes.put(source, hash(source));
                            } catch (IOException e) {
                                problems.warning(
                                        Problem.in(
                                                source,
                                                "left out: cannot be read ("
                                                        + e.getMessage()
                                                        + ")"));
                            }
                        });
        if (contentHashes.get() != hashedBefore) {
            writeStamps(hashes.keySet());
        }
        Map<String, List<Path>> byHash = new LinkedHashMap<>();
        sources.stream()
                .sorted()
                .filter(hashes::containsKey)
                .forEach(s -> byHash.computeIfAbsent(hashes.get(s), h -> new ArrayList<>()).add(s));
        lastUsed = java.util.Set.copyOf(byHash.keySet());

        Map<String, PhotoCache.Entry> entries = new ConcurrentHashMap<>();
        List<String> missing = new ArrayList<>();
        byHash.forEach(
                (hash, paths) -> {
                    if (!fromCache(hash, paths, entries, problems)) {
                        missing.add(hash);
                    }
                });
        // what the missing ones will be, from their headers and metadata, on every core
        Map<String, Planned> planned = new ConcurrentHashMap<>();
        missing.parallelStream()
                .forEach(
                        hash -> {
                            try {
                                planned.put(hash, plan(byHash.get(hash).get(0), hash));
                            } catch (PhotoException e) {
                                failed(hash, byHash.get(hash), e, problems);
                            }
                        });
        List<String> toMake = missing.stream().filter(planned::containsKey).toList();
        Map<String, PhotoCache.Entry> expected = new HashMap<>(entries);
        toMake.forEach(hash -> expected.put(hash, planned.get(hash).entry()));

        if (missing.isEmpty()) {
            listener.info(
                    String.format(
                            Locale.ROOT,
                            "Photos: all %d unchanged, from the cache",
                            byHash.size()));
        } else if (elsewhere == null) {
            listener.info(
                    String.format(
                            Locale.ROOT,
                            "Processing %d photos (%d unchanged, from the cache)",
                            missing.size(), // with those refused by their headers above
                            byHash.size() - missing.size()));
        }
        Runnable work;
        if (toMake.isEmpty()) {
            work = () -> join(elsewhere);
        } else if (elsewhere != null) {
            work =
                    () -> {
                        join(elsewhere);
                        List<String> left = new ArrayList<>();
                        for (String hash : toMake) {
                            if (!fromCache(hash, byHash.get(hash), entries, problems)) {
                                left.add(hash); // what the other JVM did not make is made here
                            }
                        }
                        if (!left.isEmpty()) {
                            processAll(left, byHash, planned, entries, problems);
                        }
                    };
        } else {
            work = () -> processAll(toMake, byHash, planned, entries, problems);
        }
        return new Batch(photos(byHash, expected), byHash, entries, work, problems);
    }

    /**
     * Takes the photo of {@code hash} from the cache into {@code entries}, or names its paths as
     * left out when the cache remembers it failed.
     *
     * @return whether the cache knew it either way
     */
    private boolean fromCache(
            String hash,
            List<Path> paths,
            Map<String, PhotoCache.Entry> entries,
            Problems problems) {
        Optional<PhotoCache.Entry> cached = cache.load(hash);
        if (cached.isPresent()) {
            entries.put(hash, cached.get());
            return true;
        }
        Optional<PhotoCache.Failure> failed = cache.failure(hash);
        failed.ifPresent(why -> leftOut(paths, why, problems));
        return failed.isPresent();
    }

    /** A photo that cannot be made: remembered in the cache, and its paths named as left out. */
    private void failed(String hash, List<Path> paths, PhotoException e, Problems problems) {
        cache.storeFailure(hash, e.getMessage(), e.refused());
        leftOut(paths, new PhotoCache.Failure(e.getMessage(), e.refused()), problems);
    }

    /** Waits for {@code work} (none for null); its failure only means the photos are made here. */
    private static void join(CompletableFuture<?> work) {
        if (work != null) {
            try {
                work.join();
            } catch (RuntimeException e) {
                // what it did not put into the cache is made here
            }
        }
    }

    /** What a photo the cache does not have will be, and what was read to know it. */
    private record Planned(Decoder.Size stored, PhotoMetadata metadata, PhotoCache.Entry entry) {}

    private Planned plan(Path source, String hash) throws PhotoException {
        Decoder.Size stored = Decoder.size(source, settings.maxMegapixels() * 1_000_000L);
        PhotoMetadata metadata = MetadataReader.read(source, zone);
        PhotoPipeline.Sizes sizes = PhotoPipeline.sizes(settings, stored, metadata);
        return new Planned(
                stored,
                metadata,
                new PhotoCache.Entry(
                        sizes.variants(),
                        sizes.thumbnail(),
                        sizes.thumbnail2x(),
                        metadata,
                        List.of(),
                        cache.folder(hash)));
    }

    /** Each source's photo from the entries by hash; a source without an entry has none. */
    private Map<Path, Photo> photos(
            Map<String, List<Path>> byHash, Map<String, PhotoCache.Entry> entries) {
        Map<Path, Photo> photos = new LinkedHashMap<>();
        byHash.forEach(
                (hash, paths) -> {
                    PhotoCache.Entry entry = entries.get(hash);
                    if (entry != null) {
                        for (Path source : paths) {
                            photos.put(source, photo(source, hash, entry));
                        }
                    }
                });
        return photos;
    }

    /**
     * Photos on their way: what they will be, at once, and what they are once made, in a thread of
     * its own meanwhile. Finish every batch that was started.
     */
    public final class Batch {
        private final Map<Path, Photo> planned;
        private final Map<String, List<Path>> byHash;
        private final Map<String, PhotoCache.Entry> entries;
        private final Problems problems;
        private final CompletableFuture<Void> work;
        private Map<Path, Photo> made;

        private Batch(
                Map<Path, Photo> planned,
                Map<String, List<Path>> byHash,
                Map<String, PhotoCache.Entry> entries,
                Runnable work,
                Problems problems) {
            this.planned = java.util.Collections.unmodifiableMap(planned);
            this.byHash = byHash;
            this.entries = entries;
            this.problems = problems;
            this.work =
                    CompletableFuture.runAsync(
                            work,
                            task -> {
                                Thread thread = daemonThreads().newThread(task);
                                thread.setName("logbuch-photo-batch");
                                thread.start();
                            });
        }

        /**
         * Every photo that can be shown, as it will be published (names, sizes, metadata), before
         * it is made: pages can be rendered with these while the photos are made. Once the batch is
         * {@link #finish finished}, the photos as made.
         */
        public synchronized Map<Path, Photo> planned() {
            return made != null ? made : planned;
        }

        /**
         * Waits until the photos are made, tells what is wrong with them (left out, damaged), and
         * returns them: as {@link #planned()} unless a photo turned out not to decode, or the
         * memory for it ran out.
         */
        public synchronized Map<Path, Photo> finish() {
            if (made != null) {
                return made;
            }
            try {
                work.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
            byHash.forEach(
                    (hash, paths) -> {
                        PhotoCache.Entry entry = entries.get(hash);
                        if (entry != null) {
                            paths.forEach(source -> damaged(source, entry, problems));
                        }
                    });
            made = java.util.Collections.unmodifiableMap(photos(byHash, entries));
            return made;
        }
    }

    private void processAll(
            List<String> hashes,
            Map<String, List<Path>> byHash,
            Map<String, Planned> planned,
            Map<String, PhotoCache.Entry> entries,
            Problems problems) {
        long budget = Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 2);
        int budgetMb = (int) Math.min(Integer.MAX_VALUE, budget >> 20);
        Semaphore memory = new Semaphore(budgetMb);
        AtomicInteger done = new AtomicInteger();
        AtomicLong pixels = new AtomicLong();
        long start = System.nanoTime();
        AtomicLong lastReport = new AtomicLong(start);
        // each worker keeps its pixel arrays from photo to photo: at most a quarter of the heap in
        // all, and a sixteenth in working arrays, besides the half the photos being processed use
        long keep = Runtime.getRuntime().maxMemory() / 4 / threads;
        ThreadLocal<PhotoPipeline> pipelines =
                ThreadLocal.withInitial(() -> new PhotoPipeline(settings, new ByteArrays(keep)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String hash : hashes) {
                Path source = byHash.get(hash).get(0);
                futures.add(
                        pool.submit(
                                () -> {
                                    try {
                                        PhotoCache.Entry entry =
                                                processOne(
                                                        pipelines.get(),
                                                        source,
                                                        hash,
                                                        planned.get(hash),
                                                        memory,
                                                        budgetMb,
                                                        pixels);
                                        entries.put(hash, entry);
                                    } catch (PhotoException e) {
                                        failed(hash, byHash.get(hash), e, problems);
                                    } catch (OutOfMemoryError e) {
                                        // not remembered: with more memory it will work
                                        leftOut(
                                                byHash.get(hash),
                                                new PhotoCache.Failure(
                                                        "needs more memory than the build has"
                                                                + " (raise -Xmx in MAVEN_OPTS)",
                                                        true),
                                                problems);
                                    } catch (RuntimeException e) {
                                        throw new IllegalStateException(
                                                source + " could not be processed: " + e, e);
                                    }
                                    int n = done.incrementAndGet();
                                    report(
                                            n,
                                            hashes.size(),
                                            start,
                                            pixels.get(),
                                            lastReport,
                                            n == hashes.size());
                                    return null;
                                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while processing photos", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One rule for photos that cannot be shown: one no reader can decode is left out with an error
     * line (the build goes on); one refused by a limit is a warning.
     */
    private static void leftOut(List<Path> paths, PhotoCache.Failure why, Problems problems) {
        for (Path path : paths) {
            Problem problem = Problem.in(path, "left out: the photo " + why.message());
            if (why.refused()) {
                problems.warning(problem);
            } else {
                problems.leftOut(problem);
            }
        }
    }

    /** A photo published as far as it decodes is named with what is wrong, on every build. */
    private static void damaged(Path path, PhotoCache.Entry entry, Problems problems) {
        if (!entry.damage().isEmpty()) {
            problems.warning(
                    Problem.in(
                            path,
                            "the photo is damaged ("
                                    + String.join("; ", entry.damage())
                                    + "): published as far as it decodes"));
        }
    }

    private void report(
            int done, int total, long start, long pixels, AtomicLong lastReport, boolean last) {
        long now = System.nanoTime();
        long previous = lastReport.get();
        if (!last
                && (now - previous < REPORT_EVERY_NANOS
                        || !lastReport.compareAndSet(previous, now))) {
            return;
        }
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        listener.info(
                String.format(
                        Locale.ROOT,
                        "Photos: %d of %d processed, %.1f photos/s, %.0f MP/s",
                        done,
                        total,
                        done / seconds,
                        pixels / 1e6 / seconds));
    }

    private PhotoCache.Entry processOne(
            PhotoPipeline pipeline,
            Path source,
            String hash,
            Planned planned,
            Semaphore memory,
            int budgetMb,
            AtomicLong pixels)
            throws PhotoException {
        long maxPixels = settings.maxMegapixels() * 1_000_000L;
        Decoder.Size stored = planned.stored();
        int needMb = (int) Math.min(budgetMb, Math.max(1, stored.pixels() * 3 * 5 / 2 >> 20));
        memory.acquireUninterruptibly(needMb);
        try {
            PhotoCache.Entry entry =
                    pipeline.run(source, stored, planned.metadata(), maxPixels, hash, cache);
            pixels.addAndGet(stored.pixels());
            return entry;
        } finally {
            memory.release(needMb);
        }
    }

    private Photo photo(Path source, String hash, PhotoCache.Entry entry) {
        String base = baseName(source) + "-" + hash.substring(0, 8);
        List<Variant> variants = new ArrayList<>();
        for (int[] size : entry.variants()) {
            variants.add(
                    new Variant(
                            base + "-" + size[0] + ".jpg",
                            size[0],
                            size[1],
                            entry.folder().resolve("w" + size[0] + ".jpg")));
        }
        Variant thumbnail =
                new Variant(
                        base + "-thumb.jpg",
                        entry.thumbnail()[0],
                        entry.thumbnail()[1],
                        entry.folder().resolve("thumb.jpg"));
        Variant thumbnail2x =
                entry.thumbnail2x() == null
                        ? null
                        : new Variant(
                                base + "-thumb2x.jpg",
                                entry.thumbnail2x()[0],
                                entry.thumbnail2x()[1],
                                entry.folder().resolve("thumb2x.jpg"));
        return new Photo(source, List.copyOf(variants), thumbnail, thumbnail2x, entry.metadata());
    }

    /** "IMG_1234.JPG" → "img-1234", a safe and readable start for the published names. */
    public static String baseName(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String slug =
                stem.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "photo" : slug;
    }

    private String hash(Path source) throws IOException {
        java.nio.file.attribute.BasicFileAttributes attributes =
                Files.readAttributes(source, java.nio.file.attribute.BasicFileAttributes.class);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        String identity = identity(source, attributes);
        Stamped known = hashes.get(source);
        if (known != null
                && known.size() == size
                && known.modifiedNanos() == modified
                && known.identity().equals(identity)) {
            return known.hash();
        }
        String hash = contentHash(source);
        contentHashes.incrementAndGet();
        hashes.put(source, new Stamped(size, modified, identity, hash));
        return hash;
    }

    /**
     * What changes with a file even when its size and time are kept (a tool that rewrites a photo
     * and restores its time): the inode's change time where the system has one, and the file's key
     * (a new file under the old name has another).
     */
    private static String identity(
            Path source, java.nio.file.attribute.BasicFileAttributes attributes) {
        Object changed;
        try {
            changed = Files.getAttribute(source, "unix:ctime");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            changed = "";
        }
        String key = String.valueOf(attributes.fileKey());
        return (changed + "/" + key).replaceAll("[\\t\\n]", " ");
    }

    /**
     * Removes from the cache every processed photo the last build did not show (as {@code hugo
     * --gc} does). Call it after a build that succeeded: a failed one may not have seen them all.
     *
     * @return how many photos were removed
     */
    public int pruneCache() throws IOException {
        return cache.prune(lastUsed);
    }

    /** How many photos this processor has read to hash them; for tests. */
    int contentHashes() {
        return contentHashes.get();
    }

    /**
     * The hashes the last build left, for the settings of this one (a hash covers the settings). A
     * file that cannot be read only means hashing again.
     */
    private void readStamps() {
        if (stampsRead) {
            return;
        }
        stampsRead = true;
        String settingsKey = settingsKey();
        try (java.io.BufferedReader in = Files.newBufferedReader(stampsFile)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] fields = line.split("\\t", -1);
                if (fields.length == 6
                        && fields[4].equals(settingsKey)
                        && fields[5].matches("[0-9a-f]{64}")) {
                    hashes.putIfAbsent(
                            Path.of(fields[0]),
                            new Stamped(
                                    Long.parseLong(fields[1]),
                                    Long.parseLong(fields[2]),
                                    fields[3],
                                    fields[5]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // none yet, or damaged: every photo is hashed
        }
    }

    /** This build's photos and their hashes, replacing the file whole. */
    private void writeStamps(Collection<Path> sources) {
        String settingsKey = settingsKey();
        StringBuilder text = new StringBuilder();
        sources.stream()
                .sorted()
                .forEach(
                        source -> {
                            Stamped stamped = hashes.get(source);
                            String name = source.toString();
                            if (stamped != null
                                    && name.indexOf('\t') < 0
                                    && name.indexOf('\n') < 0) {
                                text.append(name)
                                        .append('\t')
                                        .append(stamped.size())
                                        .append('\t')
                                        .append(stamped.modifiedNanos())
                                        .append('\t')
                                        .append(stamped.identity())
                                        .append('\t')
                                        .append(settingsKey)
                                        .append('\t')
                                        .append(stamped.hash())
                                        .append('\n');
                            }
                        });
        Path temporary = null;
        try {
            Files.createDirectories(stampsFile.getParent());
            temporary = Files.createTempFile(stampsFile.getParent(), "hashes", ".tmp");
            Files.writeString(temporary, text, java.nio.charset.StandardCharsets.UTF_8);
            Files.move(
                    temporary,
                    stampsFile,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // only a cache: the next build hashes again
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // left for the next build to replace
                }
            }
        }
    }

    /** What a hash covers besides the photo's content, in short. */
    private String settingsKey() {
        return HexFormat.of()
                .formatHex(
                        sha256(
                                (PhotoPipeline.VERSION + ";" + settings.key())
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .substring(0, 16);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String contentHash(Path source) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(
                (PhotoPipeline.VERSION + ";" + settings.key())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "logbuch-photos-" + count.incrementAndGet());
            thread.setDaemon(true);
            // ImageIO finds its readers through the context class loader: the plugin's
            thread.setContextClassLoader(PhotoProcessor.class.getClassLoader());
            return thread;
        };
    }
}
