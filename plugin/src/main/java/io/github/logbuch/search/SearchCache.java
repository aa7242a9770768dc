package io.github.logbuch.search;

import io.github.logbuch.config.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What the index of a previous build of a session knew about its documents: their files and their
 * terms, so a rebuild analyses only the documents that changed. Documents are compared by value;
 * {@link #forgetUnused()} drops those the last build did not have.
 */
public final class SearchCache {
    private final Map<SearchDocument, StoredDocument> stored = new ConcurrentHashMap<>();
    private final Map<List<Object>, DocumentTerms> terms = new ConcurrentHashMap<>();
    private final Set<Object> used = ConcurrentHashMap.newKeySet();
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /** A language's analyzer, kept with the stems it has made. */
    public Analyzer analyzer(Language language) {
        return analyzers.computeIfAbsent(language.code(), code -> Analyzer.of(language));
    }

    /** Each document's files, made on every core. */
    List<StoredDocument> stored(List<SearchDocument> documents) {
        StoredDocument[] result = new StoredDocument[documents.size()];
        IntStream.range(0, documents.size())
                .parallel()
                .forEach(
                        i -> {
                            SearchDocument doc = documents.get(i);
                            result[i] = stored.computeIfAbsent(doc, StoredDocument::of);
                            used.add(doc);
                        });
        return List.of(result);
    }

    /** Each document's terms in one language's analysis, made on every core. */
    List<DocumentTerms> terms(
            String languageCode,
            Analyzer analyzer,
            List<SearchDocument> documents,
            List<StoredDocument> files) {
        DocumentTerms[] result = new DocumentTerms[documents.size()];
        IntStream.range(0, documents.size())
                .parallel()
                .forEach(
                        i -> {
                            List<Object> key = List.of(languageCode, documents.get(i));
                            result[i] =
                                    terms.computeIfAbsent(
                                            key,
                                            k ->
                                                    DocumentTerms.of(
                                                            documents.get(i),
                                                            files.get(i).parts(),
                                                            analyzer));
                            used.add(key);
                        });
        return Collections.unmodifiableList(new ArrayList<>(List.of(result)));
    }

    /** Forgets what the builds since the last call did not use. */
    public void forgetUnused() {
        stored.keySet().retainAll(used);
        terms.keySet().retainAll(used);
        used.clear();
    }
}
