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
import java.util.stream.Stream;

/**
 * Finds the bundles under {@code content/posts} and {@code content/pages}: folders with {@code
 * index.md}/{@code index.<lang>.md} and the files beside them, folders of photos without Markdown
 * (albums), single Markdown files, and folders that only group others (such as one per year).
 * Hidden files and Hugo's {@code _index.md} are skipped.
 */
public final class ContentScanner {
    private final Problems problems;

    public ContentScanner(Problems problems) {
        this.problems = problems;
    }

    public List<Bundle> scan(Path root, Section section) {
        List<Bundle> bundles = new ArrayList<>();
        if (Files.isDirectory(root)) {
            scanFolder(root, section, bundles);
        }
        return bundles;
    }

    private void scanFolder(Path folder, Section section, List<Bundle> bundles) {
        List<Path> children = list(folder);
        Map<String, List<Path>> singleFiles = new LinkedHashMap<>();
        for (Path child : children) {
            if (Files.isDirectory(child)) {
                List<Path> entries = list(child);
                List<Path> markdown = entries.stream().filter(ContentScanner::isIndex).toList();
                boolean photos =
                        entries.stream().anyMatch(p -> Files.isRegularFile(p) && Bundle.isPhoto(p));
                if (!markdown.isEmpty() || (photos && section == Section.POST)) {
                    bundles.add(
                            new Bundle(
                                    section,
                                    child,
                                    child.getFileName().toString(),
                                    markdown,
                                    resources(child)));
                } else {
                    scanFolder(child, section, bundles);
                }
            } else if (isMarkdown(child)) {
                String base = DocumentReader.split(child).base();
                singleFiles.computeIfAbsent(base, k -> new ArrayList<>()).add(child);
            }
        }
        singleFiles.forEach(
                (base, files) ->
                        bundles.add(
                                new Bundle(section, folder, base, List.copyOf(files), List.of())));
    }

    /** Every file of a bundle folder but its Markdown, at any depth, relative to the folder. */
    private List<Path> resources(Path bundle) {
        try (Stream<Path> files = Files.walk(bundle)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !isHidden(bundle.relativize(f)))
                    .filter(f -> !(f.getParent().equals(bundle) && isMarkdown(f)))
                    .map(bundle::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(Problem.in(bundle, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private List<Path> list(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> !isHidden(p.getFileName())).sorted().toList();
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

    static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".md") || name.endsWith(".markdown"))
                && !name.startsWith("_")
                && Files.isRegularFile(file);
    }

    private static boolean isIndex(Path file) {
        return isMarkdown(file) && DocumentReader.split(file).base().equals("index");
    }
}
