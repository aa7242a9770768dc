package io.github.logbuch.output;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.images.Photo;
import io.github.logbuch.images.Variant;
import io.github.logbuch.markdown.Figure;
import io.github.logbuch.markdown.ImageResolver;
import io.github.logbuch.markdown.Labels;
import io.github.logbuch.markdown.LinkResolver;
import io.github.logbuch.markdown.MarkdownRenderer;
import io.github.logbuch.markdown.RenderedMarkdown;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import io.github.logbuch.site.ContentRefs;
import io.github.logbuch.site.Entry;
import io.github.logbuch.site.Group;
import io.github.logbuch.site.Permalinks;
import io.github.logbuch.site.Site;
import io.github.logbuch.site.SiteLinks;
import io.github.logbuch.theme.Theme;
import io.github.logbuch.theme.ThemeException;
import io.github.logbuch.theme.view.LinkView;
import io.github.logbuch.theme.view.PageView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The render phase: Markdown to HTML, every page through its template, the feeds, the sitemap,
 * robots.txt, the 404 page and redirects for aliases, then the files published as they are.
 * Everything goes through one {@link Publisher}.
 */
public final class SiteRenderer {
    private final BlogConfig config;
    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final String generator;
    private long searchNanos;

    public SiteRenderer(
            BlogConfig config, Theme theme, MarkdownRenderer markdown, String generator) {
        this.config = config;
        this.theme = theme;
        this.markdown = markdown;
        this.generator = generator;
    }

    /** How long the last {@link #render} spent on the search index, in nanoseconds. */
    public long searchNanos() {
        return searchNanos;
    }

    /**
     * Renders the site into {@code publisher}, which skips what it holds already; returns the
     * number of HTML pages. {@code memory} keeps each document's HTML between the builds of a
     * session: a document is rendered again only when its text, or where its links lead, changed.
     * {@code bodiesRendered} is told when every document's body is in {@code memory}, before the
     * pages: what is there does not change until the next render.
     */
    public int render(
            Site site,
            Map<Path, Photo> photos,
            Publisher publisher,
            Problems problems,
            RenderMemory memory,
            Runnable bodiesRendered) {
        Map<Path, Set<Path>> placed = new ConcurrentHashMap<>();
        Map<Path, RenderedMarkdown> bodies = renderMarkdown(site, photos, placed, problems, memory);
        bodiesRendered.run();
        byte[] css = theme.asset("logbuch.css");
        String stylesheet = "/assets/logbuch." + fingerprint(css) + ".css";
        publisher.write(stylesheet, css);
        byte[] script = theme.asset("lightbox.js");
        String lightbox = "/assets/lightbox." + fingerprint(script) + ".js";
        publisher.write(lightbox, script);
        String icon = icon(publisher);

        Views views =
                new Views(
                        memory.postViews,
                        site,
                        bodies,
                        photos,
                        placed,
                        stylesheet,
                        lightbox,
                        icon,
                        generator);
        // every listed post's views, made on every core: planning then mostly looks them up
        for (Language language : config.languages()) {
            Parallel.forEach(site.listings().get(language), entry -> views.listed(entry, language));
        }
        List<PagePlan> plans = new PagePlanner(site, views).plan();
        long searchStart = System.nanoTime();
        List<PagePlan> searchPages =
                new SearchPages(site, views, bodies, theme, memory.search).publish(publisher);
        searchNanos = System.nanoTime() - searchStart;
        List<PagePlan> pages = new ArrayList<>(plans);
        pages.addAll(searchPages); // not in the sitemap: a search page without a query says little
        // the sitemap and the feeds first, beside the pages: after them, one core was left alone
        // with them while the other had nothing to do (280 ms of a cold 5,000-post build, 140 ms
        // at 1,000 posts). Their URLs are no page's.
        List<Runnable> work = new ArrayList<>();
        boolean multilingual = config.languages().size() > 1;
        work.add(
                () ->
                        renderFile(
                                publisher,
                                problems,
                                views,
                                "/sitemap.xml",
                                "sitemap.peb",
                                config.defaultLanguage(),
                                Map.of("urls", Sitemap.urls(plans, multilingual))));
        Feeds feeds = new Feeds(site, views, memory.feedEntries);
        for (Language language : config.languages()) {
            work.add(
                    () ->
                            renderFile(
                                    publisher,
                                    problems,
                                    views,
                                    Permalinks.feed(language),
                                    "feed.peb",
                                    language,
                                    feeds.variables(language)));
        }
        for (PagePlan plan : pages) {
            work.add(() -> renderPage(plan, views, publisher, problems));
        }
        Parallel.forEach(work, Runnable::run);

        renderNotFound(views, publisher, problems);
        renderAliases(site, views, publisher, problems);
        renderRobots(views, publisher, problems);
        copyResources(site, publisher);
        copyStatic(publisher, problems);
        memory.postViews = views.created();
        memory.feedEntries = feeds.entries();
        return pages.size() + 1;
    }

    private Map<Path, RenderedMarkdown> renderMarkdown(
            Site site,
            Map<Path, Photo> photos,
            Map<Path, Set<Path>> placed,
            Problems problems,
            RenderMemory memory) {
        PhotoViews photoViews = new PhotoViews(config);
        ContentRefs refs = new ContentRefs(site);
        List<Entry> entries = new ArrayList<>();
        for (List<Group> groups : List.of(site.posts(), site.pages())) {
            for (Group group : groups) {
                entries.addAll(group.entries());
            }
        }
        Map<Path, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
        List<Path> rendered = java.util.Collections.synchronizedList(new ArrayList<>());
        Parallel.forEach(
                entries,
                entry -> {
                    Path source = entry.document().source();
                    RenderMemory.Markdown memo = memory.markdown.get(source);
                    // a document's digest only where a kept body is known by it or a new body is
                    // kept for a later JVM
                    boolean keptByDigest = memo != null && memo.document() == null;
                    String digest = keptByDigest ? digest(memory, entry) : null;
                    if (memo == null
                            || !stillValid(memo, digest, site, entry, photos, photoViews, refs)) {
                        if (!keptByDigest) {
                            digest = digest(memory, entry);
                        }
                        memo = renderBody(site, entry, digest, photos, photoViews, refs);
                        memory.markdown.put(source, memo);
                        rendered.add(source);
                    }
                    memo.warnings().forEach(problems::warning);
                    memo.errors().forEach(problems::error);
                    bodies.put(source, memo.rendered());
                    placed.put(source, memo.placed());
                });
        memory.markdown.keySet().retainAll(bodies.keySet());
        memory.rendered = rendered.stream().sorted().toList();
        return bodies;
    }

    /** The document's digest for a {@link BodyStore}, or null when the build keeps nothing. */
    private static String digest(RenderMemory memory, Entry entry) {
        return memory.digests == null ? null : memory.digests.of(entry.document()).orElse(null);
    }

    /**
     * Renders a body, recording every link, photo and ref it resolved, whether the theme made part
     * of it (shortcode templates, alert and contents titles), and its problems.
     */
    private RenderMemory.Markdown renderBody(
            Site site,
            Entry entry,
            String digest,
            Map<Path, Photo> photos,
            PhotoViews photoViews,
            ContentRefs refs) {
        Problems own = new Problems();
        SiteLinks siteLinks = new SiteLinks(site, entry, own);
        EntryImages images = new EntryImages(site, entry, siteLinks, photos, photoViews);
        Map<String, Optional<String>> links = new ConcurrentHashMap<>();
        Map<String, Optional<Figure>> figures = new ConcurrentHashMap<>();
        ImageResolver recordedImages =
                (destination, line) -> {
                    Optional<Figure> result = images.figure(destination, line);
                    figures.put(destination, result);
                    return result;
                };
        LinkResolver recordedLinks =
                (destination, image, line) -> {
                    Optional<String> result = siteLinks.resolve(destination, image, line);
                    links.put(destination + (image ? "\u0000image" : ""), result);
                    return result;
                };
        EntryShortcodes shortcodes =
                new EntryShortcodes(
                        config,
                        entry,
                        theme,
                        markdown,
                        refs,
                        recordedLinks,
                        recordedImages,
                        images,
                        own);
        String code = entry.language().code();
        boolean[] labelled = new boolean[1];
        Labels labels =
                key -> {
                    labelled[0] = true;
                    return theme.messages()
                            .find(code, key)
                            .orElseGet(() -> Labels.ENGLISH.label(key));
                };
        RenderedMarkdown rendered =
                markdown.render(
                        entry.document().body(),
                        new MarkdownRenderer.Context(
                                recordedLinks,
                                recordedImages,
                                shortcodes,
                                labels,
                                wantsContents(entry),
                                entry.document().bodyLine()));
        return new RenderMemory.Markdown(
                entry.document(),
                digest,
                rendered,
                Map.copyOf(links),
                Map.copyOf(figures),
                shortcodes.refsUsed(),
                shortcodes.themed() || labelled[0] ? theme : null,
                ordered(images.placed()),
                own.warnings(),
                own.errors());
    }

    /**
     * The photos a text shows inline, in the order it shows them: the first is the post's cover (an
     * immutable {@code Set.copyOf} iterates in an order that changes from JVM to JVM, and so did
     * the cover of a post showing two photos).
     */
    static Set<Path> ordered(Set<Path> placed) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(placed));
    }

    /** {@code toc: true} in the front matter. */
    private static boolean wantsContents(Entry entry) {
        Object toc = entry.document().params().get("toc");
        return Boolean.TRUE.equals(toc)
                || (toc instanceof String s
                        && (s.strip().equalsIgnoreCase("true")
                                || s.strip().equalsIgnoreCase("yes")));
    }

    /**
     * Whether a remembered body is still right: same document (for a body kept by an earlier JVM:
     * same digest, which holds the theme too), every link, photo and ref it resolved resolves the
     * same way now (a post it links to may have moved), and the theme that made part of it is the
     * same.
     */
    private boolean stillValid(
            RenderMemory.Markdown memo,
            String digest,
            Site site,
            Entry entry,
            Map<Path, Photo> photos,
            PhotoViews photoViews,
            ContentRefs refs) {
        if (memo.document() != null
                ? !memo.document().equals(entry.document())
                : digest == null || !digest.equals(memo.digest())) {
            return false;
        }
        if (memo.theme() != null && memo.theme() != theme) {
            return false;
        }
        Problems ignored = new Problems();
        SiteLinks siteLinks = new SiteLinks(site, entry, ignored);
        EntryImages images = new EntryImages(site, entry, siteLinks, photos, photoViews);
        for (Map.Entry<String, Optional<String>> link : memo.links().entrySet()) {
            String key = link.getKey();
            boolean image = key.endsWith("\u0000image");
            String destination = image ? key.substring(0, key.length() - 6) : key;
            if (!siteLinks.resolve(destination, image, 0).equals(link.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, Optional<Figure>> figure : memo.figures().entrySet()) {
            if (!images.figure(figure.getKey(), 0).equals(figure.getValue())) {
                return false;
            }
        }
        for (EntryShortcodes.RefUse ref : memo.refs()) {
            if (!EntryShortcodes.url(config, refs, entry, ref).equals(ref.url())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every size and thumbnail of every photo, into the folder of the post that shows it: once they
     * are made, after the pages ({@link #render} publishes no photo).
     */
    public static void publishPhotos(Site site, Map<Path, Photo> photos, Publisher publisher) {
        Parallel.forEach(
                photos.entrySet(),
                entry -> {
                    String folder = site.photoFolders().get(entry.getKey());
                    Photo photo = entry.getValue();
                    for (Variant variant : photo.variants()) {
                        publisher.link(PhotoViews.sitePath(folder, variant), variant.file());
                    }
                    publisher.link(
                            PhotoViews.sitePath(folder, photo.thumbnail()),
                            photo.thumbnail().file());
                    if (photo.thumbnail2x() != null) {
                        publisher.link(
                                PhotoViews.sitePath(folder, photo.thumbnail2x()),
                                photo.thumbnail2x().file());
                    }
                });
    }

    private void renderPage(PagePlan plan, Views views, Publisher publisher, Problems problems) {
        Map<String, Object> variables = new HashMap<>(plan.variables());
        variables.put("page", plan.page());
        variables.put("nav", views.nav(plan.language(), plan.sitePath()));
        renderFile(
                publisher,
                problems,
                views,
                plan.sitePath(),
                plan.template(),
                plan.language(),
                variables);
    }

    /**
     * Renders one template to one file; every template sees {@code site} and {@code lang}. The
     * template's name, the language and the variables are the file's key: equal data, equal page,
     * so an unchanged page is not rendered again within a session, nor by a later build that finds
     * it in the kept site (the templates, messages and configuration are in the digest too).
     */
    private void renderFile(
            Publisher publisher,
            Problems problems,
            Views views,
            String sitePath,
            String template,
            Language language,
            Map<String, Object> variables) {
        Map<String, Object> context = new HashMap<>(variables);
        context.put("site", views.site());
        context.put("lang", views.language(language));
        try {
            publisher.write(
                    sitePath,
                    List.of(template, language.code(), context),
                    () -> {
                        try {
                            return theme.renderUtf8(template, context, language.locale());
                        } catch (ThemeException e) {
                            problems.error(e.problem());
                            return null;
                        }
                    });
        } catch (IllegalStateException e) {
            problems.error(
                    Problem.in(
                            config.sourceDirectory(),
                            "two things on one URL " + sitePath + ": " + e.getMessage()));
        }
    }

    /** One 404 page at the root, in the default language, linking every language's home. */
    private void renderNotFound(Views views, Publisher publisher, Problems problems) {
        Language language = config.defaultLanguage();
        PageView page =
                views.page(
                        "notfound", "", "", language, "/404.html", l -> Optional.empty(), l -> "");
        Map<String, Object> variables = new HashMap<>();
        variables.put("page", page);
        variables.put("nav", views.nav(language, "/404.html"));
        renderFile(publisher, problems, views, "/404.html", "404.peb", language, variables);
    }

    /** A redirect page at every old URL an author listed under {@code aliases}. */
    private void renderAliases(Site site, Views views, Publisher publisher, Problems problems) {
        for (List<Group> groups : List.of(site.posts(), site.pages())) {
            for (Group group : groups) {
                for (Entry entry : group.entries()) {
                    LinkView target = views.link(entry, false);
                    for (var alias : entry.document().aliases()) {
                        String path = "/" + Permalinks.encodePath(alias.path().substring(1));
                        renderFile(
                                publisher,
                                problems,
                                views,
                                path,
                                "alias.peb",
                                entry.language(),
                                Map.of("target", target));
                    }
                }
            }
        }
    }

    /** robots.txt: the blog's own {@code static/robots.txt} lines, then the sitemap. */
    private void renderRobots(Views views, Publisher publisher, Problems problems) {
        Path own = config.staticDirectory().resolve("robots.txt");
        String extra = "";
        if (Files.isRegularFile(own)) {
            try {
                extra = Files.readString(own, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                problems.error(Problem.in(own, "cannot be read: " + e.getMessage()));
            }
        }
        renderFile(
                publisher,
                problems,
                views,
                "/robots.txt",
                "robots.peb",
                config.defaultLanguage(),
                Map.of("extra", extra, "sitemapUrl", views.absUrl("/sitemap.xml")));
    }

    private void copyResources(Site site, Publisher publisher) {
        Parallel.forEach(
                site.resources().entrySet(),
                resource -> publisher.copy(resource.getValue(), resource.getKey()));
    }

    /** {@code static/} as it is; a file there may not replace a page the blog generates. */
    private void copyStatic(Publisher publisher, Problems problems) {
        Path root = config.staticDirectory();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (relative.equals("robots.txt")) {
                continue; // merged into the generated robots.txt
            }
            try {
                publisher.copy("/" + Permalinks.encodePath(relative), file);
            } catch (IllegalStateException e) {
                problems.error(
                        Problem.in(
                                file,
                                "would replace a page the blog generates; change the template"
                                        + " instead, or rename the file"));
            }
        }
    }

    /** The blog's own favicon from {@code static/}, else the theme's icon, published. */
    private String icon(Publisher publisher) {
        for (String own : List.of("favicon.svg", "favicon.ico")) {
            if (Files.isRegularFile(config.staticDirectory().resolve(own))) {
                return "/" + own;
            }
        }
        byte[] svg = theme.asset("icon.svg");
        String path = "/assets/icon." + fingerprint(svg) + ".svg";
        publisher.write(path, svg);
        return path;
    }

    static String fingerprint(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
