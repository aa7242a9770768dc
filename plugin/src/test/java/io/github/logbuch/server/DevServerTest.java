package io.github.logbuch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dev server serves the site's files and nothing else, as raw HTTP shows. */
class DevServerTest {
    @TempDir Path dir;
    DevServer server;
    Path site;

    @BeforeEach
    void serve() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("2016/06/post"));
        Files.writeString(
                site.resolve("index.html"), "<!DOCTYPE html><html><body><p>Home</p></body></html>");
        Files.writeString(
                site.resolve("2016/06/post/index.html"),
                "<!DOCTYPE html><html><body><p>Über den Kai</p></body></html>");
        Files.writeString(
                site.resolve("404.html"),
                "<!DOCTYPE html><html><body><h1>Nicht gefunden</h1></body></html>");
        Files.writeString(site.resolve("style.css"), "body{}");
        Files.writeString(site.resolve("feed.xml"), "<feed/>");
        Files.writeString(dir.resolve("secret.txt"), "do not serve");
        server = DevServer.start(site, "", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A request line exactly as written, no client normalising it; the whole response back. */
    private String raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(
                    (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String status(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    @Test
    void pagesAreServedWithTheirTypeAndTheReloadSnippet() throws IOException {
        String page = raw("GET /2016/06/post/ HTTP/1.1");
        assertEquals("HTTP/1.1 200 OK", status(page));
        assertTrue(page.contains("Content-type: text/html; charset=utf-8"), page);
        assertTrue(page.contains("Über den Kai"), page);
        assertTrue(
                page.contains("new EventSource('/__logbuch/events')</script>")
                        || page.contains("EventSource('/__logbuch/events')"),
                page);
        assertTrue(page.indexOf("EventSource") < page.indexOf("</body>"), page);
        assertTrue(
                raw("GET /style.css HTTP/1.1").contains("Content-type: text/css; charset=utf-8"));
        assertTrue(
                raw("GET /feed.xml HTTP/1.1")
                        .contains("Content-type: application/atom+xml; charset=utf-8"));
        // the files themselves never get the snippet
        assertFalse(
                Files.readString(site.resolve("2016/06/post/index.html")).contains("EventSource"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected() throws IOException {
        String response = raw("GET /2016/06/post HTTP/1.1");
        assertEquals("HTTP/1.1 301 Moved Permanently", status(response));
        assertTrue(response.contains("Location: /2016/06/post/"), response);
    }

    @Test
    void aMissingPageGetsTheSitesNotFoundPage() throws IOException {
        String response = raw("GET /2016/07/nothing/ HTTP/1.1");
        assertEquals("HTTP/1.1 404 Not Found", status(response));
        assertTrue(response.contains("Nicht gefunden"), response);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /../secret.txt HTTP/1.1",
                "GET /%2e%2e/secret.txt HTTP/1.1",
                "GET /%2E%2E%2Fsecret.txt HTTP/1.1",
                "GET /2016/../../secret.txt HTTP/1.1",
                "GET /2016/%2e%2e/%2e%2e/secret.txt HTTP/1.1",
                "GET /..%5csecret.txt HTTP/1.1",
                "GET /%252e%252e/secret.txt HTTP/1.1",
                "GET /secret.txt%00.html HTTP/1.1",
                "GET //etc/passwd HTTP/1.1",
                "GET /....//secret.txt HTTP/1.1"
            })
    void nothingOutsideTheSiteIsServed(String request) throws IOException {
        String response = raw(request);
        assertFalse(response.contains("do not serve"), request + ":\n" + response);
        assertFalse(response.startsWith("HTTP/1.1 200"), request + ":\n" + response);
    }

    @Test
    void aSymbolicLinkOutOfTheSiteIsNotFollowed() throws IOException {
        try {
            Files.createSymbolicLink(site.resolve("escape.txt"), dir.resolve("secret.txt"));
            Files.createSymbolicLink(site.resolve("escape"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to escape through
        }
        for (String request :
                new String[] {"GET /escape.txt HTTP/1.1", "GET /escape/secret.txt HTTP/1.1"}) {
            String response = raw(request);
            assertEquals("HTTP/1.1 404 Not Found", status(response), request);
            assertFalse(response.contains("do not serve"));
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        assertEquals("HTTP/1.1 405 Method Not Allowed", status(raw("POST / HTTP/1.1")));
        String head = raw("HEAD /style.css HTTP/1.1");
        assertEquals("HTTP/1.1 200 OK", status(head));
        assertFalse(head.contains("body{}"));
    }

    @Test
    void aTakenPortIsReportedAsSuch() {
        PortInUseException e =
                assertThrows(
                        PortInUseException.class, () -> DevServer.start(site, "", server.port()));
        assertEquals(server.port(), e.port());
    }

    @Test
    void aBlogBelowAPathIsServedBelowIt() throws IOException {
        try (DevServer below = DevServer.start(site, "/blog", 0)) {
            try (Socket socket = new Socket("127.0.0.1", below.port())) {
                socket.getOutputStream()
                        .write(
                                "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                        .getBytes(StandardCharsets.ISO_8859_1));
                String response =
                        new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.contains("Location: /blog/"), response);
            }
            assertTrue(below.url().endsWith("/blog/"));
        }
    }
}
