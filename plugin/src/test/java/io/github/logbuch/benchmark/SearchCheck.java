package io.github.logbuch.benchmark;

import com.sun.net.httpserver.HttpServer;
import io.github.logbuch.Blog;
import io.github.logbuch.BuildResult;
import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.BuildListener;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Searches a generated blog in headless Chromium the way a reader does, through {@code ?q=}: a
 * bilingual blog of {@code search.posts} posts ({@link BlogGenerator}) with one unique word deep in
 * one long post, built with a base URL that has a path, served on 127.0.0.1. For each query it
 * prints how long after the page was opened the first result showed, how many bytes the page and
 * everything it fetched had, and any request to another host. Not a test: a tool to run by hand,
 *
 * <pre>
 * mvn -B -pl plugin -am -Pbenchmark-search -DskipTests verify
 * </pre>
 *
 * <p>It needs Node.js, playwright-core (npm, found through {@code search.nodePath}, default {@code
 * /tmp/search-npm/node_modules}) and Chromium ({@code search.chromium}, default {@code
 * /usr/bin/chromium}). System properties: {@code search.posts} (1000), {@code search.seed} (1),
 * {@code search.port} (8121), {@code search.dir} ({@code target/search-check}).
 */
public final class SearchCheck {
    /** Made of letters no generated post has together; deep in the middle post. */
    static final String UNIQUE = "Quastenflosserzunft";

    private SearchCheck() {}

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("search.posts", 1000);
        long seed = Long.getLong("search.seed", 1);
        int port = Integer.getInteger("search.port", 8121);
        Path dir =
                Path.of(System.getProperty("search.dir", "target/search-check")).toAbsolutePath();
        String nodePath = System.getProperty("search.nodePath", "/tmp/search-npm/node_modules");
        String chromium = System.getProperty("search.chromium", "/usr/bin/chromium");
        Path script =
                Path.of(System.getProperty("search.script", "src/test/browser/search-check.cjs"));

        delete(dir);
        Path source = dir.resolve("src/main/blog");
        BlogGenerator.generate(source, posts, seed);
        Path deep = plantUniqueWord(source.resolve("content/posts"));
        BlogConfig config =
                BlogConfig.builder()
                        .sourceDirectory(source)
                        .outputDirectory(dir.resolve("site"))
                        .cacheDirectory(dir.resolve("cache"))
                        .baseUrl("https://example.org/logbuch/")
                        .languages("de,en")
                        .title("Logbuch")
                        .timeZone("Europe/Berlin")
                        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                        .build();
        long start = System.nanoTime();
        BuildResult built = Blog.build(config, BuildListener.SILENT);
        System.out.printf(
                Locale.ROOT,
                "built %d posts (%d pages) in %.1f s; the unique word \"%s\" is near the end of %s%n",
                posts,
                built.pages(),
                (System.nanoTime() - start) / 1e9,
                UNIQUE,
                dir.relativize(deep));
        printSizes(config.outputDirectory().resolve("search"));

        HttpServer server = serve(config.outputDirectory(), port);
        try {
            String base = "http://127.0.0.1:" + port + "/logbuch/";
            for (String[] query :
                    List.of(
                            new String[] {"search/", UNIQUE},
                            new String[] {"en/search/", UNIQUE},
                            new String[] {
                                "search/", UNIQUE.toLowerCase(Locale.ROOT).substring(0, 9)
                            },
                            new String[] {"search/", "Hafen"},
                            new String[] {"en/search/", "harbour weather"})) {
                String url =
                        base
                                + query[0]
                                + "?q="
                                + java.net.URLEncoder.encode(query[1], StandardCharsets.UTF_8);
                ProcessBuilder run =
                        new ProcessBuilder("node", script.toString(), url, chromium)
                                .redirectErrorStream(true);
                run.environment().put("NODE_PATH", nodePath);
                Process node = run.start();
                node.getOutputStream().close();
                String output =
                        new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                node.waitFor();
                System.out.printf("%s %s%n  %s%n", query[0], query[1], summary(output));
            }
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    /** Puts the unique word into the last paragraph of the middle post's German text. */
    private static Path plantUniqueWord(Path posts) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(posts)) {
            folders = list.sorted().toList();
        }
        Path file = folders.get(folders.size() / 2).resolve("index.md");
        String text = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        Files.writeString(
                file,
                text + "\n\nZum Schluss noch die " + UNIQUE + " am Hafen, und dann nach Hause.\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static void printSizes(Path search) throws IOException {
        long[] bytes = new long[3];
        int[] files = new int[3];
        try (Stream<Path> walk = Files.walk(search)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".json")).toList()) {
                String folder = file.getParent().getFileName().toString();
                int kind = folder.equals("s") ? 1 : folder.equals("d") ? 2 : 0;
                bytes[kind] += Files.size(file);
                files[kind]++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "index: manifests %.0f KiB in %d files, shards %.2f MiB in %d, texts %.2f MiB in %d%n",
                bytes[0] / 1024.0,
                files[0],
                bytes[1] / 1048576.0,
                files[1],
                bytes[2] / 1048576.0,
                files[2]);
    }

    /** The node script's JSON line, shortened; or what it said when it failed. */
    private static String summary(String output) {
        String line =
                output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
        if (line == null) {
            return "FAILED: " + output.strip();
        }
        String first = field(line, "firstResultMs");
        String bytes = field(line, "bytes");
        String requests = field(line, "requests");
        String status = field(line, "status");
        int foreign = line.contains("\"foreignRequests\":[]") ? 0 : 1;
        String results = line.replaceAll(".*\"results\":\\[([^\\]]*)\\].*", "$1");
        return String.format(
                Locale.ROOT,
                "first result after %s ms; %s requests, %.0f KB fetched (page, CSS, script, index);"
                        + " %s; %s; results: %s",
                first,
                requests,
                Long.parseLong(bytes) / 1000.0,
                foreign == 0 ? "no request to another host" : "REQUESTS TO ANOTHER HOST",
                status,
                results.length() > 200 ? results.substring(0, 200) + "…" : results);
    }

    private static String field(String json, String name) {
        var m =
                java.util.regex.Pattern.compile("\"" + name + "\":(\"[^\"]*\"|[^,}]*)")
                        .matcher(json);
        return m.find() ? m.group(1).replace("\"", "") : "?";
    }

    /** The site under /logbuch/, GET only, on the loopback interface. */
    private static HttpServer serve(Path site, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(
                "/logbuch/",
                exchange -> {
                    String path =
                            exchange.getRequestURI().getPath().substring("/logbuch/".length());
                    Path file =
                            site.resolve(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8))
                                    .normalize();
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                        exchange.sendResponseHeaders(404, -1);
                        exchange.close();
                        return;
                    }
                    String name = file.getFileName().toString();
                    String type =
                            name.endsWith(".html")
                                    ? "text/html; charset=utf-8"
                                    : name.endsWith(".css")
                                            ? "text/css"
                                            : name.endsWith(".js")
                                                    ? "text/javascript"
                                                    : name.endsWith(".json")
                                                            ? "application/json"
                                                            : "application/octet-stream";
                    byte[] body = Files.readAllBytes(file);
                    exchange.getResponseHeaders().set("Content-Type", type);
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
