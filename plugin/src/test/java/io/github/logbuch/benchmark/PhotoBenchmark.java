package io.github.logbuch.benchmark;

import io.github.logbuch.config.PhotoSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The photo benchmark: generates a corpus of 12 MP photos in album posts ({@link PhotoCorpus}, not
 * timed), builds it with {@link io.github.logbuch.Blog#build} twice, each time in a fresh JVM
 * ({@link PhotoBuild}): cold (empty photo cache, no previous site) and warm (cache and site of the
 * cold build kept), then makes the same outputs with {@code vipsthumbnail} if it is on the PATH
 * ({@link VipsBaseline}), and prints photos/s, megapixels/s and CPU seconds per photo for each.
 * Last it scores output quality: PSNR and luma SSIM of both tools' outputs against a
 * double-precision Lanczos3 resize of the original ({@link LanczosReference}, {@link Quality}). Run
 * it through Maven:
 *
 * <pre>
 * mvn -B -pl plugin -am -Pbenchmark-photos -DskipTests verify
 * </pre>
 *
 * <p>System properties: {@code photos.albums} (10) × {@code photos.perAlbum} (10) photos, {@code
 * photos.seed} (1), {@code photos.runs} (cold, warm, vips rounds in a row, 1), {@code photos.xmx}
 * (heap of each build JVM; empty, the default, leaves the JVM's default heap, which is what {@code
 * mvn} gets without MAVEN_OPTS), {@code photos.jvmArgs} (more options for the build JVMs, e.g.
 * {@code -XX:StartFlightRecording=filename=cold.jfr}), {@code photos.profile} (true: book the build
 * threads' CPU to pipeline stages, a few percent slower), {@code photos.vips} ({@code auto}, {@code
 * false}), {@code photos.vipsProcesses} (2), {@code photos.quality} (photos to score, 5; 0 skips
 * it), {@code photos.waitQuiet} (a percentage: before each timed step wait, up to 10 minutes, for
 * the machine to be under it for 5 s; 0, the default, does not wait), {@code photos.outputs}
 * ({@code logbuch}: Logbuch's default sizes; {@code peers}: 480, 1024 and 1920 px and a 300 px
 * thumbnail at q85, what Hugo, vipsthumbnail and Thumbnailator were timed making), {@code
 * photos.dir} ({@code target/benchmark-photos}).
 */
public final class PhotoBenchmark {
    private static final double MEGAPIXELS = PhotoCorpus.WIDTH * (double) PhotoCorpus.HEIGHT / 1e6;

    /** The photo settings both tools are run with. */
    private static final PhotoSettings SETTINGS = outputs();

    /**
     * The outputs {@code photos.outputs} names: Logbuch's defaults, or what peers were timed at.
     */
    static PhotoSettings outputs() {
        String name = System.getProperty("photos.outputs", "logbuch").strip();
        return switch (name) {
            case "logbuch", "" -> PhotoSettings.DEFAULT;
            case "peers" -> new PhotoSettings(List.of(480, 1024, 1920), 300, 0.85f, 120, false);
            default ->
                    throw new IllegalArgumentException(
                            "photos.outputs is logbuch or peers, not " + name);
        };
    }

    private PhotoBenchmark() {}

    /** What to run, from the {@code photos.*} system properties. */
    private record Settings(
            Path dir,
            int albums,
            int perAlbum,
            long seed,
            int runs,
            String xmx,
            String jvmArgs,
            boolean profile,
            String vips,
            int vipsProcesses,
            int quality,
            int quietPercent) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Path.of(property("photos.dir", "target/benchmark-photos")).toAbsolutePath(),
                    Integer.parseInt(property("photos.albums", "10")),
                    Integer.parseInt(property("photos.perAlbum", "10")),
                    Long.parseLong(property("photos.seed", "1")),
                    Integer.parseInt(property("photos.runs", "1")),
                    property("photos.xmx", ""),
                    property("photos.jvmArgs", ""),
                    Boolean.parseBoolean(property("photos.profile", "false")),
                    property("photos.vips", "auto"),
                    Integer.parseInt(property("photos.vipsProcesses", "2")),
                    Integer.parseInt(property("photos.quality", "5")),
                    Integer.parseInt(property("photos.waitQuiet", "0")));
        }

        private static String property(String name, String otherwise) {
            return System.getProperty(name, otherwise).strip();
        }
    }

    /** One line of the speed table. {@code details} holds a Logbuch build's own figures. */
    private record Row(
            String tool,
            String run,
            int photos,
            double wallSeconds,
            double cpuSeconds,
            long rssBytes,
            long otherPercent,
            Properties details,
            String note) {

        String line() {
            if (Double.isNaN(wallSeconds)) {
                return String.format(Locale.ROOT, "%-14s %-6s FAILED: %s", tool, run, note);
            }
            String line =
                    String.format(
                            Locale.ROOT,
                            "%-14s %-6s %6d %8.2f %8.2f %7.1f %8.1f %9.3f %8.2f %8s %7s",
                            tool,
                            run,
                            photos,
                            wallSeconds,
                            photos / wallSeconds,
                            photos * MEGAPIXELS / wallSeconds,
                            cpuSeconds,
                            cpuSeconds / photos,
                            cpuSeconds / wallSeconds,
                            rssBytes < 0 ? "-" : String.valueOf(rssBytes >> 20),
                            otherPercent < 0 ? "?" : String.valueOf(otherPercent));
            return note == null ? line : line + "  " + note;
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        int count = settings.albums() * settings.perAlbum();
        Path corpus = settings.dir().resolve("photos-" + count);
        int cpus = Runtime.getRuntime().availableProcessors();
        String description =
                PhotoCorpus.ensure(
                        corpus, settings.albums(), settings.perAlbum(), settings.seed(), cpus);
        System.out.println(description);
        List<PhotoCorpus.Entry> photos =
                PhotoCorpus.layout(
                        corpus.resolve("src/main/blog"), settings.albums(), settings.perAlbum());

        Optional<Path> vips =
                settings.vips().equalsIgnoreCase("false") ? Optional.empty() : VipsBaseline.find();
        String vipsVersion = vips.map(VipsBaseline::version).orElse("");
        if (vips.isEmpty() && !settings.vips().equalsIgnoreCase("false")) {
            System.out.println("vipsthumbnail is not on the PATH: Logbuch's figures only");
        }

        List<Row> rows = new ArrayList<>();
        boolean failed = false;
        for (int run = 1; run <= settings.runs(); run++) {
            String suffix = settings.runs() > 1 ? String.valueOf(run) : "";
            // cold: nothing processed yet, no previous site (deleted here, outside the timing)
            Machine.deleteRecursively(corpus.resolve("cache"));
            Machine.deleteRecursively(corpus.resolve("site"));
            waitForQuiet(settings);
            Row cold = logbuch(settings, corpus, "cold", suffix, count);
            // warm: the cold build's cache and site stay, as for a second `mvn blog:build`
            waitForQuiet(settings);
            Row warm = logbuch(settings, corpus, "warm", suffix, count);
            rows.add(cold);
            rows.add(warm);
            failed |= Double.isNaN(cold.wallSeconds()) || Double.isNaN(warm.wallSeconds());
            if (vips.isPresent()) {
                waitForQuiet(settings);
                System.out.printf(
                        Locale.ROOT,
                        "vipsthumbnail: %d photos, %d at a time%n",
                        count,
                        settings.vipsProcesses());
                try {
                    VipsBaseline.Timing timing =
                            VipsBaseline.run(
                                    vips.get(),
                                    photos,
                                    SETTINGS.widths(),
                                    SETTINGS.thumbnail(),
                                    Math.round(SETTINGS.quality() * 100),
                                    corpus.resolve("vips"),
                                    settings.vipsProcesses());
                    // what starting a vipsthumbnail process costs, measured apart (not timed)
                    int calls = SETTINGS.widths().size() + 1;
                    double startup =
                            VipsBaseline.startupSeconds(vips.get(), 20, corpus.resolve("vips"));
                    rows.add(
                            new Row(
                                    "vipsthumbnail",
                                    suffix,
                                    count,
                                    timing.wallNanos() / 1e9,
                                    timing.cpuSeconds(),
                                    -1,
                                    timing.foreignLoadPercent(),
                                    null,
                                    String.format(
                                            Locale.ROOT,
                                            "(%d calls per photo; process start-up alone %.3f"
                                                    + " cpu-s per call, %.2f per photo)",
                                            calls,
                                            startup,
                                            startup * calls)));
                } catch (IOException e) {
                    failed = true;
                    rows.add(
                            new Row(
                                    "vipsthumbnail",
                                    suffix,
                                    count,
                                    Double.NaN,
                                    Double.NaN,
                                    -1,
                                    -1,
                                    null,
                                    e.getMessage()));
                }
            }
        }
        printSpeed(System.out, settings, description, vipsVersion, rows);

        if (settings.quality() > 0 && !failed) {
            quality(System.out, settings, corpus, photos, vips.isPresent());
        }
        System.exit(failed ? 1 : 0);
    }

    /**
     * With {@code photos.waitQuiet=<percent>}: before a timed step, wait (up to 10 minutes) until
     * the machine has been under that % busy for 5 s, for a shared box.
     */
    private static void waitForQuiet(Settings settings) throws InterruptedException {
        if (settings.quietPercent() > 0) {
            System.out.println(Machine.waitForQuiet(settings.quietPercent(), 5, 600));
        }
    }

    /** One Logbuch build in a fresh JVM, timed from outside: launch to exit. */
    private static Row logbuch(
            Settings settings, Path corpus, String kind, String suffix, int photos)
            throws IOException, InterruptedException {
        String run = kind + suffix;
        Path resultFile = corpus.resolve("result-" + run + ".properties");
        Files.deleteIfExists(resultFile);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!settings.xmx().isEmpty()) {
            command.add("-Xmx" + settings.xmx());
        }
        if (settings.profile()) {
            command.add("-Dphotos.profile=true");
        }
        command.add("-Dphotos.outputs=" + System.getProperty("photos.outputs", "logbuch").strip());
        if (!settings.jvmArgs().isEmpty()) {
            command.addAll(Arrays.asList(settings.jvmArgs().split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PhotoBuild.class.getName());
        command.add(corpus.toString());
        command.add(run);
        command.add(resultFile.toString());
        System.out.printf(Locale.ROOT, "Logbuch %s build: fresh JVM%n", run);

        long[] machineBefore = Machine.cpuJiffies();
        long start = System.nanoTime();
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        long[] machineAfter = Machine.cpuJiffies();
        if (exit != 0 || !Files.isRegularFile(resultFile)) {
            return new Row(
                    "Logbuch",
                    run,
                    photos,
                    Double.NaN,
                    Double.NaN,
                    -1,
                    -1,
                    null,
                    "build JVM exited with " + exit + " (see above)");
        }
        Properties results = new Properties();
        try (InputStream in = Files.newInputStream(resultFile)) {
            results.load(in);
        }
        double cpu = Long.parseLong(results.getProperty("processCpuNanos")) / 1e9;
        String expected =
                kind.equals("cold")
                        ? String.format(
                                Locale.ROOT,
                                "Processing %d photos (0 unchanged, from the cache)",
                                photos)
                        : String.format(
                                Locale.ROOT, "Photos: all %d unchanged, from the cache", photos);
        // warm: the photo cache, or the whole site kept by the cold build put back
        boolean asExpected =
                results.stringPropertyNames().stream()
                        .filter(k -> k.startsWith("info."))
                        .map(results::getProperty)
                        .anyMatch(
                                line ->
                                        line.equals(expected)
                                                || (!kind.equals("cold")
                                                        && line.startsWith(
                                                                "Nothing changed since the build")));
        return new Row(
                "Logbuch",
                run,
                photos,
                wall,
                cpu,
                Long.parseLong(results.getProperty("peakRssBytes")),
                Machine.foreignLoadPercent(machineBefore, machineAfter, cpu),
                results,
                asExpected ? null : "(!) the build did not report \"" + expected + "\"");
    }

    private static void printSpeed(
            PrintStream out,
            Settings settings,
            String description,
            String vipsVersion,
            List<Row> rows) {
        out.println();
        String heap =
                rows.stream()
                        .filter(r -> r.details() != null)
                        .findFirst()
                        .map(r -> Long.parseLong(r.details().getProperty("maxHeapBytes")))
                        .map(
                                bytes ->
                                        String.format(
                                                Locale.ROOT,
                                                "max heap %.1f GiB (%s)",
                                                bytes / 1073741824.0,
                                                settings.xmx().isEmpty()
                                                        ? "no -Xmx: the JVM default, 1/4 of RAM"
                                                        : "-Xmx" + settings.xmx()))
                        .orElse("");
        out.printf(
                Locale.ROOT,
                "Logbuch photo benchmark: Java %s, %d CPUs, %s%s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                heap,
                settings.profile() ? ", PROFILED (stage profiler on: a few % slower)" : "");
        out.println(description);
        out.printf(
                Locale.ROOT,
                "outputs per photo: widths %s and a %dx%d centre-crop thumbnail, JPEG q%.0f%s%n",
                SETTINGS.widths(),
                SETTINGS.thumbnail(),
                SETTINGS.thumbnail(),
                SETTINGS.quality() * 100,
                vipsVersion.isEmpty()
                        ? ""
                        : "; " + vipsVersion + ", " + settings.vipsProcesses() + " processes");
        out.println();
        String header =
                String.format(
                        Locale.ROOT,
                        "%-14s %-6s %6s %8s %8s %7s %8s %9s %8s %8s %7s",
                        "tool",
                        "run",
                        "photos",
                        "wall s",
                        "photos/s",
                        "MP/s",
                        "cpu s",
                        "cpu-s/ph",
                        "cpu/wall",
                        "RSS MiB",
                        "other%");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Row row : rows) {
            out.println(row.line());
            if (row.details() != null) {
                details(row.details()).forEach(line -> out.println("    " + line));
            }
        }
        out.println();
        ratios(out, rows);
        out.println();
        LEGEND.forEach(out::println);
    }

    /** The figures a Logbuch build measured from inside. */
    private static List<String> details(Properties p) {
        List<String> lines = new ArrayList<>();
        double build = Long.parseLong(p.getProperty("buildWallNanos")) / 1e9;
        double buildCpu = Long.parseLong(p.getProperty("buildCpuNanos")) / 1e9;
        double uptime = Long.parseLong(p.getProperty("jvmUptimeMillis")) / 1e3;
        String phases =
                Stream.of("load", "assemble", "photos", "render", "publish")
                        .filter(phase -> p.getProperty("phase." + phase) != null)
                        .map(
                                phase ->
                                        String.format(
                                                Locale.ROOT,
                                                "%s %.2f",
                                                phase,
                                                Long.parseLong(p.getProperty("phase." + phase))
                                                        / 1e3))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("-");
        lines.add(
                String.format(
                        Locale.ROOT,
                        "in the JVM: Blog.build %.2f s (phases s: %s), cpu %.1f s; JVM start-up"
                                + " before it %.2f s; GC %s x, %.2f s; JIT %.1f s",
                        build,
                        phases,
                        buildCpu,
                        uptime - build,
                        p.getProperty("gcCount"),
                        Long.parseLong(p.getProperty("gcMillis")) / 1e3,
                        Long.parseLong(p.getProperty("jitMillis")) / 1e3));
        if (p.getProperty("processUserSeconds") != null) {
            lines.add(
                    String.format(
                            Locale.ROOT,
                            "process cpu: user %.1f s, system %.1f s; %.0fk minor page faults",
                            Double.parseDouble(p.getProperty("processUserSeconds")),
                            Double.parseDouble(p.getProperty("processSystemSeconds")),
                            Long.parseLong(p.getProperty("minorFaults", "0")) / 1e3));
        }
        Map<String, Double> threads = prefixed(p, "threads.");
        if (!threads.isEmpty()) {
            lines.add("cpu s by thread: " + joined(threads));
        }
        Map<String, Double> stages = prefixed(p, "stage.");
        if (!stages.isEmpty()) {
            lines.add("cpu s by stage (Java threads): " + joined(stages));
        }
        p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("info."))
                .sorted((a, b) -> Integer.compare(index(a), index(b)))
                .map(p::getProperty)
                .filter(line -> line.startsWith("Photos") || line.startsWith("Processing"))
                .reduce((first, last) -> last)
                .ifPresent(line -> lines.add("its last report: " + line));
        long warnings = Long.parseLong(p.getProperty("warnings"));
        if (warnings > 0) {
            lines.add(warnings + " warnings (see above)");
        }
        return lines;
    }

    private static int index(String key) {
        return Integer.parseInt(key.substring(key.indexOf('.') + 1));
    }

    private static Map<String, Double> prefixed(Properties p, String prefix) {
        Map<String, Double> values = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                values.put(key.substring(prefix.length()), Double.parseDouble(p.getProperty(key)));
            }
        }
        return values;
    }

    /** "a 12.3 (61%), b 4.1 (20%)", largest first, shares of the total. */
    private static String joined(Map<String, Double> values) {
        double total = values.values().stream().mapToDouble(Double::doubleValue).sum();
        return values.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .filter(e -> e.getValue() >= 0.005)
                .map(
                        e ->
                                String.format(
                                        Locale.ROOT,
                                        "%s %.2f (%.0f%%)",
                                        e.getKey(),
                                        e.getValue(),
                                        100 * e.getValue() / total))
                .reduce((a, b) -> a + ", " + b)
                .orElse("-");
    }

    /** Logbuch cold against vipsthumbnail, run by run, and the median when there are several. */
    private static void ratios(PrintStream out, List<Row> rows) {
        List<Row> cold =
                rows.stream()
                        .filter(r -> r.tool().equals("Logbuch") && r.run().startsWith("cold"))
                        .toList();
        List<Row> vips = rows.stream().filter(r -> r.tool().equals("vipsthumbnail")).toList();
        if (vips.isEmpty() || vips.size() != cold.size()) {
            return;
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < cold.size(); i++) {
            wall.add(cold.get(i).wallSeconds() / vips.get(i).wallSeconds());
            cpu.add(cold.get(i).cpuSeconds() / vips.get(i).cpuSeconds());
        }
        out.printf(
                Locale.ROOT,
                "ours/vips (Logbuch cold / vipsthumbnail, same round%s): wall time %s, cpu per"
                        + " photo %s (above 1: Logbuch is slower)%n",
                cold.size() > 1 ? ", median (min-max)" : "",
                summary(wall),
                summary(cpu));
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        double median =
                sorted.size() % 2 == 1
                        ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        if (sorted.size() == 1) {
            return String.format(Locale.ROOT, "%.2f", median);
        }
        return String.format(
                Locale.ROOT,
                "%.2f (%.2f-%.2f)",
                median,
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static final List<String> LEGEND =
            List.of(
                    "wall s    the whole process timed from outside, launch to exit (JVM start-up"
                            + " included), as peer-speed.md timed the peers",
                    "photos/s  source photos / wall s (each gives 4 widths + a thumbnail); MP/s ="
                            + " photos x 12 MP / wall s",
                    "cpu s     user+sys of the whole process: Logbuch = the JVM's own CPU time"
                            + " (all threads, start-up included) read as it finishes; vips = the"
                            + " children's times of a sh that ran xargs (every vipsthumbnail call"
                            + " and its threads)",
                    "cpu/wall  cores kept busy on average (2 at most here); RSS MiB = peak resident"
                            + " set of the build JVM",
                    "other%    the machine busy with other processes meanwhile, % of all CPUs:"
                            + " above a few %, rerun",
                    "cold      empty photo cache and no previous site; warm = a second JVM on the"
                            + " cold build's cache and site (every photo from the cache)");

    /** Scores a sample of photos: each tool's output against the reference, per width. */
    private static void quality(
            PrintStream out,
            Settings settings,
            Path corpus,
            List<PhotoCorpus.Entry> photos,
            boolean withVips)
            throws IOException {
        long start = System.nanoTime();
        int sample = Math.min(settings.quality(), photos.size());
        Map<String, Path> published = publishedPhotos(corpus.resolve("site"));
        List<Integer> widths = SETTINGS.widths();
        Map<Integer, List<double[]>> ours = new TreeMap<>();
        Map<Integer, List<double[]>> theirs = new TreeMap<>();
        List<String> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < sample; k++) {
            PhotoCorpus.Entry photo = photos.get(k * photos.size() / sample);
            String fileName = photo.file().getFileName().toString();
            names.add(fileName.substring(0, fileName.lastIndexOf('.')));
            Quality.Rgb original = Quality.decode(photo.file());
            String base = baseName(fileName);
            for (int width : widths) {
                int height =
                        (int) Math.round((double) width * original.height() / original.width());
                double[] reference =
                        LanczosReference.resize(
                                original.data(),
                                original.width(),
                                original.height(),
                                width,
                                height);
                Path mine = published.get(base + "-" + width);
                if (mine == null) {
                    problems.add("no Logbuch output " + base + "-<hash>-" + width + ".jpg");
                } else {
                    score(mine, reference, width, height, problems)
                            .ifPresent(
                                    s ->
                                            ours.computeIfAbsent(width, w -> new ArrayList<>())
                                                    .add(s));
                }
                if (withVips) {
                    Path vips =
                            VipsBaseline.folder(corpus.resolve("vips"), photo)
                                    .resolve("w" + width + ".jpg");
                    score(vips, reference, width, height, problems)
                            .ifPresent(
                                    s ->
                                            theirs.computeIfAbsent(width, w -> new ArrayList<>())
                                                    .add(s));
                }
            }
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "Quality: PSNR (RGB) and SSIM (luma) against a double-precision Lanczos3 resize of"
                        + " the original, %d photos (%s), %d px border left out; scored in %.0f s%n",
                sample,
                String.join(", ", names),
                Quality.BORDER,
                (System.nanoTime() - start) / 1e9);
        String header =
                String.format(
                        Locale.ROOT,
                        "%-6s %-22s %-22s %-24s %-24s %-12s",
                        "width",
                        "PSNR dB ours min/mean",
                        "PSNR dB vips min/mean",
                        "SSIM ours min/mean",
                        "SSIM vips min/mean",
                        "KiB ours/vips");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (int width : widths) {
            List<double[]> a = ours.getOrDefault(width, List.of());
            List<double[]> b = theirs.getOrDefault(width, List.of());
            String flag = "";
            if (!a.isEmpty() && !b.isEmpty()) {
                double psnrGap = mean(a, 0) - mean(b, 0);
                double ssimGap = mean(a, 1) - mean(b, 1);
                long below = 0;
                for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                    if (a.get(i)[0] < b.get(i)[0]) {
                        below++;
                    }
                }
                if (psnrGap < 0) {
                    flag =
                            String.format(
                                    Locale.ROOT,
                                    "  <- %s: PSNR %+.3f dB, SSIM %+.5f (PSNR lower on %d of %d"
                                            + " photos)",
                                    psnrGap < -0.1
                                            ? "OURS BELOW VIPS"
                                            : "ours below vips (< 0.1 dB)",
                                    psnrGap,
                                    ssimGap,
                                    below,
                                    a.size());
                } else {
                    flag =
                            String.format(
                                    Locale.ROOT,
                                    "  ours not below: PSNR %+.3f dB, SSIM %+.5f",
                                    psnrGap,
                                    ssimGap);
                }
            }
            out.printf(
                    Locale.ROOT,
                    "%-6d %-22s %-22s %-24s %-24s %-12s%s%n",
                    width,
                    minMean(a, 0, "%.3f"),
                    minMean(b, 0, "%.3f"),
                    minMean(a, 1, "%.5f"),
                    minMean(b, 1, "%.5f"),
                    String.format(
                            Locale.ROOT,
                            "%s/%s",
                            a.isEmpty()
                                    ? "-"
                                    : String.format(Locale.ROOT, "%.0f", mean(a, 2) / 1024),
                            b.isEmpty()
                                    ? "-"
                                    : String.format(Locale.ROOT, "%.0f", mean(b, 2) / 1024)),
                    flag);
        }
        problems.forEach(p -> out.println("(!) " + p));
    }

    /** PSNR, SSIM and file size of one output, or nothing if it is missing or the wrong size. */
    private static Optional<double[]> score(
            Path file, double[] reference, int width, int height, List<String> problems)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            problems.add("missing: " + file);
            return Optional.empty();
        }
        Quality.Rgb image = Quality.decode(file);
        if (image.width() != width || image.height() != height) {
            problems.add(
                    String.format(
                            Locale.ROOT,
                            "%s is %dx%d, not %dx%d: not scored",
                            file,
                            image.width(),
                            image.height(),
                            width,
                            height));
            return Optional.empty();
        }
        return Optional.of(
                new double[] {
                    Quality.psnr(reference, image),
                    Quality.ssimLuma(reference, image),
                    Files.size(file)
                });
    }

    private static double mean(List<double[]> values, int index) {
        return values.stream().mapToDouble(v -> v[index]).average().orElse(Double.NaN);
    }

    private static String minMean(List<double[]> values, int index, String format) {
        if (values.isEmpty()) {
            return "-";
        }
        double min = values.stream().mapToDouble(v -> v[index]).min().orElse(Double.NaN);
        return String.format(Locale.ROOT, format + " / " + format, min, mean(values, index));
    }

    /**
     * Logbuch's published photo files by "<base>-<width>" (or "<base>-thumb"), from names like
     * {@code img-0001-1a2b3c4d-480.jpg}.
     */
    private static Map<String, Path> publishedPhotos(Path site) throws IOException {
        Pattern name = Pattern.compile("(.+)-[0-9a-f]{8}-(\\d+|thumb)\\.jpg");
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile)
                    .forEach(
                            file -> {
                                Matcher m = name.matcher(file.getFileName().toString());
                                if (m.matches()) {
                                    files.putIfAbsent(m.group(1) + "-" + m.group(2), file);
                                }
                            });
        }
        return files;
    }

    /** As Logbuch names published photos: "IMG_0001.jpg" → "img-0001". */
    private static String baseName(String fileName) {
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));
        return stem.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
