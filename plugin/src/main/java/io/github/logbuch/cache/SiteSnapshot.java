package io.github.logbuch.cache;

import io.github.logbuch.problem.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The whole site a successful build wrote, kept in the cache with the digest of everything it was
 * made from, so that a build of the same inputs (after {@code mvn clean}, on CI with the cache
 * restored) puts the same files back instead of making them again. The files are hard links to the
 * site's own files where the file system allows (no second copy on disk), else copies; the site's
 * files are only ever replaced, never written in place, so a link stays what was built. A file
 * changed behind the snapshot's back (its size or time differs) makes the snapshot unusable.
 *
 * <p>A snapshot is valid until the first post it left out for being dated in the future is due.
 */
public final class SiteSnapshot {
    private static final String HEADER = "logbuch-site-snapshot 3";

    private final Path folder;
    private final Path base;

    /**
     * A snapshot in {@code folder} (made when saved).
     *
     * @param base the folder the files its problems name count from (the source folder): a blog
     *     checked out elsewhere tells them where they are now
     */
    public SiteSnapshot(Path folder, Path base) {
        this.folder = folder;
        this.base = base.toAbsolutePath().normalize();
    }

    /**
     * What the build that wrote the site reported.
     *
     * @param documents Markdown files published
     * @param pages HTML pages written
     * @param warnings the problems it warned about, told again when the site is restored
     * @param leftOut what it had to do without (a photo no reader decodes), told again too
     */
    public record Summary(
            int documents, int pages, long bytes, List<Problem> warnings, List<Problem> leftOut) {}

    /** A snapshot put back: what its build reported, and how many files it has. */
    public record Restored(Summary summary, int files) {}

    /**
     * A kept file.
     *
     * @param digest the {@link KeyDigest} of what it was made from, or "-" when it has none (a
     *     copied or linked file)
     */
    private record Entry(String path, long size, long time, String digest) {}

    private record Manifest(
            String inputs, Instant validUntil, Summary summary, List<Entry> files) {}

    /**
     * Puts the snapshot's files into {@code site} (an empty folder) when it was made from {@code
     * inputs}, is still valid at {@code now} and none of its files changed.
     *
     * @param inputs the digest of what the build reads, asked for only when the snapshot is
     *     otherwise usable (after its files are checked: it may be made meanwhile in another
     *     thread)
     * @return what the build that made it reported, or empty when nothing was put back
     */
    public Optional<Restored> restore(Supplier<String> inputs, Instant now, Path site)
            throws IOException {
        Optional<Manifest> read = read();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Manifest manifest = read.get();
        if (manifest.validUntil() != null && !now.isBefore(manifest.validUntil())) {
            return Optional.empty();
        }
        Path files = folder.resolve("files");
        for (Entry entry : manifest.files()) {
            if (!asKept(files.resolve(stored(entry.path())), entry)) {
                return Optional.empty();
            }
        }
        if (!manifest.inputs().equals(inputs.get())) {
            return Optional.empty();
        }
        // every folder once, parents first, so that each is one mkdir that succeeds: making a
        // folder is the dearest step here (the kernel's inode allocation), linking a file is not
        Set<String> folders = new TreeSet<>();
        for (Entry entry : manifest.files()) {
            String path = entry.path();
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        for (String folder : folders) {
            Files.createDirectory(site.resolve(folder));
        }
        // the files on every core: the file system takes links in parallel
        try {
            manifest.files().parallelStream()
                    .forEach(
                            entry -> {
                                try {
                                    Trees.linkOrCopy(
                                            files.resolve(stored(entry.path())),
                                            site.resolve(entry.path()));
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Optional.of(new Restored(manifest.summary(), manifest.files().size()));
    }

    /**
     * Keeps {@code site}, made from {@code inputs}, in place of the snapshot there was. The files
     * the site took from it (the same file, linked) stay as they are; the others are linked anew,
     * and those the site no longer has are deleted. The manifest goes first and comes back last: a
     * snapshot interrupted while it changes is not used. The kept files lie side by side in one
     * folder, named by the digest of their path: the site's folders are not made a second time
     * (making a folder is the file system's dearest step, one per page).
     *
     * @param produced every file of the site, by its path in it
     * @param digests the digest of what each file was made from, by its path in the site, for the
     *     files that have one: a later build of other inputs takes those it makes from equal data
     *     (see {@link #earlier()})
     */
    public void save(
            String inputs,
            Instant validUntil,
            Summary summary,
            Path site,
            java.util.Collection<String> produced,
            java.util.Map<String, String> digests)
            throws IOException {
        Optional<Manifest> before = read();
        Path manifest = folder.resolve("manifest");
        Files.deleteIfExists(manifest);
        Path files = folder.resolve("files");
        Files.createDirectories(files);
        Path base = site.toAbsolutePath().normalize();
        boolean first = before.isEmpty();
        List<Entry> entries;
        try {
            entries =
                    produced.parallelStream()
                            .sorted()
                            .map(
                                    path -> {
                                        try {
                                            return keep(base, files, path, digests, first);
                                        } catch (IOException e) {
                                            throw new UncheckedIOException(e);
                                        }
                                    })
                            .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Set<String> present = Set.copyOf(produced);
        if (before.isPresent()) {
            for (Entry entry : before.get().files()) {
                if (!present.contains(entry.path())) {
                    Files.deleteIfExists(files.resolve(stored(entry.path())));
                }
            }
        } else {
            // an interrupted snapshot may have left files no manifest names
            Set<String> names = new java.util.HashSet<>();
            for (String path : present) {
                names.add(stored(path));
            }
            try (java.util.stream.Stream<Path> all = Files.list(files)) {
                for (Path file : all.toList()) {
                    if (!names.contains(file.getFileName().toString())) {
                        Trees.delete(file);
                    }
                }
            }
        }
        write(manifest, new Manifest(inputs, validUntil, summary, entries));
    }

    /**
     * Keeps one file of the site: linked anew unless the kept one is the same file. With no
     * snapshot before ({@code first}) the kept file is linked straight away, one system call where
     * looking first took three (a cold 5,000-post build keeps 14,700 files, at several microseconds
     * a call in a virtual machine); one that is there all the same (left by an interrupted
     * snapshot) is looked at as usual.
     */
    private static Entry keep(
            Path site,
            Path files,
            String path,
            java.util.Map<String, String> digests,
            boolean first)
            throws IOException {
        Path file = site.resolve(path);
        Path kept = files.resolve(stored(path));
        BasicFileAttributes now;
        if (first && linked(file, kept)) {
            now = Files.readAttributes(kept, BasicFileAttributes.class);
        } else {
            now = attributes(kept);
            if (now == null
                    || now.fileKey() == null
                    || !now.fileKey()
                            .equals(
                                    Files.readAttributes(file, BasicFileAttributes.class)
                                            .fileKey())) {
                Files.deleteIfExists(kept);
                Trees.linkOrCopy(file, kept);
                now = Files.readAttributes(kept, BasicFileAttributes.class);
            }
        }
        return new Entry(
                path,
                now.size(),
                now.lastModifiedTime().toMillis(),
                digests.getOrDefault(path, "-"));
    }

    /** The name a file of the site is kept under: the XXH3-128 of its path, in hex. */
    static String stored(String path) {
        return java.util.HexFormat.of()
                .formatHex(
                        SourceStamps.xxh3()
                                .putBytes(path.getBytes(StandardCharsets.UTF_8))
                                .get()
                                .toByteArray());
    }

    /** Whether a kept file is there with the size and time it was kept with. */
    private static boolean asKept(Path file, Entry entry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() == entry.size()
                    && attributes.lastModifiedTime().toMillis() == entry.time();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code kept} is now a new hard link to {@code file}; false where it cannot be. */
    private static boolean linked(Path file, Path kept) {
        try {
            Files.createLink(kept, file);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // there already, or no links here: looked at and copied as usual
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The files of the kept site, whatever inputs it was made from, for a build that makes some of
     * them from the same data again: empty when there is none.
     */
    public Optional<Earlier> earlier() {
        return read().map(manifest -> new Earlier(folder.resolve("files"), manifest.files()));
    }

    /** The files of a kept site, each with the digest of what it was made from. */
    public static final class Earlier {
        private final Path files;
        private final java.util.Map<String, Entry> byPath = new java.util.HashMap<>();

        private Earlier(Path files, List<Entry> entries) {
            this.files = files;
            for (Entry entry : entries) {
                if (!entry.digest().equals("-")) {
                    byPath.put(entry.path(), entry);
                }
            }
        }

        /**
         * The kept file at {@code path} when it was made from data of digest {@code digest} and is
         * still as it was kept; else empty.
         */
        public Optional<Path> file(String path, String digest) {
            Entry entry = byPath.get(path);
            if (entry == null || !entry.digest().equals(digest)) {
                return Optional.empty();
            }
            Path file = files.resolve(stored(path));
            return asKept(file, entry) ? Optional.of(file) : Optional.empty();
        }
    }

    /** Whether a snapshot is kept there (it may still be of other inputs). */
    public boolean exists() {
        return Files.isRegularFile(folder.resolve("manifest"));
    }

    /** Where the snapshot is kept. */
    public Path folder() {
        return folder;
    }

    /** Forgets the snapshot: the files and the manifest that makes them valid. */
    public void drop() throws IOException {
        Trees.delete(folder);
    }

    private String line(String kind, Problem problem) {
        Path file = problem.file() == null ? null : Path.of(Fields.relative(base, problem.file()));
        return kind
                + "\t"
                + Fields.problem(new Problem(file, problem.line(), problem.message()))
                + "\n";
    }

    /** A kept problem with its file where the blog is now. */
    private Problem placed(Problem problem) {
        return problem.file() == null || problem.file().isAbsolute()
                ? problem
                : new Problem(base.resolve(problem.file()), problem.line(), problem.message());
    }

    private Optional<Manifest> read() {
        Path file = folder.resolve("manifest");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String inputs = lines.get(1);
            Instant validUntil = lines.get(2).equals("-") ? null : Instant.parse(lines.get(2));
            String[] counts = lines.get(3).split("\t");
            List<Problem> warnings = new ArrayList<>();
            List<Problem> leftOut = new ArrayList<>();
            List<Entry> entries = new ArrayList<>();
            for (String line : lines.subList(4, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields[0].equals("W") || fields[0].equals("L")) {
                    (fields[0].equals("W") ? warnings : leftOut)
                            .add(placed(Fields.problem(line.substring(2))));
                } else if (fields[0].equals("F")) {
                    entries.add(
                            new Entry(
                                    Fields.unescape(fields[4]),
                                    Long.parseLong(fields[1]),
                                    Long.parseLong(fields[2]),
                                    fields[3]));
                } else {
                    return Optional.empty();
                }
            }
            Summary summary =
                    new Summary(
                            Integer.parseInt(counts[0]),
                            Integer.parseInt(counts[1]),
                            Long.parseLong(counts[2]),
                            List.copyOf(warnings),
                            List.copyOf(leftOut));
            return Optional.of(new Manifest(inputs, validUntil, summary, entries));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(Path file, Manifest manifest) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            out.write(manifest.inputs() + "\n");
            out.write(
                    (manifest.validUntil() == null ? "-" : manifest.validUntil().toString())
                            + "\n");
            Summary summary = manifest.summary();
            out.write(summary.documents() + "\t" + summary.pages() + "\t" + summary.bytes() + "\n");
            for (Problem warning : summary.warnings()) {
                out.write(line("W", warning));
            }
            for (Problem missing : summary.leftOut()) {
                out.write(line("L", missing));
            }
            for (Entry entry : manifest.files()) {
                out.write(
                        "F\t"
                                + entry.size()
                                + "\t"
                                + entry.time()
                                + "\t"
                                + entry.digest()
                                + "\t"
                                + Fields.escape(entry.path())
                                + "\n");
            }
        }
    }
}
