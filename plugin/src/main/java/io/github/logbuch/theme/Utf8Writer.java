package io.github.logbuch.theme;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * What a page is rendered into: the characters Pebble writes, encoded as UTF-8 as they come, into a
 * buffer the thread keeps from page to page. A page written through a {@link java.io.StringWriter}
 * was copied four times or more on its way to the file (the buffer growing, {@code toString},
 * {@code getBytes}), each append taking {@code StringBuffer}'s lock; here it is copied once, from
 * the buffer into the page's bytes. The bytes are those of {@code String.getBytes(UTF_8)}: a
 * surrogate without its other half becomes {@code ?}.
 *
 * <p>Not thread-safe: one page at a time, on the thread that got it from {@link #ofThisThread()},
 * which gives it back with {@link #release()}.
 */
final class Utf8Writer extends Writer implements SpecializedWriter {
    /** A buffer larger than this is not kept for the thread's next page. */
    private static final int KEPT_CAPACITY = 1 << 20;

    private static final ThreadLocal<Utf8Writer> OF_THREAD =
            ThreadLocal.withInitial(Utf8Writer::new);

    private byte[] buffer = new byte[16384];
    private int count;

    /** Where a string's characters are copied to be encoded. */
    private final char[] chars = new char[4096];

    /** A high surrogate waiting for its low one: a character can come in two writes. */
    private char pending;

    /**
     * Whether a page is being written into the thread's writer (a page within a page gets its own).
     */
    private boolean taken;

    Utf8Writer() {}

    /** This thread's writer, empty, until {@link #release()}; a new one if it is taken. */
    static Utf8Writer ofThisThread() {
        Utf8Writer writer = OF_THREAD.get();
        if (writer.taken) {
            return new Utf8Writer();
        }
        writer.reset();
        writer.taken = true;
        return writer;
    }

    /** Gives the writer back to its thread, for the next page. */
    void release() {
        taken = false;
    }

    /** The bytes written since the last reset, a copy. */
    byte[] toByteArray() {
        if (pending != 0) {
            pending = 0;
            room(1);
            buffer[count++] = '?';
        }
        return Arrays.copyOf(buffer, count);
    }

    private void reset() {
        count = 0;
        pending = 0;
        if (buffer.length > KEPT_CAPACITY) {
            buffer = new byte[16384];
        }
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length * 3 + 1);
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pending == 0) {
                buffer[count++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        // copied out first: String.charAt on a text with characters beyond Latin-1 was a tenth of
        // a cold build's samples in the forked build's quick JIT; an array loop takes half that
        while (length > 0) {
            int piece = Math.min(length, chars.length);
            text.getChars(offset, offset + piece, chars, 0);
            write(chars, 0, piece);
            offset += piece;
            length -= piece;
        }
    }

    @Override
    public Writer append(CharSequence text) {
        write(String.valueOf(text));
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) {
        write(String.valueOf(text).substring(start, end));
        return this;
    }

    @Override
    public Writer append(char c) {
        put(c);
        return this;
    }

    /** One character of any kind; the callers have made room for its bytes when they loop. */
    private void put(char c) {
        room(4);
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(c)) {
                int point = Character.toCodePoint(high, c);
                buffer[count++] = (byte) (0xF0 | (point >> 18));
                buffer[count++] = (byte) (0x80 | ((point >> 12) & 0x3F));
                buffer[count++] = (byte) (0x80 | ((point >> 6) & 0x3F));
                buffer[count++] = (byte) (0x80 | (point & 0x3F));
                return;
            }
            buffer[count++] = '?';
            room(4);
        }
        if (c < 0x80) {
            buffer[count++] = (byte) c;
        } else if (c < 0x800) {
            buffer[count++] = (byte) (0xC0 | (c >> 6));
            buffer[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pending = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[count++] = '?';
        } else {
            buffer[count++] = (byte) (0xE0 | (c >> 12));
            buffer[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** Makes room for {@code bytes} more. */
    private void room(int bytes) {
        if (count + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + bytes));
        }
    }

    @Override
    public void writeSpecialized(int i) {
        write(Integer.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(Long.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(Float.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(Short.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(Byte.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        put(c);
    }

    @Override
    public void writeSpecialized(String s) {
        write(s);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
