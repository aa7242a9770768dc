package io.github.logbuch.benchmark;

import io.github.logbuch.Blog;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a blog's build costs once the JVM is warm: builds one blog again and again in this JVM,
 * alternating a build with nothing kept (the cache emptied: every photo processed) and one with
 * only the processed photos kept, and prints each build's wall and CPU seconds and its JIT and
 * photo threads' share (the JIT's as the JVM counts its compiling time). The first builds pay for
 * class loading and JIT compiling, as {@code mvn site} does every time; the later ones show the
 * work itself, the least any cold build of that blog could take on this machine. Run it through
 * Maven:
 *
 * <pre>
 * mvn -B -pl plugin -am -Pbenchmark-repeat -DskipTests verify
 * </pre>
 *
 * <p>System properties: {@code repeat.blog} (a folder holding {@code src/main/blog}, default the
 * example blog), {@code repeat.rounds} (default 8), {@code repeat.languages} (default {@code
 * de,en}, the example blog's), {@code repeat.dir} (where the site and cache go).
 */
public final class RepeatedBuild {
    private RepeatedBuild() {}

    private record Measured(
            double wall, double cpu, double jit, Map<String, Double> threads, String photos) {}

    public static void main(String[] args) throws Exception {
        Path blog = Path.of(System.getProperty("repeat.blog", "../site-example")).toAbsolutePath();
        int rounds = Integer.parseInt(System.getProperty("repeat.rounds", "8").strip());
        String languages = System.getProperty("repeat.languages", "de,en").strip();
        Path dir =
                Path.of(System.getProperty("repeat.dir", "target/benchmark-repeat"))
                        .toAbsolutePath();
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(blog.resolve("src/main/blog"))
                        .outputDirectory(dir.resolve("site"))
                        .cacheDirectory(dir.resolve("cache"))
                        .baseUrl("https://repeat.example.org/")
                        .languages(languages)
                        .title("Logbuch repeated build")
                        .author("Anna Autorin")
                        .timeZone("Europe/Berlin")
                        .build();
        System.out.printf(
                Locale.ROOT,
                "%s built %d times in one JVM (Java %s, %d CPUs), alternating nothing kept and"
                        + " only the photos kept%n",
                blog,
                2 * rounds,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println();
        System.out.println(
                "| round | kept | wall s | CPU s | JIT compiling s | photo threads CPU s | photos |");
        System.out.println("|---:|---|---:|---:|---:|---:|---|");
        for (int round = 1; round <= rounds; round++) {
            Machine.deleteRecursively(dir.resolve("cache"));
            Machine.deleteRecursively(dir.resolve("site"));
            print(round, "nothing", build(config));
            // the photos stay, the kept site and bodies go: every page is made again
            Machine.deleteRecursively(dir.resolve("cache/site"));
            Machine.deleteRecursively(dir.resolve("cache/bodies"));
            Machine.deleteRecursively(dir.resolve("cache/sources.tsv"));
            Machine.deleteRecursively(dir.resolve("site"));
            print(round, "photos", build(config));
        }
    }

    private static Measured build(BlogConfig config) throws Exception {
        var os =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        List<String> photos = new ArrayList<>();
        BuildListener listener =
                new BuildListener() {
                    @Override
                    public void info(String message) {
                        if (message.startsWith("Photos:")) {
                            photos.add(message);
                        }
                    }

                    @Override
                    public void debug(String message) {}

                    @Override
                    public void warning(Problem problem) {}
                };
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        try (Machine.ThreadCpu threads = new Machine.ThreadCpu(20)) {
            long jitBefore = compiler.getTotalCompilationTime();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            try {
                Blog.build(config, listener);
            } catch (BuildFailedException e) {
                System.err.println(e.report(config.sourceDirectory()));
                System.exit(2);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            double jit = (compiler.getTotalCompilationTime() - jitBefore) / 1e3;
            return new Measured(
                    wall,
                    cpu,
                    jit,
                    threads.secondsByKind(),
                    photos.isEmpty() ? "" : photos.get(photos.size() - 1));
        }
    }

    private static void print(int round, String kept, Measured m) {
        System.out.printf(
                Locale.ROOT,
                "| %d | %s | %.2f | %.2f | %.2f | %.2f | %s |%n",
                round,
                kept,
                m.wall(),
                m.cpu(),
                m.jit(),
                m.threads().getOrDefault("photo workers", 0.0),
                m.photos());
    }
}
