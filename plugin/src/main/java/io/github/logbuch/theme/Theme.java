package io.github.logbuch.theme;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.i18n.Messages;
import io.github.logbuch.problem.Problem;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The theme: Pebble templates and assets, the blog's own {@code templates/} folder first and the
 * built-in theme second, so a blogger overrides a template by giving a file its name. Variables are
 * strict: a typo in a template fails the build with the template's name and line.
 */
public final class Theme {
    static final String BUILT_IN = "io/github/logbuch/theme/";

    /** What {@link #prepare} compiles: the page templates and the partials they include. */
    private static final List<String> COMMON =
            List.of(
                    "base.peb",
                    "post.peb",
                    "page.peb",
                    "home.peb",
                    "tag.peb",
                    "tags.peb",
                    "archive.peb",
                    "feed.peb",
                    "sitemap.peb",
                    "partials/summary.peb",
                    "partials/pager.peb",
                    "partials/tags.peb",
                    "partials/gallery.peb");

    private final PebbleEngine engine;
    private final Path overrides;
    private final Messages messages;

    public Theme(BlogConfig config, Messages messages) {
        this.overrides = config.templatesDirectory();
        this.messages = messages;
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(overrides)) {
            loaders.add(new FileLoader(overrides.toAbsolutePath().toString()));
        }
        ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN + "templates");
        loaders.add(builtIn);
        Map<String, String> codesByLocale = new HashMap<>();
        for (Language language : config.languages()) {
            codesByLocale.put(language.locale().toLanguageTag(), language.code());
        }
        this.engine =
                new PebbleEngine.Builder()
                        .loader(new DelegatingLoader(loaders))
                        .strictVariables(true)
                        .autoEscaping(true)
                        .addEscapingStrategy("html", new HtmlEscaping())
                        .defaultLocale(config.defaultLanguage().locale())
                        .extension(new ThemeExtension(messages, codesByLocale))
                        .build();
    }

    /**
     * Compiles the templates most pages of a blog are made with, before the first page needs them:
     * a build calls it in a thread beside its loading. A template that does not compile is left to
     * the page that uses it, which reports it with its file and line.
     */
    public void prepare() {
        for (String template : COMMON) {
            try {
                engine.getTemplate(template);
            } catch (RuntimeException e) {
                // told by render()
            }
        }
    }

    /**
     * Renders a template, e.g. {@code post.peb}, with {@code locale} deciding UI strings and dates.
     */
    public String render(String template, Map<String, Object> context, Locale locale)
            throws ThemeException {
        StringWriter out = new StringWriter(8192);
        evaluate(template, context, locale, out);
        return out.toString();
    }

    /** Renders a template as {@link #render} does, into the UTF-8 bytes of a file. */
    public byte[] renderUtf8(String template, Map<String, Object> context, Locale locale)
            throws ThemeException {
        Utf8Writer out = Utf8Writer.ofThisThread();
        try {
            evaluate(template, context, locale, out);
            return out.toByteArray();
        } finally {
            out.release();
        }
    }

    private void evaluate(String template, Map<String, Object> context, Locale locale, Writer out)
            throws ThemeException {
        try {
            engine.getTemplate(template).evaluate(out, context, locale);
        } catch (PebbleException e) {
            String name = e.getFileName() != null ? e.getFileName() : template;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            throw new ThemeException(Problem.at(templateFile(name), line, e.getPebbleMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UI strings the templates use, for the few words a post's body carries. */
    public Messages messages() {
        return messages;
    }

    /** Whether the blog or the built-in theme has a template of this name. */
    public boolean has(String name) {
        return isOwn(name)
                || Theme.class.getClassLoader().getResource(BUILT_IN + "templates/" + name) != null;
    }

    /** Whether the blog has a template of this name in its own {@code templates/} folder. */
    public boolean isOwn(String name) {
        Path own = overrides.resolve(name).normalize();
        return own.startsWith(overrides.normalize()) && Files.isRegularFile(own);
    }

    /** A UI string in a language, as templates get it with {@code t(key, args)}. */
    public String message(Language language, String key, Object... args) {
        return messages.format(language.code(), key, args);
    }

    /** How a language writes a date, as templates get it with {@code localdate}. */
    public java.time.format.DateTimeFormatter dateFormat(Language language) {
        return messages.longDate(language.code());
    }

    /** Where a template comes from: the blog's override, or the built-in theme. */
    public Path templateFile(String name) {
        Path own = overrides.resolve(name);
        return Files.isRegularFile(own) ? own : Path.of("(built-in theme)", "templates", name);
    }

    /**
     * An asset of the theme, such as {@code logbuch.css}, from the blog's override if it has one.
     */
    public byte[] asset(String name) {
        Path own = overrides.resolve("assets").resolve(name).normalize();
        try {
            if (own.startsWith(overrides) && Files.isRegularFile(own)) {
                return Files.readAllBytes(own);
            }
            try (InputStream in =
                    Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + "assets/" + name)) {
                return Optional.ofNullable(in)
                        .orElseThrow(() -> new IllegalStateException("no theme asset " + name))
                        .readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
