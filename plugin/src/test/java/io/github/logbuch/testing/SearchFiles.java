package io.github.logbuch.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A built site's search index read back in Java, the way the page's script reads it, for exact
 * terms: which documents a term is in. Tests use it where Node.js is not at hand.
 */
public final class SearchFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path site;
    private final String basePath;
    private final JsonNode manifest;
    private final String manifestUrl;

    /** The index a search page (e.g. {@code en/search/index.html}) reads. */
    public SearchFiles(Path site, String basePath, String searchPage) {
        this.site = site;
        this.basePath = basePath;
        try {
            Element script =
                    Jsoup.parse(site.resolve(searchPage).toFile(), "UTF-8")
                            .selectFirst("script[data-index]");
            assertNotNull(script, searchPage + " has no search script");
            this.manifestUrl = script.attr("data-index");
            this.manifest = read(manifestUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String manifestUrl() {
        return manifestUrl;
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** A site URL's file, parsed. */
    public JsonNode read(String url) {
        assertTrue(url.startsWith(basePath + "/"), url);
        Path file = site.resolve(url.substring(basePath.length() + 1));
        assertTrue(Files.isRegularFile(file), "missing " + url);
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        return manifestUrl.substring(0, manifestUrl.lastIndexOf('/') + 1);
    }

    /** The key of the shard a term is in: the longest key it starts with. */
    public String shardKey(String term) {
        String best = null;
        for (Iterator<String> keys = manifest.get("shards").fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (term.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }

    /** The URLs of the documents a term is in, in the order of their ids. */
    public List<String> urls(String term) {
        List<String> urls = new ArrayList<>();
        String key = shardKey(term);
        if (key == null) {
            return urls;
        }
        JsonNode entry =
                read(base() + "s/" + manifest.get("shards").get(key).asText() + ".json").get(term);
        if (entry == null) {
            return urls;
        }
        JsonNode postings = entry.get(0);
        int doc = 0;
        for (int i = 0; i < postings.size(); ) {
            doc += postings.get(i).asInt();
            String ref = manifest.get("docs").get(doc).asText();
            boolean parted = ref.contains(":");
            String hash = parted ? ref.substring(0, ref.indexOf(':')) : ref;
            urls.add(read(base() + "d/" + hash + ".json").get("u").asText());
            i += parted ? 3 : 2;
        }
        return urls;
    }
}
