package io.github.logbuch.output;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.content.Document;
import io.github.logbuch.content.Section;
import io.github.logbuch.content.Slugs;
import io.github.logbuch.images.Photo;
import io.github.logbuch.markdown.RenderedMarkdown;
import io.github.logbuch.site.Entry;
import io.github.logbuch.site.Group;
import io.github.logbuch.site.Permalinks;
import io.github.logbuch.site.Site;
import io.github.logbuch.site.Tag;
import io.github.logbuch.theme.view.LanguageView;
import io.github.logbuch.theme.view.LinkView;
import io.github.logbuch.theme.view.PageView;
import io.github.logbuch.theme.view.PhotoView;
import io.github.logbuch.theme.view.PostView;
import io.github.logbuch.theme.view.SiteView;
import io.github.logbuch.theme.view.SwitchView;
import io.github.logbuch.theme.view.TagView;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns the site model into the read-only views templates see; caches what pages share. Used from
 * many threads: everything but the post cache is built in the constructor.
 */
final class Views {
    private static final int DESCRIPTION_LENGTH = 160;

    private final Site site;
    private final BlogConfig config;
    private final Map<Path, RenderedMarkdown> bodies;
    private final Map<Path, Photo> photos;
    private final Map<Path, Set<Path>> placed;

    /** A gallery's photos loaded at once: its first row on a wide screen. */
    private static final int EAGER_PHOTOS = 4;

    private final PhotoViews photoViews;
    private final Map<java.util.Locale, ShootingFormat> shootingFormats =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Language, Map<String, Tag>> tagsBySlug = new HashMap<>();
    private final Map<Language, Map<String, PostView>> posts = new ConcurrentHashMap<>();
    private final Map<Language, Map<String, PostView>> listedPosts = new ConcurrentHashMap<>();
    private final Map<String, PostView> previous;
    private final Map<String, PostView> created = new ConcurrentHashMap<>();
    private final Map<String, String> tagSlugs = new ConcurrentHashMap<>();
    private final SiteView siteView;
    private final Map<Language, LanguageView> languages = new HashMap<>();
    private final Map<Language, List<LinkView>> navs = new HashMap<>();
    private final Map<Language, String> names = new HashMap<>();
    private final String basePath;

    /**
     * @param placed per document, the photos its text shows inline
     * @param previous the post views of the session's previous build (see {@link #created()})
     */
    Views(
            Map<String, PostView> previous,
            Site site,
            Map<Path, RenderedMarkdown> bodies,
            Map<Path, Photo> photos,
            Map<Path, Set<Path>> placed,
            String stylesheet,
            String lightbox,
            String icon,
            String generator) {
        this.previous = previous;
        this.site = site;
        this.config = site.config();
        this.bodies = bodies;
        this.photos = photos;
        this.placed = placed;
        this.photoViews = new PhotoViews(config);
        this.basePath = config.basePath();
        List<LanguageView> languageViews = new ArrayList<>();
        for (Language language : config.languages()) {
            names.put(language, language.nativeName());
            LanguageView view =
                    new LanguageView(
                            language.code(),
                            names.get(language),
                            url(Permalinks.home(language, 1)),
                            url(Permalinks.feed(language)),
                            absUrl(Permalinks.feed(language)),
                            language.isDefault(),
                            config.search() ? url(Permalinks.search(language)) : null);
            languages.put(language, view);
            languageViews.add(view);
            Map<String, Tag> tags = new HashMap<>();
            for (Tag tag : site.tags().get(language)) {
                tags.put(tag.slug(), tag);
            }
            tagsBySlug.put(language, tags);
            List<LinkView> links = new ArrayList<>();
            for (Group group : site.pages()) {
                site.entryFor(group, language).ifPresent(e -> links.add(link(e, false)));
            }
            navs.put(language, List.copyOf(links));
        }
        siteView =
                new SiteView(
                        config.title(),
                        config.description(),
                        config.author(),
                        config.baseUrl().toString(),
                        List.copyOf(languageViews),
                        url(stylesheet),
                        url(lightbox),
                        url(icon),
                        generator);
    }

    SiteView site() {
        return siteView;
    }

    LanguageView language(Language language) {
        return languages.get(language);
    }

    String url(String sitePath) {
        return basePath + sitePath;
    }

    String absUrl(String sitePath) {
        return config.absolute(sitePath);
    }

    /** The navigation of a language: its pages, each in that language where it exists. */
    List<LinkView> nav(Language language, String currentPath) {
        List<LinkView> base = navs.get(language);
        List<LinkView> result = new ArrayList<>(base.size());
        for (LinkView link : base) {
            boolean current = link.url().equals(url(currentPath));
            result.add(
                    current
                            ? new LinkView(
                                    link.title(), link.lang(), link.url(), link.absUrl(), true)
                            : link);
        }
        return result;
    }

    LinkView link(Entry entry, boolean current) {
        return new LinkView(
                entry.title(),
                entry.language().code(),
                url(entry.path()),
                absUrl(entry.path()),
                current);
    }

    /**
     * A post as shown on a page in {@code pageLanguage}: its tags link to that language's tag
     * pages, where a post from another language is listed too.
     */
    PostView post(Entry entry, Language pageLanguage) {
        Map<String, PostView> known =
                posts.computeIfAbsent(pageLanguage, l -> new ConcurrentHashMap<>());
        PostView view = known.get(entry.path());
        if (view == null) {
            view = remembered("post|", entry, pageLanguage, createPost(entry, pageLanguage));
            PostView raced = known.putIfAbsent(entry.path(), view);
            view = raced != null ? raced : view;
        }
        return view;
    }

    /**
     * A post as a list shows it (home, tag and archive pages, the neighbours of a post): all but
     * its {@code content}, which is null. A list page then depends on what it shows, and an edit
     * deep in a post does not make every list page be rendered again.
     */
    PostView listed(Entry entry, Language pageLanguage) {
        Map<String, PostView> known =
                listedPosts.computeIfAbsent(pageLanguage, l -> new ConcurrentHashMap<>());
        PostView view = known.get(entry.path());
        if (view == null) {
            PostView full = post(entry, pageLanguage);
            view =
                    remembered(
                            "listed|",
                            entry,
                            pageLanguage,
                            new PostView(
                                    full.kind(),
                                    full.title(),
                                    full.lang(),
                                    full.url(),
                                    full.absUrl(),
                                    full.date(),
                                    full.lastmod(),
                                    full.updated(),
                                    full.tags(),
                                    full.summary(),
                                    full.summaryText(),
                                    full.truncated(),
                                    full.description(),
                                    null,
                                    full.translations(),
                                    full.gallery(),
                                    full.cover(),
                                    full.draft(),
                                    full.params(),
                                    null,
                                    full.wordCount(),
                                    full.readingTime()));
            PostView raced = known.putIfAbsent(entry.path(), view);
            view = raced != null ? raced : view;
        }
        return view;
    }

    /**
     * The previous build's view where it equals the new one, so that unchanged posts keep their
     * instance from build to build: comparing a page's data with what it was made of last time then
     * mostly compares references, and work keyed by a view (a feed entry) can be reused.
     */
    private PostView remembered(String kind, Entry entry, Language pageLanguage, PostView view) {
        String key = kind + pageLanguage.code() + "|" + entry.path();
        PostView before = previous.get(key);
        PostView result = view.equals(before) ? before : view;
        created.put(key, result);
        return result;
    }

    /** Every post view made so far, for the next build's {@code previous}. */
    Map<String, PostView> created() {
        return Map.copyOf(created);
    }

    private PostView createPost(Entry entry, Language pageLanguage) {
        Document doc = entry.document();
        RenderedMarkdown body = bodies.get(doc.source());
        String summaryText = doc.summary() != null ? doc.summary() : body.summaryText();
        SafeString summary =
                new SafeString(
                        doc.summary() != null
                                ? "<p>" + escape(doc.summary()) + "</p>"
                                : body.summaryHtml());
        List<TagView> tags = new ArrayList<>();
        Map<String, Tag> known = tagsBySlug.get(pageLanguage);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : doc.tags()) {
            String slug = tagSlugs.computeIfAbsent(name, Slugs::tagSlug);
            Tag tag = known.get(slug);
            if (tag != null && seen.add(slug)) {
                tags.add(tagView(tag, pageLanguage));
            }
        }
        List<PhotoView> gallery = new ArrayList<>();
        PhotoView cover = photos(entry, gallery);
        Group group = site.groupOf(entry);
        List<LinkView> translations = new ArrayList<>();
        for (Entry other : group.entries()) {
            if (other != entry) {
                translations.add(link(other, false));
            }
        }
        return new PostView(
                doc.section() == Section.POST ? "post" : "page",
                doc.title(),
                doc.language().code(),
                url(entry.path()),
                absUrl(entry.path()),
                doc.date(),
                doc.lastmod(),
                entry.updated(),
                List.copyOf(tags),
                summary,
                summaryText,
                doc.summary() != null || body.truncated(),
                description(doc, summaryText, gallery),
                body.html().isBlank() ? null : new SafeString(body.html()),
                List.copyOf(translations),
                List.copyOf(gallery),
                cover,
                doc.draft(),
                doc.params(),
                body.toc() == null ? null : new SafeString(body.toc()),
                body.words(),
                readingTime(body.words()));
    }

    /** Minutes at 213 words a minute, rounded up, as Hugo reckons; 0 only for no text. */
    static int readingTime(int words) {
        return (words + 212) / 213;
    }

    /**
     * The description field, else the summary, shortened; for a post without text (an album) the
     * captions of its photos, which say what it shows; else null.
     */
    private static String description(Document doc, String summaryText, List<PhotoView> gallery) {
        if (doc.description() != null) {
            return doc.description();
        }
        if (!summaryText.isBlank()) {
            return shorten(summaryText);
        }
        StringBuilder captions = new StringBuilder();
        for (PhotoView photo : gallery) {
            if (photo.caption() != null && !photo.caption().isBlank()) {
                captions.append(captions.length() == 0 ? "" : " · ")
                        .append(photo.caption().strip());
            }
        }
        return captions.length() == 0 ? null : shorten(captions.toString());
    }

    /**
     * Fills the gallery: the bundle's photos the text does not show, those named under {@code
     * photos:} first, in that order, then the rest by file name. Returns the cover.
     */
    /**
     * How the entry writes shooting data: in its language, unless the blog or the post ({@code
     * photoDetails: false}) turns it off.
     */
    private ShootingFormat shooting(Entry entry) {
        Object own = entry.document().params().get("photoDetails");
        boolean off =
                Boolean.FALSE.equals(own)
                        || own instanceof String s
                                && (s.strip().equalsIgnoreCase("false")
                                        || s.strip().equalsIgnoreCase("no"));
        if (!config.photoDetails() || off) {
            return null;
        }
        return shootingFormats.computeIfAbsent(entry.language().locale(), ShootingFormat::new);
    }

    private PhotoView photos(Entry entry, List<PhotoView> gallery) {
        Document doc = entry.document();
        Path dir = doc.bundle().dir();
        Set<Path> inline = placed.getOrDefault(doc.source(), Set.of());
        Set<Path> order = new java.util.LinkedHashSet<>();
        for (var ref : doc.photos()) {
            order.add(dir.resolve(ref.file()).normalize());
        }
        for (Path relative : doc.bundle().photos()) {
            order.add(dir.resolve(relative));
        }
        Map<Path, PhotoView> shown = new java.util.LinkedHashMap<>();
        for (Path path : order) {
            Photo photo = photos.get(path);
            String folder = site.photoFolders().get(path);
            if (photo != null && folder != null) {
                // a gallery's first row loads at once on a page with no photo in its text
                boolean galleryPhoto = !inline.contains(path);
                boolean first = galleryPhoto && inline.isEmpty() && gallery.isEmpty();
                boolean eager = galleryPhoto && inline.isEmpty() && gallery.size() < EAGER_PHOTOS;
                PhotoView view =
                        photoViews.view(
                                photo,
                                folder,
                                EntryImages.caption(entry, photo),
                                shooting(entry),
                                eager,
                                first);
                shown.put(path, view);
                if (galleryPhoto) {
                    gallery.add(view);
                }
            }
        }
        if (doc.cover() != null) {
            PhotoView cover = shown.get(dir.resolve(doc.cover()).normalize());
            if (cover != null) {
                return cover;
            }
        }
        for (Path path : inline) {
            if (shown.containsKey(path)) {
                return shown.get(path);
            }
        }
        return gallery.isEmpty() ? null : gallery.get(0);
    }

    /** A language's tag by its slug, or null. */
    Tag tag(Language language, String slug) {
        return tagsBySlug.get(language).get(slug);
    }

    TagView tagView(Tag tag, Language language) {
        return new TagView(
                tag.name(),
                tag.slug(),
                url(Permalinks.tag(language, tag.slug(), 1)),
                tag.entries().size());
    }

    /**
     * The page's head and switch data: {@code pathIn} gives the page's path in a language, or empty
     * where it does not exist there.
     */
    PageView page(
            String kind,
            String title,
            String description,
            Language language,
            String sitePath,
            Function<Language, Optional<String>> pathIn,
            Function<Language, String> titleIn) {
        return page(kind, title, description, language, sitePath, pathIn, titleIn, null);
    }

    PageView page(
            String kind,
            String title,
            String description,
            Language language,
            String sitePath,
            Function<Language, Optional<String>> pathIn,
            Function<Language, String> titleIn,
            PhotoView image) {
        List<LinkView> alternates = new ArrayList<>();
        List<SwitchView> switches = new ArrayList<>();
        LinkView xDefault = null;
        for (Language other : config.languages()) {
            Optional<String> path =
                    other.equals(language) ? Optional.of(sitePath) : pathIn.apply(other);
            if (path.isPresent()) {
                LinkView alternate =
                        new LinkView(
                                titleIn.apply(other),
                                other.code(),
                                url(path.get()),
                                absUrl(path.get()),
                                other.equals(language));
                alternates.add(alternate);
                if (xDefault == null) {
                    xDefault = alternate; // languages are in order: the default one first
                }
            }
            switches.add(
                    new SwitchView(
                            other.code(),
                            names.get(other),
                            path.map(this::url).orElse(url(Permalinks.home(other, 1))),
                            path.isPresent(),
                            other.equals(language)));
        }
        return new PageView(
                kind,
                title,
                description,
                url(sitePath),
                absUrl(sitePath),
                List.copyOf(alternates),
                alternates.size() > 1 || config.languages().size() > 1 ? xDefault : null,
                List.copyOf(switches),
                image);
    }

    private static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
