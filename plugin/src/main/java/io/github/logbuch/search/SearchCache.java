package io.github.logbuch.search;

import io.github.logbuch.config.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What the index of a previous build of a session knew about its documents: their files and their
 * words, so a rebuild reads only the documents that changed. Documents are compared by value;
 * {@link #forgetUnused()} drops those the last build did not have.
 */
public final class SearchCache {
    private final Map<SearchDocument, StoredDocument> stored = new ConcurrentHashMap<>();
    private final Map<SearchDocument, DocumentWords> words = new ConcurrentHashMap<>();
    private final Set<Object> used = ConcurrentHashMap.newKeySet();
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /**
     * One instance of each word the documents have, for them to share: each document kept its own
     * copy of each of its words, which in a cold 5,000-post build were most of the 1.9 million
     * strings on the heap when the pages were rendered. It grows with the words a session has seen.
     */
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>(1 << 15);

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

    /** Each document's words, read on every core. */
    List<DocumentWords> words(List<SearchDocument> documents, List<StoredDocument> files) {
        DocumentWords[] result = new DocumentWords[documents.size()];
        IntStream.range(0, documents.size())
                .parallel()
                .forEach(
                        i ->
                                result[i] =
                                        words.computeIfAbsent(
                                                documents.get(i),
                                                doc ->
                                                        DocumentWords.of(
                                                                doc,
                                                                files.get(i).parts(),
                                                                this::shared)));
        return List.of(result);
    }

    /** The one instance of {@code word} the documents share. */
    private String shared(String word) {
        String known = vocabulary.putIfAbsent(word, word);
        return known != null ? known : word;
    }

    /** Forgets what the builds since the last call did not use. */
    public void forgetUnused() {
        stored.keySet().retainAll(used);
        words.keySet().retainAll(used);
        used.clear();
    }
}
