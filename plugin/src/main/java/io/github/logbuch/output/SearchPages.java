package io.github.logbuch.output;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.markdown.RenderedMarkdown;
import io.github.logbuch.search.SearchCache;
import io.github.logbuch.search.SearchDocument;
import io.github.logbuch.search.SearchIndex;
import io.github.logbuch.search.SearchScript;
import io.github.logbuch.site.Entry;
import io.github.logbuch.site.Group;
import io.github.logbuch.site.Permalinks;
import io.github.logbuch.site.Site;
import io.github.logbuch.theme.Theme;
import io.github.logbuch.theme.view.PhotoView;
import io.github.logbuch.theme.view.SearchView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Search: each language's index ({@link SearchIndex}) and the script that reads it are published,
 * and each language gets a search page at {@code /search/} or {@code /<lang>/search/}. A language
 * searches what its lists show: its posts and pages, and where the blog lists them, the posts
 * written only in another language.
 */
final class SearchPages {
    private final Site site;
    private final BlogConfig config;
    private final Views views;
    private final Map<Path, RenderedMarkdown> bodies;
    private final Theme theme;
    private final SearchCache cache;
    private final Map<String, SearchDocument> documents = new ConcurrentHashMap<>();
    private final Map<Language, java.time.format.DateTimeFormatter> dateFormats =
            new ConcurrentHashMap<>();

    SearchPages(
            Site site,
            Views views,
            Map<Path, RenderedMarkdown> bodies,
            Theme theme,
            SearchCache cache) {
        this.site = site;
        this.config = site.config();
        this.views = views;
        this.bodies = bodies;
        this.theme = theme;
        this.cache = cache;
    }

    /** Publishes the indexes and scripts; returns the search pages to render. */
    List<PagePlan> publish(Publisher publisher) {
        if (!config.search()) {
            return List.of();
        }
        List<SearchIndex.Language> indexes = new ArrayList<>();
        for (Language language : config.languages()) {
            List<Entry> entries = searchable(language);
            Parallel.forEach(entries, this::document);
            List<SearchDocument> docs = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                docs.add(documents.get(entry.path()));
            }
            indexes.add(new SearchIndex.Language(language.code(), cache.analyzer(language), docs));
        }
        SearchIndex.Files index = SearchIndex.write(indexes, cache);
        cache.forgetUnused();
        Map<String, byte[]> files = new TreeMap<>(index.files());
        List<PagePlan> plans = new ArrayList<>();
        for (Language language : config.languages()) {
            String script = script(cache.analyzer(language).stemmer(), files);
            plans.add(plan(language, index.manifests().get(language.code()), script));
        }
        Parallel.forEach(files.entrySet(), file -> publisher.write(file.getKey(), file.getValue()));
        return plans;
    }

    /**
     * The posts the language lists, newest first, then its pages; without {@code search: false}.
     */
    private List<Entry> searchable(Language language) {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : site.listings().get(language)) {
            if (entry.document().search()) {
                entries.add(entry);
            }
        }
        for (Group group : site.pages()) {
            site.entryFor(group, language)
                    .filter(entry -> entry.document().search())
                    .ifPresent(entries::add);
        }
        return entries;
    }

    /** A post as every language's index sees it: its own words, captions and dates. */
    private void document(Entry entry) {
        documents.computeIfAbsent(
                entry.path(),
                path -> {
                    StringBuilder text =
                            new StringBuilder(bodies.get(entry.document().source()).text());
                    for (PhotoView photo : views.post(entry, entry.language()).gallery()) {
                        if (photo.caption() != null && !photo.caption().isBlank()) {
                            text.append(text.length() == 0 ? "" : "\n")
                                    .append(photo.caption().strip());
                        }
                    }
                    Map<String, String> dates = new LinkedHashMap<>();
                    if (entry.date() != null) {
                        for (Language language : config.languages()) {
                            dates.put(
                                    language.code(),
                                    dateFormats
                                            .computeIfAbsent(language, theme::dateFormat)
                                            .format(entry.date()));
                        }
                    }
                    return new SearchDocument(
                            views.url(path),
                            nfc(entry.title()),
                            entry.language().code(),
                            entry.date() == null ? null : entry.date().toLocalDate().toString(),
                            dates,
                            entry.document().tags().stream().map(SearchPages::nfc).toList(),
                            nfc(text.toString()));
                });
    }

    /** The script of a language's search page, published once per stemmer. */
    private String script(String stemmer, Map<String, byte[]> files) {
        byte[] bytes = SearchScript.of(stemmer, this::asset).getBytes(StandardCharsets.UTF_8);
        String path = "/assets/search." + SiteRenderer.fingerprint(bytes) + ".js";
        files.put(path, bytes);
        return path;
    }

    private String asset(String name) {
        return new String(theme.asset(name), StandardCharsets.UTF_8);
    }

    private PagePlan plan(Language language, String manifest, String script) {
        String path = Permalinks.search(language);
        return new PagePlan(
                path,
                "search.peb",
                language,
                views.page(
                        "search",
                        theme.message(language, "search.title"),
                        "",
                        language,
                        path,
                        other -> Optional.of(Permalinks.search(other)),
                        other -> theme.message(other, "search.title")),
                Map.of("search", new SearchView(views.url(manifest), views.url(script))),
                null);
    }

    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
