package io.github.logbuch.cache;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** Folder trees on disk. */
public final class Trees {
    private Trees() {}

    /** Deletes {@code root} with everything in it; nothing when it does not exist. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e)
                            throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    /**
     * Makes {@code target} a hard link to {@code existing} where the file system allows it, else a
     * copy; {@code target} must not exist.
     */
    public static void linkOrCopy(Path existing, Path target) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(existing, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes {@code bytes} to {@code file} (made or replaced) a megabyte a system call: {@link
     * Files#write(Path, byte[], java.nio.file.OpenOption...)} hands them over 8 KB at a time, two
     * calls for most pages, each several microseconds in a virtual machine.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel channel =
                java.nio.channels.FileChannel.open(
                        file,
                        java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int offset = 0; offset < bytes.length; ) {
                // a piece at a time: the JDK copies a heap buffer into a direct one it keeps per
                // thread, which should not grow to the size of the largest file
                offset +=
                        channel.write(
                                java.nio.ByteBuffer.wrap(
                                        bytes,
                                        offset,
                                        Math.min(WRITE_PIECE, bytes.length - offset)));
            }
        }
    }

    private static final int WRITE_PIECE = 1 << 20;

    /** Deletes every empty folder under {@code root}, and those left empty by that; not root. */
    public static void deleteEmptyFolders(Path root) throws IOException {
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e)
                            throws IOException {
                        if (!dir.equals(root)) {
                            try (Stream<Path> entries = Files.list(dir)) {
                                if (entries.findAny().isEmpty()) {
                                    Files.delete(dir);
                                }
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
