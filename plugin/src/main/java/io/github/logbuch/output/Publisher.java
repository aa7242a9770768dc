package io.github.logbuch.output;

import io.github.logbuch.cache.KeyDigest;
import io.github.logbuch.cache.SiteSnapshot;
import io.github.logbuch.site.Permalinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Writes every byte of the site, and nothing outside its folder: each target is checked to stay
 * inside the root, and each may be produced once per build. Knows from a {@link RenderMemory} what
 * the folder holds already and skips what would come out the same. Writing into a site that is
 * being served ({@code live}), a file is replaced whole, never seen half written. Safe to use from
 * many threads.
 */
public final class Publisher {
    private final Path root;
    private final RenderMemory memory;
    private final boolean live;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> linked = new ConcurrentHashMap<>();
    private final AtomicInteger changed = new AtomicInteger();

    /** Live: changes wait here until {@link #finish()}, so a failed build changes nothing. */
    private final List<IoAction> pending =
            java.util.Collections.synchronizedList(new ArrayList<>());

    private final AtomicLong bytes = new AtomicLong();

    private final Reuse reuse;
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /** The folders this publisher made or found, so each is asked for once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * Files made from keys are digested ({@link KeyDigest}), and those an earlier build made from
     * data of the same digest are taken from the site it kept instead of being made again.
     *
     * @param earlier the kept site's files, or null when there is none
     */
    public record Reuse(KeyDigest digests, SiteSnapshot.Earlier earlier) {}

    /** A publisher into an empty folder, remembering nothing. */
    public Publisher(Path root) {
        this(root, new RenderMemory(), false, null);
    }

    public Publisher(Path root, RenderMemory memory, boolean live) {
        this(root, memory, live, null);
    }

    /**
     * @param reuse how files are digested and taken from a kept site, or null to make every file
     */
    public Publisher(Path root, RenderMemory memory, boolean live, Reuse reuse) {
        this.root = root.toAbsolutePath().normalize();
        this.memory = memory;
        this.live = live;
        this.reuse = reuse;
    }

    /** Writes text (UTF-8) at a site path such as {@code /2016/06/x/} or {@code /feed.xml}. */
    public void write(String sitePath, String text) {
        write(sitePath, text, () -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public void write(String sitePath, byte[] content) {
        write(sitePath, new Bytes(content), () -> content);
    }

    /**
     * Writes what {@code content} makes, unless the file there was made from an equal {@code key}
     * already. {@code content} may return null when it could not make the file (its problem is
     * reported elsewhere); then nothing is written.
     */
    public void write(String sitePath, Object key, Supplier<byte[]> content) {
        String file = claim(sitePath);
        if (key.equals(memory.outputs.get(file)) && Files.exists(root.resolve(file))) {
            return;
        }
        if (reuse != null && !(key instanceof Bytes)) {
            Optional<String> digest = reuse.digests().of(key);
            if (digest.isPresent()) {
                digests.put(file, digest.get());
                Optional<Path> kept =
                        reuse.earlier() == null
                                ? Optional.empty()
                                : reuse.earlier().file(file, digest.get());
                if (kept.isPresent()) {
                    takeKept(file, key, kept.get());
                    return;
                }
            }
        }
        byte[] bytes = content.get();
        if (bytes == null) {
            return;
        }
        Path target = target(file);
        this.bytes.addAndGet(bytes.length);
        changed.incrementAndGet();
        act(
                () -> {
                    folder(target.getParent());
                    if (live) {
                        Path temporary = target.resolveSibling(".logbuch-" + target.getFileName());
                        io.github.logbuch.cache.Trees.write(temporary, bytes);
                        replace(temporary, target);
                    } else {
                        io.github.logbuch.cache.Trees.write(target, bytes);
                    }
                    memory.outputs.put(file, key);
                });
    }

    /** Links a kept file made from the same data, as {@link #link} does a photo. */
    private void takeKept(String file, Object key, Path kept) {
        reused.incrementAndGet();
        linkTo(file, key, kept);
    }

    /** Publishes {@code source} at {@code file} as a hard link, else a copy. */
    private void linkTo(String file, Object key, Path source) {
        Path target = target(file);
        changed.incrementAndGet();
        act(
                () -> {
                    folder(target.getParent());
                    Files.deleteIfExists(target);
                    io.github.logbuch.cache.Trees.linkOrCopy(source, target);
                    bytes.addAndGet(Files.size(target));
                    memory.outputs.put(file, key);
                });
    }

    /**
     * Makes a folder and its parents unless this publisher did already: for a folder that exists,
     * {@link Files#createDirectories} costs a failed mkdir and an exception.
     */
    private void folder(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null && !parent.equals(root.getParent())) {
            folder(parent);
        }
        try {
            Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
        folders.add(folder);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Staged: done at once. Live: done at {@link #finish()}. */
    private void act(IoAction action) {
        if (live) {
            pending.add(action);
            return;
        }
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file unchanged, e.g. from {@code static/}; again only when it changed. */
    public void copy(String sitePath, Path source) {
        String file = claim(sitePath);
        Object key = stamp(source);
        if (key.equals(memory.outputs.get(file)) && Files.exists(root.resolve(file))) {
            return;
        }
        Path target = target(file);
        changed.incrementAndGet();
        act(
                () -> {
                    folder(target.getParent());
                    if (live) {
                        Path temporary = target.resolveSibling(".logbuch-" + target.getFileName());
                        Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
                        replace(temporary, target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    bytes.addAndGet(Files.size(target));
                    memory.outputs.put(file, key);
                });
    }

    /**
     * Publishes a file that does not change, such as a processed photo from the cache: as a hard
     * link where the file system allows, else as a copy. The same file at the same path again is
     * fine (two identical photos of one post).
     */
    public void link(String sitePath, Path source) {
        String file = Permalinks.file(sitePath);
        Object previous = linked.putIfAbsent(file, source);
        if (previous != null && previous.equals(source)) {
            return;
        }
        claim(sitePath);
        Object key = List.of("link", source);
        if (key.equals(memory.outputs.get(file)) && Files.exists(root.resolve(file))) {
            return;
        }
        linkTo(file, key, source);
    }

    /**
     * Ends a successful build: makes the waiting changes, and deletes what an earlier build of the
     * session wrote and this one did not produce. Returns the files deleted, relative to the root.
     */
    public List<String> finish() {
        try {
            for (IoAction action : List.copyOf(pending)) {
                action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.clear();
        List<String> gone = new ArrayList<>();
        for (String file : List.copyOf(memory.outputs.keySet())) {
            if (!produced.contains(file)) {
                memory.outputs.remove(file);
                try {
                    Files.deleteIfExists(target(file));
                    gone.add(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (!gone.isEmpty()) {
            try {
                io.github.logbuch.cache.Trees.deleteEmptyFolders(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gone;
    }

    private String claim(String sitePath) {
        String file = Permalinks.file(sitePath);
        if (!produced.add(file)) {
            throw new IllegalStateException("written twice: " + file);
        }
        return file;
    }

    private Path target(String file) {
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + file);
        }
        return target;
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(
                    temporary,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What identifies a source file's content cheaply: where it is, its size and its time. */
    private static Object stamp(Path source) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(source, BasicFileAttributes.class);
            return List.of(source, attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes compared by content, as a key. */
    private record Bytes(byte[] content) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes b && java.util.Arrays.equals(content, b.content);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Bytes[" + content.length + "]";
        }
    }

    /** The files taken from a kept site instead of being made again. */
    public int reused() {
        return reused.get();
    }

    /**
     * The digest of what each file made from a key was made from, by its path in the site, for
     * {@link SiteSnapshot#save}; empty without {@link Reuse}.
     */
    public Map<String, String> digests() {
        return Map.copyOf(digests);
    }

    /** The path in the site of every file this build produced. */
    public Set<String> produced() {
        return Set.copyOf(produced);
    }

    /** Every file produced by this build. */
    public int files() {
        return produced.size();
    }

    /** Files written or replaced by this build (the others were unchanged). */
    public int changed() {
        return changed.get();
    }

    public long bytes() {
        return bytes.get();
    }
}
