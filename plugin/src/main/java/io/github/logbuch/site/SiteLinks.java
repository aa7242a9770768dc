package io.github.logbuch.site;

import io.github.logbuch.config.Language;
import io.github.logbuch.markdown.LinkResolver;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the relative links of one document the way its author sees the files: {@code
 * ../2016-06-29-containerdays-2016/} or {@code ../x/index.en.md} become that post's URL (in the
 * reader's language where it exists), {@code hafen.jpg} the URL the photo is published at. A
 * relative link that leads nowhere is a warning at its line.
 */
public final class SiteLinks implements LinkResolver {
    private final Site site;
    private final Entry entry;
    private final Problems problems;

    public SiteLinks(Site site, Entry entry, Problems problems) {
        this.site = site;
        this.entry = entry;
        this.problems = problems;
    }

    /** The file a relative destination names, seen from the document's folder. */
    public Optional<Path> target(String destination) {
        int cut = indexOfAny(destination, '#', '?');
        String pathPart = cut < 0 ? destination : destination.substring(0, cut);
        if (pathPart.isEmpty()) {
            return Optional.empty();
        }
        try {
            String decoded =
                    URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
            return Optional.of(entry.document().source().getParent().resolve(decoded).normalize());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> resolve(String destination, boolean image, int line) {
        int cut = indexOfAny(destination, '#', '?');
        if (cut == 0) {
            return Optional.empty();
        }
        String suffix = cut < 0 ? "" : destination.substring(cut);
        Optional<Path> resolved = target(destination);
        if (resolved.isEmpty()) {
            return warn(destination, line, "is not a valid path");
        }
        Path target = resolved.get();
        String basePath = site.config().basePath();
        String resource = site.resources().get(target);
        if (resource != null) {
            return Optional.of(basePath + resource + suffix);
        }
        Language language = entry.language();
        Group group = site.groupsBySource().get(target);
        if (group == null) {
            group = site.groupsByFolder().get(target);
        }
        if (group != null) {
            Entry linked = site.entryFor(group, language).orElseThrow();
            return Optional.of(basePath + linked.path() + suffix);
        }
        if (site.photoFolders().containsKey(target)) {
            return warn(destination, line, "is a photo that could not be processed");
        }
        if (Files.exists(target)) {
            return warn(
                    destination,
                    line,
                    "points to "
                            + target.getFileName()
                            + ", which is not published (a draft, a future post, or not part of a"
                            + " post)");
        }
        return warn(destination, line, "points to a file that does not exist");
    }

    private Optional<String> warn(String destination, int line, String why) {
        problems.warning(
                Problem.at(entry.document().source(), line, "link \"" + destination + "\" " + why));
        return Optional.empty();
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
