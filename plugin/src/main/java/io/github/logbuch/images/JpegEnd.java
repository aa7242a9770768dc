package io.github.logbuch.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a JPEG's image data reaches its end marker (EOI). Entropy-coded data never holds the
 * bytes FF D9, so a file that has them after its first scan started is complete; one that does not
 * was cut off (an interrupted copy), however quietly a reader decodes it. The segments before the
 * scan are skipped by their lengths: an EXIF thumbnail has an end marker of its own.
 */
final class JpegEnd {
    private JpegEnd() {}

    static boolean isComplete(Path file) {
        // nearly every file ends with its end marker, a few padding bytes at most: seen without
        // reading the rest (the scan below reads the whole file, 3 MB for a 12 MP photo)
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 32);
            java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate(tail);
            channel.position(size - tail);
            while (end.hasRemaining() && channel.read(end) > 0) {
                // reads the tail whole
            }
            int last = end.position() - 1;
            while (last > 0 && end.get(last) == 0) {
                last--;
            }
            if (size > 1024
                    && last > 0
                    && (end.get(last - 1) & 0xff) == 0xFF
                    && (end.get(last) & 0xff) == 0xD9) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            if (in.read() != 0xFF || in.read() != 0xD8) {
                return true; // not a JPEG as far as this can tell: the reader judges it
            }
            // the segments before the first scan
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                if (b != 0xFF) {
                    return true; // not the structure expected: leave it to the reader
                }
                int marker = in.read();
                while (marker == 0xFF) {
                    marker = in.read();
                }
                if (marker < 0) {
                    return false;
                }
                if (marker == 0xD9) {
                    return true;
                }
                if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                    continue; // no length
                }
                int high = in.read();
                int low = in.read();
                if (low < 0) {
                    return false;
                }
                int length = (high << 8 | low) - 2;
                in.skipNBytes(length); // past the end: EOFException, truncated
                if (marker == 0xDA) {
                    break;
                }
            }
            // the scans: look for FF D9
            int previous = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if (previous == 0xFF && b == 0xD9) {
                    return true;
                }
                previous = b;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
