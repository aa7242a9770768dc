package io.github.logbuch.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Runs a built site's own search script under Node.js, with the site's files as what it fetches:
 * queries as the page runs them, without a browser. Skips the test where Node.js is missing.
 */
public final class BrowserlessSearch {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One result.
     *
     * @param title the title with the matched words in [brackets]
     * @param snippet the snippet, marked the same way
     * @param date the date as the page's language writes it, or null
     */
    public record Result(String url, String lang, String title, String snippet, String date) {}

    /**
     * What a query found.
     *
     * @param total how many documents matched
     * @param results the first ten
     * @param fetched every file the script read, with its size
     */
    public record Found(int total, List<Result> results, List<String> fetched, long bytes) {
        public List<String> urls() {
            return results.stream().map(Result::url).toList();
        }
    }

    private BrowserlessSearch() {}

    /**
     * Runs queries on a search page of a built site, each in a fresh page (nothing cached).
     *
     * @param basePath the base URL's path without its last slash, "" or e.g. "/blog"
     */
    public static List<Found> run(
            Path site, String basePath, String searchPage, String... queries) {
        try {
            var page = Jsoup.parse(site.resolve(searchPage).toFile(), "UTF-8");
            Element script = page.selectFirst("script[data-index]");
            assertNotNull(script, searchPage + " has no search script");
            String lang = page.selectFirst("html").attr("lang");
            Path bundle = site.resolve(script.attr("src").substring(basePath.length() + 1));
            ObjectNode input = JSON.createObjectNode();
            input.put("root", site.toAbsolutePath().toString());
            input.put("base", basePath + "/");
            input.put("manifest", script.attr("data-index"));
            input.put("lang", lang);
            ArrayNode list = input.putArray("queries");
            for (String query : queries) {
                list.add(query);
            }
            String output =
                    Node.run(
                            Files.createTempDirectory("search-run"),
                            Files.readString(bundle, StandardCharsets.UTF_8) + HARNESS,
                            JSON.writeValueAsString(input));
            List<Found> found = new ArrayList<>();
            for (JsonNode query : JSON.readTree(output)) {
                List<Result> results = new ArrayList<>();
                for (JsonNode r : query.get("results")) {
                    results.add(
                            new Result(
                                    r.get("url").asText(),
                                    r.get("lang").asText(),
                                    r.get("title").asText(),
                                    r.get("snippet").asText(),
                                    r.get("date").isNull() ? null : r.get("date").asText()));
                }
                List<String> fetched = new ArrayList<>();
                query.get("fetched").forEach(f -> fetched.add(f.asText()));
                found.add(
                        new Found(
                                query.get("total").asInt(),
                                results,
                                fetched,
                                query.get("bytes").asLong()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Found run(Path site, String basePath, String searchPage, String query) {
        return run(site, basePath, searchPage, new String[] {query}).get(0);
    }

    /** Reads the input, fetches from the folder, prints what each query found as JSON. */
    private static final String HARNESS =
            """

            ;(async () => {
              const fs = require("fs"), path = require("path");
              const input = JSON.parse(fs.readFileSync(0, "utf8"));
              const text = pieces => pieces.map(p => p.mark ? "[" + p.text + "]" : p.text).join("");
              const out = [];
              for (const query of input.queries) {
                const fetched = [];
                let bytes = 0;
                const load = url => new Promise(resolve => {
                  const file = path.join(input.root, url.slice(input.base.length));
                  const content = fs.readFileSync(file);
                  fetched.push(url);
                  bytes += content.length;
                  resolve(JSON.parse(content.toString("utf8")));
                });
                const index = new globalThis.LogbuchSearch.Index(input.manifest, load);
                const found = await index.search(query);
                const results = await index.results(found, 0, 10);
                out.push({
                  total: found.hits.length,
                  results: results.map(r => ({ url: r.url, lang: r.lang, title: text(r.title),
                    snippet: text(r.snippet), date: r.date ? r.dates[input.lang] : null })),
                  fetched, bytes
                });
              }
              process.stdout.write(JSON.stringify(out));
            })().catch(e => { console.error(e); process.exit(1); });
            """;
}
