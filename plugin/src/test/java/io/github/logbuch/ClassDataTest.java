package io.github.logbuch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTest {
    @TempDir Path dir;
    private Path java;
    private Path plugin;
    private Path library;

    @BeforeEach
    void javaAndJars() throws Exception {
        java = dir.resolve("java");
        Files.createDirectories(java.resolve("lib/server"));
        Files.writeString(java.resolve("lib/server/classes.jsa"), "base archive");
        plugin =
                Files.writeString(
                        Files.createDirectories(dir.resolve("repo/logbuch")).resolve("logbuch.jar"),
                        "plugin");
        library = Files.writeString(dir.resolve("repo/pebble.jar"), "library");
    }

    private String classPath(Path... jars) {
        return String.join(File.pathSeparator, List.of(jars).stream().map(Path::toString).toList());
    }

    @Test
    void theFirstChildWritesTheArchiveBesideThePluginAndTheNextShareIt() throws Exception {
        ClassData first =
                ClassData.of("build", classPath(plugin, library), java, "17.0.15").orElseThrow();
        assertFalse(first.present());
        assertEquals(plugin.getParent(), first.archive().getParent());
        String write = first.options().get(0);
        assertTrue(write.startsWith("-XX:ArchiveClassesAtExit="), write);
        Path writing = Path.of(write.substring(write.indexOf('=') + 1));
        Files.writeString(writing, "archive");
        first.childEnded(true);
        assertFalse(Files.exists(writing));

        ClassData next =
                ClassData.of("build", classPath(plugin, library), java, "17.0.15").orElseThrow();
        assertTrue(next.present());
        assertEquals("-XX:SharedArchiveFile=" + first.archive(), next.options().get(0));
        assertEquals("archive", Files.readString(next.archive()));
    }

    @Test
    void anArchiveMadeForAnEarlierJarOfTheVersionIsDeletedWhenTheNewOneIsWritten()
            throws Exception {
        Path stale = plugin.resolveSibling("logbuch-classes-build-0123456789abcdef.jsa");
        Files.writeString(stale, "for the jar before");
        Files.setLastModifiedTime(
                stale, FileTime.fromMillis(Files.getLastModifiedTime(plugin).toMillis() - 60_000));
        Path otherFile = Files.writeString(plugin.resolveSibling("logbuch.pom"), "kept");
        Files.setLastModifiedTime(otherFile, Files.getLastModifiedTime(stale));
        ClassData data =
                ClassData.of("build", classPath(plugin, library), java, "17.0.15").orElseThrow();
        String write = data.options().get(0);
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "archive");
        data.childEnded(true);
        assertTrue(Files.isRegularFile(data.archive()));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(otherFile));
    }

    @Test
    void anArchiveOfAFailedChildIsDropped() throws Exception {
        ClassData data =
                ClassData.of("build", classPath(plugin, library), java, "17.0.15").orElseThrow();
        String write = data.options().get(0);
        Path writing = Path.of(write.substring(write.indexOf('=') + 1));
        Files.writeString(writing, "half an archive");
        data.childEnded(false);
        assertFalse(Files.exists(writing));
        assertFalse(Files.exists(data.archive()));
    }

    @Test
    void anotherJavaOrAChangedJarHasAnArchiveOfItsOwn() throws Exception {
        Path archive =
                ClassData.of("build", classPath(plugin, library), java, "17.0.15")
                        .orElseThrow()
                        .archive();
        assertEquals(
                archive,
                ClassData.of("build", classPath(plugin, library), java, "17.0.15")
                        .orElseThrow()
                        .archive());
        assertNotEquals(
                archive,
                ClassData.of("build", classPath(plugin, library), java, "17.0.16")
                        .orElseThrow()
                        .archive());
        Files.writeString(library, "a newer library");
        assertNotEquals(
                archive,
                ClassData.of("build", classPath(plugin, library), java, "17.0.15")
                        .orElseThrow()
                        .archive());
    }

    @Test
    void eachKindOfChildHasAnArchiveOfItsOwnAndAnotherKindsIsKept() throws Exception {
        ClassData build =
                ClassData.of("build", classPath(plugin, library), java, "17.0.15").orElseThrow();
        String write = build.options().get(0);
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "build classes");
        build.childEnded(true);

        ClassData photos =
                ClassData.of("photos", classPath(plugin, library), java, "17.0.15").orElseThrow();
        assertNotEquals(build.archive(), photos.archive());
        assertFalse(photos.present());
        write = photos.options().get(0);
        assertTrue(write.startsWith("-XX:ArchiveClassesAtExit="), write);
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "photo classes");
        photos.childEnded(true);
        assertEquals("build classes", Files.readString(build.archive()));
        assertEquals("photo classes", Files.readString(photos.archive()));
    }

    @Test
    void nothingIsSharedForClassesInFoldersOrAJavaWithoutABaseArchive() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        assertEquals(
                Optional.empty(),
                ClassData.of("build", classPath(classes, library), java, "17.0.15"));
        assertEquals(
                Optional.empty(),
                ClassData.of("build", classPath(plugin, classes), java, "17.0.15"));
        Files.delete(java.resolve("lib/server/classes.jsa"));
        assertEquals(
                Optional.empty(),
                ClassData.of("build", classPath(plugin, library), java, "17.0.15"));
    }
}
