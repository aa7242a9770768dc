package io.github.logbuch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the photo benchmark reads about the machine and its own processes, from Linux's {@code
 * /proc}; elsewhere each figure is missing (-1 or empty), never made up.
 */
final class Machine {
    /** Linux's USER_HZ, the unit of the times in {@code /proc/.../stat}: 100 everywhere. */
    static final long TICKS_PER_SECOND = 100;

    private Machine() {}

    /** Busy and total jiffies of all CPUs from {@code /proc/stat}, or null. */
    static long[] cpuJiffies() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.UTF_8).get(0);
            String[] f = line.trim().split("\\s+");
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]);
            long iowait = Long.parseLong(f[5]);
            long irq = Long.parseLong(f[6]);
            long softirq = Long.parseLong(f[7]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            long busy = user + nice + system + irq + softirq + steal;
            return new long[] {busy, busy + idle + iowait};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * How busy the machine was with work not measured here, in percent of all its CPUs, between two
     * {@link #cpuJiffies()} readings: other builds on a shared box make figures unfair. -1 when
     * unknown.
     */
    static long foreignLoadPercent(long[] before, long[] after, double ownCpuSeconds) {
        if (before == null || after == null || after[1] <= before[1]) {
            return -1;
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        double busy = (double) (after[0] - before[0]) / (after[1] - before[1]);
        // total jiffies count every CPU: seconds of wall = total / (HZ * cpus)
        double wallSeconds = (double) (after[1] - before[1]) / TICKS_PER_SECOND / cpus;
        double own = ownCpuSeconds / (wallSeconds * cpus);
        return Math.max(0, Math.round((busy - own) * 100));
    }

    /**
     * Waits until the machine has been idle (under {@code percent} % busy) for {@code seconds}
     * seconds in a row, or {@code maxSeconds} have passed; returns a line saying which.
     */
    static String waitForQuiet(int percent, int seconds, int maxSeconds)
            throws InterruptedException {
        long start = System.nanoTime();
        int quiet = 0;
        long[] before = cpuJiffies();
        if (before == null) {
            return "no /proc/stat: not waited";
        }
        while (quiet < seconds) {
            double waited = (System.nanoTime() - start) / 1e9;
            if (waited >= maxSeconds) {
                return String.format(
                        java.util.Locale.ROOT,
                        "machine not quiet after %.0f s: going ahead (see other%%)",
                        waited);
            }
            Thread.sleep(1000);
            long[] after = cpuJiffies();
            double busy = 100.0 * (after[0] - before[0]) / Math.max(1, after[1] - before[1]);
            quiet = busy < percent ? quiet + 1 : 0;
            before = after;
        }
        return String.format(
                java.util.Locale.ROOT,
                "waited %.0f s for a quiet machine",
                (System.nanoTime() - start) / 1e9);
    }

    /** This process's peak resident set (Linux VmHWM) in bytes; -1 elsewhere. */
    static long peakRss() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).replace("kB", "").strip();
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * This process's user and system CPU seconds and its minor page faults so far, from {@code
     * /proc/self/stat}; or null.
     */
    static double[] userSystemSecondsAndFaults() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14, 15 and 10 of stat; f[0] is field 3
            return new double[] {
                Long.parseLong(f[11]) / (double) TICKS_PER_SECOND,
                Long.parseLong(f[12]) / (double) TICKS_PER_SECOND,
                Long.parseLong(f[7])
            };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Where a benchmark puts what it throws away between timed builds (a cold build's cache, Hugo's
     * output, the {@code target/} of the build before): moved aside, deleted only when {@link
     * #empty()} is called at the end of the run. On ext4 without a journal (as on the machines this
     * runs on) the kernel skips inodes freed in the last minute when it makes a file or folder,
     * scanning past each of them on every new one: tens of thousands of files deleted just before a
     * timed build made its folders several times dearer than on a machine where nothing was deleted
     * (3,242 folders: 0.1 s quiet, 0.9 s after 30,000 deletions), and charged one tool for what
     * another deleted.
     */
    static final class Trash {
        private final Path folder;
        private int next;

        Trash(Path folder) {
            this.folder = folder;
        }

        /** Moves {@code path} (if it exists) into the trash, a rename on the same file system. */
        void discard(Path path) throws IOException {
            if (!Files.exists(path)) {
                return;
            }
            Files.createDirectories(folder);
            try {
                Files.move(path, folder.resolve(Integer.toString(next++)));
            } catch (IOException e) {
                // another file system: then it is deleted now
                deleteRecursively(path);
            }
        }

        /** Deletes what the trash holds. */
        void empty() throws IOException {
            deleteRecursively(folder);
        }
    }

    /**
     * CPU time of this process's threads by kind (photo workers, JIT compilers, GC, ...), from
     * {@code /proc/self/task/<tid>/stat}, polled in the background: a thread's time is gone from
     * {@code /proc} once it ends, so each thread keeps the last value seen, at most one poll
     * interval short. The poller's own time is counted as "benchmark".
     */
    static final class ThreadCpu implements AutoCloseable {
        private final Map<String, long[]> byTid = new ConcurrentHashMap<>();
        private final Thread poller;
        private volatile boolean running = true;

        ThreadCpu(long intervalMillis) {
            poller =
                    new Thread(
                            () -> {
                                while (running) {
                                    poll();
                                    try {
                                        Thread.sleep(intervalMillis);
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                }
                            },
                            "benchmark-cpu-poller");
            poller.setDaemon(true);
            if (Files.isDirectory(Path.of("/proc/self/task"))) {
                poller.start();
            }
        }

        /** One look at every thread; the latest value per thread wins. */
        void poll() {
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        int open = stat.indexOf('(');
                        int close = stat.lastIndexOf(')');
                        String comm = stat.substring(open + 1, close);
                        String[] f = stat.substring(close + 2).split(" ");
                        // fields 14 and 15 of stat (utime, stime); f[0] is field 3
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        byTid.put(task.getFileName().toString() + " " + comm, new long[] {ticks});
                    } catch (IOException | RuntimeException e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no /proc
            }
        }

        /** Seconds of CPU per kind of thread, largest first. */
        Map<String, Double> secondsByKind() {
            poll();
            Map<String, Double> kinds = new TreeMap<>();
            byTid.forEach(
                    (key, ticks) ->
                            kinds.merge(
                                    kind(key.substring(key.indexOf(' ') + 1)),
                                    (double) ticks[0] / TICKS_PER_SECOND,
                                    Double::sum));
            return kinds;
        }

        /** Thread names as Linux keeps them (15 characters), grouped. */
        static String kind(String comm) {
            if (comm.startsWith("logbuch-photos")) {
                return "photo workers";
            }
            if (comm.startsWith("ForkJoinPool")) {
                return "fork-join pool";
            }
            if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                return "JIT " + comm.substring(0, 2);
            }
            if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
                return "GC";
            }
            if (comm.equals("main") || comm.equals("java")) {
                return "main";
            }
            if (comm.startsWith("benchmark")) {
                return "benchmark";
            }
            return "other JVM";
        }

        @Override
        public void close() {
            running = false;
            poller.interrupt();
        }
    }
}
