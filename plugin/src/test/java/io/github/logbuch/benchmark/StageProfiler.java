package io.github.logbuch.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the build's Java threads spend their CPU, by stage of the photo pipeline (decode, resize,
 * encode, hash, ...): every few milliseconds it takes every thread's stack and the CPU the thread
 * used since the last look, and books that CPU to the stage on the stack. Weighting by measured CPU
 * rather than counting samples makes native code (the JDK's JPEG codec) count as much as Java code.
 * JIT compiler and GC threads are no Java threads: {@link Machine.ThreadCpu} has them.
 *
 * <p>Stacks are taken at safepoints, so the profiler slows the build by a few percent: its runs are
 * for finding where the time goes, not for the speed table.
 */
final class StageProfiler implements AutoCloseable {
    /**
     * Frames that name a stage: the first match from the top of the stack wins; a rule without a
     * stage passes the frame over.
     */
    private record Rule(String classPrefix, String methodPrefix, String stage) {}

    private static final String IMAGES = "io.github.logbuch.images.";

    private static final List<Rule> RULES =
            List.of(
                    new Rule(IMAGES + "Resampler$Weights", "", "resize: weights"),
                    new Rule(IMAGES + "Resampler$Target", "row", "resize: blend rows"),
                    new Rule(IMAGES + "Resampler$Target", "turn", "resize: turn bands"),
                    new Rule(IMAGES + "Resampler$Target", "", "resize: blend columns"),
                    new Rule(IMAGES + "Resampler", "widen", "resize: widen rows"),
                    // the sums serve rows and columns alike: the caller below says which
                    new Rule(IMAGES + "Resampler", "", null),
                    new Rule(IMAGES + "PhotoPipeline", "crop", "thumbnail crop"),
                    new Rule(IMAGES + "IccProfiles", "embed", "encode JPEG"),
                    new Rule(IMAGES + "JpegWriter", "", "encode JPEG"),
                    new Rule(IMAGES + "Raster8", "", "decode: to pixels"),
                    new Rule(IMAGES + "Decoder", "checked", "decode: header"),
                    new Rule(IMAGES + "Decoder", "lambda$size", "decode: header"),
                    new Rule(IMAGES + "Decoder", "lambda$decode", "decode JPEG"),
                    new Rule(IMAGES + "Decoder", "size", "decode: header"),
                    new Rule(IMAGES + "Decoder", "decode", "decode JPEG"),
                    new Rule(IMAGES + "IccProfiles", "rgbProfile", "ICC profile scan"),
                    new Rule(IMAGES + "MetadataReader", "", "metadata (EXIF/XMP)"),
                    new Rule(IMAGES + "PhotoProcessor", "hash", "hash (SHA-256)"),
                    new Rule(IMAGES + "PhotoCache", "store", "cache write"),
                    new Rule(IMAGES + "PhotoCache", "load", "cache read"),
                    new Rule(IMAGES, "", "photos: other"),
                    new Rule("io.github.logbuch.content.", "", "load content"),
                    new Rule("io.github.logbuch.site.", "", "assemble"),
                    new Rule("io.github.logbuch.theme.", "", "render"),
                    new Rule("io.github.logbuch.output.", "", "render"),
                    new Rule("io.github.logbuch.markdown.", "", "render"));

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> lastCpu = new HashMap<>();
    private final Map<String, Long> nanosByStage = new TreeMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    StageProfiler(long intervalMillis) {
        sampler =
                new Thread(
                        () -> {
                            while (running) {
                                sample();
                                try {
                                    Thread.sleep(intervalMillis);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        },
                        "benchmark-stage-profiler");
        sampler.setDaemon(true);
        if (threads.isThreadCpuTimeSupported()) {
            threads.setThreadCpuTimeEnabled(true);
            // what the threads used before the build is not the build's
            for (long id : threads.getAllThreadIds()) {
                long cpu = threads.getThreadCpuTime(id);
                if (cpu >= 0) {
                    lastCpu.put(id, cpu);
                }
            }
            sampler.start();
        }
    }

    private synchronized void sample() {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == sampler) {
                continue;
            }
            @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
            long id = thread.getId();
            long cpu = threads.getThreadCpuTime(id);
            if (cpu < 0) {
                continue;
            }
            Long previous = lastCpu.put(id, cpu);
            long delta = cpu - (previous == null ? 0 : previous);
            if (delta > 0) {
                nanosByStage.merge(stage(thread, entry.getValue()), delta, Long::sum);
            }
        }
    }

    static String stage(Thread thread, StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            for (Rule rule : RULES) {
                if (frame.getClassName().startsWith(rule.classPrefix())
                        && frame.getMethodName().startsWith(rule.methodPrefix())) {
                    if (rule.stage() == null) {
                        break;
                    }
                    return rule.stage();
                }
            }
        }
        if (thread.getName().startsWith("logbuch-photos")) {
            return "photos: worker idle/other";
        }
        return "other (" + thread.getName().replaceAll("[-#]?\\d+$", "") + ")";
    }

    /** CPU seconds by stage; stops sampling. */
    synchronized Map<String, Double> secondsByStage() {
        sample();
        Map<String, Double> seconds = new TreeMap<>();
        nanosByStage.forEach((stage, nanos) -> seconds.put(stage, nanos / 1e9));
        return seconds;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
