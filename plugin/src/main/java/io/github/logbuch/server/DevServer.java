package io.github.logbuch.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the built site on the loopback address only, with the JDK's HTTP server: files inside the
 * site's folder and nothing else (no {@code ..}, encoded or not, no symbolic link leading out),
 * with their media types, the site's 404 page, and the live-reload snippet added to every HTML page
 * on its way out.
 */
public final class DevServer implements AutoCloseable {
    private final Path root;
    private final String basePath;
    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeat;
    private final LiveReload live = new LiveReload();
    private volatile String problem;

    private DevServer(Path root, String basePath, HttpServer http, ExecutorService workers) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.http = http;
        this.workers = workers;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("logbuch-heartbeat"));
    }

    /**
     * Starts serving {@code root} at {@code http://127.0.0.1:<port><basePath>/}; port 0 picks a
     * free one.
     *
     * @throws PortInUseException when another program has the port
     */
    public static DevServer start(Path root, String basePath, int port) throws IOException {
        HttpServer http;
        try {
            http =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new PortInUseException(port, e);
        }
        ExecutorService workers = Executors.newCachedThreadPool(daemon("logbuch-http"));
        DevServer server = new DevServer(root, basePath, http, workers);
        http.createContext("/", server::handle);
        http.setExecutor(workers);
        http.start();
        server.heartbeat.scheduleAtFixedRate(server.live::heartbeat, 15, 15, TimeUnit.SECONDS);
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The address a browser opens. */
    public String url() {
        return "http://127.0.0.1:" + port() + basePath + "/";
    }

    /** The site changed: open tabs reload. */
    public void reload() {
        problem = null;
        live.reload();
    }

    /** The last build failed: every page shows why, until a build succeeds. */
    public void problem(String report) {
        problem = report;
        live.problem(report);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        live.close();
        http.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (LiveReload.EVENTS.equals(exchange.getRequestURI().getPath())) {
            live.subscribe(exchange); // stays open: closed when the tab goes or the server stops
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            if (!path.startsWith(basePath + "/")) {
                if (path.equals(basePath) || path.equals("/")) {
                    redirect(exchange, basePath + "/");
                } else {
                    notFound(exchange);
                }
                return;
            }
            Path file = resolve(path.substring(basePath.length() + 1));
            if (file == null) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    redirect(exchange, exchange.getRequestURI().getRawPath() + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file) || !insideForReal(file)) {
                notFound(exchange);
                return;
            }
            send(exchange, 200, file);
        } catch (IOException e) {
            // the browser went away; nothing to tell it
        }
    }

    /** The file a request names, or null if the name leaves the site or is not a file name. */
    private Path resolve(String relative) {
        if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) ? file : null;
    }

    /** A symbolic link inside the site must not lead out of it. */
    private boolean insideForReal(Path file) throws IOException {
        return file.toRealPath().startsWith(root.toRealPath());
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            send(exchange, 404, page);
        } else {
            byte[] text = "Not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(
                    404, exchange.getRequestMethod().equals("HEAD") ? -1 : text.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseBody().write(text);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private void send(HttpExchange exchange, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            body = withSnippet(body);
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The live-reload script, before the last {@code </body>} (or at the end). */
    private byte[] withSnippet(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String snippet = LiveReload.snippet(problem);
        int at = page.lastIndexOf("</body>");
        String served =
                at < 0 ? page + snippet : page.substring(0, at) + snippet + page.substring(at);
        return served.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
