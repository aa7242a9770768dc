package io.github.logbuch.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Builds the site beside the output folder and swaps it in only when the build succeeded, so a
 * failed build leaves the previous site as it was and a good one replaces it whole.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path output;
    private final Path staging;
    private boolean committed;

    private StagedOutput(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Creates an empty staging folder next to {@code output} (same file system, so moves are
     * renames).
     */
    public static StagedOutput beside(Path output) throws IOException {
        Path parent = output.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + output.getFileName() + ".logbuch-staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        return new StagedOutput(output.toAbsolutePath().normalize(), staging);
    }

    public Path root() {
        return staging;
    }

    /** Replaces the output folder with the staged site. */
    public void commit() throws IOException {
        Path old = output.resolveSibling("." + output.getFileName() + ".logbuch-previous");
        deleteTree(old);
        if (Files.exists(output)) {
            move(output, old);
        }
        move(staging, output);
        committed = true;
        deleteTree(old);
    }

    /** Without a commit, the staged files are thrown away. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        io.github.logbuch.cache.Trees.delete(root);
    }
}
