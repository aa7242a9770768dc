package io.github.logbuch.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The core benchmark: generates bilingual blogs of the given sizes with {@link BlogGenerator},
 * builds each in a fresh JVM with {@link BenchmarkBuild} (one cold build, then optionally a warm
 * one in the same JVM), and prints a table of the figures. Run it through Maven:
 *
 * <pre>
 * mvn -B -pl plugin -am -Pbenchmark -DskipTests verify
 * </pre>
 *
 * <p>System properties: {@code benchmark.posts} (sizes, default {@code 1000,10000}), {@code
 * benchmark.seed} (default 1), {@code benchmark.xmx} (heap of each build JVM, default {@code 1g}),
 * {@code benchmark.warm} (default true), {@code benchmark.runs} (fresh JVMs per corpus, default 1),
 * {@code benchmark.jfr} (true records each build with Java Flight Recorder into {@code build.jfr}
 * beside the corpus), {@code benchmark.jvmArgs} (more options for the build JVMs, separated by
 * spaces), {@code benchmark.dir} (default {@code target/benchmark}), {@code benchmark.search}
 * (false builds without search, to compare).
 */
public final class CoreBenchmark {
    private CoreBenchmark() {}

    /** What to run, from the {@code benchmark.*} system properties. */
    private record Settings(
            List<Integer> sizes,
            Path dir,
            long seed,
            String xmx,
            boolean warm,
            int runs,
            boolean jfr,
            String jvmArgs) {

        static Settings fromSystemProperties() {
            return new Settings(
                    CoreBenchmark.sizes(property("benchmark.posts", "1000,10000")),
                    Path.of(property("benchmark.dir", "target/benchmark")).toAbsolutePath(),
                    Long.parseLong(property("benchmark.seed", "1")),
                    property("benchmark.xmx", "1g"),
                    Boolean.parseBoolean(property("benchmark.warm", "true")),
                    Integer.parseInt(property("benchmark.runs", "1")),
                    Boolean.parseBoolean(property("benchmark.jfr", "false")),
                    property("benchmark.jvmArgs", ""));
        }

        private static String property(String name, String otherwise) {
            return System.getProperty(name, otherwise).strip();
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        List<Row> rows = new ArrayList<>();
        List<String> corpora = new ArrayList<>();
        boolean failed = false;
        for (int posts : settings.sizes()) {
            Path corpus = settings.dir().resolve("posts-" + posts);
            corpora.add(ensureCorpus(corpus, posts, settings.seed()));
            String name = "posts-" + posts;
            for (int run = 1; run <= settings.runs(); run++) {
                String suffix = settings.runs() > 1 ? String.valueOf(run) : "";
                System.out.printf(
                        Locale.ROOT,
                        "%s: building in a fresh JVM (-Xmx%s)%n",
                        name,
                        settings.xmx());
                Path resultFile = corpus.resolve("result.properties");
                // The previous run's output is deleted here, outside the measured build: a cold
                // build writes into an empty folder.
                deleteRecursively(corpus.resolve("site"));
                deleteRecursively(resultFile);
                long start = System.nanoTime();
                int exit =
                        new ProcessBuilder(command(settings, corpus, suffix))
                                .inheritIO()
                                .start()
                                .waitFor();
                double processSeconds = (System.nanoTime() - start) / 1e9;
                if (exit != 0 || !Files.isRegularFile(resultFile)) {
                    failed = true;
                    rows.add(Row.failed(name, "build JVM exited with " + exit + " (see above)"));
                    continue;
                }
                Properties results = new Properties();
                try (InputStream in = Files.newInputStream(resultFile)) {
                    results.load(in);
                }
                rows.add(Row.of(name, "cold", suffix, results, processSeconds));
                if (settings.warm()) {
                    rows.add(Row.of(name, "warm", suffix, results, Double.NaN));
                }
            }
        }
        print(System.out, settings, corpora, rows);
        System.exit(failed ? 1 : 0);
    }

    /** A JVM like this one, with the benchmark's heap, running {@link BenchmarkBuild}. */
    private static List<String> command(Settings settings, Path corpus, String suffix) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.xmx());
        if (settings.jfr()) {
            command.add(
                    "-XX:StartFlightRecording=settings=profile,filename="
                            + corpus.resolve("build" + suffix + ".jfr"));
        }
        if (!settings.jvmArgs().isEmpty()) {
            command.addAll(Arrays.asList(settings.jvmArgs().split("\\s+")));
        }
        command.add("-Dbenchmark.search=" + System.getProperty("benchmark.search", "true"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchmarkBuild.class.getName());
        command.add(corpus.toString());
        command.add(String.valueOf(settings.warm()));
        return command;
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                sizes.add(Integer.parseInt(part.strip().replace("_", "")));
            }
        }
        return sizes;
    }

    /**
     * Generates the corpus unless the folder already holds the same one: a stamp written last names
     * the size, seed and generator version.
     */
    private static String ensureCorpus(Path corpus, int posts, long seed) throws IOException {
        Path stamp = corpus.resolve("corpus.properties");
        String key = "posts=" + posts + " seed=" + seed + " generator=" + BlogGenerator.VERSION;
        Properties properties = new Properties();
        if (Files.isRegularFile(stamp)) {
            try (InputStream in = Files.newInputStream(stamp)) {
                properties.load(in);
            }
            if (key.equals(properties.getProperty("key"))) {
                return describe(corpus, properties, "reused");
            }
        }
        deleteRecursively(corpus);
        System.out.printf(Locale.ROOT, "posts-%d: generating %s%n", posts, corpus);
        long start = System.nanoTime();
        BlogGenerator.Corpus written =
                BlogGenerator.generate(corpus.resolve("src/main/blog"), posts, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        properties.setProperty("key", key);
        properties.setProperty("markdownFiles", String.valueOf(written.markdownFiles()));
        properties.setProperty("words", String.valueOf(written.words()));
        properties.setProperty("bytes", String.valueOf(written.bytes()));
        try (OutputStream out = Files.newOutputStream(stamp)) {
            properties.store(out, "BlogGenerator corpus");
        }
        return describe(
                corpus, properties, String.format(Locale.ROOT, "generated in %.1f s", seconds));
    }

    private static String describe(Path corpus, Properties properties, String how) {
        long files = Long.parseLong(properties.getProperty("markdownFiles"));
        long words = Long.parseLong(properties.getProperty("words"));
        long bytes = Long.parseLong(properties.getProperty("bytes"));
        return String.format(
                Locale.ROOT,
                "%s: %d Markdown files (incl. an about page in 2 languages), %d words per post text,"
                        + " %.1f MiB Markdown; %s",
                corpus.getFileName(),
                files,
                words / Math.max(1, files - 2),
                bytes / 1048576.0,
                how);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void print(
            PrintStream out, Settings settings, List<String> corpora, List<Row> rows) {
        out.println();
        out.printf(
                Locale.ROOT,
                "Logbuch core benchmark: Blog.build, languages de,en, Java %s, %d CPUs, -Xmx%s per"
                        + " build JVM%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                settings.xmx());
        corpora.forEach(out::println);
        out.println();
        String header =
                String.format(
                        Locale.ROOT,
                        "%-12s %-5s %6s %6s %6s %7s %8s %6s %6s %8s %7s %5s %9s %9s %5s %6s %4s %8s %7s",
                        "corpus",
                        "run",
                        "docs",
                        "pages",
                        "files",
                        "MiB out",
                        "build s",
                        "JVM s",
                        "proc s",
                        "pages/s",
                        "cpu s",
                        "cpu/w",
                        "heap peak",
                        "after GC",
                        "GCs",
                        "GC s",
                        "full",
                        "RSS peak",
                        "other %");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Row row : rows) {
            out.println(row.line());
        }
        out.println();
        for (String line : LEGEND) {
            if (settings.warm() || !line.startsWith("warm")) {
                out.println(line);
            }
        }
    }

    private static final List<String> LEGEND =
            List.of(
                    "build s   Blog.build wall time inside the JVM. cold = the first build in a fresh"
                            + " JVM (class loading, JIT, no warm-up): the honest figure",
                    "JVM s     JVM uptime when the cold build returned (start-up + cold build); proc s ="
                            + " the build process timed from outside, launch to exit",
                    "pages/s   HTML pages written / build s; cpu s = process CPU time during the build"
                            + " (all threads: JIT, GC, workers); cpu/w = cpu s / build s",
                    "heap peak sum of the heap pools' peak use (MiB), peaks reset before the build"
                            + " (an upper bound: pools peak at different times)",
                    "after GC  the most heap (MiB) in use right after any GC of the build: what it"
                            + " kept reachable, plus old garbage G1 had not collected yet",
                    "GCs, GC s collections during the build and their time; full = full (whole heap,"
                            + " stop-the-world) collections among them",
                    "RSS peak  peak resident set of the build process so far (MiB, VmHWM), as the"
                            + " peers' 'peak RSS' was measured",
                    "other %   the machine's CPU busy with other processes during the build, in % of"
                            + " all CPUs: above a few %, figures are not comparable",
                    "phases    the core's own phase times (Blog.build debug lines); publish = swapping"
                            + " the staged site in and deleting the previous one",
                    "search    the time the search index took (within render) and its files: the"
                            + " languages' manifests, their shards, the texts results are shown from",
                    "warm      a second build in the same JVM after System.gc(); it replaces the cold"
                            + " build's output, so its publish phase deletes a whole site");

    /** One line of the table. */
    private record Row(String line) {
        static Row failed(String corpus, String why) {
            return new Row(String.format(Locale.ROOT, "%-12s FAILED: %s", corpus, why));
        }

        static Row of(
                String corpus,
                String run,
                String suffix,
                Properties results,
                double processSeconds) {
            String p = run + ".";
            long pages = num(results, p + "pages");
            double build = num(results, p + "wallNanos") / 1e9;
            double cpu = num(results, p + "cpuNanos") / 1e9;
            String jvm =
                    run.equals("cold")
                            ? String.format(
                                    Locale.ROOT, "%.2f", num(results, p + "jvmUptimeMillis") / 1e3)
                            : "";
            String process =
                    Double.isNaN(processSeconds)
                            ? ""
                            : String.format(Locale.ROOT, "%.1f", processSeconds);
            String line =
                    String.format(
                            Locale.ROOT,
                            "%-12s %-5s %6d %6d %6d %7.1f %8.2f %6s %6s %8.0f %7.1f %5.2f %9.0f %9.0f %5d %6.2f %4d %8.0f %7d",
                            corpus,
                            run + suffix,
                            num(results, p + "documents"),
                            pages,
                            num(results, p + "files"),
                            num(results, p + "bytes") / 1048576.0,
                            build,
                            jvm,
                            process,
                            pages / build,
                            cpu,
                            cpu / build,
                            mib(results, p + "peakHeapBytes"),
                            mib(results, p + "maxAfterGcBytes"),
                            num(results, p + "gcCount"),
                            num(results, p + "gcMillis") / 1e3,
                            num(results, p + "fullGcCount"),
                            mib(results, p + "peakRssBytes"),
                            num(results, p + "foreignLoadPercent"));
            long warnings = num(results, p + "warnings");
            if (warnings != 0) {
                line += "  (" + warnings + " warnings)";
            }
            String phases = phases(results, p);
            if (!phases.isEmpty()) {
                line += "\n" + " ".repeat(19) + phases;
            }
            String search = search(results, p, build);
            return new Row(search.isEmpty() ? line : line + "\n" + " ".repeat(19) + search);
        }

        /** The core's own phase times, where it reports them: "load 1.2 s, assemble ...". */
        private static String phases(Properties results, String prefix) {
            List<String> parts = new ArrayList<>();
            for (String phase : List.of("load", "assemble", "render", "publish")) {
                String millis = results.getProperty(prefix + "phase." + phase);
                if (millis != null) {
                    parts.add(
                            String.format(
                                    Locale.ROOT, "%s %.2f s", phase, Long.parseLong(millis) / 1e3));
                }
            }
            return parts.isEmpty() ? "" : "phases: " + String.join(", ", parts);
        }

        /**
         * What search costs: the time its index took (part of render) against the whole build, and
         * the index's size by kind of file.
         */
        private static String search(Properties results, String prefix, double build) {
            String millis = results.getProperty(prefix + "phase.search");
            if (millis == null) {
                return "";
            }
            double seconds = Long.parseLong(millis) / 1e3;
            StringBuilder line =
                    new StringBuilder(
                            String.format(
                                    Locale.ROOT,
                                    "search index %.2f s = %.1f %% of the build",
                                    seconds,
                                    100 * seconds / build));
            for (String kind : List.of("manifests", "shards", "texts")) {
                long files = num(results, prefix + "search." + kind + ".files");
                if (files > 0) {
                    line.append(
                            String.format(
                                    Locale.ROOT,
                                    "; %s %.2f MiB in %d files",
                                    kind,
                                    num(results, prefix + "search." + kind + ".bytes") / 1048576.0,
                                    files));
                }
            }
            return line.toString();
        }

        private static long num(Properties results, String key) {
            return Long.parseLong(results.getProperty(key, "-1"));
        }

        private static double mib(Properties results, String key) {
            return num(results, key) / 1048576.0;
        }
    }
}
