package io.github.logbuch.images;

/** A photo that cannot be published: damaged, too large, not an image. The message says why. */
final class PhotoException extends Exception {
    PhotoException(String message) {
        super(message);
    }

    PhotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
