package io.github.logbuch.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open browser tabs to reload, over server-sent events: no browser plugin, and only while
 * serving. The snippet that listens is added to pages as they are served, never to the files.
 */
final class LiveReload {
    static final String EVENTS = "/__logbuch/events";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

    /** The script added before {@code </body>}: reload on "reload", show a build's problem. */
    static String snippet(String problem) {
        String show = problem == null ? "" : "show(" + jsString(problem) + ");";
        return "<script>(function(){"
                + "function show(t){var d=document.getElementById('logbuch-problem');"
                + "if(!d){d=document.createElement('pre');d.id='logbuch-problem';"
                + "d.setAttribute('role','alert');"
                + "d.style.cssText='position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;"
                + "margin:0;padding:1rem;background:#7f1d1d;color:#fff;font:14px/1.4 monospace;"
                + "white-space:pre-wrap;z-index:2147483647';document.body.appendChild(d);}"
                + "d.textContent=t;}"
                + show
                + "var s=new EventSource('"
                + EVENTS
                + "');"
                + "s.addEventListener('reload',function(){location.reload();});"
                + "s.addEventListener('problem',function(e){show(e.data);});"
                + "})();</script>";
    }

    /** Keeps the exchange open as an event stream. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
    }

    void reload() {
        send("reload", "reload");
    }

    void problem(String report) {
        send("problem", report);
    }

    /** A comment every so often, so a closed tab is noticed and let go. */
    void heartbeat() {
        for (OutputStream client : clients) {
            write(client, ": ping\n\n");
        }
    }

    int clients() {
        return clients.size();
    }

    private void send(String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        message.append('\n');
        for (OutputStream client : clients) {
            write(client, message.toString());
        }
    }

    private void write(OutputStream client, String text) {
        try {
            client.write(text.getBytes(StandardCharsets.UTF_8));
            client.flush();
        } catch (IOException e) {
            clients.remove(client);
            try {
                client.close();
            } catch (IOException ignored) {
                // the tab is gone either way
            }
        }
    }

    void close() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        clients.clear();
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c"); // never close the script element
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
