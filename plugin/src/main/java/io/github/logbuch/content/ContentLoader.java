package io.github.logbuch.content;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.problem.Problems;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The load phase: from {@code content/} to checked documents, files read in parallel. */
public final class ContentLoader {
    private final BlogConfig config;
    private final Function<Path, Optional<ZonedDateTime>> capturedAt;
    private final DocumentCache cache;

    /**
     * @param capturedAt when a photo was taken, from its metadata: dates albums without a date in
     *     their name
     */
    public ContentLoader(BlogConfig config, Function<Path, Optional<ZonedDateTime>> capturedAt) {
        this(config, capturedAt, new DocumentCache());
    }

    /** A loader that reads again only the files that changed since {@code cache} saw them. */
    public ContentLoader(
            BlogConfig config,
            Function<Path, Optional<ZonedDateTime>> capturedAt,
            DocumentCache cache) {
        this.config = config;
        this.capturedAt = capturedAt;
        this.cache = cache;
    }

    private DocumentCache.Read readFresh(Bundle bundle, Path file) {
        Problems own = new Problems();
        Optional<Document> document = new DocumentReader(config, own).read(bundle, file);
        return new DocumentCache.Read(null, bundle, document, own);
    }

    public Content load(Problems problems) {
        ContentScanner scanner = new ContentScanner(problems, cache.listings());
        Path content = config.contentDirectory();
        List<Bundle> bundles =
                new ArrayList<>(scanner.scan(content.resolve("posts"), Section.POST));
        bundles.addAll(scanner.scan(content.resolve("pages"), Section.PAGE));

        record Job(Bundle bundle, Path file) {}
        List<Job> jobs = new ArrayList<>();
        List<Document> albums = new ArrayList<>();
        Albums albumReader = new Albums(config, capturedAt);
        for (Bundle bundle : bundles) {
            if (bundle.isAlbum()) {
                albums.addAll(albumReader.documents(bundle, problems));
            }
            for (Path file : bundle.markdown()) {
                jobs.add(new Job(bundle, file));
            }
        }
        List<Document> documents =
                Stream.concat(
                                albums.stream(),
                                jobs.parallelStream()
                                        .map(
                                                job ->
                                                        cache.read(
                                                                job.bundle(),
                                                                job.file(),
                                                                problems,
                                                                this::readFresh))
                                        .flatMap(Optional::stream))
                        .sorted(Comparator.comparing(d -> d.source().toString()))
                        .toList();
        cache.retain(jobs.stream().map(Job::file).collect(java.util.stream.Collectors.toSet()));
        return new Content(
                documents.stream().filter(d -> d.section() == Section.POST).toList(),
                documents.stream().filter(d -> d.section() == Section.PAGE).toList());
    }
}
