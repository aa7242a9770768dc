package io.github.logbuch.theme;

import io.github.logbuch.i18n.Messages;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything Logbuch adds to Pebble, in one place:
 *
 * <ul>
 *   <li>{@code t("key", args...)}: a UI string in the page's language
 *   <li>{@code languageName("de")}: a language's name in the page's language ("German")
 *   <li>{@code date | localdate}: "29. Juni 2016" / "June 29, 2016"
 *   <li>{@code date | isodate}: 2016-06-29T00:00:00+02:00, for {@code datetime} and feeds
 *   <li>{@code html | escapeXml}: escapes even HTML that is safe to print, for Atom's {@code
 *       <content type="html">}
 *   <li>{@code value | json}: a JSON literal (string, number, boolean, null, or a list of them)
 *       that is safe inside {@code <script type="application/ld+json">}
 * </ul>
 */
final class ThemeExtension extends AbstractExtension {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final Messages messages;
    private final Map<String, String> codesByLocale;

    ThemeExtension(Messages messages, Map<String, String> codesByLocale) {
        this.messages = messages;
        this.codesByLocale = codesByLocale;
    }

    private String code(EvaluationContext context) {
        String code = codesByLocale.get(context.getLocale().toLanguageTag());
        return code != null ? code : context.getLocale().toLanguageTag();
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate(), "languageName", new LanguageName());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "localdate",
                new LocalDate(),
                "isodate",
                new IsoDate(),
                "escapeXml",
                new EscapeXml(),
                "json",
                new Json());
    }

    private final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null; // positional: the key, then the arguments
        }

        @Override
        public Object execute(
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int lineNumber) {
            Map<Integer, Object> positional = new TreeMap<>();
            args.forEach(
                    (k, v) -> {
                        if (k.chars().allMatch(Character::isDigit)) {
                            positional.put(Integer.parseInt(k), v);
                        }
                    });
            List<Object> values = new ArrayList<>(positional.values());
            if (values.isEmpty() || !(values.get(0) instanceof String key)) {
                throw new PebbleException(
                        null,
                        "t() needs a message key, e.g. t(\"nav.home\")",
                        lineNumber,
                        self.getName());
            }
            try {
                return messages.format(
                        code(context), key, values.subList(1, values.size()).toArray());
            } catch (IllegalArgumentException e) {
                throw new PebbleException(e, e.getMessage(), lineNumber, self.getName());
            }
        }
    }

    private final class LanguageName implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("code");
        }

        @Override
        public Object execute(
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int lineNumber) {
            Locale of = Locale.forLanguageTag(String.valueOf(args.get("code")));
            String name = of.getDisplayLanguage(context.getLocale());
            return name.isEmpty()
                    ? of.toLanguageTag()
                    : name.substring(0, 1).toUpperCase(context.getLocale()) + name.substring(1);
        }
    }

    private final class LocalDate implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(
                Object input,
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int lineNumber) {
            if (input == null) {
                return null;
            }
            if (!(input instanceof TemporalAccessor date)) {
                throw new PebbleException(
                        null, "localdate needs a date, got " + input, lineNumber, self.getName());
            }
            return messages.longDate(code(context)).format(date);
        }
    }

    private static final class EscapeXml implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(
                Object input,
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int lineNumber) {
            if (input == null) {
                return null;
            }
            String text = input.toString();
            StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
            return new SafeString(out.toString());
        }
    }

    private static final class IsoDate implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(
                Object input,
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int lineNumber) {
            if (input == null) {
                return null;
            }
            if (!(input instanceof TemporalAccessor date)) {
                throw new PebbleException(
                        null, "isodate needs a date, got " + input, lineNumber, self.getName());
            }
            return ISO.format(date);
        }
    }

    private static final class Json implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(
                Object input,
                Map<String, Object> args,
                PebbleTemplate self,
                EvaluationContext context,
                int lineNumber) {
            StringBuilder out = new StringBuilder();
            write(input, out, context);
            return new SafeString(out.toString());
        }

        private static void write(Object value, StringBuilder out, EvaluationContext context) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Boolean
                    || value instanceof Integer
                    || value instanceof Long) {
                out.append(value);
            } else if (value instanceof TemporalAccessor date) {
                string(ISO.format(date), out);
            } else if (value instanceof Iterable<?> list) {
                out.append('[');
                String separator = "";
                for (Object item : list) {
                    out.append(separator);
                    write(item, out, context);
                    separator = ",";
                }
                out.append(']');
            } else {
                string(value.toString(), out);
            }
        }

        /** A JSON string; {@code <}, {@code >} and {@code &} escaped so no text ends the script. */
        private static void string(String text, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20
                                || c == '<'
                                || c == '>'
                                || c == '&'
                                || c == 0x2028
                                || c == 0x2029) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
