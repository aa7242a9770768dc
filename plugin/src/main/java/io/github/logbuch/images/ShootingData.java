package io.github.logbuch.images;

/**
 * How a photo was taken, as the camera wrote it into EXIF: what a photographer reads under a photo.
 * Only these: never the position, the camera's or lens's serial number, its owner or the maker
 * note.
 *
 * @param camera make and model, e.g. "FUJIFILM X-T3" (the make left out where the model names it)
 * @param lens the lens model, or null
 * @param focalLength in millimetres, or null
 * @param aperture the f-number, or null
 * @param exposure in seconds, or null
 * @param iso the ISO speed, or null
 */
public record ShootingData(
        String camera,
        String lens,
        Double focalLength,
        Double aperture,
        Double exposure,
        Integer iso) {

    public static final ShootingData NONE = new ShootingData(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
