package io.github.logbuch.output;

import io.github.logbuch.images.PhotoMetadata;
import io.github.logbuch.images.ShootingData;
import io.github.logbuch.theme.view.ShootingView;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Writes shooting data the way a language writes numbers: "f/2,8" and "1/250 s" on a German page,
 * "f/2.8" on an English one, "35 mm" and "ISO 200" on both.
 */
final class ShootingFormat {
    private final Locale locale;
    private final DateTimeFormatter taken;

    ShootingFormat(Locale locale) {
        this.locale = locale;
        this.taken =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale);
    }

    /** The view of a photo's shooting data, or null if it has none. */
    ShootingView view(PhotoMetadata metadata) {
        ShootingData shot = metadata.shooting();
        if (shot.isEmpty() && metadata.captured() == null) {
            return null;
        }
        return new ShootingView(
                shot.camera(),
                shot.lens(),
                shot.focalLength() == null ? null : decimal(shot.focalLength()) + " mm",
                shot.aperture() == null ? null : "f/" + decimal(shot.aperture()),
                shot.exposure() == null ? null : exposure(shot.exposure()),
                shot.iso() == null ? null : "ISO " + shot.iso(),
                metadata.captured() == null ? null : taken.format(metadata.captured()),
                metadata.captured() == null
                        ? null
                        : metadata.captured()
                                .toOffsetDateTime()
                                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** At most one decimal, none when it is whole: 2.8, 8, 4.2. */
    String decimal(double value) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    /** "1/250 s" below a second where it is a fraction of one, else seconds: "0,4 s", "2 s". */
    String exposure(double seconds) {
        if (seconds < 1) {
            double denominator = 1 / seconds;
            long whole = Math.round(denominator);
            if (whole >= 2 && Math.abs(denominator - whole) / denominator < 0.05) {
                return "1/" + whole + " s";
            }
        }
        return decimal(seconds) + " s";
    }
}
