package io.github.logbuch.content;

import io.github.logbuch.problem.Problem;
import io.github.logbuch.problem.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one file's front matter, each with the line it is on, and typed getters that report
 * a wrong type as a problem at that line instead of throwing.
 */
public final class FrontMatter {

    /**
     * A value as parsed (String, Boolean, Long, Double, List, Map or a java.time date) and its
     * line.
     */
    public record Field(Object value, int line) {}

    private final Path file;
    private final int line;
    private final Map<String, Field> fields;
    private final Problems problems;

    FrontMatter(Path file, int line, Map<String, Field> fields, Problems problems) {
        this.file = file;
        this.line = line;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.problems = problems;
    }

    /** The line the front matter starts on, for problems about a missing field. */
    public int line() {
        return line;
    }

    public boolean has(String key) {
        return fields.containsKey(key) && fields.get(key).value() != null;
    }

    public int lineOf(String key) {
        Field field = fields.get(key);
        return field == null ? line : field.line();
    }

    /** Every field, for templates that want the blogger's own keys. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((k, v) -> values.put(k, v.value()));
        return values;
    }

    public Optional<String> string(String key) {
        Field field = fields.get(key);
        if (field == null || field.value() == null) {
            return Optional.empty();
        }
        Object v = field.value();
        if (v instanceof String s) {
            return Optional.of(s);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return Optional.of(String.valueOf(v));
        }
        return wrongType(field, key, "a text");
    }

    public boolean bool(String key, boolean fallback) {
        Field field = fields.get(key);
        if (field == null || field.value() == null) {
            return fallback;
        }
        Object v = field.value();
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on":
                    return true;
                case "false", "no", "off":
                    return false;
                default:
                    break;
            }
        }
        wrongType(field, key, "true or false");
        return fallback;
    }

    public Optional<Integer> integer(String key) {
        Field field = fields.get(key);
        if (field == null || field.value() == null) {
            return Optional.empty();
        }
        if (field.value() instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return Optional.of(l.intValue());
        }
        return wrongType(field, key, "a whole number");
    }

    /** A list of texts; a single text counts as a list of one ({@code tags: travel}). */
    public List<String> strings(String key) {
        Field field = fields.get(key);
        if (field == null || field.value() == null) {
            return List.of();
        }
        Object v = field.value();
        if (v instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.strip());
        }
        if (v instanceof List<?> list) {
            List<String> result = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof String || item instanceof Number || item instanceof Boolean) {
                    String s = String.valueOf(item).strip();
                    if (!s.isEmpty()) {
                        result.add(s);
                    }
                } else if (item != null) {
                    wrongType(field, key, "a list of texts");
                    return List.of();
                }
            }
            return List.copyOf(result);
        }
        wrongType(field, key, "a text or a list of texts");
        return List.of();
    }

    /** A list of mappings, such as {@code photos: [{file: a.jpg, caption: ...}]}. */
    public List<Map<String, Object>> mappings(String key) {
        Field field = fields.get(key);
        if (field == null || field.value() == null) {
            return List.of();
        }
        if (field.value() instanceof List<?> list) {
            List<Map<String, Object>> result = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> map)) {
                    wrongType(field, key, "a list of entries such as \"- file: a.jpg\"");
                    return List.of();
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                map.forEach((k, v) -> entry.put(String.valueOf(k), v));
                result.add(entry);
            }
            return result;
        }
        wrongType(field, key, "a list of entries such as \"- file: a.jpg\"");
        return List.of();
    }

    /**
     * A date or date-time; dates and date-times without a zone are read in {@code zone}. A value
     * that is no date is reported at its line.
     */
    public Optional<ZonedDateTime> date(String key, ZoneId zone) {
        Field field = fields.get(key);
        if (field == null || field.value() == null) {
            return Optional.empty();
        }
        Object v = field.value();
        if (v instanceof OffsetDateTime odt) {
            return Optional.of(odt.toZonedDateTime());
        }
        if (v instanceof LocalDateTime ldt) {
            return Optional.of(ldt.atZone(zone));
        }
        if (v instanceof LocalDate ld) {
            return Optional.of(ld.atStartOfDay(zone));
        }
        if (v instanceof String s) {
            Optional<ZonedDateTime> parsed = Dates.parse(s, zone);
            if (parsed.isEmpty()) {
                problems.error(
                        Problem.at(
                                file,
                                field.line(),
                                key
                                        + ": \""
                                        + s
                                        + "\" is not a date; write 2016-06-29 or an ISO-8601"
                                        + " date-time such as 2016-06-29T18:30:00+02:00"));
            }
            return parsed;
        }
        problems.error(
                Problem.at(
                        file,
                        field.line(),
                        key + ": expected a date such as 2016-06-29, found " + describe(v)));
        return Optional.empty();
    }

    private <T> Optional<T> wrongType(Field field, String key, String expected) {
        problems.error(
                Problem.at(
                        file,
                        field.line(),
                        key + ": expected " + expected + ", found " + describe(field.value())));
        return Optional.empty();
    }

    private static String describe(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        return "\"" + value + "\"";
    }
}
