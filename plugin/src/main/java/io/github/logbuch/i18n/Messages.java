package io.github.logbuch.i18n;

import io.github.logbuch.config.BlogConfig;
import io.github.logbuch.config.Language;
import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The theme's UI strings per language: built in for English and German, each key overridable from
 * the blog's {@code i18n/messages[_<lang>].properties} (UTF-8). As with resource bundles, a
 * language's own file wins over {@code messages.properties}, and the blog's file over the built-in
 * one of the same language. Lookups never consult the JVM's default locale, so a build reads the
 * same on every machine.
 */
public final class Messages {
    private static final String BUILT_IN = "io/github/logbuch/theme/i18n/";

    private final Map<String, Map<String, String>> byLanguage;
    private final Map<String, Locale> locales;
    private final ThreadLocal<Map<String, MessageFormat>> formats =
            ThreadLocal.withInitial(HashMap::new);

    private Messages(Map<String, Map<String, String>> byLanguage, Map<String, Locale> locales) {
        this.byLanguage = byLanguage;
        this.locales = locales;
    }

    /** Loads the strings of every configured language; unreadable files become problems. */
    public static Messages load(BlogConfig config, Problems problems) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        Map<String, Locale> locales = new HashMap<>();
        for (Language language : config.languages()) {
            Map<String, String> merged = new HashMap<>();
            boolean builtIn = false;
            boolean own = false;
            // As with resource bundles, the more specific file wins; at equal rank, the blog's own.
            for (String suffix : suffixes(language.locale())) {
                builtIn |=
                        loadBuiltIn("messages" + suffix + ".properties", merged)
                                && !suffix.isEmpty();
                own |=
                        loadFile(config.i18nDirectory(), "messages" + suffix, merged, problems)
                                && !suffix.isEmpty();
            }
            if (!builtIn && !own && !language.locale().getLanguage().equals("en")) {
                problems.warning(
                        Problem.in(
                                config.i18nDirectory()
                                        .resolve("messages_" + language.code() + ".properties"),
                                "Logbuch has no built-in UI strings for "
                                        + language.code()
                                        + "; its pages use the English ones until this file"
                                        + " translates them"));
            }
            byLanguage.put(language.code(), Map.copyOf(merged));
            locales.put(language.code(), language.locale());
        }
        return new Messages(byLanguage, locales);
    }

    /** "", "_de", "_de_CH": most general first, so the specific ones win. */
    private static List<String> suffixes(Locale locale) {
        List<String> suffixes = new ArrayList<>();
        suffixes.add("");
        if (!locale.getLanguage().isEmpty()) {
            suffixes.add("_" + locale.getLanguage());
        }
        if (!locale.getCountry().isEmpty()) {
            suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
        }
        return suffixes;
    }

    private static boolean loadBuiltIn(String name, Map<String, String> into) {
        try (InputStream in =
                Messages.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                return false;
            }
            read(new InputStreamReader(in, StandardCharsets.UTF_8), into);
            return true;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean loadFile(
            Path dir, String baseName, Map<String, String> into, Problems problems) {
        // Java's own names use '_' (messages_pt_BR); a blogger may well write the tag
        // (messages_pt-BR).
        for (String name :
                List.of(
                        baseName,
                        baseName.replace('_', '-').replaceFirst("^messages-", "messages_"))) {
            Path file = dir.resolve(name + ".properties");
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    read(reader, into);
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    problems.error(
                            Problem.in(
                                    file, "cannot be read as UTF-8 properties: " + e.getMessage()));
                    return false;
                }
            }
        }
        return false;
    }

    private static void read(Reader reader, Map<String, String> into) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        for (String key : properties.stringPropertyNames()) {
            into.put(key, properties.getProperty(key));
        }
    }

    /** The string for {@code key} in a language, if there is one. */
    public Optional<String> find(String languageCode, String key) {
        Map<String, String> strings = byLanguage.get(languageCode);
        return strings == null ? Optional.empty() : Optional.ofNullable(strings.get(key));
    }

    /**
     * The string for {@code key}, with {@code {0}}-style arguments filled in for the language's
     * locale when there are any.
     *
     * @throws IllegalArgumentException for a key no bundle has: a theme bug worth failing on
     */
    public String format(String languageCode, String key, Object... args) {
        String pattern =
                find(languageCode, key)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no UI string \""
                                                        + key
                                                        + "\" for language "
                                                        + languageCode));
        if (args.length == 0) {
            return pattern;
        }
        // MessageFormat is not thread-safe, and compiling it on every call showed in profiles
        MessageFormat format =
                formats.get()
                        .computeIfAbsent(
                                languageCode + "\u0000" + key,
                                k -> new MessageFormat(pattern, locales.get(languageCode)));
        return format.format(args);
    }

    /**
     * The long date format of a language: "29. Juni 2016", "June 29, 2016"; {@code date.long}
     * overrides.
     */
    public DateTimeFormatter longDate(String languageCode) {
        Locale locale = locales.getOrDefault(languageCode, Locale.ROOT);
        return find(languageCode, "date.long")
                .map(pattern -> DateTimeFormatter.ofPattern(pattern, locale))
                .orElseGet(
                        () ->
                                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale));
    }
}
