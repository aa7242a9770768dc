package io.github.logbuch.output;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.site.Entry;
import io.github.logbuch.site.Group;
import io.github.logbuch.site.Permalinks;
import io.github.logbuch.site.Site;
import io.github.logbuch.site.Tag;
import io.github.logbuch.theme.view.PagerView;
import io.github.logbuch.theme.view.PostView;
import io.github.logbuch.theme.view.TagView;
import io.github.logbuch.theme.view.YearView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Lists every HTML page of the site, per language: posts, pages, home, tags, archive. */
final class PagePlanner {
    private final Site site;
    private final BlogConfig config;
    private final Views views;

    PagePlanner(Site site, Views views) {
        this.site = site;
        this.config = site.config();
        this.views = views;
    }

    /**
     * Every page; the lists first, as they are the largest, so no thread waits on one at the end.
     */
    List<PagePlan> plan() {
        List<PagePlan> plans = new ArrayList<>();
        for (Language language : config.languages()) {
            plans.add(archive(language));
            plans.addAll(home(language));
            plans.addAll(tags(language));
        }
        for (Group group : site.posts()) {
            for (Entry entry : group.entries()) {
                plans.add(entryPage(entry, group, "post.peb"));
            }
        }
        for (Group group : site.pages()) {
            for (Entry entry : group.entries()) {
                plans.add(entryPage(entry, group, "page.peb"));
            }
        }
        return plans;
    }

    private PagePlan entryPage(Entry entry, Group group, String template) {
        Language language = entry.language();
        PostView post = views.post(entry, language);
        Map<String, Object> variables = new HashMap<>();
        variables.put("post", post);
        PostView newer = null;
        PostView older = null;
        if (template.equals("post.peb")) {
            List<Entry> listing = ownLanguage(language);
            Integer index = positions(language).get(entry);
            if (index != null && index > 0) {
                newer = views.listed(listing.get(index - 1), language);
            }
            if (index != null && index + 1 < listing.size()) {
                older = views.listed(listing.get(index + 1), language);
            }
        }
        variables.put("newer", newer);
        variables.put("older", older);
        List<PostView> related = new ArrayList<>();
        if (template.equals("post.peb")) {
            for (Entry other : related(language).getOrDefault(entry, List.of())) {
                related.add(views.listed(other, language));
            }
        }
        variables.put("related", List.copyOf(related));
        return new PagePlan(
                entry.path(),
                template,
                language,
                views.page(
                        post.kind(),
                        post.title(),
                        post.description(),
                        language,
                        entry.path(),
                        other -> group.in(other).map(Entry::path),
                        other -> group.in(other).map(Entry::title).orElse(post.title()),
                        post.cover()),
                variables,
                entry.updated());
    }

    private final Map<Language, List<Entry>> ownListings = new HashMap<>();
    private final Map<Language, Map<Entry, List<Entry>>> relatedPosts = new HashMap<>();

    /** Each post's related posts in its language, made once per language and build. */
    private Map<Entry, List<Entry>> related(Language language) {
        return relatedPosts.computeIfAbsent(language, l -> RelatedPosts.of(ownLanguage(l)));
    }

    private final Map<Language, Map<Entry, Integer>> ownPositions = new HashMap<>();

    /**
     * Where each post stands in its language's own listing; by identity, as records compare deeply.
     */
    private Map<Entry, Integer> positions(Language language) {
        return ownPositions.computeIfAbsent(
                language,
                l -> {
                    Map<Entry, Integer> positions = new java.util.IdentityHashMap<>();
                    List<Entry> listing = ownLanguage(l);
                    for (int i = 0; i < listing.size(); i++) {
                        positions.put(listing.get(i), i);
                    }
                    return positions;
                });
    }

    /** Newer/older links stay within the posts written in the page's language. */
    private List<Entry> ownLanguage(Language language) {
        return ownListings.computeIfAbsent(
                language,
                l -> site.listings().get(l).stream().filter(e -> e.language().equals(l)).toList());
    }

    private List<PagePlan> home(Language language) {
        return paged(
                language,
                site.listings().get(language),
                "home",
                "home.peb",
                (l, n) -> Permalinks.home(l, n),
                l -> Optional.of(site.listings().get(l).size()),
                l -> config.title(),
                Map.of());
    }

    private List<PagePlan> tags(Language language) {
        List<PagePlan> plans = new ArrayList<>();
        List<TagView> all = new ArrayList<>();
        for (Tag tag : site.tags().get(language)) {
            TagView view = views.tagView(tag, language);
            all.add(view);
            plans.addAll(
                    paged(
                            language,
                            tag.entries(),
                            "tag",
                            "tag.peb",
                            (l, n) -> Permalinks.tag(l, tag.slug(), n),
                            l -> tagIn(l, tag.slug()).map(t -> t.entries().size()),
                            l -> tagIn(l, tag.slug()).map(Tag::name).orElse(tag.name()),
                            Map.of("tag", view)));
        }
        String path = Permalinks.tags(language);
        plans.add(
                new PagePlan(
                        path,
                        "tags.peb",
                        language,
                        views.page(
                                "tags",
                                "",
                                "",
                                language,
                                path,
                                l -> Optional.of(Permalinks.tags(l)),
                                l -> ""),
                        Map.of("tags", List.copyOf(all)),
                        null));
        return plans;
    }

    private Optional<Tag> tagIn(Language language, String slug) {
        return Optional.ofNullable(views.tag(language, slug));
    }

    private PagePlan archive(Language language) {
        Map<Integer, List<PostView>> byYear = new LinkedHashMap<>();
        for (Entry entry : site.listings().get(language)) {
            byYear.computeIfAbsent(entry.date().getYear(), y -> new ArrayList<>())
                    .add(views.listed(entry, language));
        }
        List<YearView> years = new ArrayList<>();
        byYear.forEach((year, posts) -> years.add(new YearView(year, List.copyOf(posts))));
        String path = Permalinks.archive(language);
        return new PagePlan(
                path,
                "archive.peb",
                language,
                views.page(
                        "archive",
                        "",
                        "",
                        language,
                        path,
                        l -> Optional.of(Permalinks.archive(l)),
                        l -> ""),
                Map.of("years", List.copyOf(years)),
                null);
    }

    /**
     * A list of posts split into pages of {@code postsPerPage}: page 1 at {@code path(l, 1)}, the
     * others at {@code path(l, n)}. {@code countIn} says how many posts the list has in another
     * language, to link the alternates that exist.
     */
    private List<PagePlan> paged(
            Language language,
            List<Entry> entries,
            String kind,
            String template,
            BiFunction<Language, Integer, String> path,
            java.util.function.Function<Language, Optional<Integer>> countIn,
            java.util.function.Function<Language, String> titleIn,
            Map<String, Object> extra) {
        int size = config.postsPerPage();
        int total = Math.max(1, (entries.size() + size - 1) / size);
        List<PagePlan> plans = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            int number = n;
            List<PostView> posts = new ArrayList<>();
            for (Entry entry :
                    entries.subList((n - 1) * size, Math.min(entries.size(), n * size))) {
                posts.add(views.listed(entry, language));
            }
            String sitePath = path.apply(language, n);
            PagerView pager =
                    new PagerView(
                            n,
                            total,
                            n > 1 ? views.url(path.apply(language, n - 1)) : null,
                            n < total ? views.url(path.apply(language, n + 1)) : null,
                            List.copyOf(posts));
            Map<String, Object> variables = new HashMap<>(extra);
            variables.put("pager", pager);
            plans.add(
                    new PagePlan(
                            sitePath,
                            template,
                            language,
                            views.page(
                                    kind,
                                    titleIn.apply(language),
                                    "",
                                    language,
                                    sitePath,
                                    l ->
                                            countIn.apply(l)
                                                    .filter(
                                                            c ->
                                                                    number == 1
                                                                            || c
                                                                                    > (number - 1)
                                                                                            * size)
                                                    .map(c -> path.apply(l, number)),
                                    titleIn),
                            variables,
                            null));
        }
        return plans;
    }
}
