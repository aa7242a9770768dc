package io.github.logbuch.output;

import io.github.logbuch.config.Language;
import io.github.logbuch.site.Entry;
import io.github.logbuch.site.Group;
import io.github.logbuch.site.Permalinks;
import io.github.logbuch.site.Site;
import io.github.logbuch.theme.view.PostView;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The Atom feed of each language: the newest posts written in it (a feed reader subscribed to the
 * English feed gets English posts), with absolute URLs everywhere, in the content too.
 */
final class Feeds {

    /**
     * What {@code feed.peb} sees.
     *
     * @param updated the newest entry's update, so an unchanged blog gives an unchanged feed
     * @param entries newest first; their {@code content} has absolute URLs
     */
    record FeedView(
            String title,
            String lang,
            String selfUrl,
            String homeUrl,
            ZonedDateTime updated,
            List<PostView> entries) {}

    private final Site site;
    private final Views views;
    private final Map<PostView, PostView> previous;
    private final Map<PostView, PostView> made = new IdentityHashMap<>();

    /**
     * @param previous the entries of the session's previous build, by the post view they were made
     *     from: an unchanged post keeps its view (see {@link Views}), so its entry is reused
     */
    Feeds(Site site, Views views, Map<PostView, PostView> previous) {
        this.site = site;
        this.views = views;
        this.previous = previous;
    }

    /** The entries made so far, for the next build's {@code previous}. */
    Map<PostView, PostView> entries() {
        return made;
    }

    Map<String, Object> variables(Language language) {
        List<PostView> posts = new ArrayList<>();
        ZonedDateTime updated = null;
        for (Group group : site.posts()) {
            if (posts.size() == site.config().feedLimit()) {
                break;
            }
            Entry entry = group.in(language).orElse(null);
            if (entry == null) {
                continue;
            }
            posts.add(views.post(entry, language));
            if (updated == null || entry.updated().isAfter(updated)) {
                updated = entry.updated();
            }
        }
        // each entry's HTML parsed again for its URLs: on every core
        PostView[] entries = new PostView[posts.size()];
        Parallel.forEach(
                java.util.stream.IntStream.range(0, entries.length).boxed().toList(),
                i -> {
                    PostView post = posts.get(i);
                    PostView known = previous.get(post);
                    entries[i] = known != null ? known : absolute(post);
                });
        synchronized (made) { // the languages' feeds are made side by side
            for (int i = 0; i < entries.length; i++) {
                made.put(posts.get(i), entries[i]);
            }
        }
        if (updated == null) {
            // an empty feed still needs a stable <updated>: the epoch, not the build time
            updated = ZonedDateTime.parse("1970-01-01T00:00:00Z");
        }
        FeedView feed =
                new FeedView(
                        site.config().title(),
                        language.code(),
                        views.absUrl(Permalinks.feed(language)),
                        views.absUrl(Permalinks.home(language, 1)),
                        updated,
                        List.of(entries));
        return Map.of("feed", feed);
    }

    /** Feed readers show content out of the page's context: every link must be absolute. */
    private static PostView absolute(PostView post) {
        return new PostView(
                post.kind(),
                post.title(),
                post.lang(),
                post.url(),
                post.absUrl(),
                post.date(),
                post.lastmod(),
                post.updated(),
                post.tags(),
                new SafeString(absolutize(post.summary().toString(), post.absUrl())),
                post.summaryText(),
                post.truncated(),
                post.description(),
                post.content() == null
                        ? null
                        : new SafeString(absolutize(post.content().toString(), post.absUrl())),
                post.translations(),
                post.gallery(),
                post.cover(),
                post.draft(),
                post.params(),
                post.toc() == null
                        ? null
                        : new SafeString(absolutize(post.toc().toString(), post.absUrl())),
                post.wordCount(),
                post.readingTime());
    }

    static String absolutize(String html, String pageUrl) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        for (Element element : doc.select("[href], [src], [poster]")) {
            for (String attribute : List.of("href", "src", "poster")) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, element.absUrl(attribute));
                }
            }
        }
        for (Element element : doc.select("[srcset]")) {
            StringBuilder srcset = new StringBuilder();
            for (String candidate : element.attr("srcset").split(",")) {
                String[] parts = candidate.strip().split("\\s+", 2);
                if (parts[0].isEmpty()) {
                    continue;
                }
                if (srcset.length() > 0) {
                    srcset.append(", ");
                }
                srcset.append(resolve(pageUrl, parts[0]));
                if (parts.length > 1) {
                    srcset.append(' ').append(parts[1]);
                }
            }
            element.attr("srcset", srcset.toString());
        }
        return doc.body().html();
    }

    private static String resolve(String base, String url) {
        try {
            return java.net.URI.create(base).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
