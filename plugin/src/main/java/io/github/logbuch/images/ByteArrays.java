package io.github.logbuch.images;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The large pixel arrays of one worker, kept from one photo to the next. A 12 MP photo needs some
 * 60 MB of them; asking the heap for that anew for each photo costs page faults, zeroing and
 * collections (measured: a tenth of the build's CPU went to the kernel). Not thread-safe: one per
 * worker.
 */
final class ByteArrays {
    private final long limit;
    private final List<byte[]> idle = new ArrayList<>();
    private final List<byte[]> lent = new ArrayList<>();

    /** Keeps at most {@code limit} bytes from one photo for the next. */
    ByteArrays(long limit) {
        this.limit = limit;
    }

    /** How many bytes are kept from one photo for the next, at most. */
    long limit() {
        return limit;
    }

    /** Arrays that are never reused. */
    static ByteArrays none() {
        return new ByteArrays(0);
    }

    /**
     * An array of at least {@code length} bytes, of any content: an idle one that is not more than
     * twice as long, else a new one.
     */
    byte[] take(int length) {
        byte[] best = null;
        for (byte[] array : idle) {
            if (array.length >= length
                    && array.length / 2 <= length
                    && (best == null || array.length < best.length)) {
                best = array;
            }
        }
        if (best == null) {
            best = new byte[length];
        } else {
            idle.remove(best);
        }
        if (limit > 0) {
            lent.add(best);
        }
        return best;
    }

    /**
     * A photo is done and none of its arrays is used any more: they are kept for the next (the
     * largest first, up to the limit); arrays it did not need are let go.
     */
    void recycle() {
        idle.clear();
        lent.sort(Comparator.comparingInt((byte[] array) -> array.length).reversed());
        long kept = 0;
        for (byte[] array : lent) {
            if (kept + array.length <= limit) {
                idle.add(array);
                kept += array.length;
            }
        }
        lent.clear();
    }
}
