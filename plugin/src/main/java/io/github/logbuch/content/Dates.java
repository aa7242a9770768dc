package io.github.logbuch.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates bloggers write: front matter values and folder-name prefixes. */
public final class Dates {
    private static final Pattern FOLDER_PREFIX =
            Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:-(.*))?$");

    /** 2016-06-29T10:15, 2016-06-29 10:15:30, with an optional zone such as Z, +02:00 or +0200. */
    private static final DateTimeFormatter DATE_TIME =
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .optionalStart()
                    .appendLiteral('T')
                    .optionalEnd()
                    .optionalStart()
                    .appendLiteral(' ')
                    .optionalEnd()
                    .appendValue(ChronoField.HOUR_OF_DAY, 2)
                    .appendLiteral(':')
                    .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                    .optionalStart()
                    .appendLiteral(':')
                    .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                    .optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
                    .optionalEnd()
                    .optionalEnd()
                    .optionalStart()
                    .optionalStart()
                    .appendLiteral(' ')
                    .optionalEnd()
                    .appendOffset("+HH:MM", "Z")
                    .optionalEnd()
                    .optionalStart()
                    .optionalStart()
                    .appendLiteral(' ')
                    .optionalEnd()
                    .appendOffset("+HHMM", "Z")
                    .optionalEnd()
                    .toFormatter();

    private Dates() {}

    /**
     * A date as written in front matter: {@code 2016-06-29} (start of that day in {@code zone}), or
     * a date-time with or without zone. Empty when the text is no such date.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String s = text.strip();
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(zone));
        } catch (DateTimeParseException notJustADate) {
            // fall through to date-times
        }
        try {
            TemporalAccessor parsed = DATE_TIME.parse(s);
            LocalDateTime local = LocalDateTime.from(parsed);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(
                        OffsetDateTime.of(
                                        local,
                                        java.time.ZoneOffset.ofTotalSeconds(
                                                parsed.get(ChronoField.OFFSET_SECONDS)))
                                .toZonedDateTime());
            }
            return Optional.of(local.atZone(zone));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The {@code yyyy-mm-dd-} prefix of a folder name, as a date; empty without one. */
    public static Optional<LocalDate> folderDate(String folderName) {
        Matcher m = FOLDER_PREFIX.matcher(folderName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A folder name without its date prefix: "2016-06-29-containerdays-2016" →
     * "containerdays-2016".
     */
    public static String withoutDatePrefix(String folderName) {
        Matcher m = FOLDER_PREFIX.matcher(folderName);
        if (m.matches() && m.group(4) != null && !m.group(4).isBlank()) {
            return m.group(4);
        }
        return folderName;
    }
}
