package io.github.logbuch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a script with Node.js, for the tests that check the search page's script against the Java
 * side. Node.js is on the machines this project builds on; where it is missing, those tests are
 * skipped (the Java side is still checked against the same expectations).
 */
public final class Node {
    private Node() {}

    /** The {@code node} executable on the PATH, or skips the test. */
    public static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path node = Path.of(dir, "node");
            if (Files.isExecutable(node)) {
                return node;
            }
        }
        Assumptions.abort("Node.js is not installed: the script's side is not checked here");
        return null;
    }

    /** Runs {@code script} (a file's text) with {@code input} on stdin; returns its stdout. */
    public static String run(Path dir, String script, String input) {
        Path node = executable();
        try {
            Path file = Files.createTempFile(dir, "check", ".js");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Path in = Files.createTempFile(dir, "input", ".txt");
            Files.writeString(in, input, StandardCharsets.UTF_8);
            Path out = Files.createTempFile(dir, "output", ".txt");
            Path err = Files.createTempFile(dir, "errors", ".txt");
            Process process =
                    new ProcessBuilder(List.of(node.toString(), file.toString()))
                            .redirectInput(in.toFile())
                            .redirectOutput(out.toFile())
                            .redirectError(err.toFile())
                            .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("node did not finish in 120 s");
            }
            assertEquals(0, process.exitValue(), () -> "node failed: " + read(err));
            return read(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
