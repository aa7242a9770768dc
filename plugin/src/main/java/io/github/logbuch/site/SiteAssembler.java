package io.github.logbuch.site;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.content.Alias;
import io.github.logbuch.content.Bundle;
import io.github.logbuch.content.Content;
import io.github.logbuch.content.Document;
import io.github.logbuch.content.Section;
import io.github.logbuch.content.Slugs;
import io.github.logbuch.problem.BuildListener;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assemble phase: leaves out drafts and future posts, ties translations together, gives
 * everything its URL, and works out what each language lists.
 */
public final class SiteAssembler {
    private final BlogConfig config;
    private final BuildListener listener;

    public SiteAssembler(BlogConfig config, BuildListener listener) {
        this.config = config;
        this.listener = listener;
    }

    public Site assemble(Content content, Problems problems) {
        UrlClaims claims = new UrlClaims(config.sourceDirectory(), problems);
        reserveGeneratedUrls(claims);

        List<Group> posts = groups(published(content.posts()), problems, claims);
        posts.sort(
                Comparator.comparing((Group g) -> g.primary().date())
                        .reversed()
                        .thenComparing(Group::key));
        List<Group> pages = groups(published(content.pages()), problems, claims);
        pages.sort(
                Comparator.comparing(
                                (Group g) -> g.primary().document().weight(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(g -> g.primary().title())
                        .thenComparing(Group::key));

        Map<Path, Group> groupsBySource = new HashMap<>();
        Map<Path, Entry> entriesBySource = new HashMap<>();
        Map<Path, Group> groupsByFolder = new HashMap<>();
        Map<Path, String> resources = new HashMap<>();
        Map<Path, String> photoFolders = new HashMap<>();
        for (List<Group> groups : List.of(posts, pages)) {
            for (Group group : groups) {
                for (Entry entry : group.entries()) {
                    Document doc = entry.document();
                    groupsBySource.put(doc.source(), group);
                    entriesBySource.put(doc.source(), entry);
                    claimAliases(entry, claims);
                }
                publishResources(group, groupsByFolder, resources, photoFolders, claims);
            }
        }

        Map<Language, List<Entry>> listings = new LinkedHashMap<>();
        Map<Language, List<Tag>> tags = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            List<Entry> listing = new ArrayList<>();
            for (Group group : posts) {
                group.in(language)
                        .or(
                                () ->
                                        config.listOtherLanguages()
                                                ? java.util.Optional.of(group.primary())
                                                : java.util.Optional.empty())
                        .ifPresent(listing::add);
            }
            listings.put(language, List.copyOf(listing));
            tags.put(language, tags(listing));
        }
        return new Site(
                config,
                List.copyOf(posts),
                List.copyOf(pages),
                listings,
                tags,
                groupsBySource,
                entriesBySource,
                groupsByFolder,
                resources,
                photoFolders);
    }

    private void reserveGeneratedUrls(UrlClaims claims) {
        for (Language language : config.languages()) {
            String name = language.nativeName();
            claims.reserve(Permalinks.home(language, 1), "the " + name + " home page");
            claims.reserve(Permalinks.tags(language), "the " + name + " tag index");
            claims.reserve(Permalinks.archive(language), "the " + name + " archive");
            claims.reserve(Permalinks.feed(language), "the " + name + " feed");
        }
        claims.reserve("/sitemap.xml", "the sitemap");
        claims.reserve("/robots.txt", "robots.txt");
        claims.reserve("/404.html", "the 404 page");
    }

    private List<Document> published(List<Document> documents) {
        List<Document> result = new ArrayList<>();
        java.time.Instant now = config.clock().instant();
        for (Document doc : documents) {
            if (doc.draft() && !config.drafts()) {
                listener.debug("left out (draft): " + doc.source());
            } else if (doc.date() != null
                    && doc.date().toInstant().isAfter(now)
                    && !config.future()) {
                listener.debug("left out (dated in the future): " + doc.source());
            } else {
                result.add(doc);
            }
        }
        return result;
    }

    /** Ties translations together: by translationKey where given, else by folder. */
    private List<Group> groups(List<Document> documents, Problems problems, UrlClaims claims) {
        Map<Bundle, String> bundleKeys = new LinkedHashMap<>();
        for (Document doc : documents) {
            String key =
                    doc.translationKey() != null
                            ? "key:" + doc.translationKey()
                            : "folder:" + bundleId(doc.bundle());
            String previous = bundleKeys.putIfAbsent(doc.bundle(), key);
            if (previous != null && !previous.equals(key)) {
                if (previous.startsWith("folder:")) {
                    bundleKeys.put(doc.bundle(), key);
                } else if (key.startsWith("key:")) {
                    problems.error(
                            Problem.in(
                                    doc.source(),
                                    "its translationKey differs from the other translations in"
                                            + " its folder; use one key for all of them"));
                }
            }
        }
        Map<String, Map<Language, Document>> byKey = new TreeMap<>();
        for (Document doc : documents) {
            Map<Language, Document> translations =
                    byKey.computeIfAbsent(bundleKeys.get(doc.bundle()), k -> new HashMap<>());
            Document twin = translations.putIfAbsent(doc.language(), doc);
            if (twin != null) {
                problems.error(
                        Problem.in(
                                doc.source(),
                                "is a second "
                                        + doc.language().nativeName()
                                        + " version of "
                                        + relative(twin.source())
                                        + "; a post has one file per language (index.md is the"
                                        + " default language, "
                                        + config.defaultLanguage().code()
                                        + ")"));
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach(
                (key, translations) -> {
                    List<Entry> entries = new ArrayList<>();
                    for (Language language : config.languages()) {
                        Document doc = translations.get(language);
                        if (doc == null) {
                            continue;
                        }
                        String path =
                                doc.section() == Section.POST
                                        ? Permalinks.post(language, doc.date(), doc.slug())
                                        : Permalinks.page(language, doc.slug());
                        String what = doc.section() == Section.POST ? "post" : "page";
                        if (claims.claim(path, doc.source(), 0, what)) {
                            entries.add(new Entry(doc, path));
                        }
                    }
                    if (!entries.isEmpty()) {
                        groups.add(new Group(key, List.copyOf(entries)));
                    }
                });
        return groups;
    }

    private void claimAliases(Entry entry, UrlClaims claims) {
        for (Alias alias : entry.document().aliases()) {
            claims.claim(
                    encodeSitePath(alias.path()), entry.document().source(), alias.line(), "alias");
        }
    }

    static String encodeSitePath(String path) {
        return "/" + Permalinks.encodePath(path.substring(1));
    }

    /**
     * A bundle's files are published once, beside the first language's version of the post, and
     * every translation links there. Photos are processed into sizes published there instead of the
     * original, which stays private unless asked for.
     */
    private void publishResources(
            Group group,
            Map<Path, Group> groupsByFolder,
            Map<Path, String> resources,
            Map<Path, String> photoFolders,
            UrlClaims claims) {
        Map<Bundle, Entry> firstByBundle = new LinkedHashMap<>();
        for (Entry entry : group.entries()) {
            firstByBundle.putIfAbsent(entry.document().bundle(), entry);
        }
        firstByBundle.forEach(
                (bundle, entry) -> {
                    if (isFolderBundle(bundle)) {
                        groupsByFolder.put(bundle.dir(), group);
                    }
                    for (Path relative : bundle.resources()) {
                        if (Bundle.isPhoto(relative)) {
                            photoFolders.put(bundle.dir().resolve(relative), entry.path());
                            if (!config.photos().publishOriginals()) {
                                continue;
                            }
                        }
                        String sitePath =
                                entry.path()
                                        + Permalinks.encodePath(
                                                relative.toString().replace('\\', '/'));
                        Path file = bundle.dir().resolve(relative);
                        if (claims.claim(sitePath, file, 0, "file")) {
                            resources.put(file, sitePath);
                        }
                    }
                });
    }

    private static boolean isFolderBundle(Bundle bundle) {
        return bundle.dir().getFileName().toString().equals(bundle.name());
    }

    private static String bundleId(Bundle bundle) {
        return isFolderBundle(bundle)
                ? bundle.dir().toString()
                : bundle.dir().resolve(bundle.name()).toString();
    }

    /** Tags of one language's listing; spellings that slug alike are one tag. */
    private static List<Tag> tags(List<Entry> listing) {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<Entry>> entries = new TreeMap<>();
        Map<String, String> slugs = new HashMap<>(); // tags repeat: slug each spelling once
        for (Entry entry : listing) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String name : entry.document().tags()) {
                String slug = slugs.computeIfAbsent(name, Slugs::tagSlug);
                if (slug.isEmpty() || !seen.add(slug)) {
                    continue;
                }
                names.putIfAbsent(slug, name);
                entries.computeIfAbsent(slug, s -> new ArrayList<>()).add(entry);
            }
        }
        List<Tag> tags = new ArrayList<>();
        names.forEach(
                (slug, name) -> tags.add(new Tag(name, slug, List.copyOf(entries.get(slug)))));
        return List.copyOf(tags);
    }

    private String relative(Path file) {
        Path base = config.sourceDirectory();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }
}
