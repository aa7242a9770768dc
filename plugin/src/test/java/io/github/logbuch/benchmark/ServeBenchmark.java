package io.github.logbuch.benchmark;

import io.github.logbuch.Blog;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.server.Preview;
import io.github.logbuch.testing.TestPhotos;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The writing loop, timed: a 1,000-post bilingual blog with photos is served by {@code
 * blog:serve}'s {@link Preview} in this JVM; a post is saved, and the clock stops when the page,
 * fetched over HTTP, shows the new text. Prints the latency of body edits and of title edits (which
 * change the lists too), after the first saves of the session, which run while the JIT compiler is
 * still at work and are printed on their own. Not a test: a benchmark that prints figures.
 *
 * <p>{@code mvn -B -pl plugin -am -Pbenchmark-serve -DskipTests verify}; {@code
 * -Dbenchmark.posts=1000}, {@code -Dbenchmark.edits=40}, {@code -Dbenchmark.warmup=10}.
 */
public final class ServeBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("benchmark.posts", 1000);
        int edits = Integer.getInteger("benchmark.edits", 40);
        int warmup = Integer.getInteger("benchmark.warmup", 10);
        Path dir =
                Path.of(System.getProperty("benchmark.dir", "target/benchmark"))
                        .toAbsolutePath()
                        .resolve("serve-" + posts);
        deleteTree(dir);
        Path source = dir.resolve("src/main/blog");
        BlogGenerator.generate(source, posts, 1);
        List<Path> files = markdown(source.resolve("content/posts"));
        // photos beside some posts: unchanged during the edits, but part of every rebuild
        for (int i = 0; i < 20; i++) {
            Path post = files.get(i * 7).getParent();
            Files.write(
                    post.resolve("photo-" + i + ".jpg"),
                    TestPhotos.jpeg(TestPhotos.texture(1200, 800, i)));
        }
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(source)
                        .outputDirectory(dir.resolve("target/site"))
                        .cacheDirectory(dir.resolve(".logbuch-cache"))
                        .baseUrl("https://blog.example.org/")
                        .languages("de,en")
                        .title("Serve benchmark")
                        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                        .build();
        long start = System.nanoTime();
        BuildListener phases =
                Boolean.getBoolean("benchmark.phases")
                        ? new BuildListener() {
                            @Override
                            public void debug(String message) {
                                System.out.println("  " + message);
                            }

                            @Override
                            public void info(String message) {
                                System.out.println("  " + message);
                            }
                        }
                        : BuildListener.SILENT;
        try (Preview preview = new Preview(Blog.session(config, phases), phases, dir)) {
            String root = preview.start(0);
            System.out.printf(
                    Locale.ROOT,
                    "%d posts, %d Markdown files, %d photos: first build and start %.1f s%n",
                    posts,
                    files.size(),
                    20,
                    (System.nanoTime() - start) / 1e9);
            BlockingQueue<String> events = listen(root + "__logbuch/events");
            events.poll(5, TimeUnit.SECONDS);
            List<Double> bodies = new ArrayList<>();
            List<Double> titles = new ArrayList<>();
            List<Double> toReload = new ArrayList<>();
            List<Double> fetches = new ArrayList<>();
            List<Double> first = new ArrayList<>();
            for (int i = -warmup; i < edits; i++) {
                Path file = files.get(Math.floorMod(i * 37, files.size()));
                boolean title = Math.floorMod(i, 4) == 3;
                String marker = "edit-" + i + "-" + System.nanoTime();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String edited =
                        title
                                ? text.replaceFirst(
                                        "(?m)^title: \"(.*)\"$", "title: \"$1 " + marker + "\"")
                                : text + "\n" + marker + "\n";
                String page = pageOf(root, file, text);
                long saved = System.nanoTime();
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                Files.setLastModifiedTime(
                        file,
                        FileTime.from(
                                Instant.parse("2030-01-01T00:00:00Z").plusSeconds(i + warmup)));
                while (true) {
                    String event = events.poll(10, TimeUnit.SECONDS);
                    if (event == null) {
                        throw new IllegalStateException("no reload for " + file);
                    }
                    if (!event.equals("reload")) {
                        continue;
                    }
                    long reloaded = System.nanoTime();
                    boolean shown = get(page).contains(marker);
                    if (i >= 0) {
                        fetches.add((System.nanoTime() - reloaded) / 1e6);
                    }
                    if (shown) {
                        if (i >= 0) {
                            toReload.add((reloaded - saved) / 1e6);
                        }
                        break;
                    }
                }
                double millis = (System.nanoTime() - saved) / 1e6;
                if (i < 0) {
                    first.add(millis);
                } else {
                    (title ? titles : bodies).add(millis);
                }
                Thread.sleep(150); // a writer does not save ten times a second
            }
            print("the session's first saves (the JIT compiler still at work)", first);
            print("body edit (post page and the lists showing it)", bodies);
            print("title edit (lists, neighbours, feeds too)", titles);
            print("of which save → reload event (watch, settle, build)", toReload);
            print("of which fetching the page", fetches);
        }
    }

    /** The post's URL, from its folder and front matter as the generator writes them. */
    private static String pageOf(String root, Path file, String text) {
        String folder = file.getParent().getFileName().toString();
        String slug = folder.substring(11);
        String year = folder.substring(0, 4);
        String month = folder.substring(5, 7);
        boolean english = file.getFileName().toString().equals("index.en.md");
        return root + (english ? "en/" : "") + year + "/" + month + "/" + slug + "/";
    }

    private static void print(String what, List<Double> millis) {
        if (millis.isEmpty()) {
            return;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "save → page served, %s: n=%d, median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.floor(sorted.size() * 0.9)),
                sorted.get(sorted.size() - 1));
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static BlockingQueue<String> listen(String url) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                HttpResponse<java.io.InputStream> response =
                                        HTTP.send(
                                                HttpRequest.newBuilder(URI.create(url)).build(),
                                                HttpResponse.BodyHandlers.ofInputStream());
                                BufferedReader reader =
                                        new BufferedReader(
                                                new InputStreamReader(
                                                        response.body(), StandardCharsets.UTF_8));
                                String line;
                                while ((line = reader.readLine()) != null) {
                                    if (line.startsWith("event: ")) {
                                        events.add(line.substring(7));
                                    }
                                }
                            } catch (IOException | InterruptedException e) {
                                // done
                            }
                        });
        thread.setDaemon(true);
        thread.start();
        return events;
    }

    private static List<Path> markdown(Path posts) throws IOException {
        try (Stream<Path> walk = Files.walk(posts)) {
            return walk.filter(p -> p.getFileName().toString().matches("index(\\.en)?\\.md"))
                    .sorted()
                    .toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
