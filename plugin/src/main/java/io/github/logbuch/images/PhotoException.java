package io.github.logbuch.images;

/**
 * A photo that cannot be published: not an image, or not decodable at all (an error line), or
 * refused (too large for the limit or the memory: a warning). The message says why.
 */
final class PhotoException extends Exception {
    private final boolean refused;

    PhotoException(String message) {
        this(message, null, false);
    }

    PhotoException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private PhotoException(String message, Throwable cause, boolean refused) {
        super(message, cause);
        this.refused = refused;
    }

    /** A photo that may well be fine, but that this build will not process. */
    static PhotoException refused(String message, Throwable cause) {
        return new PhotoException(message, cause, true);
    }

    boolean refused() {
        return refused;
    }
}
