package io.github.logbuch.images;

/**
 * Where EXIF orientation 1 to 8 puts each pixel, so every size comes out upright and no viewer
 * needs to read a tag. Each orientation is a transpose and/or mirrors: 6 (turned right) is a
 * transpose mirrored left to right, 8 a transpose mirrored top to bottom, and so on. The resampler
 * writes each pixel straight to its upright place.
 */
final class Orientation {
    private Orientation() {}

    /**
     * The upright place of a pixel of an image as stored, {@code width}×{@code height} with {@code
     * channels} bytes per pixel: the pixel at stored (x, y) starts at byte {@code origin + x *
     * stepX + y * stepY} of the upright image.
     *
     * @return origin, stepX, stepY
     */
    static int[] layout(int orientation, int width, int height, int channels) {
        int c = channels;
        int row = width * c; // a stored row, in the upright image when not turned
        int column = height * c; // an upright row when turned: a stored column
        return switch (orientation) {
            case 2 -> new int[] {(width - 1) * c, -c, row};
            case 3 -> new int[] {((height - 1) * width + width - 1) * c, -c, -row};
            case 4 -> new int[] {(height - 1) * row, c, -row};
            case 5 -> new int[] {0, column, c};
            case 6 -> new int[] {(height - 1) * c, column, -c};
            case 7 -> new int[] {((width - 1) * height + height - 1) * c, -column, -c};
            case 8 -> new int[] {(width - 1) * column, -column, c};
            default -> new int[] {0, c, row};
        };
    }
}
