package io.github.logbuch;

import io.github.logbuch.cache.SourceStamps;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Class data sharing for the forked JVMs: the classes a child loads (Pebble's, commonmark's,
 * ImageIO's, ours), parsed and verified once and kept in an archive of the JVM's ({@code
 * -XX:ArchiveClassesAtExit}), which later forks map instead of reading them from their jars again:
 * a cold 1,000-post build 4.30 -> 4.08 s in four alternating runs, 0.25 CPU-seconds less; the
 * example blog's photo JVM about 0.2 s. The first child of a kind, plugin version and Java writes
 * the archive as it ends (about 0.7 s more, once).
 *
 * <p>The archive lies beside the plugin's jar in the local repository, so that it goes with the
 * plugin version and stays when a blog's cache is deleted; its name holds a digest of the Java and
 * of every jar of the class path (path, size, time), which is what the JVM checks an archive
 * against. Where the plugin is not a jar (its own tests), the folder cannot be written or the Java
 * has no base archive to build on in {@code lib/server} (OpenJ9; Windows, where it lies in {@code
 * bin/server}), nothing is shared.
 */
final class ClassData {
    private static final String PREFIX = "logbuch-classes-";

    private final Path plugin;
    private final Path archive;
    private final Path writing;

    /** Whether the archive was there when the child was planned: one look, for log and options. */
    private final boolean present;

    private ClassData(Path plugin, Path archive, Path writing) {
        this.plugin = plugin;
        this.archive = archive;
        this.writing = writing;
        this.present = Files.isRegularFile(archive);
    }

    /**
     * The class data of a child with {@code classPath} run by the Java at {@code javaHome}.
     *
     * @param kind what the child does ({@code build}, {@code photos}): each kind has an archive of
     *     its own, of the classes it loads (an archive holds those of the run that wrote it)
     */
    static Optional<ClassData> of(
            String kind, String classPath, Path javaHome, String javaVersion) {
        List<String> entries = List.of(classPath.split(File.pathSeparator));
        Path plugin = Path.of(entries.get(0));
        if (!plugin.getFileName().toString().endsWith(".jar")
                || !Files.isRegularFile(javaHome.resolve("lib/server/classes.jsa"))) {
            return Optional.empty();
        }
        StringBuilder identity = new StringBuilder(javaHome + "\n" + javaVersion + "\n");
        for (String entry : entries) {
            Path jar = Path.of(entry);
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(jar, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return Optional.empty(); // a folder's classes cannot be archived
                }
                identity.append(entry)
                        .append('\t')
                        .append(attributes.size())
                        .append('\t')
                        .append(attributes.lastModifiedTime().toMillis())
                        .append('\n');
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        Path folder = plugin.toAbsolutePath().getParent();
        if (!Files.isWritable(folder)) {
            return Optional.empty();
        }
        String name = PREFIX + kind + "-" + SourceStamps.hash(identity.toString()).substring(0, 16);
        return Optional.of(
                new ClassData(
                        plugin,
                        folder.resolve(name + ".jsa"),
                        folder.resolve(name + "." + ProcessHandle.current().pid() + ".writing")));
    }

    /** Whether the archive is there to be shared, or is to be written by the child. */
    boolean present() {
        return present;
    }

    /** Where the archive is, or will be once written. */
    Path archive() {
        return archive;
    }

    /**
     * The child's options: share the archive, or write it as the child ends. The JVM's own notes on
     * class data sharing are silenced: sharing is a saving, never a reason to warn.
     */
    List<String> options() {
        return List.of(
                present
                        ? "-XX:SharedArchiveFile=" + archive
                        : "-XX:ArchiveClassesAtExit=" + writing,
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
    }

    /**
     * Deletes the archives made for an earlier jar of this plugin version (a snapshot built again):
     * made before the jar, they name a jar that is gone. Those of other Javas stay.
     */
    private void dropStale() throws IOException {
        long jar = Files.getLastModifiedTime(plugin).toMillis();
        try (var siblings = Files.list(archive.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(PREFIX)
                        && name.endsWith(".jsa")
                        && Files.getLastModifiedTime(sibling).toMillis() < jar) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    /**
     * After the child: puts an archive it wrote in its place, whole (a build beside it may be
     * sharing the one there), or drops it when the child failed.
     */
    void childEnded(boolean succeeded) {
        try {
            if (succeeded && Files.isRegularFile(writing) && Files.size(writing) > 0) {
                Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
                dropStale();
            }
        } catch (IOException e) {
            // not shared then; the next fork writes it again
        } finally {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException e) {
                // a leftover of a few MB beside the jar, written over by no one
            }
        }
    }
}
