package io.github.logbuch.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreesTest {
    @TempDir Path dir;

    @Test
    void writeWritesEveryByteOfAFileLargerThanAPieceAndReplacesALongerOne() throws Exception {
        byte[] large = new byte[(5 << 20) / 2 + 17]; // two pieces of a megabyte and a part
        new Random(7).nextBytes(large);
        Path file = dir.resolve("page.html");
        Trees.write(file, large);
        assertArrayEquals(large, Files.readAllBytes(file));
        byte[] small = "<p>shorter</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Trees.write(file, small);
        assertArrayEquals(small, Files.readAllBytes(file));
        Trees.write(file, new byte[0]);
        assertArrayEquals(new byte[0], Files.readAllBytes(file));
    }
}
