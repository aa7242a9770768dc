package io.github.logbuch.content;

import io.github.logbuch.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents read by the earlier builds of a session, by file: a file whose size and time are
 * unchanged, in an unchanged folder, is not read again. Its problems are remembered with it, and
 * the folders' listings too.
 */
public final class DocumentCache {
    record Read(Object stamp, Bundle bundle, Optional<Document> document, Problems problems) {}

    private final ConcurrentHashMap<Path, Read> reads = new ConcurrentHashMap<>();
    private final Listings listings = new Listings();

    Listings listings() {
        return listings;
    }

    Optional<Document> read(
            Bundle bundle,
            Path file,
            Problems problems,
            java.util.function.BiFunction<Bundle, Path, Read> reader) {
        Object stamp = stamp(file);
        Read cached = reads.get(file);
        if (cached == null || !cached.stamp().equals(stamp) || !cached.bundle().equals(bundle)) {
            cached = reader.apply(bundle, file);
            cached = new Read(stamp, bundle, cached.document(), cached.problems());
            reads.put(file, cached);
        }
        problems.addAll(cached.problems());
        return cached.document();
    }

    /** Forgets files that are gone. */
    void retain(java.util.Set<Path> files) {
        reads.keySet().retainAll(files);
    }

    static Object stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            return List.of(-1L);
        }
    }
}
