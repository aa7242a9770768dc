package io.github.logbuch.testing;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.xml.sax.InputSource;

/** Reads Atom feeds with Rome and checks that they carry what a feed reader relies on. */
public final class Feeds {

    private Feeds() {}

    /** Parses an Atom 1.0 feed, failing if Rome cannot read the file as one. */
    public static Feed readAtom(Path file) {
        WireFeedInput input = new WireFeedInput();
        // Rome's healer would quietly repair broken XML that a stricter reader refuses.
        input.setXmlHealerOn(false);
        WireFeed wireFeed;
        try (InputStream in = Files.newInputStream(file)) {
            // bytes, not characters: the XML parser takes the encoding from the prolog
            wireFeed = input.build(new InputSource(in));
        } catch (FeedException e) {
            return Assertions.fail(file + ": not a readable feed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(wireFeed instanceof Feed feed) || !"atom_1.0".equals(wireFeed.getFeedType())) {
            return Assertions.fail(file + ": not Atom 1.0 but " + wireFeed.getFeedType());
        }
        return feed;
    }

    /**
     * Fails, listing every problem at once, unless the file is an Atom 1.0 feed with id, title,
     * updated, a self and an alternate link, and entries that each have id, title, updated and an
     * alternate link; links must be absolute http(s) URLs, since readers copy them out of context.
     *
     * @return the parsed feed, for further assertions
     */
    public static Feed assertValidAtom(Path file) {
        Feed feed = readAtom(file);
        List<String> problems = problems(feed);
        if (!problems.isEmpty()) {
            Assertions.fail(
                    String.format(
                            "%s: %d problem(s) in the Atom feed:%n%s",
                            file, problems.size(), String.join(System.lineSeparator(), problems)));
        }
        return feed;
    }

    /** What a feed reader would miss in the feed, one line per problem. */
    public static List<String> problems(Feed feed) {
        List<String> problems = new ArrayList<>();
        String where = "feed";
        requireId(problems, where, feed.getId());
        requireText(problems, where, "title", feed.getTitle());
        requireUpdated(problems, where, feed.getUpdated() != null);
        requireLink(problems, where, "self", links(feed.getOtherLinks(), "self"));
        requireLink(problems, where, "alternate", feed.getAlternateLinks());
        int index = 0;
        for (Entry entry : feed.getEntries()) {
            index++;
            where = "entry " + index + (entry.getId() == null ? "" : " (" + entry.getId() + ")");
            requireId(problems, where, entry.getId());
            requireText(problems, where, "title", entry.getTitle());
            requireUpdated(problems, where, entry.getUpdated() != null);
            requireLink(problems, where, "alternate", entry.getAlternateLinks());
        }
        return problems;
    }

    private static List<Link> links(List<Link> links, String rel) {
        return links.stream().filter(link -> rel.equals(link.getRel())).toList();
    }

    private static void requireId(List<String> problems, String where, String id) {
        if (isBlank(id)) {
            problems.add(where + ": no <id>");
        } else if (!isAbsoluteUri(id)) {
            // RFC 4287 asks for an absolute IRI; readers use it to tell entries apart.
            problems.add(where + ": <id> '" + id + "' is not an absolute IRI");
        }
    }

    private static void requireText(List<String> problems, String where, String name, String text) {
        if (isBlank(text)) {
            problems.add(where + ": no <" + name + ">");
        }
    }

    private static void requireUpdated(List<String> problems, String where, boolean present) {
        // Rome leaves the date null both when the element is missing and when it is unparseable.
        if (!present) {
            problems.add(where + ": no <updated> with an RFC 3339 date");
        }
    }

    private static void requireLink(
            List<String> problems, String where, String rel, List<Link> links) {
        if (links.isEmpty()) {
            problems.add(where + ": no <link rel=\"" + rel + "\">");
        }
        for (Link link : links) {
            // the href as written: Rome resolves relative ones only into getHrefResolved()
            if (!isAbsoluteHttp(link.getHref())) {
                problems.add(
                        where
                                + ": <link rel=\""
                                + rel
                                + "\"> href '"
                                + link.getHref()
                                + "' is not an absolute http(s) URL");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isAbsoluteHttp(String href) {
        if (href == null) {
            return false;
        }
        try {
            URI uri = new URI(href);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
