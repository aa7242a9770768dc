package io.github.logbuch.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads every HTML page of a built site and checks what it points to inside the site: links,
 * images, scripts, stylesheets, {@code srcset} candidates and {@code #fragments}; and that every
 * image says what it shows. Links to other hosts are collected for the external check.
 */
public final class LinkChecker {
    private final Path root;
    private final URI base;
    private final Map<Path, Set<String>> ids = new ConcurrentHashMap<>();

    /**
     * @param root the built site's folder
     * @param baseUrl the site's absolute URL: absolute links to it are internal links
     */
    public LinkChecker(Path root, URI baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.base = baseUrl;
    }

    /** The findings, and in {@code external} every http(s) link to another site. */
    public List<Finding> check(Set<URI> external) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<Finding> findings = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<URI> found = ConcurrentHashMap.newKeySet();
        pages.parallelStream().forEach(page -> findings.addAll(checkPage(page, found)));
        external.addAll(new TreeSet<>(found));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return sorted;
    }

    private List<Finding> checkPage(Path page, Set<URI> external) {
        String name = root.relativize(page).toString().replace('\\', '/');
        Document html = parse(page);
        // the page's own URL, so relative links resolve as a browser resolves them
        URI self =
                base.resolve(
                        encode(
                                name.endsWith("index.html")
                                        ? name.substring(0, name.length() - 10)
                                        : name));
        List<Finding> findings = new ArrayList<>();
        for (Element element : html.select("a[href], link[href], area[href]")) {
            if (element.tagName().equals("link") && isAlternateElsewhere(element)) {
                continue;
            }
            target(name, self, element.attr("href"), findings, external, true);
        }
        for (Element element :
                html.select(
                        "img[src], script[src], source[src], video[src], audio[src], iframe[src]")) {
            target(name, self, element.attr("src"), findings, external, false);
        }
        for (Element element : html.select("img[srcset], source[srcset]")) {
            for (String candidate : element.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) {
                    target(name, self, url, findings, external, false);
                }
            }
        }
        for (Element img : html.select("img")) {
            if (!img.hasAttr("alt")) {
                findings.add(new Finding(name, img.attr("src"), "image without alt text"));
            } else if (img.attr("alt").isBlank() && isOnlyContentOfLink(img)) {
                findings.add(
                        new Finding(
                                name,
                                img.attr("src"),
                                "image without alt text is the only content of a link, which has no name then"));
            }
        }
        return findings;
    }

    /** hreflang and feed alternates are checked like any link; only other hosts are skipped. */
    private boolean isAlternateElsewhere(Element link) {
        return link.attr("rel").equals("alternate")
                && link.attr("href").startsWith("http")
                && !link.attr("href").startsWith(base.toString());
    }

    private static boolean isOnlyContentOfLink(Element img) {
        Element parent = img.parent();
        return parent != null
                && parent.tagName().equals("a")
                && parent.text().isBlank()
                && parent.select("img").size() == 1
                && !parent.hasAttr("aria-label")
                && !parent.hasAttr("title");
    }

    private void target(
            String page,
            URI self,
            String raw,
            List<Finding> findings,
            Set<URI> external,
            boolean link) {
        String url = raw.strip();
        if (url.isEmpty()
                || url.startsWith("mailto:")
                || url.startsWith("tel:")
                || url.startsWith("data:")
                || url.startsWith("javascript:")) {
            return;
        }
        URI resolved;
        try {
            resolved = self.resolve(new URI(url.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            findings.add(new Finding(page, raw, "is not a valid URL"));
            return;
        }
        String scheme = resolved.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return;
        }
        String inside = inside(resolved);
        if (inside == null) {
            external.add(withoutFragment(resolved));
            return;
        }
        Optional<Path> file = file(inside);
        if (file.isEmpty()) {
            findings.add(
                    new Finding(
                            page,
                            raw,
                            link
                                    ? "broken link: no such page or file in the site"
                                    : "missing: no such file in the site"));
            return;
        }
        String fragment = resolved.getRawFragment();
        if (fragment != null && !fragment.isEmpty() && file.get().toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (!ids(file.get()).contains(id)) {
                findings.add(new Finding(page, raw, "broken link: the page has no #" + id));
            }
        }
    }

    /** The path of an URL below the site's base URL, or null for another site. */
    private String inside(URI url) {
        String prefix = base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath();
        String text =
                url.getScheme()
                        + "://"
                        + url.getRawAuthority()
                        + (url.getRawPath() == null ? "" : url.getRawPath());
        if (!text.startsWith(prefix) && !(text + "/").equals(prefix)) {
            return null;
        }
        return text.length() <= prefix.length() ? "" : text.substring(prefix.length());
    }

    private Optional<Path> file(String sitePath) {
        String decoded = URLDecoder.decode(sitePath.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path candidate = root.resolve(decoded).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private Set<String> ids(Path page) {
        return ids.computeIfAbsent(
                page,
                p -> {
                    Set<String> found = new HashSet<>();
                    for (Element element : parse(p).select("[id], a[name]")) {
                        found.add(element.hasAttr("id") ? element.id() : element.attr("name"));
                    }
                    return found;
                });
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(
                    uri.getScheme(),
                    uri.getRawAuthority() == null ? null : uri.getAuthority(),
                    uri.getPath(),
                    uri.getQuery(),
                    null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
