package org.jdissect.cli.stats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The order in which GLib 2.74's GHashTable (ghash.c) walks its keys (g_hash_table_foreach), for tshark's statistics
 * that print straight from one: open addressing over a power-of-two array, a key's home slot its hash times 11 modulo
 * a prime below the size, quadratic probing, and in-place rehashing when the table grows. Only insertion is modelled
 * (tshark's taps never remove). Keys are compared with {@code equals}.
 */
final class GlibHashOrder<K> {
    /** ghash.c's prime_mod, one prime per table size 1 << shift. */
    private static final int[] PRIME_MOD = {1, 2, 3, 7, 13, 31, 61, 127, 251, 509, 1021, 2039, 4093, 8191, 16381,
        32749, 65521, 131071, 262139, 524287, 1048573, 2097143, 4194301, 8388593, 16777213, 33554393, 67108859,
        134217689, 268435399, 536870909, 1073741789, 2147483647};
    private static final int MIN_SHIFT = 3;

    private final ToIntFunction<K> hash;
    private int size;
    private int mod;
    private int mask;
    private int nodes;
    /** 0 for an empty slot; real hashes are 2 or more, as ghash.c keeps 0 and 1 for empty slots and tombstones. */
    private int[] hashes;
    private Object[] keys;

    GlibHashOrder(ToIntFunction<K> hash) {
        this.hash = hash;
        setShift(MIN_SHIFT);
        hashes = new int[size];
        keys = new Object[size];
    }

    /** g_int_hash: the int itself. */
    static int intHash(Integer k) {
        return k;
    }

    /** g_str_hash: djb2 over the bytes as signed chars. */
    static int strHash(String k) {
        int h = 5381;
        for (byte b : k.getBytes(StandardCharsets.UTF_8)) {
            h = (h << 5) + h + b;
        }
        return h;
    }

    /** g_hash_table_insert of a key not there yet; a key already there changes nothing. */
    void add(K key) {
        int h = realHash(key);
        int i = index(h);
        for (int step = 0; hashes[i] != 0; ) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return;
            }
            step++;
            i = (i + step) & mask;
        }
        hashes[i] = h;
        keys[i] = key;
        nodes++;
        // g_hash_table_maybe_resize after filling an unused slot (no tombstones: occupied == nodes)
        if (size <= nodes + nodes / 16) {
            resize();
        }
    }

    /** The keys in g_hash_table_foreach's order. */
    @SuppressWarnings("unchecked")
    List<K> keys() {
        List<K> out = new ArrayList<>(nodes);
        for (int i = 0; i < size; i++) {
            if (hashes[i] != 0) {
                out.add((K) keys[i]);
            }
        }
        return out;
    }

    private int realHash(K key) {
        int h = hash.applyAsInt(key);
        return Integer.compareUnsigned(h, 2) < 0 ? 2 : h;
    }

    private int index(int h) {
        return Integer.remainderUnsigned(h * 11, mod);
    }

    private void setShift(int shift) {
        size = 1 << shift;
        mod = PRIME_MOD[shift];
        mask = size - 1;
    }

    /**
     * g_hash_table_resize: the size for nodes * 1.333, then every entry moved in place, walking the old slots in
     * order: an entry that lands on a slot still holding an unmoved one evicts it, and the evicted one moves next.
     */
    private void resize() {
        int oldSize = size;
        int shift = 0;
        for (int n = (int) (nodes * 1.333); n != 0; n >>= 1) {
            shift++;
        }
        setShift(Math.max(shift, MIN_SHIFT));
        if (size > oldSize) {
            hashes = java.util.Arrays.copyOf(hashes, size);
            keys = java.util.Arrays.copyOf(keys, size);
        }
        boolean[] moved = new boolean[Math.max(size, oldSize)];
        for (int i = 0; i < oldSize; i++) {
            int h = hashes[i];
            if (h == 0 || moved[i]) {
                continue;
            }
            Object key = keys[i];
            hashes[i] = 0;
            keys[i] = null;
            while (true) {
                int j = index(h);
                for (int step = 0; moved[j]; ) {
                    step++;
                    j = (j + step) & mask;
                }
                moved[j] = true;
                int evictedHash = hashes[j];
                Object evicted = keys[j];
                hashes[j] = h;
                keys[j] = key;
                if (evictedHash == 0) {
                    break;
                }
                h = evictedHash;
                key = evicted;
            }
        }
    }
}
