package io.github.logbuch.site;

import io.github.logbuch.config.Language;
import io.github.logbuch.content.Dates;
import io.github.logbuch.content.DocumentReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the post or page a {@code ref} or {@code relref} shortcode names, the ways Hugo reads them:
 * a path under {@code content/} ({@code "/posts/2016-06-29-containerdays-2016"}, {@code
 * "posts/x/index.en.md"}), a path from the current post's folder ({@code "../x"}), or the name of a
 * folder or file anywhere ({@code "2016-06-29-containerdays-2016"}, {@code "containerdays-2016"},
 * {@code "about.md"}). Made once per build; thread-safe.
 */
public final class ContentRefs {
    private final Site site;
    private final Path content;
    private final Map<String, Group> byPath = new HashMap<>();
    private final Map<String, List<Group>> byName = new HashMap<>();

    /** What a ref found: the page in the language asked for, or why there is none. */
    public record Found(Entry entry, String fragment, String problem) {}

    public ContentRefs(Site site) {
        this.site = site;
        this.content = site.config().contentDirectory().toAbsolutePath().normalize();
        for (List<Group> groups : List.of(site.posts(), site.pages())) {
            for (Group group : groups) {
                for (Entry entry : group.entries()) {
                    Path source = entry.document().source().toAbsolutePath().normalize();
                    String base = DocumentReader.split(source).base();
                    Path folder = source.getParent();
                    boolean bundle = base.equals("index");
                    Path key = bundle ? folder : folder.resolve(base);
                    if (key.startsWith(content)) {
                        byPath.put(path(content.relativize(key)), group);
                    }
                    String name = key.getFileName().toString();
                    name(name, group);
                    name(Dates.withoutDatePrefix(name), group);
                    name(entry.document().slug(), group);
                }
            }
        }
    }

    private void name(String name, Group group) {
        if (name != null && !name.isEmpty()) {
            List<Group> named =
                    byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>(1));
            // a group comes once per name of each of its entries; it is told apart by identity, as
            // a record's equals and hashCode would go through all its entries and their documents
            // (JFR, a cold 5,000-post build: 4 % of the main thread's samples, before the pages
            // are rendered on every core)
            for (Group known : named) {
                if (known == group) {
                    return;
                }
            }
            named.add(group);
        }
    }

    /**
     * The page {@code ref} names, seen from {@code from}, in {@code lang} (a code, or null: the
     * language the ref's file name gives, else {@code from}'s).
     */
    public Found find(Entry from, String ref, String lang) {
        String path = ref == null ? "" : ref.strip();
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash);
            path = path.substring(0, hash);
        }
        if (path.isEmpty()) {
            return new Found(from, fragment, null);
        }
        String fileLanguage = null;
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.endsWith(".md")) {
            DocumentReader.NameAndLanguage split = DocumentReader.split(Path.of(last));
            fileLanguage = split.code();
            path = path.substring(0, path.length() - last.length()) + split.base();
        }
        path = trimSlashes(path);
        if (path.endsWith("/index") || path.equals("index") || path.endsWith("/_index")) {
            path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        }
        Group group = null;
        if (ref.strip().startsWith("/")) {
            group = byPath.get(path);
        } else {
            Path here = from.document().source().toAbsolutePath().normalize().getParent();
            Path relative = here.resolve(path).normalize();
            if (relative.startsWith(content) && !relative.equals(content)) {
                group = byPath.get(path(content.relativize(relative)));
            }
            if (group == null && here.getParent() != null) {
                Path sibling = here.getParent().resolve(path).normalize();
                if (sibling.startsWith(content) && !sibling.equals(content)) {
                    group = byPath.get(path(content.relativize(sibling)));
                }
            }
            if (group == null) {
                group = byPath.get(path);
            }
        }
        if (group == null && !path.isEmpty()) {
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            List<Group> named = byName.getOrDefault(name, List.of());
            if (named.size() == 1) {
                group = named.iterator().next();
            } else if (named.size() > 1) {
                List<String> where = new ArrayList<>();
                for (Group g : named) {
                    where.add(path(content.relativize(g.primary().document().source())));
                }
                return new Found(
                        null,
                        fragment,
                        "\""
                                + ref
                                + "\" could be any of "
                                + String.join(", ", where)
                                + "; give its path, e.g. \"/"
                                + where.get(0)
                                + "\"");
            }
        }
        if (group == null) {
            return new Found(
                    null,
                    fragment,
                    "\""
                            + ref
                            + "\" is no post or page: give the path of its folder or file under"
                            + " content/, e.g. \"/posts/2016-06-29-containerdays-2016\", or its"
                            + " folder's name");
        }
        String wanted = lang != null && !lang.isBlank() ? lang.strip() : fileLanguage;
        if (wanted != null) {
            for (Language language : site.languages()) {
                if (language.code().equalsIgnoreCase(wanted)) {
                    Optional<Entry> in = group.in(language);
                    if (in.isPresent()) {
                        return new Found(in.get(), fragment, null);
                    }
                    return new Found(null, fragment, "\"" + ref + "\" is not written in " + wanted);
                }
            }
            return new Found(
                    null, fragment, "\"" + wanted + "\" is not one of the blog's languages");
        }
        return new Found(site.entryFor(group, from.language()).orElseThrow(), fragment, null);
    }

    private static String trimSlashes(String path) {
        String p = path;
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.startsWith("/") ? p.substring(1) : p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String path(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
