package org.jdissect.api.dissect;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An integer-keyed table such as {@code eth.type}, {@code ip.proto} or {@code tcp.port}: keys are small, so the
 * hot path is an array index, never a boxed map lookup. A table is filled during registration and handoff and may
 * be changed later by "decode as"; lookups are plain reads.
 */
public final class DissectorTable {
    private final String name;
    private final String uiName;
    private final int maxKey;
    private Dissector[] byKey = new Dissector[16];
    private String[] names = new String[16];

    public DissectorTable(String name, String uiName, int maxKey) {
        this.name = name;
        this.uiName = uiName;
        this.maxKey = maxKey;
    }

    public String name() {
        return name;
    }

    public String uiName() {
        return uiName;
    }

    /** Binds {@code key} to {@code d}; {@code protocol} names it for listings and "decode as". */
    public synchronized void add(int key, String protocol, Dissector d) {
        if (key < 0 || key > maxKey) {
            throw new IllegalArgumentException(name + ": key " + key + " out of range 0.." + maxKey);
        }
        if (key >= byKey.length) {
            int n = Math.min(maxKey + 1, Math.max(key + 1, byKey.length * 2));
            byKey = Arrays.copyOf(byKey, n);
            names = Arrays.copyOf(names, n);
        }
        byKey[key] = d;
        names[key] = protocol;
    }

    /** Unbinds every key bound to {@code protocol} (tshark's --disable-protocol); returns how many were. */
    public synchronized int removeProtocol(String protocol) {
        int n = 0;
        for (int i = 0; i < byKey.length; i++) {
            if (byKey[i] != null && protocol.equals(names[i])) {
                byKey[i] = null;
                names[i] = null;
                n++;
            }
        }
        return n;
    }

    public Dissector get(int key) {
        Dissector[] t = byKey;
        return key >= 0 && key < t.length ? t[key] : null;
    }

    public String protocolAt(int key) {
        return key >= 0 && key < names.length ? names[key] : null;
    }

    /** Current bindings, key order, for listings. */
    public synchronized Map<Integer, String> entries() {
        Map<Integer, String> out = new TreeMap<>();
        for (int i = 0; i < byKey.length; i++) {
            if (byKey[i] != null) {
                out.put(i, names[i]);
            }
        }
        return out;
    }
}
