package io.github.logbuch;

import io.github.logbuch.cache.Fields;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.problem.BuildFailedException;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A build in a JVM of its own, for blogs large enough that the JIT compiler's work matters: the
 * child runs with the quick compiler only ({@code -XX:TieredStopAtLevel=1}), which for a build of a
 * few seconds spends half the CPU time the full one does in Maven's JVM (measured with Java Flight
 * Recorder: C2 compiling was the largest single cost of a cold build). Photos are the exception
 * (their inner loops want C2): the parent processes new ones first, into the cache.
 *
 * <p>The parent writes the configuration to the child's input, one setting a line; the child
 * answers on its output, one line an event: {@code I}nfo, {@code D}ebug, {@code W}arning, {@code
 * L}eft out (a photo no reader decodes), {@code E}rror (a problem of a failed build), {@code X} (an
 * I/O failure) and {@code R}esult.
 */
public final class ForkedBuild {
    /**
     * The JVM options of the child, besides its heap. The quick compiler compiles a method after a
     * quarter of the calls it waits for by default: a build's methods are called often, and running
     * them interpreted cost more than compiling them (a cold 1,000-post build 4.36 -> 4.25 s, 5,000
     * posts 10.33 -> 10.04 s, alternating runs; waiting longer, 2 or 4 times, was slower). The
     * number of compiler threads stays as it starts: adjusting it asks the kernel for the free
     * memory before every compilation (strace of a cold 5,000-post build: 7,600 {@code sysinfo}
     * calls and 1,100 reads of the cgroup's memory files, several microseconds each in a VM).
     */
    static final List<String> JVM_OPTIONS =
            List.of(
                    "-XX:TieredStopAtLevel=1",
                    "-XX:CompileThresholdScaling=0.25",
                    "-XX:-UseDynamicNumberOfCompilerThreads",
                    "-XX:-UsePerfData",
                    "-XX:+UseParallelGC",
                    "-Djava.awt.headless=true",
                    "-Dfile.encoding=UTF-8");

    /** The forked build's young generation when the heap is large enough, in MiB. */
    private static final long YOUNG_MB = 256;

    /** The forked build's old generation at its start, in MiB, where the young one is fixed. */
    private static final long OLD_MB = 1024;

    /** The line that passes on the inputs the parent found no kept site for. */
    private static final String TRIED_INPUTS = "#triedInputs";

    private ForkedBuild() {}

    /**
     * The JVM options of a child that processes photos: the full JIT, for their inner loops. The
     * optimising compiler replaces a running loop (on-stack replacement) only after 100 times the
     * loop turns it waits for by default: the resampler's loops run in methods called row after
     * row, which it then compiles once, as methods, rather than each twice (a loop at a time, then
     * as a method). -XX:+LogCompilation in the example blog's photo JVM: 0.35 of its 1.07 CPU-s of
     * optimised compiling were such loop compilations; the photo JVM alone, 8 alternating runs,
     * 1.45 -> 1.33 s (CPU 2.62 -> 2.32 s), the example blog cold 3.16 -> 2.99 s (6 runs); 100
     * photos of 12 MP (the photo benchmark) the same within noise; 1,000 times the wait was slower
     * (1.67 s).
     */
    static final List<String> PHOTO_JVM_OPTIONS =
            List.of(
                    "-XX:Tier4BackEdgeThreshold=4000000",
                    "-XX:-UsePerfData",
                    "-Djava.awt.headless=true",
                    "-Dfile.encoding=UTF-8");

    /**
     * The photo child's young generation, in MiB, where the heap is large enough: small, so that
     * its collections hand the same memory out again rather than fresh pages, each zeroed by the
     * kernel as it is first touched (perf: page faults and zeroing were 45 % of the photo threads'
     * samples). The example blog cold, four alternating runs each, with class data sharing and huge
     * pages: 4.15 s with the default young generation, 3.92 with 64 MiB; 32 MiB and 128 MiB no
     * better.
     */
    private static final long PHOTO_YOUNG_MB = 64;

    /** Builds {@code config} in a child JVM, telling {@code listener} what it tells. */
    public static BuildResult build(BlogConfig config, BuildListener listener)
            throws BuildFailedException, IOException {
        return run(config, null, listener, JVM_OPTIONS, "build");
    }

    /**
     * Builds the blog of {@code session} in a child JVM; when the session looked for a kept site
     * and found none, the child does not look again.
     */
    public static BuildResult build(Session session, BuildListener listener)
            throws BuildFailedException, IOException {
        return run(session.config(), session.triedInputs(), listener, JVM_OPTIONS, "build");
    }

    /**
     * Starts the JVM of a forked build before it is known whether the build forks, so that its
     * start (about a quarter of a second: the JVM, the shared classes) overlaps what Maven's JVM
     * does first (looking through {@code content/}, new photos): it waits for its settings, which
     * {@link #build(Session, BuildListener, Child)} gives it; closing a child that did not build
     * ends it.
     */
    public static Child startBuild(BuildListener listener) throws IOException {
        return launch(listener, JVM_OPTIONS, "build");
    }

    /** As {@link #build(Session, BuildListener)}, in a child {@link #startBuild} started. */
    public static BuildResult build(Session session, BuildListener listener, Child child)
            throws BuildFailedException, IOException {
        return finish(child, session.config(), session.triedInputs(), listener);
    }

    /** A child JVM, waiting for its settings on its input until it is given them or closed. */
    public static final class Child implements AutoCloseable {
        private final Process process;
        private final Thread stderr;
        private final Optional<ClassData> classData;
        private final String mode;
        private boolean used;

        private Child(Process process, Thread stderr, Optional<ClassData> classData, String mode) {
            this.process = process;
            this.stderr = stderr;
            this.classData = classData;
            this.mode = mode;
        }

        /** Whether the child's JVM is still running. */
        boolean running() {
            return process.isAlive();
        }

        /** Ends the child unless it was given its work: it then writes no class data either. */
        @Override
        public void close() {
            if (!used) {
                used = true;
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                classData.ifPresent(data -> data.childEnded(false));
            }
        }
    }

    /**
     * Processes the photos under {@code content/} that the cache does not have yet, in a child JVM
     * with the full JIT compiler: for a Maven whose own JVM runs the quick one only (the
     * archetype's {@code .mvn/jvm.config}), which would take about twice the CPU time for them.
     * Problems are told by the build that follows, which finds the results and failures in the
     * cache.
     */
    public static void processPhotos(BlogConfig config, BuildListener listener) throws IOException {
        try {
            run(config, null, listener, PHOTO_JVM_OPTIONS, "photos");
        } catch (BuildFailedException e) {
            throw new IllegalStateException("processing photos fails no build", e);
        }
    }

    /**
     * Whether Linux gives transparent huge pages to a process that asks for them ({@code madvise},
     * as the JVM does with {@code -XX:+UseTransparentHugePages}) or to every one ({@code always}):
     * elsewhere the option would be refused or warned about.
     */
    static boolean hugePagesOnRequest() {
        try {
            String mode =
                    java.nio.file.Files.readString(
                            Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether this JVM compiles with the quick JIT compiler only. */
    public static boolean quickJitOnly() {
        List<String> arguments =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        String last = null;
        for (String argument : arguments) {
            if (argument.startsWith("-XX:TieredStopAtLevel=")) {
                last = argument.substring("-XX:TieredStopAtLevel=".length());
            }
        }
        return last != null && !last.equals("4");
    }

    private static BuildResult run(
            BlogConfig config,
            String triedInputs,
            BuildListener listener,
            List<String> options,
            String mode)
            throws BuildFailedException, IOException {
        return finish(launch(listener, options, mode), config, triedInputs, listener);
    }

    private static Child launch(BuildListener listener, List<String> options, String mode)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        command.add("-Xmx" + heap + "m");
        if (options == JVM_OPTIONS && heap >= 8 * YOUNG_MB) {
            // a young generation large enough for a build's short-lived strings: a cold 1,000-post
            // build had 6 collections of 785 ms with the default sizing, 3 of 388 ms with 768m.
            // Not larger: every page of it is touched, and a page the JVM touches first costs the
            // kernel's zeroing (2.4 CPU-seconds a GiB in the VMs this was measured on); with 256m
            // against 512m a cold 1,000-post build took 4.29 against 4.49 s (6.85 against 7.35
            // CPU-s, peak RSS 433 against 591 MB), 5,000 posts 11.17 against 11.38 s, 128m was
            // slower there. Only where it leaves the old generation almost all of the heap: a
            // fixed young one would take room from a blog that needs nearly all of a small heap
            // (10,000 posts keep 890 MiB in use in 1 GiB).
            command.add("-Xmn" + YOUNG_MB + "m");
            // and an old generation of 1 GiB from the start: from the default (70 MiB beside the
            // young one) a cold 5,000-post build, which keeps about 390 MiB, grew it in 7 full
            // collections; its collections paused it for 3.0 s, with this for 1.4 s
            command.add("-Xms" + (YOUNG_MB + OLD_MB) + "m"); // the heap is at least 8 × young
        }
        if (options == PHOTO_JVM_OPTIONS && heap >= 8 * PHOTO_YOUNG_MB) {
            command.add("-Xmn" + PHOTO_YOUNG_MB + "m");
        }
        if (hugePagesOnRequest()) {
            // the heap in pages of 2 MB: fewer TLB misses (dear in a virtual machine) and page
            // faults; a cold 1,000-post build took about 7 % less wall time and 10 % less CPU on
            // a 2-core VM (alternating runs); the example blog's photo child about 0.1 s less
            command.add("-XX:+UseTransparentHugePages");
        }
        String classPath = classPath();
        Optional<ClassData> classData =
                ClassData.of(
                        mode,
                        classPath,
                        Path.of(System.getProperty("java.home")),
                        System.getProperty("java.vm.version"));
        classData.ifPresent(data -> command.addAll(data.options()));
        command.add("-cp");
        command.add(classPath);
        command.add(ForkedBuild.class.getName());
        command.add(mode);
        listener.debug("forked build: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).start();
        return new Child(process, passOn(process), classData, mode);
    }

    private static BuildResult finish(
            Child child, BlogConfig config, String triedInputs, BuildListener listener)
            throws BuildFailedException, IOException {
        if (child.used) {
            throw new IllegalStateException("a child builds once");
        }
        child.used = true;
        Process process = child.process;
        Thread stderr = child.stderr;
        Optional<ClassData> classData = child.classData;
        if (classData.isPresent() && !classData.get().present()) {
            listener.info(
                    "Keeping the classes of the "
                            + (child.mode.equals("photos") ? "photo JVM" : "forked build")
                            + " for the next ones (once per plugin version and Java): "
                            + classData.get().archive());
        }
        try (BufferedWriter in =
                new BufferedWriter(
                        new OutputStreamWriter(
                                process.getOutputStream(), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, String> setting : encode(config).entrySet()) {
                in.write(setting.getKey() + "\t" + Fields.escape(setting.getValue()) + "\n");
            }
            if (triedInputs != null) {
                in.write(TRIED_INPUTS + "\t" + triedInputs + "\n");
            }
        }
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        BuildResult result = null;
        String failure = null;
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.length() < 2) {
                    continue;
                }
                String text = line.substring(2);
                switch (line.charAt(0)) {
                    case 'I' -> listener.info(Fields.unescape(text));
                    case 'D' -> listener.debug(Fields.unescape(text));
                    case 'W' -> {
                        Problem warning = Fields.problem(text);
                        warnings.add(warning);
                        listener.warning(warning);
                    }
                    case 'L' -> listener.leftOut(Fields.problem(text));
                    case 'E' -> errors.add(Fields.problem(text));
                    case 'X' -> failure = Fields.unescape(text);
                    case 'R' -> result = result(text, warnings);
                    default -> listener.debug(line);
                }
            }
        }
        int exit;
        try {
            exit = process.waitFor();
            stderr.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            classData.ifPresent(data -> data.childEnded(false));
            throw new IOException("interrupted while the forked build ran", e);
        }
        boolean succeeded = exit == 0;
        classData.ifPresent(data -> data.childEnded(succeeded));
        if (!errors.isEmpty()) {
            throw new BuildFailedException(errors);
        }
        if (failure != null) {
            throw new IOException(failure);
        }
        if (result == null || exit != 0) {
            throw new IOException(
                    "the forked build ended (exit code " + exit + ") without a result; see above");
        }
        return result;
    }

    /**
     * Passes what the child writes to its error stream on to ours (stack traces, JVM warnings), but
     * for SLF4J's note that it has no logger to write to: the libraries the core uses log nothing
     * it needs, and in Maven's JVM their logging is Maven's.
     */
    private static Thread passOn(Process process) {
        Thread thread =
                new Thread(
                        () -> {
                            try (BufferedReader err =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    process.getErrorStream(),
                                                    StandardCharsets.UTF_8))) {
                                for (String line; (line = err.readLine()) != null; ) {
                                    if (!line.startsWith("SLF4J:")) {
                                        System.err.println(line);
                                    }
                                }
                            } catch (IOException e) {
                                // the child is gone; what it wrote is lost, its exit code tells
                            }
                        },
                        "logbuch-forked-build-errors");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The child: reads the configuration, builds, and tells the parent. */
    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Map<String, String> settings = new LinkedHashMap<>();
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            settings.put(line.substring(0, tab), Fields.unescape(line.substring(tab + 1)));
        }
        BuildListener listener =
                new BuildListener() {
                    @Override
                    public void info(String message) {
                        send("I " + Fields.escape(message));
                    }

                    @Override
                    public void debug(String message) {
                        send("D " + Fields.escape(message));
                    }

                    @Override
                    public void warning(Problem problem) {
                        send("W " + Fields.problem(problem));
                    }

                    @Override
                    public void leftOut(Problem problem) {
                        send("L " + Fields.problem(problem));
                    }

                    private synchronized void send(String line) {
                        protocol.println(line);
                        protocol.flush();
                    }
                };
        int exit = 0;
        try {
            Session session = Blog.session(decode(settings), listener);
            if (settings.containsKey(TRIED_INPUTS)) {
                session.nothingKeptFor(settings.get(TRIED_INPUTS));
            }
            if (args.length > 0 && args[0].equals("photos")) {
                session.processPhotos();
                protocol.println("R 0\t0\t0\t0\t0\t0");
                protocol.flush();
                System.exit(0);
            }
            BuildResult result = session.build();
            protocol.println(
                    "R "
                            + result.documents()
                            + "\t"
                            + result.pages()
                            + "\t"
                            + result.files()
                            + "\t"
                            + result.changed()
                            + "\t"
                            + result.bytes()
                            + "\t"
                            + result.duration().toMillis());
        } catch (BuildFailedException e) {
            for (Problem problem : e.problems()) {
                protocol.println("E " + Fields.problem(problem));
            }
            exit = 1;
        } catch (IOException | RuntimeException e) {
            protocol.println("X " + Fields.escape(String.valueOf(e.getMessage())));
            e.printStackTrace();
            exit = 2;
        }
        protocol.flush();
        System.exit(exit);
    }

    private static BuildResult result(String text, List<Problem> warnings) {
        String[] fields = text.split("\t");
        return new BuildResult(
                Integer.parseInt(fields[0]),
                Integer.parseInt(fields[1]),
                Integer.parseInt(fields[2]),
                Integer.parseInt(fields[3]),
                Long.parseLong(fields[4]),
                Duration.ofMillis(Long.parseLong(fields[5])),
                List.copyOf(warnings));
    }

    /** The jars and folders this class and the libraries it uses come from. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        if (ForkedBuild.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                entries.add(file(url));
            }
        }
        if (entries.isEmpty()) {
            return System.getProperty("java.class.path");
        }
        // Maven shares its own SLF4J API with plugins rather than giving them one
        try {
            Class<?> slf4j =
                    Class.forName(
                            "org.slf4j.LoggerFactory", false, ForkedBuild.class.getClassLoader());
            java.security.CodeSource source = slf4j.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                String jar = file(source.getLocation());
                if (!entries.contains(jar)) {
                    entries.add(jar);
                }
            }
        } catch (ClassNotFoundException e) {
            // then Pebble finds none either, and says so when it starts
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.getPath();
        }
    }

    /**
     * Every setting of {@code config} as text, by the name of its builder method; a setting that is
     * null is sent as such. The clock is sent only when it is fixed (tests); else the child reads
     * its own.
     */
    static Map<String, String> encode(BlogConfig config) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (RecordComponent component : BlogConfig.class.getRecordComponents()) {
            Object value = get(component, config);
            String name = component.getName();
            if (value instanceof Clock clock) {
                if (clock.equals(Clock.fixed(clock.instant(), clock.getZone()))) {
                    settings.put(name, clock.instant() + " " + clock.getZone().getId());
                }
            } else if (value != null
                    && value.getClass().isRecord()
                    && !(value instanceof Language)) {
                settings.put(
                        name,
                        java.util.Arrays.stream(value.getClass().getRecordComponents())
                                .map(c -> text(get(c, value)))
                                .collect(Collectors.joining("\t")));
            } else {
                settings.put(name, value == null ? "\0" : text(value));
            }
        }
        return settings;
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(v -> v instanceof Language l ? l.code() : String.valueOf(v))
                    .collect(Collectors.joining(","));
        }
        if (value instanceof ZoneId zone) {
            return zone.getId();
        }
        return String.valueOf(value);
    }

    /** The configuration {@link #encode} describes. */
    static BlogConfig decode(Map<String, String> settings) {
        BlogConfig.Builder builder = BlogConfig.builder();
        for (RecordComponent component : BlogConfig.class.getRecordComponents()) {
            String name = component.getName();
            String text = settings.get(name);
            if (text == null) {
                continue;
            }
            Class<?> type = component.getType();
            Object value;
            Class<?> parameter = type;
            if (text.equals("\0")) {
                value = null;
                parameter = builderParameter(name);
            } else if (type == Clock.class) {
                String[] parts = text.split(" ");
                value = Clock.fixed(Instant.parse(parts[0]), ZoneId.of(parts[1]));
            } else if (type.isRecord()) {
                value = record(type, text.split("\t", -1));
            } else {
                parameter = builderParameter(name);
                value = value(parameter, text);
            }
            try {
                BlogConfig.Builder.class.getMethod(name, parameter).invoke(builder, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot set " + name, e);
            }
        }
        try {
            return builder.build();
        } catch (io.github.logbuch.config.ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> builderParameter(String name) {
        for (Method method : BlogConfig.Builder.class.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                return method.getParameterTypes()[0];
            }
        }
        throw new IllegalStateException("no builder method " + name);
    }

    private static Object value(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        }
        if (type == Path.class) {
            return Path.of(text);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == long.class) {
            return Long.parseLong(text);
        }
        if (type == float.class) {
            return Float.parseFloat(text);
        }
        if (type == double.class) {
            return Double.parseDouble(text);
        }
        if (type == URI.class) {
            return URI.create(text);
        }
        throw new IllegalStateException("cannot send a setting of type " + type);
    }

    private static Object record(Class<?> type, String[] texts) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] =
                    types[i] == List.class
                            ? (texts[i].isEmpty()
                                    ? List.of()
                                    : java.util.Arrays.stream(texts[i].split(","))
                                            .map(Integer::valueOf)
                                            .toList())
                            : value(types[i], texts[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getSimpleName(), e);
        }
    }

    private static Object get(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
