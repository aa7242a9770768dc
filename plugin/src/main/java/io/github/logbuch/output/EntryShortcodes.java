package io.github.logbuch.output;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.highlight.CodeOptions;
import io.github.logbuch.highlight.Highlighter;
import io.github.logbuch.markdown.ImageResolver;
import io.github.logbuch.markdown.LinkResolver;
import io.github.logbuch.markdown.MarkdownRenderer;
import io.github.logbuch.markdown.Shortcode;
import io.github.logbuch.markdown.Shortcodes;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import io.github.logbuch.site.ContentRefs;
import io.github.logbuch.site.Entry;
import io.github.logbuch.theme.Theme;
import io.github.logbuch.theme.ThemeException;
import io.github.logbuch.theme.view.PhotoView;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The shortcodes of one document. A blog's own template {@code templates/shortcodes/<name>.peb}
 * wins; else {@code ref} and {@code relref} link to a post or page (in the document's language),
 * {@code highlight} colours its code, and {@code figure}, {@code youtube}, {@code vimeo}, {@code
 * gist}, {@code x} and {@code tweet} are templates of the built-in theme. Remembers what the body
 * depended on (the refs it resolved, whether the theme made part of it), so it is rendered again
 * when that changes.
 */
final class EntryShortcodes implements Shortcodes {
    private static final Set<String> IN_CODE = Set.of("ref", "relref", "highlight");
    private static final Pattern NAME =
            Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_][A-Za-z0-9_.\\-]*)*");

    /** A ref the body resolved, and the URL it got. */
    record RefUse(boolean absolute, String path, String lang, Optional<String> url) {}

    private final BlogConfig config;
    private final Entry entry;
    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final ContentRefs refs;
    private final LinkResolver links;
    private final ImageResolver images;
    private final EntryImages photos;
    private final Problems problems;
    private final List<RefUse> refsUsed = new ArrayList<>();
    private boolean themed;

    EntryShortcodes(
            BlogConfig config,
            Entry entry,
            Theme theme,
            MarkdownRenderer markdown,
            ContentRefs refs,
            LinkResolver links,
            ImageResolver images,
            EntryImages photos,
            Problems problems) {
        this.config = config;
        this.entry = entry;
        this.theme = theme;
        this.markdown = markdown;
        this.refs = refs;
        this.links = links;
        this.images = images;
        this.photos = photos;
        this.problems = problems;
    }

    @Override
    public Output render(Shortcode shortcode) {
        themed = true; // a template of this name may come or go
        String name = shortcode.name();
        String template = "shortcodes/" + name + ".peb";
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            unknown(shortcode);
            return null;
        }
        if (theme.isOwn(template) || (!IN_CODE.contains(name) && theme.has(template))) {
            return template(shortcode, template);
        }
        return switch (name) {
            case "ref" -> ref(shortcode, true);
            case "relref" -> ref(shortcode, false);
            case "highlight" -> highlight(shortcode);
            default -> {
                unknown(shortcode);
                yield null;
            }
        };
    }

    @Override
    public boolean keepsInnerText(String name) {
        return name.equals("highlight") && !theme.isOwn("shortcodes/highlight.peb");
    }

    @Override
    public void problem(int line, String message) {
        problems.error(Problem.at(entry.document().source(), line, message));
    }

    /** The refs the body resolved. */
    List<RefUse> refsUsed() {
        return List.copyOf(refsUsed);
    }

    /** Whether the theme's templates decided part of the body: it used a shortcode. */
    boolean themed() {
        return themed;
    }

    private void unknown(Shortcode shortcode) {
        problem(
                shortcode.line(),
                "unknown shortcode "
                        + shortcode.written()
                        + ": Logbuch has ref, relref, figure, highlight, youtube, vimeo, gist, x"
                        + " and tweet; add your own as templates/shortcodes/"
                        + shortcode.name()
                        + ".peb");
    }

    /** A path from the post's folder, which is published elsewhere: not /x, #x, or a scheme. */
    private static boolean isRelative(String destination) {
        if (destination.isEmpty() || "/#?".indexOf(destination.charAt(0)) >= 0) {
            return false;
        }
        int colon = destination.indexOf(':');
        int slash = destination.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    private Output ref(Shortcode shortcode, boolean absolute) {
        String path = shortcode.param("path", 0);
        String lang = shortcode.named().get("lang");
        String kind = absolute ? "ref" : "relref";
        if (path == null) {
            problem(
                    shortcode.line(),
                    kind
                            + " needs the post or page to link to, e.g. {{< "
                            + kind
                            + " \"/posts/2016-06-29-containerdays-2016\" >}}");
            return null;
        }
        ContentRefs.Found found = refs.find(entry, path, lang);
        Optional<String> url = url(found, absolute);
        refsUsed.add(new RefUse(absolute, path, lang, url));
        if (url.isEmpty()) {
            problem(shortcode.line(), kind + " " + found.problem());
            return null;
        }
        return Output.markdown(url.get());
    }

    /** Resolves a ref again, to see whether a remembered body still links right. */
    static Optional<String> url(BlogConfig config, ContentRefs refs, Entry from, RefUse use) {
        ContentRefs.Found found = refs.find(from, use.path(), use.lang());
        return url(config, found, use.absolute());
    }

    private Optional<String> url(ContentRefs.Found found, boolean absolute) {
        return url(config, found, absolute);
    }

    private static Optional<String> url(
            BlogConfig config, ContentRefs.Found found, boolean absolute) {
        if (found.entry() == null) {
            return Optional.empty();
        }
        String path = found.entry().path();
        return Optional.of(
                (absolute ? config.absolute(path) : config.basePath() + path) + found.fragment());
    }

    private Output highlight(Shortcode shortcode) {
        if (shortcode.inner() == null) {
            problem(
                    shortcode.line(),
                    "highlight needs its code between {{< highlight LANG >}} and {{< /highlight"
                            + " >}}");
            return null;
        }
        String code = shortcode.inner();
        if (code.startsWith("\r\n")) {
            code = code.substring(2);
        } else if (code.startsWith("\n")) {
            code = code.substring(1);
        }
        code = code.stripTrailing() + "\n";
        String language = shortcode.param("lang", 0);
        String options = shortcode.param("options", 1);
        return Output.html(
                Highlighter.html(
                        code, language == null ? "" : language, CodeOptions.parse(options)));
    }

    private Output template(Shortcode shortcode, String template) {
        themed = true;
        Map<String, Object> context = new HashMap<>();
        context.put("name", shortcode.name());
        context.put("params", new ShortcodeParams(shortcode));
        context.put(
                "inner",
                shortcode.innerHtml() == null ? null : new SafeString(shortcode.innerHtml()));
        context.put("lang", entry.language().code());
        String src = shortcode.named().get("src");
        if (src == null && shortcode.name().equals("figure") && !shortcode.positional().isEmpty()) {
            src = shortcode.positional().get(0);
        }
        PhotoView photo = null;
        if (src != null && images.figure(src, shortcode.line()).isPresent()) {
            photo = photos.view(src).orElse(null);
        }
        context.put("photo", photo);
        String url = src;
        if (src != null && photo == null && isRelative(src)) {
            url = links.resolve(src, true, shortcode.line()).orElse(src);
        }
        context.put("src", url);
        String caption = shortcode.named().get("caption");
        String captionHtml =
                caption == null || caption.isBlank() ? null : markdown.renderInline(caption);
        context.put("caption", captionHtml == null ? null : new SafeString(captionHtml));
        context.put(
                "captionText",
                captionHtml == null ? null : Jsoup.parseBodyFragment(captionHtml).text());
        try {
            return Output.html(theme.render(template, context, entry.language().locale()));
        } catch (ThemeException e) {
            Problem problem = e.problem();
            Path source = entry.document().source();
            String used =
                    source.startsWith(config.sourceDirectory())
                            ? config.sourceDirectory()
                                    .relativize(source)
                                    .toString()
                                    .replace('\\', '/')
                            : source.toString();
            problems.error(
                    Problem.at(
                            problem.file(),
                            problem.line(),
                            problem.message()
                                    + " (in shortcode "
                                    + shortcode.written()
                                    + " at "
                                    + used
                                    + ":"
                                    + shortcode.line()
                                    + ")"));
            return null;
        }
    }
}
