package org.jdissect.api.pref;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The preferences an engine's modules declared, and the values this run gives them (tshark's {@code -o}). Values are
 * set before the first packet is dissected: protocols read them as they dissect each packet.
 * Unset preferences keep their defaults, and reading one costs a field test while none is set.
 */
public final class Preferences {
    /** By lower-case name: tshark finds "TCP.check_checksum" too. */
    private final Map<String, Preference> byName;
    private final Map<Preference, Object> values = new IdentityHashMap<>();

    /** @param defs every preference the engine's modules registered, in registration order (names unique) */
    public Preferences(Collection<Preference> defs) {
        Map<String, Preference> m = new LinkedHashMap<>();
        for (Preference p : defs) {
            if (m.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p) != null) {
                throw new IllegalStateException("preference " + p.name() + " registered twice");
            }
        }
        byName = Collections.unmodifiableMap(m);
    }

    /** Every declared preference, in registration order. */
    public Collection<Preference> all() {
        return byName.values();
    }

    /** The preference named {@code name} (any case), or null. */
    public Preference find(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Applies one tshark {@code -o} setting, {@code NAME:VALUE} (blanks after the colon are skipped, as prefs.c
     * does).
     *
     * @throws IllegalArgumentException with tshark's words when it is not of that form or names no preference
     */
    public void set(String setting) {
        int colon = setting.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Invalid -o flag \"" + setting + "\"");
        }
        Preference p = find(setting.substring(0, colon));
        if (p == null) {
            throw new IllegalArgumentException("-o flag \"" + setting + "\" specifies unknown preference");
        }
        int v = colon + 1;
        while (v < setting.length() && Character.isWhitespace(setting.charAt(v))) {
            v++;
        }
        values.put(p, p.parse(setting.substring(v)));
    }

    /** The value of {@code p} in this run. */
    public boolean on(BoolPref p) {
        if (values.isEmpty()) {
            return p.defaultValue();
        }
        Object v = values.get(p);
        return v == null ? p.defaultValue() : (Boolean) v;
    }

    /** The value of {@code p} as {@code -G currentprefs} writes it. */
    public String text(Preference p) {
        Object v = values.get(p);
        return v == null ? p.defaultText() : p.valueText(v);
    }
}
