package io.github.logbuch.benchmark;

import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One photo benchmark process: builds the photo corpus once with {@link Blog#build} in this fresh
 * JVM, and writes what it measured to a properties file for {@link PhotoBenchmark}. Whether the
 * build is cold or warm is decided by the caller, who empties the cache or keeps it.
 *
 * <p>Arguments: the corpus folder (holding {@code src/main/blog}), the run's name, the result file.
 */
public final class PhotoBuild {
    /** The core's debug line at the end of each phase, e.g. "photos: 1234 ms". */
    private static final Pattern PHASE_TIME = Pattern.compile("(\\w+): (\\d+) ms");

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private PhotoBuild() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        String run = args[1];
        Path resultFile = Path.of(args[2]);
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(corpus.resolve("src/main/blog"))
                        .outputDirectory(corpus.resolve("site"))
                        .cacheDirectory(corpus.resolve("cache"))
                        .baseUrl("https://photos.example.org/")
                        .languages("en")
                        .title("Logbuch Photo Benchmark")
                        .author("Anna Autorin")
                        .timeZone("Europe/Berlin")
                        .clock(CLOCK)
                        .photos(PhotoBenchmark.outputs())
                        .build();

        var os =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        AtomicInteger warnings = new AtomicInteger();
        Map<String, String> phases = new ConcurrentHashMap<>();
        List<String> info = java.util.Collections.synchronizedList(new ArrayList<>());
        BuildListener listener =
                new BuildListener() {
                    @Override
                    public void info(String message) {
                        info.add(message);
                        System.err.println("  [" + run + "] " + message);
                    }

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
                                    "  warning: " + problem.describe(config.sourceDirectory()));
                        }
                    }
                };

        Properties results = new Properties();
        boolean profile = Boolean.getBoolean("photos.profile");
        try (Machine.ThreadCpu threads = new Machine.ThreadCpu(200);
                StageProfiler stages = profile ? new StageProfiler(5) : null) {
            long gcCountBefore = gcCount();
            long gcMillisBefore = gcMillis();
            long jitMillisBefore = jit.getTotalCompilationTime();
            long[] machineBefore = Machine.cpuJiffies();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();

            BuildResult result;
            try {
                result = Blog.build(config, listener);
            } catch (BuildFailedException e) {
                System.err.println(e.report(config.sourceDirectory()));
                System.exit(2);
                return;
            }

            long wall = System.nanoTime() - start;
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long[] machineAfter = Machine.cpuJiffies();
            results.setProperty("documents", String.valueOf(result.documents()));
            results.setProperty("pages", String.valueOf(result.pages()));
            results.setProperty("files", String.valueOf(result.files()));
            results.setProperty("warnings", String.valueOf(result.warnings().size()));
            phases.forEach((phase, millis) -> results.setProperty("phase." + phase, millis));
            for (int i = 0; i < info.size(); i++) {
                results.setProperty("info." + i, info.get(i));
            }
            results.setProperty("buildWallNanos", String.valueOf(wall));
            results.setProperty("buildCpuNanos", String.valueOf(cpu));
            results.setProperty("gcCount", String.valueOf(gcCount() - gcCountBefore));
            results.setProperty("gcMillis", String.valueOf(gcMillis() - gcMillisBefore));
            results.setProperty(
                    "jitMillis", String.valueOf(jit.getTotalCompilationTime() - jitMillisBefore));
            results.setProperty(
                    "foreignLoadPercent",
                    String.valueOf(
                            Machine.foreignLoadPercent(machineBefore, machineAfter, cpu / 1e9)));
            results.setProperty("maxHeapBytes", String.valueOf(Runtime.getRuntime().maxMemory()));
            results.setProperty("peakRssBytes", String.valueOf(Machine.peakRss()));
            if (stages != null) {
                stages.secondsByStage()
                        .forEach(
                                (stage, seconds) ->
                                        results.setProperty("stage." + stage, "" + seconds));
            }
            threads.secondsByKind()
                    .forEach(
                            (kind, seconds) ->
                                    results.setProperty("threads." + kind, "" + seconds));
            double[] userSystem = Machine.userSystemSecondsAndFaults();
            if (userSystem != null) {
                results.setProperty("processUserSeconds", String.valueOf(userSystem[0]));
                results.setProperty("processSystemSeconds", String.valueOf(userSystem[1]));
                results.setProperty("minorFaults", String.valueOf((long) userSystem[2]));
            }
            // last: the process's CPU from its start (JVM start-up, class loading, JIT, the build)
            results.setProperty("processCpuNanos", String.valueOf(os.getProcessCpuTime()));
            results.setProperty(
                    "jvmUptimeMillis",
                    String.valueOf(ManagementFactory.getRuntimeMXBean().getUptime()));
        }
        try (OutputStream out = Files.newOutputStream(resultFile)) {
            results.store(out, "Logbuch photo benchmark, " + run);
        }
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
}
