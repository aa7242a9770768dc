package io.github.logbuch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one command as a child process and measures it from outside: wall time from launch to exit,
 * and, through GNU {@code /usr/bin/time}, the user and system CPU seconds of the whole process tree
 * it waited for (JVM threads, forked helpers) and the peak resident set. Where {@code
 * /usr/bin/time} is missing, only the wall time is known.
 */
final class TimedProcess {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private TimedProcess() {}

    /** One measured run. CPU seconds and peak RSS are NaN/-1 when unknown. */
    record Result(int exit, double wallSeconds, double cpuSeconds, long peakRssBytes, Path log) {
        boolean ok() {
            return exit == 0;
        }

        /** The last lines of the log, to say why a run failed. */
        String tail(int lines) {
            try {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }

    static boolean cpuMeasured() {
        return Files.isExecutable(GNU_TIME);
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added, its output (both
     * streams) going to {@code log}.
     */
    static Result run(
            List<String> command, Path directory, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Path times = log.resolveSibling(log.getFileName() + ".time");
        Files.deleteIfExists(times);
        List<String> full = new ArrayList<>();
        boolean timed = cpuMeasured();
        if (timed) {
            // %e wall, %U user, %S system (of the waited-for children), %M peak RSS in KiB
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder =
                new ProcessBuilder(full)
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = Double.NaN;
        long rss = -1;
        if (timed && Files.isRegularFile(times)) {
            // a failed command makes GNU time write "Command exited with non-zero status N" first
            List<String> lines = Files.readAllLines(times, StandardCharsets.UTF_8);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
            String[] f = last.split("\\s+");
            if (f.length == 4) {
                try {
                    cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                    rss = Long.parseLong(f[3]) * 1024;
                } catch (NumberFormatException e) {
                    // leave them unknown
                }
            }
        }
        return new Result(exit, wall, cpu, rss, log);
    }

    /** The first line a command prints, e.g. a version; empty when it cannot run. */
    static String firstLine(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out.lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String seconds(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
