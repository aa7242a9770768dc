package io.github.logbuch.content;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes a post of a folder of photos: titled by the folder's name, dated by its prefix or else by
 * the earliest photo, in every language of the blog.
 */
final class Albums {
    private final BlogConfig config;
    private final Function<Path, Optional<ZonedDateTime>> capturedAt;

    Albums(BlogConfig config, Function<Path, Optional<ZonedDateTime>> capturedAt) {
        this.config = config;
        this.capturedAt = capturedAt;
    }

    List<Document> documents(Bundle album, Problems problems) {
        String title = title(album.name());
        Optional<ZonedDateTime> date =
                Dates.folderDate(album.name()).map(d -> d.atStartOfDay(config.timeZone()));
        if (date.isEmpty()) {
            date =
                    album.photos().stream()
                            .map(p -> capturedAt.apply(album.dir().resolve(p)))
                            .flatMap(Optional::stream)
                            .min(Comparator.naturalOrder());
        }
        if (date.isEmpty()) {
            problems.error(
                    Problem.in(
                            album.dir(),
                            "this album has no date: none of its photos says when it was taken;"
                                    + " start the folder name with the date, e.g. 2016-06-29-"
                                    + album.name()));
            return List.of();
        }
        String slug = Slugs.slugify(Dates.withoutDatePrefix(album.name()));
        if (slug.isEmpty()) {
            problems.error(
                    Problem.in(
                            album.dir(),
                            "no URL can be made from the album's name; rename the folder with"
                                    + " letters or digits"));
            return List.of();
        }
        List<Document> documents = new ArrayList<>();
        for (Language language : config.languages()) {
            documents.add(
                    new Document(
                            Section.POST,
                            album,
                            album.dir().resolve("index." + language.code() + ".md"),
                            language,
                            title,
                            date.get(),
                            null,
                            List.of(),
                            null,
                            null,
                            false,
                            slug,
                            null,
                            List.of(),
                            null,
                            List.of(),
                            null,
                            Map.of(),
                            "",
                            1,
                            true));
        }
        return documents;
    }

    /** "2016-06-30-frei-und-wieder-ab" → "Frei und wieder ab"; "Baakenhafen, HafenCity" stays. */
    static String title(String folderName) {
        String name = Dates.withoutDatePrefix(folderName).strip();
        if (name.contains(" ") || !name.equals(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        String spaced = name.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty()
                ? name
                : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
