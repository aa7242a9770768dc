package io.github.logbuch.theme.view;

import java.util.List;

/**
 * How a photo was taken, written the page language's way ("f/2,8", "1/250 s" on a German page,
 * "f/2.8" on an English one). Each field is null when the photo does not say. Nothing here tells
 * where it was taken or whose camera it was.
 *
 * @param camera e.g. "FUJIFILM X-T3"
 * @param lens e.g. "XF35mmF1.4 R"
 * @param focalLength e.g. "35 mm"
 * @param aperture e.g. "f/2.8"
 * @param exposure e.g. "1/250 s"
 * @param iso e.g. "ISO 200"
 * @param taken date and time taken, e.g. "29. Juni 2016, 14:05"
 * @param takenIso machine-readable date and time taken (ISO 8601), for {@code <time datetime>}
 */
public record ShootingView(
        String camera,
        String lens,
        String focalLength,
        String aperture,
        String exposure,
        String iso,
        String taken,
        String takenIso) {

    /** The exposure in one line: "35 mm · f/2.8 · 1/250 s · ISO 200". */
    public String exposureLine() {
        return join(focalLength, aperture, exposure, iso);
    }

    /** Camera and lens in one line: "FUJIFILM X-T3 · XF35mmF1.4 R". */
    public String equipmentLine() {
        return join(camera, lens);
    }

    /** Everything but the date, in one line. */
    public String line() {
        return join(camera, lens, focalLength, aperture, exposure, iso);
    }

    private static String join(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(p -> p != null).toList());
    }

    /** The fields that are known, for a template that lists them. */
    public List<String> parts() {
        return java.util.Arrays.stream(
                        new String[] {camera, lens, focalLength, aperture, exposure, iso, taken})
                .filter(p -> p != null)
                .toList();
    }
}
