package io.github.logbuch.cache;

import com.dynatrace.hash4j.hashing.HashStream128;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest of a file's key, the data it is made of, the same in every JVM: what a template page
 * is rendered from (view records, lists, maps, text, numbers, dates) or what a document is. Records
 * are walked component by component, collections and maps in their iteration order, so two keys
 * have equal digests only when they hold equal data in the same order. A key holding anything else
 * (an object whose state a digest cannot see) has none: the file it makes is then made again by
 * every build, never taken from an earlier one.
 *
 * <p>A record's digest is computed once per instance (the same post view is on many pages), so the
 * records in a key must not change once made, as views do not. Paths under the base folder count
 * relative to it: a blog checked out elsewhere keeps its digests. Safe to use from many threads.
 */
public final class KeyDigest {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private final byte[] salt;
    private final Path base;
    // sized for a blog of a few thousand posts' views: growing it showed in profiles
    private final Map<Identity, byte[]> records = new ConcurrentHashMap<>(1 << 13);

    /**
     * @param salt what every key is made with besides its data (the theme, the configuration, the
     *     plugin's code), so that a change there changes every digest
     * @param base the folder paths count relative to
     */
    public KeyDigest(String salt, Path base) {
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
        this.base = base.toAbsolutePath().normalize();
    }

    /** The digest of {@code key} in hex, or empty when it holds something a digest cannot see. */
    public Optional<String> of(Object key) {
        Sink sink = new Sink();
        sink.bytes(salt);
        try {
            add(sink, key);
        } catch (Opaque e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(sink.digest()));
    }

    private void add(Sink sink, Object value) {
        if (value == null) {
            sink.tag(0);
        } else if (value instanceof String text) {
            sink.tag(1);
            sink.text(text);
        } else if (value instanceof SafeString html) {
            // HTML the template engine prints as it is
            sink.tag(2);
            sink.text(html.toString());
        } else if (value instanceof Enum<?> constant) {
            sink.tag(3);
            sink.text(constant.getDeclaringClass().getName());
            sink.text(constant.name());
        } else if (value instanceof Boolean
                || value instanceof Number
                || value instanceof Character
                || value instanceof TemporalAccessor
                || value instanceof Locale) {
            sink.tag(3);
            sink.text(value.getClass().getName());
            sink.text(value.toString());
        } else if (value instanceof Path path) {
            sink.tag(4);
            sink.text(Fields.relative(base, path));
        } else if (value instanceof Optional<?> optional) {
            sink.tag(5);
            add(sink, optional.orElse(null));
        } else if (value instanceof byte[] bytes) {
            sink.tag(6);
            sink.length(bytes.length);
            sink.bytes(bytes);
        } else if (value instanceof Record record) {
            sink.tag(7);
            sink.bytes(record(record));
        } else if (value instanceof Collection<?> collection) {
            sink.tag(8);
            sink.length(collection.size());
            for (Object element : collection) {
                add(sink, element);
            }
        } else if (value instanceof Map<?, ?> map) {
            sink.tag(9);
            sink.length(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                add(sink, entry.getKey());
                add(sink, entry.getValue());
            }
        } else {
            throw new Opaque();
        }
    }

    private byte[] record(Record record) {
        Identity identity = new Identity(record);
        byte[] known = records.get(identity);
        if (known != null) {
            return known;
        }
        Sink sink = new Sink();
        sink.text(record.getClass().getName());
        for (RecordComponent component :
                COMPONENTS.computeIfAbsent(record.getClass(), Class::getRecordComponents)) {
            add(sink, value(component.getAccessor(), record));
        }
        byte[] result = sink.digest();
        records.put(identity, result);
        return result;
    }

    private static Object value(Method accessor, Record record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Opaque();
        }
    }

    /**
     * The bytes of a digest, gathered in an array and handed to the hash in large pieces: a key is
     * mostly tags, lengths and short texts, and an update for each of them (five calls for a word)
     * cost more in the forked build's quick JIT than the hashing itself.
     *
     * <p>XXH3-128, not a cryptographic digest: a digest here names data, it guards nothing (whoever
     * can write the cache can write the sources), and in the forked build's quick JIT it is nine
     * times MD5's speed (see {@link SourceStamps#hash(Path)}); MD5 was a twentieth of a cold
     * 5,000-post build's samples.
     */
    private static final class Sink {
        private static final int FLUSH = 1 << 14;
        private final HashStream128 digest = SourceStamps.xxh3();
        private byte[] buffer = new byte[256];
        private int size;

        void tag(int tag) {
            room(1);
            buffer[size++] = (byte) tag;
        }

        void length(int length) {
            room(4);
            buffer[size++] = (byte) (length >>> 24);
            buffer[size++] = (byte) (length >>> 16);
            buffer[size++] = (byte) (length >>> 8);
            buffer[size++] = (byte) length;
        }

        void text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            length(bytes.length);
            bytes(bytes);
        }

        void bytes(byte[] bytes) {
            if (bytes.length > FLUSH / 4) {
                flush();
                digest.putBytes(bytes);
                return;
            }
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }

        byte[] digest() {
            flush();
            return digest.get().toByteArray();
        }

        private void room(int more) {
            if (size + more > buffer.length) {
                if (size + more > FLUSH) {
                    flush();
                }
                if (size + more > buffer.length) {
                    buffer =
                            java.util.Arrays.copyOf(
                                    buffer, Math.max(buffer.length * 2, size + more));
                }
            }
        }

        private void flush() {
            digest.putBytes(buffer, 0, size);
            size = 0;
        }
    }

    /** A record by identity: equal records made apart are digested apart, once each. */
    private record Identity(Record record) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.record == record;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(record);
        }
    }

    /** Something in a key a digest cannot see into. */
    private static final class Opaque extends RuntimeException {
        Opaque() {
            super(null, null, false, false);
        }
    }
}
