package io.github.logbuch.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStampsTest {
    @TempDir Path dir;

    private Path blog() throws IOException {
        Path root = dir.resolve("blog");
        Path post = root.resolve("content/posts/2016-06-29-hafen");
        Files.createDirectories(post);
        Files.writeString(post.resolve("index.de.md"), "---\ntitle: Hafen\n---\nAm Kai.\n");
        Files.writeString(post.resolve("index.en.md"), "---\ntitle: Harbour\n---\nOn the quay.\n");
        // larger than what is hashed from one read
        byte[] photo = new byte[200_000];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 31);
        }
        Files.write(post.resolve("hafen.jpg"), photo);
        Files.createDirectories(root.resolve("target/site"));
        Files.writeString(root.resolve("target/site/index.html"), "<p>built</p>");
        // times well in the past, so the table keeps them
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(
                        file, FileTime.from(Instant.parse("2024-05-01T10:00:00Z")));
            }
        }
        return root;
    }

    @Test
    void oneThreadAndTheCommonPoolMakeTheSameDigestAndTheTableSparesTheSecondRead()
            throws IOException {
        Path root = blog();
        Set<Path> skip = Set.of(root.resolve("target").toAbsolutePath().normalize());
        String alone = new SourceStamps(dir.resolve("alone.tsv")).digest(root, skip, false);
        String pooled = new SourceStamps(dir.resolve("pooled.tsv")).digest(root, skip, true);
        assertEquals(alone, pooled);
        assertTrue(Files.readString(dir.resolve("alone.tsv")).contains("hafen.jpg"));

        // a file of unchanged size and time is taken from the table, not read again (a change of
        // size would be read: "Harbor!" is as long as "Harbour")
        Path post = root.resolve("content/posts/2016-06-29-hafen/index.en.md");
        FileTime time = Files.getLastModifiedTime(post);
        Files.writeString(post, "---\ntitle: Harbor!\n---\nOn the quay.\n");
        Files.setLastModifiedTime(post, time);
        assertEquals(alone, new SourceStamps(dir.resolve("alone.tsv")).digest(root, skip, false));
        // without the table it is read, and the digest tells the change
        assertNotEquals(
                alone, new SourceStamps(dir.resolve("fresh.tsv")).digest(root, skip, false));
    }

    @Test
    void skippedFoldersDoNotCountAndAChangedByteDoes() throws IOException {
        Path root = blog();
        Set<Path> skip = Set.of(root.resolve("target").toAbsolutePath().normalize());
        String before = new SourceStamps(dir.resolve("a.tsv")).digest(root, skip, true);
        Files.writeString(root.resolve("target/site/index.html"), "<p>built again</p>");
        assertEquals(before, new SourceStamps(dir.resolve("b.tsv")).digest(root, skip, true));
        byte[] photo = Files.readAllBytes(root.resolve("content/posts/2016-06-29-hafen/hafen.jpg"));
        photo[150_000] ^= 1;
        Files.write(root.resolve("content/posts/2016-06-29-hafen/hafen.jpg"), photo);
        assertNotEquals(before, new SourceStamps(dir.resolve("c.tsv")).digest(root, skip, true));
    }
}
