package org.jdissect.api.field;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A field's value names as an immutable map ordered by value, looked up without boxing ({@link #name}): a tree
 * label asks for the name of every integer it shows, and a boxed lookup in a general map was a seventh of a -V run.
 * Small non-negative values (the usual case: protocol numbers, types, codes) are indexed directly.
 */
final class ValueNames extends AbstractMap<Long, String> {
    private static final ValueNames EMPTY = new ValueNames(new long[0], new String[0]);
    /** Values from 0 up to this are looked up by index when every name falls in that range. */
    private static final long DENSE_LIMIT = 4096;

    private final long[] keys;
    private final String[] names;
    /** names by value, when every value is in [0, DENSE_LIMIT); else null. */
    private final String[] dense;

    private ValueNames(long[] keys, String[] names) {
        this.keys = keys;
        this.names = names;
        boolean small = keys.length > 0 && keys[0] >= 0 && keys[keys.length - 1] < DENSE_LIMIT;
        if (small) {
            dense = new String[(int) keys[keys.length - 1] + 1];
            for (int i = 0; i < keys.length; i++) {
                dense[(int) keys[i]] = names[i];
            }
        } else {
            dense = null;
        }
    }

    static ValueNames copyOf(Map<Long, String> m) {
        if (m == null || m.isEmpty()) {
            return EMPTY;
        }
        if (m instanceof ValueNames v) {
            return v;
        }
        long[] keys = new long[m.size()];
        int n = 0;
        for (Long k : m.keySet()) {
            keys[n++] = k; // null keys are refused here, as Map.copyOf refused them
        }
        Arrays.sort(keys);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = java.util.Objects.requireNonNull(m.get(keys[i]), "value name");
        }
        return new ValueNames(keys, names);
    }

    /** The name of {@code v}, or null. */
    String name(long v) {
        if (dense != null) {
            return v >= 0 && v < dense.length ? dense[(int) v] : null;
        }
        int i = Arrays.binarySearch(keys, v);
        return i >= 0 ? names[i] : null;
    }

    @Override
    public String get(Object key) {
        return key instanceof Long v ? name(v) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<Long, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Long, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keys.length;
                    }

                    @Override
                    public Entry<Long, String> next() {
                        if (i >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<Long, String> e = Map.entry(keys[i], names[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
