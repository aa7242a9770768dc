package io.github.logbuch.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The site benchmark: real {@code mvn clean site} processes, JVM and Maven start included, as a
 * blogger runs them, beside Hugo building the same content. For each blog (the example blog, the
 * generated bilingual corpora of {@link BlogGenerator}, the photo corpus of {@link PhotoCorpus}) it
 * runs, in rounds, each kind of build once per round (so the kinds alternate and the machine's
 * drift spreads over all of them): Logbuch cold (cache folder deleted), Logbuch warm (cache kept),
 * Maven alone ({@code -Dblog.skip}), Hugo cold (output and resources deleted), Hugo warm (resources
 * kept). The first round is a warm-up and is not counted. It prints the median and min-max of the
 * wall seconds, the CPU seconds (user+sys of the process tree, by GNU time), the peak RSS, the
 * plugin's share (Logbuch minus Maven alone) and Logbuch/Hugo, as a Markdown table. Run it through
 * Maven:
 *
 * <pre>
 * mvn -B -pl plugin -am -Pbenchmark-site -DskipTests verify
 * </pre>
 *
 * <p>System properties: {@code site.posts} (default {@code 1000,5000}), {@code site.runs} (counted
 * rounds, default 3), {@code site.hugo} ({@code false} skips Hugo; else the command, default {@code
 * hugo}), {@code site.mavenOpts} (MAVEN_OPTS of the blog builds, e.g. {@code
 * -XX:TieredStopAtLevel=1}), {@code site.photos} (photos of the photo blog, default 75, 0 skips
 * it), {@code site.small} (false skips the example blog), {@code site.seed}, {@code site.dir},
 * {@code site.mvn} (the Maven command, default {@code mvn}), {@code site.hugoRelated} (true: Hugo's
 * post pages list related posts too, as Logbuch's do; off by default, see the note it prints),
 * {@code site.waitQuiet} (percent: before each timed build, wait up to 60 s for the machine to be
 * less busy), {@code site.jvmConfig} (the {@code .mvn/jvm.config} the blogs get, the archetype's by
 * default, {@code none} for none); from the profile: {@code site.pluginJar}, {@code
 * site.pluginPom}, {@code site.parentPom}, {@code site.groupId}, {@code site.version}, {@code
 * site.example}.
 */
public final class SiteBenchmark {
    private SiteBenchmark() {}

    /** The kinds of build, in the order they run within a round. */
    enum Kind {
        LOGBUCH_COLD("Logbuch cold"),
        LOGBUCH_WARM("Logbuch warm"),
        MAVEN_ALONE("Maven alone"),
        HUGO_COLD("Hugo cold"),
        HUGO_WARM("Hugo warm");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean hugo() {
            return this == HUGO_COLD || this == HUGO_WARM;
        }
    }

    /** One blog to build: its Maven project, the Hugo project beside it, what runs on it. */
    private record Blog(String name, String label, Path project, Path hugo, List<Kind> kinds) {}

    private record Settings(
            List<Integer> sizes,
            int runs,
            Optional<String> hugo,
            String mavenOpts,
            int photos,
            boolean small,
            long seed,
            Path dir,
            String mvn,
            int waitQuiet,
            boolean hugoRelated,
            String jvmConfig) {

        static Settings fromSystemProperties() {
            String hugo = property("site.hugo", "hugo");
            List<Integer> sizes = new ArrayList<>();
            for (String part : property("site.posts", "1000,5000").split(",")) {
                if (!part.isBlank()) {
                    sizes.add(Integer.parseInt(part.strip().replace("_", "")));
                }
            }
            return new Settings(
                    sizes,
                    Integer.parseInt(property("site.runs", "3")),
                    hugo.equalsIgnoreCase("false") || hugo.isEmpty()
                            ? Optional.empty()
                            : Optional.of(hugo.equalsIgnoreCase("true") ? "hugo" : hugo),
                    property("site.mavenOpts", ""),
                    Integer.parseInt(property("site.photos", "75")),
                    Boolean.parseBoolean(property("site.small", "true")),
                    Long.parseLong(property("site.seed", "1")),
                    Path.of(property("site.dir", "target/benchmark-site")).toAbsolutePath(),
                    property("site.mvn", "mvn"),
                    Integer.parseInt(property("site.waitQuiet", "0")),
                    Boolean.parseBoolean(property("site.hugoRelated", "false")),
                    jvmConfig(property("site.jvmConfig", "")));
        }

        /** The archetype's {@code .mvn/jvm.config} the blogs get, or none for "none" or "". */
        private static String jvmConfig(String file) {
            if (file.isBlank() || file.equals("none")) {
                return "";
            }
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("site.jvmConfig: " + file, e);
            }
        }
    }

    static String property(String name, String otherwise) {
        return System.getProperty(name, otherwise).strip();
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.dir());
        PrintStream out = System.out;

        String hugoVersion =
                settings.hugo().map(h -> TimedProcess.firstLine(h, "version")).orElse("");
        Optional<String> hugo = settings.hugo().filter(h -> !hugoVersion.isEmpty());
        List<String> notes = new ArrayList<>();
        if (settings.hugo().isEmpty()) {
            notes.add("Hugo skipped (-Dsite.hugo=false).");
        } else if (hugo.isEmpty()) {
            notes.add(
                    "Hugo skipped: `"
                            + settings.hugo().get()
                            + "` is not installed (apt-get install hugo).");
        }
        if (hugo.isPresent() && !settings.hugoRelated()) {
            notes.add(
                    "Hugo's post pages list no related posts (Logbuch's do): Hugo's .Related grows"
                            + " with posts × posts sharing a popular tag (about 80 CPU-s more at 5,000"
                            + " posts on the machine this was written on); -Dsite.hugoRelated=true"
                            + " adds them.");
        }
        if (!TimedProcess.cpuMeasured()) {
            notes.add("No /usr/bin/time (apt-get install time): CPU seconds and peak RSS unknown.");
        }
        notes.forEach(out::println);

        MavenBlog maven =
                MavenBlog.stage(
                        settings.dir(),
                        settings.mvn(),
                        property("site.groupId", "io.github.logbuch"),
                        property("site.version", "0.1.0-SNAPSHOT"),
                        Path.of(
                                property(
                                        "site.pluginJar",
                                        "target/logbuch-maven-plugin-0.1.0-SNAPSHOT.jar")),
                        Path.of(property("site.pluginPom", "pom.xml")),
                        Path.of(property("site.parentPom", "../pom.xml")));
        Map<String, String> environment = Map.of("MAVEN_OPTS", settings.mavenOpts());

        List<Blog> blogs = new ArrayList<>();
        List<String> corpora = new ArrayList<>();
        List<Kind> all = List.of(Kind.values());
        if (settings.small()) {
            Path example =
                    Path.of(property("site.example", "../site-example")).resolve("src/main/blog");
            if (Files.isDirectory(example)) {
                Path project = settings.dir().resolve("example");
                copyTree(example, project.resolve("src/main/blog"));
                corpora.add("example: the example blog (site-example/src/main/blog), copied");
                blogs.add(
                        new Blog("example", "example blog", project, project.resolve("hugo"), all));
            } else {
                notes.add("No example blog at " + example + ": small blog left out.");
            }
        }
        for (int posts : settings.sizes()) {
            Path project = settings.dir().resolve("posts-" + posts);
            corpora.add(ensureCorpus(project, posts, settings.seed()));
            blogs.add(
                    new Blog(
                            "posts-" + posts,
                            String.format(Locale.ROOT, "%,d posts", posts),
                            project,
                            project.resolve("hugo"),
                            all));
        }
        if (settings.photos() > 0) {
            int perAlbum = 15;
            int albums = Math.max(1, (settings.photos() + perAlbum - 1) / perAlbum);
            perAlbum = (settings.photos() + albums - 1) / albums;
            Path project = settings.dir().resolve("photos-" + albums * perAlbum);
            corpora.add(
                    PhotoCorpus.ensure(
                            project,
                            albums,
                            perAlbum,
                            settings.seed(),
                            Runtime.getRuntime().availableProcessors()));
            // nothing changed: only warm builds are counted; the warm-up round fills the caches
            blogs.add(
                    new Blog(
                            "photos-" + albums * perAlbum,
                            albums * perAlbum + " photos, nothing changed",
                            project,
                            project.resolve("hugo"),
                            List.of(Kind.LOGBUCH_WARM, Kind.MAVEN_ALONE, Kind.HUGO_WARM)));
        }
        for (Blog blog : blogs) {
            maven.writeProject(blog.project(), blog.name(), settings.jvmConfig());
            if (hugo.isPresent()) {
                HugoSite.write(
                        blog.hugo(),
                        blog.project().resolve("src/main/blog/content"),
                        "Logbuch",
                        settings.hugoRelated());
            }
        }
        if (blogs.isEmpty()) {
            out.println("Nothing to build.");
            return;
        }

        // untimed: fills the benchmark's repository from ~/.m2 (or Maven Central), online
        out.println("Filling the benchmark's local repository (untimed, online) ...");
        TimedProcess.Result fill =
                TimedProcess.run(
                        maven.cleanSite(false, "-Dblog.skip"),
                        blogs.get(0).project(),
                        environment,
                        settings.dir().resolve("logs/fill-repository.log"));
        if (!fill.ok()) {
            out.println("The first Maven build failed:\n" + fill.tail(40));
            System.exit(1);
        }

        List<Row> rows = new ArrayList<>();
        // what the rounds throw away waits in the trash until the end of the run: deleting it
        // between blogs would make the next blog's timed builds pay for it (see Machine.Trash)
        Machine.Trash trash = new Machine.Trash(settings.dir().resolve("trash"));
        trash.empty();
        for (int i = 0; i < blogs.size(); i++) {
            rows.addAll(measure(blogs.get(i), settings, maven, hugo, environment, trash, out));
            if (i < blogs.size() - 1) {
                // the figures so far, in case a long run has to be stopped
                print(out, settings, hugoVersion, corpora, notes, rows);
            }
        }
        print(out, settings, hugoVersion, corpora, notes, rows);
        trash.empty();
        System.exit(rows.stream().anyMatch(r -> r.failed) ? 1 : 0);
    }

    /** The figures of one kind of build on one blog. */
    private static final class Row {
        final Blog blog;
        final Kind kind;
        final List<TimedProcess.Result> results = new ArrayList<>();
        final List<Double> otherLoad = new ArrayList<>();
        boolean failed;
        long pages = -1;

        Row(Blog blog, Kind kind) {
            this.blog = blog;
            this.kind = kind;
        }

        double wall() {
            return median(results.stream().mapToDouble(TimedProcess.Result::wallSeconds).toArray());
        }

        double cpu() {
            return median(results.stream().mapToDouble(TimedProcess.Result::cpuSeconds).toArray());
        }

        double rssMiB() {
            return results.stream().mapToLong(TimedProcess.Result::peakRssBytes).max().orElse(-1)
                    / 1048576.0;
        }

        String wallRange() {
            double[] walls =
                    results.stream().mapToDouble(TimedProcess.Result::wallSeconds).toArray();
            if (walls.length == 0) {
                return "";
            }
            double min = Arrays.stream(walls).min().getAsDouble();
            double max = Arrays.stream(walls).max().getAsDouble();
            return walls.length == 1
                    ? String.format(Locale.ROOT, "%.2f", min)
                    : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", wall(), min, max);
        }

        /** How busy the machine was with other work during the runs, median, in %; or "". */
        String other() {
            double[] loads =
                    otherLoad.stream()
                            .mapToDouble(Double::doubleValue)
                            .filter(d -> d >= 0)
                            .toArray();
            return loads.length == 0 ? "" : String.format(Locale.ROOT, "%.0f", median(loads));
        }

        boolean usable() {
            return !failed && !results.isEmpty();
        }
    }

    private static List<Row> measure(
            Blog blog,
            Settings settings,
            MavenBlog maven,
            Optional<String> hugo,
            Map<String, String> environment,
            Machine.Trash trash,
            PrintStream out)
            throws IOException, InterruptedException {
        Map<Kind, Row> rows = new EnumMap<>(Kind.class);
        for (Kind kind : blog.kinds()) {
            if (!kind.hugo() || hugo.isPresent()) {
                rows.put(kind, new Row(blog, kind));
            }
        }
        Path logs = settings.dir().resolve("logs");
        for (int round = 0; round <= settings.runs(); round++) {
            for (Row row : rows.values()) {
                if (row.failed) {
                    continue;
                }
                Kind kind = row.kind;
                List<String> command;
                Path directory;
                Path output;
                if (!kind.hugo()) {
                    // outside the timing, as Hugo's public/ below: the build before's target/
                    // is moved aside, so that no timed build deletes thousands of files (a fresh
                    // CI checkout has no target/ either); otherwise whichever build follows a
                    // `mvn clean` pays for its deletions (see Machine.Trash)
                    trash.discard(blog.project().resolve("target"));
                }
                switch (kind) {
                    case LOGBUCH_COLD -> {
                        trash.discard(MavenBlog.cacheDirectory(blog.project()));
                        command = maven.cleanSite(true);
                        directory = blog.project();
                        output = MavenBlog.siteDirectory(blog.project());
                    }
                    case LOGBUCH_WARM -> {
                        command = maven.cleanSite(true);
                        directory = blog.project();
                        output = MavenBlog.siteDirectory(blog.project());
                    }
                    case MAVEN_ALONE -> {
                        command = maven.cleanSite(true, "-Dblog.skip");
                        directory = blog.project();
                        output = null;
                    }
                    case HUGO_COLD, HUGO_WARM -> {
                        if (kind == Kind.HUGO_COLD) {
                            for (Path cache : HugoSite.caches(blog.hugo())) {
                                trash.discard(cache);
                            }
                        }
                        // outside the timing: Hugo writes over its output, mvn clean deletes it
                        trash.discard(HugoSite.publishDir(blog.hugo()));
                        command = List.of(hugo.orElseThrow(), "--quiet");
                        directory = blog.hugo();
                        output = HugoSite.publishDir(blog.hugo());
                    }
                    default -> throw new IllegalStateException(kind.name());
                }
                String name =
                        blog.name() + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
                if (settings.waitQuiet() > 0) {
                    out.println("  " + Machine.waitForQuiet(settings.waitQuiet(), 3, 60));
                }
                long[] before = Machine.cpuJiffies();
                TimedProcess.Result result =
                        TimedProcess.run(
                                command, directory, environment, logs.resolve(name + ".log"));
                long other =
                        Machine.foreignLoadPercent(
                                before,
                                Machine.cpuJiffies(),
                                Double.isNaN(result.cpuSeconds()) ? 0 : result.cpuSeconds());
                out.printf(
                        Locale.ROOT,
                        "%-12s %-13s %s: %6.2f s wall, %6s cpu-s, %5.0f MiB RSS, other load %3d %%%s%n",
                        blog.name(),
                        kind.label,
                        round == 0 ? "warm-up" : "round " + round,
                        result.wallSeconds(),
                        TimedProcess.seconds(result.cpuSeconds()),
                        result.peakRssBytes() / 1048576.0,
                        other,
                        result.ok() ? "" : "  FAILED (exit " + result.exit() + ")");
                if (!result.ok()) {
                    out.println(result.tail(30));
                    row.failed = true;
                    continue;
                }
                if (output != null) {
                    row.pages = countHtml(output);
                }
                if (round > 0) {
                    row.results.add(result);
                    row.otherLoad.add((double) other);
                }
            }
        }
        return List.copyOf(rows.values());
    }

    private static void print(
            PrintStream out,
            Settings settings,
            String hugoVersion,
            List<String> corpora,
            List<String> notes,
            List<Row> rows) {
        out.println();
        out.printf(
                Locale.ROOT,
                "Logbuch site benchmark: `mvn -B -o -q clean site` (%s), Java %s, %d CPUs;"
                        + " %s; median (min-max) of %d rounds after one warm-up, kinds alternating"
                        + " within each round%s%n",
                TimedProcess.firstLine(settings.mvn(), "-v").replaceAll("\u001B\\[[;\\d]*m", ""),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                hugoVersion.isEmpty() ? "no Hugo" : hugoVersion.replaceFirst(" BuildDate.*", ""),
                settings.runs(),
                (settings.mavenOpts().isEmpty() ? "" : ", MAVEN_OPTS=" + settings.mavenOpts())
                        + (settings.jvmConfig().isBlank()
                                ? ", no .mvn/jvm.config"
                                : ", .mvn/jvm.config as the archetype's: "
                                        + settings.jvmConfig().strip()));
        corpora.forEach(out::println);
        notes.forEach(out::println);
        out.println();
        out.println(
                "| blog | build | Logbuch wall s | CPU s | peak RSS MiB | plugin s (CPU s) | Hugo wall s"
                        + " | Hugo CPU s | Hugo RSS MiB | Logbuch/Hugo | other load % |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> pages = new ArrayList<>();
        String lastBlog = "";
        for (Row row : rows) {
            if (row.kind.hugo()) {
                continue;
            }
            Blog blog = row.blog;
            Row alone = find(rows, blog, Kind.MAVEN_ALONE);
            Row hugo =
                    find(
                            rows,
                            blog,
                            row.kind == Kind.LOGBUCH_COLD ? Kind.HUGO_COLD : Kind.HUGO_WARM);
            String build =
                    switch (row.kind) {
                        case LOGBUCH_COLD -> "cold";
                        case LOGBUCH_WARM -> "warm (cache kept)";
                        default -> "Maven alone (`-Dblog.skip`)";
                    };
            if (!row.usable()) {
                out.printf(
                        Locale.ROOT, "| %s | %s | FAILED | | | | | | | | |%n", blog.label(), build);
                continue;
            }
            boolean logbuch = row.kind != Kind.MAVEN_ALONE;
            String share =
                    logbuch && alone != null && alone.usable()
                            ? String.format(
                                    Locale.ROOT,
                                    "%.2f (%s)",
                                    row.wall() - alone.wall(),
                                    TimedProcess.seconds(row.cpu() - alone.cpu()))
                            : "";
            boolean withHugo = logbuch && hugo != null && hugo.usable();
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %.0f | %s | %s | %s | %s | %s | %s |%n",
                    blog.label().equals(lastBlog) ? "" : blog.label(),
                    build,
                    row.wallRange(),
                    TimedProcess.seconds(row.cpu()),
                    row.rssMiB(),
                    share,
                    withHugo ? hugo.wallRange() : "",
                    withHugo ? TimedProcess.seconds(hugo.cpu()) : "",
                    withHugo ? String.format(Locale.ROOT, "%.0f", hugo.rssMiB()) : "",
                    withHugo
                            ? String.format(Locale.ROOT, "%.2f×", row.wall() / hugo.wall())
                            : (logbuch && hugo != null ? "Hugo FAILED" : ""),
                    row.other());
            lastBlog = blog.label();
        }
        for (Row row : rows) {
            if (row.kind == Kind.LOGBUCH_WARM) {
                String line = pages(rows, row.blog);
                if (!line.isEmpty()) {
                    pages.add(line);
                }
            }
        }
        out.println();
        pages.forEach(out::println);
        out.println();
        LEGEND.forEach(out::println);
    }

    /** "1,000 posts: Logbuch 1,523 HTML pages, Hugo 1,498". */
    private static String pages(List<Row> rows, Blog blog) {
        Row logbuch = find(rows, blog, Kind.LOGBUCH_WARM);
        Row hugo = find(rows, blog, Kind.HUGO_WARM);
        if (logbuch == null || logbuch.pages < 0) {
            return "";
        }
        String line =
                String.format(
                        Locale.ROOT,
                        "%s: Logbuch %,d HTML pages (redirects not counted)",
                        blog.label(),
                        logbuch.pages);
        if (hugo != null && hugo.pages >= 0) {
            line += String.format(Locale.ROOT, ", Hugo %,d", hugo.pages);
        }
        return line;
    }

    private static Row find(List<Row> rows, Blog blog, Kind kind) {
        return rows.stream().filter(r -> r.blog == blog && r.kind == kind).findFirst().orElse(null);
    }

    private static final List<String> LEGEND =
            List.of(
                    "Wall: the whole process from launch to exit (JVM and Maven start included);"
                            + " CPU: user+sys of the process tree (GNU time), median;"
                            + " RSS: the largest peak of the runs; other load: how busy the machine"
                            + " was with other work during the Logbuch runs (median, % of all CPUs).",
                    "cold: `mvn clean site` with the cache folder (.logbuch-cache) deleted; warm:"
                            + " the same with the cache kept, as CI keeps it; Maven alone: `mvn"
                            + " clean site -Dblog.skip`; plugin s = Logbuch minus Maven alone."
                            + " Before each, target/ is moved aside (outside the timing), as a"
                            + " fresh checkout has none. The forked build's class data archive"
                            + " (beside the plugin's jar) is written in the warm-up round and kept,"
                            + " as a user's is after the first build of a plugin version.",
                    "Hugo cold: `hugo` with public/, resources/ and its cache deleted; warm: public/"
                            + " deleted (outside the timing), resources/ kept. The ratio compares"
                            + " cold with cold and warm with warm. What is deleted outside the"
                            + " timing is moved aside and deleted at the end of the run: ext4"
                            + " without a journal makes new files dearer for a minute after many"
                            + " are deleted (see Machine.Trash).",
                    "Hugo's layouts make about the same pages (posts per language, home and tags"
                            + " paginated by 10, tag list, archive, RSS, JSON search index, sitemap;"
                            + " photos in 3 widths and a crop): see HugoSite.");

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** HTML pages under {@code folder}, redirects (aliases, Hugo's {@code page/1/}) left out. */
    private static long countHtml(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return -1;
        }
        long pages = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file :
                    walk.filter(p -> p.getFileName().toString().endsWith(".html")).toList()) {
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(2048);
                }
                String start = new String(head, java.nio.charset.StandardCharsets.UTF_8);
                if (!start.toLowerCase(Locale.ROOT).contains("http-equiv=\"refresh\"")) {
                    pages++;
                }
            }
        }
        return pages;
    }

    /**
     * Makes {@code to} a copy of {@code from}: files are copied where they differ (an unchanged
     * copy stays as it was), files no longer in {@code from} are deleted.
     */
    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path copy : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!Files.exists(from.resolve(to.relativize(copy).toString()))) {
                        Machine.deleteRecursively(copy);
                    }
                }
            }
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.isRegularFile(target) || Files.mismatch(source, target) != -1L) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Generates the corpus into {@code project/src/main/blog} unless it already holds the same one:
     * a stamp written last names the size, seed and generator version.
     */
    private static String ensureCorpus(Path project, int posts, long seed) throws IOException {
        Path stamp = project.resolve("corpus.properties");
        String key = "posts=" + posts + " seed=" + seed + " generator=" + BlogGenerator.VERSION;
        Properties properties = new Properties();
        if (Files.isRegularFile(stamp)) {
            try (InputStream in = Files.newInputStream(stamp)) {
                properties.load(in);
            }
        }
        String how = "reused";
        if (!key.equals(properties.getProperty("key"))) {
            Machine.deleteRecursively(project);
            long start = System.nanoTime();
            BlogGenerator.Corpus written =
                    BlogGenerator.generate(project.resolve("src/main/blog"), posts, seed);
            properties.setProperty("key", key);
            properties.setProperty("markdownFiles", String.valueOf(written.markdownFiles()));
            properties.setProperty("words", String.valueOf(written.words()));
            properties.setProperty("bytes", String.valueOf(written.bytes()));
            try (OutputStream out = Files.newOutputStream(stamp)) {
                properties.store(out, "BlogGenerator corpus");
            }
            how =
                    String.format(
                            Locale.ROOT, "generated in %.1f s", (System.nanoTime() - start) / 1e9);
        }
        long files = Long.parseLong(properties.getProperty("markdownFiles"));
        return String.format(
                Locale.ROOT,
                "posts-%d: %,d Markdown files (bilingual posts and an about page), %.1f MiB; %s",
                posts,
                files,
                Long.parseLong(properties.getProperty("bytes")) / 1048576.0,
                how);
    }
}
