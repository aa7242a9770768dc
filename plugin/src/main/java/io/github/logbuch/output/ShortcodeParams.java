package io.github.logbuch.output;

import io.github.logbuch.markdown.Shortcode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A shortcode's parameters as its template sees them: {@code params[0]} by position, {@code
 * params.src} by name, as Hugo's {@code .Get 0} and {@code .Get "src"}. Pebble picks the type a
 * number in {@code params[0]} is read as from the map's first key, so the key set always starts
 * with a whole number, and a map of named parameters only can be asked {@code params[0] |
 * default(...)} too; everything else (entries, size, lookups) is the parameters alone.
 */
final class ShortcodeParams extends AbstractMap<Object, Object> {
    private final Map<Object, Object> values = new LinkedHashMap<>();

    ShortcodeParams(Shortcode shortcode) {
        for (int i = 0; i < shortcode.positional().size(); i++) {
            values.put((long) i, shortcode.positional().get(i));
        }
        values.putAll(shortcode.named());
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key instanceof Number n ? (Object) n.longValue() : key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key instanceof Number n ? (Object) n.longValue() : key);
    }

    @Override
    public Set<Object> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Object> iterator() {
                Iterator<Object> keys = values.keySet().iterator();
                boolean numbered =
                        !values.isEmpty() && values.keySet().iterator().next() instanceof Long;
                return new Iterator<>() {
                    private boolean first = !numbered;

                    @Override
                    public boolean hasNext() {
                        return first || keys.hasNext();
                    }

                    @Override
                    public Object next() {
                        if (first) {
                            first = false;
                            return -1L; // no parameter: only the type of the first key counts
                        }
                        return keys.next();
                    }
                };
            }

            @Override
            public int size() {
                return values.size();
            }
        };
    }
}
