package io.github.logbuch.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Asks other sites whether the pages the blog links to are still there: HEAD first, GET where a
 * server refuses HEAD, a few at a time, each with a timeout. Only when the blogger asks for it.
 */
public final class ExternalLinks {
    private static final int AT_ONCE = 8;

    private final HttpClient client;
    private final Duration timeout;

    public ExternalLinks(Duration timeout) {
        this.timeout = timeout;
        this.client =
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(timeout)
                        .build();
    }

    /** What is wrong with each URL that is not fine; an empty map when all are. */
    public Map<URI, String> check(Collection<URI> urls) {
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        AT_ONCE,
                        runnable -> {
                            Thread thread = new Thread(runnable, "logbuch-link-check");
                            thread.setDaemon(true);
                            return thread;
                        });
        try {
            List<Future<String>> answers = new ArrayList<>();
            List<URI> asked = new ArrayList<>(urls);
            for (URI url : asked) {
                answers.add(pool.submit(() -> problem(url)));
            }
            Map<URI, String> problems = new TreeMap<>();
            for (int i = 0; i < asked.size(); i++) {
                try {
                    String problem = answers.get(i).get();
                    if (problem != null) {
                        problems.put(asked.get(i), problem);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    problems.put(asked.get(i), "could not be checked: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }

    private String problem(URI url) {
        try {
            int status = status(url, "HEAD");
            if (status == 405 || status == 403 || status == 501) {
                status = status(url, "GET");
            }
            return status >= 400 ? "answers HTTP " + status : null;
        } catch (HttpTimeoutException e) {
            return "does not answer within " + timeout.toSeconds() + " s";
        } catch (IOException e) {
            return "cannot be reached ("
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not checked (interrupted)";
        }
    }

    private int status(URI url, String method) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(url)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .timeout(timeout)
                        .header("User-Agent", "Logbuch link check")
                        .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
