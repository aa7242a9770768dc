package io.github.logbuch.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One benchmark process: builds one generated corpus with {@link Blog#build}, measures the build
 * from inside the JVM, and writes the figures to {@code result.properties} in the corpus folder for
 * {@link CoreBenchmark} to print. The first build is the cold one (fresh JVM, nothing warmed up);
 * with {@code warm} a second build follows in the same JVM.
 *
 * <p>Arguments: the corpus folder (holding {@code src/main/blog}), and {@code true} for the warm
 * build.
 */
public final class BenchmarkBuild {
    /** The core's debug line at the end of each phase, e.g. "render: 1234 ms". */
    private static final Pattern PHASE_TIME = Pattern.compile("(\\w+): (\\d+) ms");

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final List<MemoryPoolMXBean> heapPools =
            ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
    private final Set<String> heapPoolNames =
            heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxAfterGc = new AtomicLong();

    private BenchmarkBuild() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (notification
                                    .getType()
                                    .equals(
                                            GarbageCollectionNotificationInfo
                                                    .GARBAGE_COLLECTION_NOTIFICATION)) {
                                afterGc(
                                        GarbageCollectionNotificationInfo.from(
                                                (CompositeData) notification.getUserData()));
                            }
                        },
                        null,
                        null);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        boolean warm = args.length > 1 && Boolean.parseBoolean(args[1]);
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(corpus.resolve("src/main/blog"))
                        .outputDirectory(corpus.resolve("site"))
                        .cacheDirectory(corpus.resolve("cache"))
                        .baseUrl("https://blog.example.org/")
                        .languages("de,en")
                        .title("Logbuch Benchmark")
                        .author("Anna Autorin")
                        .timeZone("Europe/Berlin")
                        .clock(CLOCK)
                        .search(
                                Boolean.parseBoolean(
                                        System.getProperty("benchmark.search", "true")))
                        .build();
        BenchmarkBuild benchmark = new BenchmarkBuild();
        Properties results = new Properties();
        try {
            benchmark.measure(config, "cold", results);
            if (warm) {
                // Start the warm build from a clean heap, so it is not billed for the cold one's
                // garbage.
                System.gc();
                benchmark.measure(config, "warm", results);
            }
        } catch (BuildFailedException e) {
            System.err.println(e.report(config.sourceDirectory()));
            System.exit(2);
        }
        try (OutputStream out = Files.newOutputStream(corpus.resolve("result.properties"))) {
            results.store(out, "Logbuch core benchmark, " + corpus.getFileName());
        }
    }

    private void measure(BlogConfig config, String run, Properties results)
            throws BuildFailedException, IOException {
        // This benchmark measures building; putting back the site a build of the same sources
        // kept (what an unchanged blog gets) is measured by SiteBenchmark. Keeping it is part of
        // every build's time.
        io.github.logbuch.cache.Trees.delete(config.cacheDirectory().resolve("site"));
        var os =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        AtomicInteger warnings = new AtomicInteger();
        Map<String, String> phases = new ConcurrentHashMap<>();
        BuildListener listener =
                new BuildListener() {
                    @Override
                    public void debug(String message) {
                        Matcher phase = PHASE_TIME.matcher(message);
                        if (phase.matches()) {
                            phases.put(phase.group(1), phase.group(2));
                        }
                    }

                    @Override
                    public void warning(Problem problem) {
                        if (warnings.getAndIncrement() < 5) {
                            System.err.println(
                                    "warning: " + problem.describe(config.sourceDirectory()));
                        }
                    }
                };

        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
        long gcCountBefore = gcCount();
        long gcMillisBefore = gcMillis();
        long fullGcsBefore = fullGcCount();
        long[] machineBefore = machineCpu();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();

        BuildResult result = Blog.build(config, listener);

        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long[] machineAfter = machineCpu();
        long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long committed = heapPools.stream().mapToLong(p -> p.getUsage().getCommitted()).sum();

        String p = run + ".";
        results.setProperty(p + "documents", String.valueOf(result.documents()));
        results.setProperty(p + "pages", String.valueOf(result.pages()));
        results.setProperty(p + "files", String.valueOf(result.files()));
        results.setProperty(p + "bytes", String.valueOf(result.bytes()));
        results.setProperty(p + "warnings", String.valueOf(result.warnings().size()));
        phases.forEach((phase, millis) -> results.setProperty(p + "phase." + phase, millis));
        searchSizes(config.outputDirectory().resolve("search"), p, results);
        results.setProperty(p + "wallNanos", String.valueOf(wall));
        results.setProperty(p + "cpuNanos", String.valueOf(cpu));
        results.setProperty(
                p + "jvmUptimeMillis",
                String.valueOf(ManagementFactory.getRuntimeMXBean().getUptime()));
        results.setProperty(p + "peakHeapBytes", String.valueOf(peakHeap));
        results.setProperty(p + "maxAfterGcBytes", String.valueOf(maxAfterGc.get()));
        results.setProperty(p + "committedHeapBytes", String.valueOf(committed));
        results.setProperty(p + "gcCount", String.valueOf(gcCount() - gcCountBefore));
        results.setProperty(p + "gcMillis", String.valueOf(gcMillis() - gcMillisBefore));
        results.setProperty(p + "fullGcCount", String.valueOf(fullGcCount() - fullGcsBefore));
        results.setProperty(p + "peakRssBytes", String.valueOf(peakRss()));
        results.setProperty(
                p + "foreignLoadPercent",
                String.valueOf(foreignLoad(machineBefore, machineAfter, cpu, wall)));
        System.err.printf(
                "%s %s: %d pages in %.2f s%n",
                config.outputDirectory().getParent().getFileName(),
                run,
                result.pages(),
                wall / 1e9);
    }

    /** Sums the heap pools after each collection: the most the heap held that GC could not free. */
    private void afterGc(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** Collections of the whole heap: G1's "Old Generation" collector only runs full GCs. */
    private static long fullGcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().contains("Old") || gc.getName().contains("MarkSweep"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    /**
     * How busy the machine was with work not of this process during the build, in percent of all
     * its CPUs, from {@code /proc/stat}: other builds on a shared box make figures unfair, so the
     * table shows it. -1 where there is no {@code /proc/stat}.
     */
    private static long foreignLoad(long[] before, long[] after, long ownCpuNanos, long wallNanos) {
        if (before == null || after == null || after[1] <= before[1]) {
            return -1;
        }
        double busy = (double) (after[0] - before[0]) / (after[1] - before[1]);
        double own =
                (double) ownCpuNanos
                        / ((double) wallNanos * Runtime.getRuntime().availableProcessors());
        return Math.max(0, Math.round((busy - own) * 100));
    }

    /** Busy and total jiffies of all CPUs, or null. */
    private static long[] machineCpu() {
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

    /** The process's peak resident set (Linux VmHWM), as the peers were measured; -1 elsewhere. */
    private static long peakRss() {
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

    /** The search index's files by kind: manifests, shards, the documents' texts. */
    private static void searchSizes(Path search, String prefix, Properties results)
            throws IOException {
        if (!Files.isDirectory(search)) {
            return;
        }
        long[] bytes = new long[3];
        long[] files = new long[3];
        try (var walk = Files.walk(search)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".json")).toList()) {
                String folder = file.getParent().getFileName().toString();
                int kind = folder.equals("s") ? 1 : folder.equals("d") ? 2 : 0;
                bytes[kind] += Files.size(file);
                files[kind]++;
            }
        }
        String[] names = {"manifests", "shards", "texts"};
        for (int i = 0; i < 3; i++) {
            results.setProperty(prefix + "search." + names[i] + ".bytes", String.valueOf(bytes[i]));
            results.setProperty(prefix + "search." + names[i] + ".files", String.valueOf(files[i]));
        }
    }
}
