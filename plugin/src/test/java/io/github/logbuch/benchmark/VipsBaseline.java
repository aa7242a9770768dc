package io.github.logbuch.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer baseline: the same outputs made with libvips' {@code vipsthumbnail}, as {@code
 * peer-speed.md} ran it. Its command line makes one size per call (each call decodes the photo
 * again, with JPEG shrink-on-load where the size allows), so a photo takes one call per width
 * ({@code --size 480x}) and one for the thumbnail ({@code --size 400x400 --smartcrop centre}), all
 * at {@code [Q=82]}; {@code xargs -P2} runs two photos at a time. libvips uses its default
 * threading in each process.
 *
 * <p>CPU time is what the kernel accounts to the whole process tree: a {@code sh} runs {@code
 * xargs} and, once everything has been waited for, prints its children's user and system time with
 * the POSIX {@code times} builtin. That counts every {@code vipsthumbnail} (all its threads), every
 * per-photo {@code sh} and {@code xargs} itself, start-up included, as the JVM's own CPU time
 * counts the JVM's start-up.
 */
final class VipsBaseline {
    private static final Pattern TIME = Pattern.compile("(\\d+)m([\\d.]+)s");

    private VipsBaseline() {}

    /** Wall and CPU time of one run. */
    record Timing(long wallNanos, double cpuSeconds, long foreignLoadPercent) {}

    /** The {@code vipsthumbnail} on the PATH (or named by {@code photos.vipsthumbnail}). */
    static Optional<Path> find() {
        String named = System.getProperty("photos.vipsthumbnail", "").strip();
        if (!named.isEmpty()) {
            Path path = Path.of(named);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "vipsthumbnail");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** "libvips 8.14.1", or "" if it does not say. */
    static String version(Path vipsthumbnail) {
        try {
            Process process =
                    new ProcessBuilder(vipsthumbnail.toString(), "--vips-version")
                            .redirectErrorStream(true)
                            .start();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            process.waitFor();
            return out.lines().findFirst().orElse("");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Where the outputs of {@code photo} go: {@code <out>/<album>/<IMG_0001>/w480.jpg} ... */
    static Path folder(Path out, PhotoCorpus.Entry photo) {
        String name = photo.file().getFileName().toString();
        return out.resolve(photo.album()).resolve(name.substring(0, name.lastIndexOf('.')));
    }

    /**
     * Makes every photo's outputs under {@code out} (emptied first, not timed), {@code processes}
     * photos at a time.
     */
    static Timing run(
            Path vipsthumbnail,
            List<PhotoCorpus.Entry> photos,
            List<Integer> widths,
            int thumbnail,
            int quality,
            Path out,
            int processes)
            throws IOException, InterruptedException {
        Machine.deleteRecursively(out);
        Files.createDirectories(out);
        for (PhotoCorpus.Entry photo : photos) {
            Files.createDirectories(folder(out, photo));
        }
        Path script = out.resolve("photo.sh");
        StringBuilder text =
                new StringBuilder(
                        "#!/bin/sh\n# one photo: $1 the original, $2 the folder for its outputs\n"
                                + "set -e\n");
        String exe = "'" + vipsthumbnail.toString().replace("'", "'\\''") + "'";
        for (int width : widths) {
            text.append(
                    String.format(
                            Locale.ROOT,
                            "%s \"$1\" --size %dx -o \"$2/w%d.jpg[Q=%d]\"%n",
                            exe,
                            width,
                            width,
                            quality));
        }
        text.append(
                String.format(
                        Locale.ROOT,
                        "%s \"$1\" --size %dx%d --smartcrop centre -o \"$2/thumb.jpg[Q=%d]\"%n",
                        exe,
                        thumbnail,
                        thumbnail,
                        quality));
        Files.writeString(script, text.toString());
        Path list = out.resolve("photos.list");
        try (OutputStream listOut = Files.newOutputStream(list)) {
            for (PhotoCorpus.Entry photo : photos) {
                listOut.write(photo.file().toString().getBytes(StandardCharsets.UTF_8));
                listOut.write(0);
                listOut.write(folder(out, photo).toString().getBytes(StandardCharsets.UTF_8));
                listOut.write(0);
            }
        }
        Path times = out.resolve("times.txt");
        List<String> command = new ArrayList<>();
        command.add("sh");
        command.add("-c");
        command.add("xargs -0 -n 2 -P \"$2\" sh \"$0\" < \"$1\"; rc=$?; times > \"$3\"; exit $rc");
        command.add(script.toString());
        command.add(list.toString());
        command.add(String.valueOf(processes));
        command.add(times.toString());

        long[] machineBefore = Machine.cpuJiffies();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        long[] machineAfter = Machine.cpuJiffies();
        if (exit != 0) {
            throw new IOException("vipsthumbnail failed (xargs exited with " + exit + ")");
        }
        double cpu = childrenSeconds(Files.readString(times));
        return new Timing(wall, cpu, Machine.foreignLoadPercent(machineBefore, machineAfter, cpu));
    }

    /**
     * CPU seconds (user+sys) one {@code vipsthumbnail} process costs before it does any work: the
     * mean of {@code calls} runs of {@code --vips-version}, which starts libvips (and loads its
     * modules) and exits. The same method as {@link #run}'s.
     */
    static double startupSeconds(Path vipsthumbnail, int calls, Path scratch)
            throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path times = scratch.resolve("startup-times.txt");
        int exit =
                new ProcessBuilder(
                                "sh",
                                "-c",
                                "i=0; while [ $i -lt \"$2\" ]; do \"$0\" --vips-version >/dev/null"
                                        + " || exit 1; i=$((i+1)); done; times > \"$1\"",
                                vipsthumbnail.toString(),
                                times.toString(),
                                String.valueOf(calls))
                        .inheritIO()
                        .start()
                        .waitFor();
        if (exit != 0) {
            throw new IOException("vipsthumbnail --vips-version failed");
        }
        return childrenSeconds(Files.readString(times)) / calls;
    }

    /**
     * The second line of {@code times}: children's user and system time, e.g. {@code 0m41.52s
     * 0m2.10s}.
     */
    static double childrenSeconds(String times) {
        List<String> lines = times.strip().lines().toList();
        if (lines.size() < 2) {
            throw new IllegalArgumentException("unexpected output of times: " + times);
        }
        Matcher m = TIME.matcher(lines.get(1));
        double seconds = 0;
        int found = 0;
        while (m.find()) {
            seconds += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
            found++;
        }
        if (found != 2) {
            throw new IllegalArgumentException("unexpected output of times: " + times);
        }
        return seconds;
    }
}
