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
