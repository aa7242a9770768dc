package io.github.logbuch.content;

import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the bundles under {@code content/posts} and {@code content/pages}: folders with {@code
 * index.md}/{@code index.<lang>.md} and the files beside them, folders of photos without Markdown
 * (albums), single Markdown files, and folders that only group others (such as one per year).
 * Hidden files and Hugo's {@code _index.md} are skipped.
 */
public final class ContentScanner {
    private final Problems problems;
    private final Listings listings;

    public ContentScanner(Problems problems) {
        this(problems, new Listings());
    }

    ContentScanner(Problems problems, Listings listings) {
        this.problems = problems;
        this.listings = listings;
    }

    public List<Bundle> scan(Path root, Section section) {
        if (!Files.isDirectory(root)) {
            return new ArrayList<>();
        }
        return scanFolder(root, section);
    }

    /**
     * The bundles in {@code folder} and below, in the order of its listing: its folders are looked
     * into on every core (a listing is a few system calls of several microseconds each in a virtual
     * machine, and a blog of 5,000 posts has 5,000 folders), its single Markdown files follow them.
     */
    private List<Bundle> scanFolder(Path folder, Section section) {
        List<Listings.Item> items = list(folder);
        List<Bundle> bundles = new ArrayList<>();
        items.stream().filter(Listings.Item::folder).toList().parallelStream()
                .map(child -> scanChild(child.path(), section))
                .toList()
                .forEach(bundles::addAll);
        Map<String, List<Path>> singleFiles = new LinkedHashMap<>();
        for (Listings.Item child : items) {
            if (!child.folder() && isMarkdownName(child.path())) {
                String base = DocumentReader.split(child.path()).base();
                singleFiles.computeIfAbsent(base, k -> new ArrayList<>()).add(child.path());
            }
        }
        singleFiles.forEach(
                (base, files) ->
                        bundles.add(
                                new Bundle(section, folder, base, List.copyOf(files), List.of())));
        return bundles;
    }

    /** The bundle {@code dir} is, or those below it when it only groups others. */
    private List<Bundle> scanChild(Path dir, Section section) {
        List<Listings.Item> entries = list(dir);
        List<Path> markdown =
                entries.stream()
                        .filter(e -> !e.folder() && isIndex(e.path()))
                        .map(Listings.Item::path)
                        .toList();
        boolean photos = entries.stream().anyMatch(e -> !e.folder() && Bundle.isPhoto(e.path()));
        if (!markdown.isEmpty() || (photos && section == Section.POST)) {
            return List.of(
                    new Bundle(
                            section,
                            dir,
                            dir.getFileName().toString(),
                            markdown,
                            resources(dir, entries)));
        }
        return scanFolder(dir, section);
    }

    /**
     * Every file of a bundle folder but its Markdown, at any depth, relative to the folder, whose
     * own {@code entries} are listed already.
     */
    private List<Path> resources(Path bundle, List<Listings.Item> entries) {
        List<Path> files = new ArrayList<>();
        collect(bundle, entries, files);
        files.sort(null);
        return List.copyOf(files);
    }

    private void collect(Path bundle, List<Listings.Item> entries, List<Path> files) {
        for (Listings.Item item : entries) {
            if (item.folder()) {
                collect(bundle, list(item.path()), files);
            } else if (!(item.path().getParent().equals(bundle) && isMarkdownName(item.path()))) {
                files.add(bundle.relativize(item.path()));
            }
        }
    }

    private List<Listings.Item> list(Path folder) {
        try {
            return listings.list(folder);
        } catch (IOException e) {
            problems.error(Problem.in(folder, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A Markdown file by its name (the listing says it is a file): not Hugo's _index.md. */
    static boolean isMarkdownName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".md") || name.endsWith(".markdown")) && !name.startsWith("_");
    }

    private static boolean isIndex(Path file) {
        return isMarkdownName(file) && DocumentReader.split(file).base().equals("index");
    }
}
