package io.github.logbuch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core is Maven-free and its packages depend on each other one way, as STYLE.md asks. Read off
 * the sources' imports and same-package-free references.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/logbuch");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.logbuch\\.(\\w+)");

    /** Which packages each package may use; everything is allowed to use {@code problem}. */
    private static final Map<String, Set<String>> ALLOWED =
            Map.ofEntries(
                    Map.entry("problem", Set.of()),
                    Map.entry("config", Set.of()),
                    Map.entry("cache", Set.of()),
                    Map.entry("highlight", Set.of()),
                    Map.entry("markdown", Set.of("highlight")),
                    Map.entry("images", Set.of("config")),
                    Map.entry("i18n", Set.of("config")),
                    Map.entry("content", Set.of("config")),
                    Map.entry("site", Set.of("config", "content", "markdown")),
                    Map.entry("theme", Set.of("config", "i18n")),
                    Map.entry("scaffold", Set.of("config", "content")),
                    Map.entry("check", Set.of("config", "content", "site")),
                    Map.entry("search", Set.of("config")),
                    Map.entry("server", Set.of("")),
                    Map.entry(
                            "output",
                            Set.of(
                                    "config",
                                    "content",
                                    "markdown",
                                    "highlight",
                                    "site",
                                    "theme",
                                    "i18n",
                                    "images",
                                    "search",
                                    "cache")),
                    Map.entry(
                            "",
                            Set.of(
                                    "config",
                                    "content",
                                    "markdown",
                                    "site",
                                    "theme",
                                    "i18n",
                                    "images",
                                    "output",
                                    "cache")),
                    Map.entry("maven", Set.of("", "config", "scaffold", "check", "server")));

    @Test
    void onlyTheMavenAdaptersImportMaven() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!packageOf(file).equals("maven") && text.contains("import org.apache.maven.")) {
                offenders.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void packagesDependOnEachOtherOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files = sources();
        assertTrue(files.size() > 20, "expected the whole core, found " + files.size() + " files");
        for (Path file : files) {
            String own = packageOf(file);
            Set<String> allowed = ALLOWED.get(own);
            assertTrue(allowed != null, "package " + own + " is not in the architecture table");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                String imported = imports.group(1);
                if (!imported.startsWith("io.github.logbuch")) {
                    continue;
                }
                String target = imported.equals("io.github.logbuch") ? "" : topPackage(imported);
                if (!target.equals(own) && !target.equals("problem") && !allowed.contains(target)) {
                    violations.add(
                            MAIN.relativize(file)
                                    + " uses "
                                    + (target.isEmpty() ? "the facade" : target));
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static String topPackage(String name) {
        Matcher m = REFERENCE.matcher(name);
        return m.find() ? m.group(1) : "";
    }

    private static String packageOf(Path file) {
        Path relative = MAIN.relativize(file.getParent());
        return relative.getNameCount() == 0 || relative.toString().isEmpty()
                ? ""
                : relative.getName(0).toString();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
