package io.github.logbuch.output;

import io.github.logbuch.site.Permalinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes every byte of the site, and nothing outside its folder: each target is checked to stay
 * inside the root, and each may be written once. Safe to use from many threads.
 */
public final class Publisher {
    private final Path root;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, Path> sources = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    public Publisher(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Writes text (UTF-8) at a site path such as {@code /2016/06/x/} or {@code /feed.xml}. */
    public void write(String sitePath, String text) {
        write(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String sitePath, byte[] content) {
        Path target = target(sitePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        bytes.addAndGet(content.length);
    }

    /** Copies a file unchanged, e.g. from {@code static/}. */
    public void copy(String sitePath, Path source) {
        Path target = target(sitePath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            bytes.addAndGet(Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /**
     * Publishes a file that does not change, such as a processed photo from the cache: as a hard
     * link where the file system allows, else as a copy. The same file at the same path again is
     * fine (two identical photos of one post).
     */
    public void link(String sitePath, Path source) {
        String file = Permalinks.file(sitePath);
        if (sources.putIfAbsent(file, source) != null) {
            if (sources.get(file).equals(source)) {
                return;
            }
        }
        Path target = target(sitePath);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
            bytes.addAndGet(Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + source + " as " + target, e);
        }
    }

    private Path target(String sitePath) {
        String file = Permalinks.file(sitePath);
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site: " + sitePath);
        }
        if (!written.add(file)) {
            throw new IllegalStateException("written twice: " + file);
        }
        return target;
    }

    public int files() {
        return written.size();
    }

    public long bytes() {
        return bytes.get();
    }
}
