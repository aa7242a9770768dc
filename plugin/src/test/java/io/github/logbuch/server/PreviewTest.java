package io.github.logbuch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.logbuch.Blog;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.testing.TestSite;
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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing while serving: a saved edit reloads the tab; a broken one shows why; a fix recovers. */
class PreviewTest {
    @TempDir Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String url) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** Listens like a browser tab: every event name that arrives. */
    private BlockingQueue<String> listen(String url) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                HttpResponse<java.io.InputStream> response =
                                        http.send(
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
                                    } else if (line.startsWith(": connected")) {
                                        events.add("connected");
                                    }
                                }
                            } catch (IOException | InterruptedException e) {
                                // the test is over
                            }
                        });
        thread.setDaemon(true);
        thread.start();
        return events;
    }

    private static void save(Path file, String text, int second) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(
                file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(second)));
    }

    @Test
    void anEditReloadsTheTabABrokenEditShowsItsProblemAndAFixRecovers() throws Exception {
        TestSite site =
                TestSite.in(dir)
                        .files(
                                """
                -- content/posts/2016-06-29-kai/index.md --
                ---
                title: Am Kai
                ---
                Erste Fassung.
                """);
        try (Preview preview =
                new Preview(
                        Blog.session(site.config(), BuildListener.SILENT),
                        BuildListener.SILENT,
                        dir)) {
            String root = preview.start(0);
            String page = root + "2016/06/kai/";
            assertTrue(get(page).contains("Erste Fassung."));
            BlockingQueue<String> events =
                    listen(root.replaceFirst("/$", "") + "/__logbuch/events");
            assertEquals("connected", events.poll(5, TimeUnit.SECONDS));

            Path post = site.source().resolve("content/posts/2016-06-29-kai/index.md");
            save(post, "---\ntitle: Am Kai\n---\nZweite Fassung.\n", 1);
            assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
            assertTrue(get(page).contains("Zweite Fassung."));

            save(post, "---\ntitle: [kaputt\n---\nDritte Fassung.\n", 2);
            assertEquals("problem", events.poll(10, TimeUnit.SECONDS));
            String broken = get(page);
            assertTrue(broken.contains("Zweite Fassung."), "the site stays as it was");
            assertTrue(broken.contains("broken YAML front matter"), "the page shows the problem");
            assertTrue(broken.contains("content/posts/2016-06-29-kai/index.md:2"), broken);

            save(post, "---\ntitle: Am Kai\n---\nVierte Fassung.\n", 3);
            assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
            String fixed = get(page);
            assertTrue(fixed.contains("Vierte Fassung."));
            assertFalse(fixed.contains("broken YAML"));

            // a new post folder, created while serving, is watched too
            Path created = site.source().resolve("content/posts/2016-07-01-neu/index.md");
            Files.createDirectories(created.getParent());
            save(created, "---\ntitle: Neu\n---\nNeuer Beitrag.\n", 4);
            assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
            save(created, "---\ntitle: Neu\n---\nNeuer Beitrag, bearbeitet.\n", 5);
            String body = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!body.contains("bearbeitet") && System.nanoTime() < deadline) {
                events.poll(1, TimeUnit.SECONDS);
                body = get(root + "2016/07/neu/");
            }
            assertTrue(body.contains("Neuer Beitrag, bearbeitet."), body);
        }
        // the built site never carries the snippet
        try (var files = Files.walk(site.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("__logbuch"), file.toString());
            }
        }
    }
}
