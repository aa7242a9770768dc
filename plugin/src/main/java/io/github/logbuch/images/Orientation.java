package io.github.logbuch.images;

/**
 * Turns and mirrors pixels as EXIF orientation 1 to 8 says, so every size comes out upright and no
 * viewer needs to read a tag. Each orientation is a transpose and/or mirrors: 6 (turned right) is a
 * transpose mirrored left to right, 8 a transpose mirrored top to bottom, and so on.
 */
final class Orientation {
    private Orientation() {}

    static Resampler.Pixels apply(Resampler.Pixels in, int orientation) {
        return switch (orientation) {
            case 2 -> mirrorRows(in);
            case 3 -> mirrorColumns(mirrorRows(in));
            case 4 -> mirrorColumns(in);
            case 5 -> Resampler.transpose(in);
            case 6 -> mirrorRows(Resampler.transpose(in));
            case 7 -> mirrorColumns(mirrorRows(Resampler.transpose(in)));
            case 8 -> mirrorColumns(Resampler.transpose(in));
            default -> in;
        };
    }

    /** Left becomes right. */
    private static Resampler.Pixels mirrorRows(Resampler.Pixels in) {
        int w = in.width();
        int c = in.channels();
        byte[] src = in.data();
        byte[] out = new byte[src.length];
        for (int y = 0; y < in.height(); y++) {
            int row = y * w * c;
            for (int x = 0; x < w; x++) {
                int from = row + x * c;
                int to = row + (w - 1 - x) * c;
                for (int k = 0; k < c; k++) {
                    out[to + k] = src[from + k];
                }
            }
        }
        return new Resampler.Pixels(out, w, in.height(), c);
    }

    /** Top becomes bottom. */
    private static Resampler.Pixels mirrorColumns(Resampler.Pixels in) {
        int rowLength = in.width() * in.channels();
        int h = in.height();
        byte[] out = new byte[in.data().length];
        for (int y = 0; y < h; y++) {
            System.arraycopy(in.data(), y * rowLength, out, (h - 1 - y) * rowLength, rowLength);
        }
        return new Resampler.Pixels(out, in.width(), h, in.channels());
    }
}
