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

    /** The file name of the shard a term is in: the last one whose first term is not after it. */
    public String shard(String term) {
        JsonNode shards = manifest.get("shards");
        String found = null;
        for (int i = 0; i < shards.size(); i += 2) {
            if (shards.get(i).asText().compareTo(term) <= 0) {
                found = shards.get(i + 1).asText();
            }
        }
        return found;
    }

    /** A document's head: its title, URL, language, dates and the first part of its text. */
    public JsonNode head(int doc) {
        JsonNode docs = manifest.get("docs");
        String pack = manifest.get("packs").get(docs.get(2 * doc).asInt()).asText();
        return read(base() + "d/" + pack + ".json").get(docs.get(2 * doc + 1).asInt());
    }

    /** The URLs of the documents a term is in, in the order of their ids. */
    public List<String> urls(String term) {
        List<String> urls = new ArrayList<>();
        String shard = shard(term);
        if (shard == null) {
            return urls;
        }
        JsonNode entry = read(base() + "s/" + shard + ".json").get(term);
        if (entry == null) {
            return urls;
        }
        JsonNode postings = entry.get(0);
        int doc = 0;
        for (int i = 0; i < postings.size(); ) {
            doc += postings.get(i).asInt();
            urls.add(head(doc).get("u").asText());
            i += manifest.get("parts").has(String.valueOf(doc)) ? 3 : 2;
        }
        return urls;
    }
}
