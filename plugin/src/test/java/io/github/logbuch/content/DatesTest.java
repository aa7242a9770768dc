package io.github.logbuch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @CsvSource({
        "2016-06-29, 2016-06-29T00:00+02:00[Europe/Berlin]",
        "2016-06-29T18:30, 2016-06-29T18:30+02:00[Europe/Berlin]",
        "2016-06-29T18:30:15, 2016-06-29T18:30:15+02:00[Europe/Berlin]",
        "2016-06-29T18:30:00Z, 2016-06-29T18:30Z",
        "2016-06-29T18:30:00+01:00, 2016-06-29T18:30+01:00",
        "2016-06-29T18:30:00.5-07:00, 2016-06-29T18:30:00.500-07:00",
        "2016-06-29 18:30:00 +0200, 2016-06-29T18:30+02:00",
        "2016-12-24 10:00, 2016-12-24T10:00+01:00[Europe/Berlin]"
    })
    void readsTheDatesBloggersWrite(String text, String expected) {
        assertEquals(ZonedDateTime.parse(expected), Dates.parse(text, BERLIN).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13-45", "yesterday", "29.06.2016", "2016-06-29T25:00", ""})
    void rejectsWhatIsNoDate(String text) {
        assertTrue(Dates.parse(text, BERLIN).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "2016-06-29-containerdays-2016, 2016-06-29, containerdays-2016",
        "2016-06-29, 2016-06-29, 2016-06-29",
        "containerdays, , containerdays",
        "2016-02-30-invalid, , 2016-02-30-invalid"
    })
    void splitsTheDatePrefixOffFolderNames(String folder, LocalDate date, String rest) {
        assertEquals(Optional.ofNullable(date), Dates.folderDate(folder));
        if (date != null || !folder.matches("\\d{4}-\\d{2}-\\d{2}-.*")) {
            assertEquals(rest, Dates.withoutDatePrefix(folder));
        }
    }
}
