package org.jdissect.api.limits;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The resource caps of a run, one value per {@link Limit}. Immutable; {@link #with} returns a changed copy.
 *
 * <p>Where the values come from, last one winning: the built-in defaults, the {@code jdissect.limit.NAME} system
 * properties ({@link #fromSystemProperties()}, what an engine uses unless told otherwise: the way in for library and
 * Spark users), then the command line's {@code -o NAME:VALUE}. Values are positive integers with an optional binary
 * suffix: {@code 64k}, {@code 16M}, {@code 2G}.
 */
public final class Limits {
    /** Prefix of the system properties: {@code -Djdissect.limit.tree.items=5000}. */
    public static final String PROPERTY_PREFIX = "jdissect.limit.";

    private static final Limits BUILT_IN = builtIn0();

    private final long[] values;

    private Limits(long[] values) {
        this.values = values;
    }

    private static Limits builtIn0() {
        Limit[] all = Limit.values();
        long[] v = new long[all.length];
        for (Limit l : all) {
            v[l.ordinal()] = l.builtIn();
        }
        return new Limits(v);
    }

    /** Every limit at its built-in default. */
    public static Limits builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in defaults overridden by any {@code jdissect.limit.NAME} system property.
     *
     * @throws IllegalArgumentException naming the property, when a value is not a positive number
     */
    public static Limits fromSystemProperties() {
        Limits l = BUILT_IN;
        for (Limit k : Limit.values()) {
            String v = System.getProperty(k.property());
            if (v != null) {
                try {
                    l = l.with(k, parseValue(v));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("system property " + k.property() + ": " + e.getMessage());
                }
            }
        }
        return l;
    }

    /** The value of {@code l}. */
    public long get(Limit l) {
        return values[l.ordinal()];
    }

    /** The value of {@code l}, saturated to an int (for counts and sizes of Java arrays). */
    public int getInt(Limit l) {
        return (int) Math.min(Integer.MAX_VALUE, values[l.ordinal()]);
    }

    /** A copy with {@code l} set to {@code value}. */
    public Limits with(Limit l, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(l.key() + " must be at least 1, not " + value);
        }
        long[] v = values.clone();
        v[l.ordinal()] = value;
        return new Limits(v);
    }

    /**
     * A copy with one setting applied, given as {@code NAME:VALUE} (tshark's {@code -o} form) or {@code NAME=VALUE}.
     *
     * @throws IllegalArgumentException with the known names, when the name or value is wrong
     */
    public Limits with(String setting) {
        int sep = separator(setting);
        if (sep <= 0) {
            throw new IllegalArgumentException("\"" + setting + "\" is not NAME:VALUE; limits: " + names());
        }
        Limit l = named(setting);
        if (l == null) {
            throw new IllegalArgumentException("unknown limit \"" + setting.substring(0, sep).trim() + "\"; limits: "
                    + names());
        }
        try {
            return with(l, parseValue(setting.substring(sep + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(l.key() + ": " + e.getMessage());
        }
    }

    /**
     * The limit a {@code NAME:VALUE} or {@code NAME=VALUE} setting names (with or without the property prefix), or
     * null when it names none or has no name: {@code -o} tells limits from protocol preferences by it.
     */
    public static Limit named(String setting) {
        int sep = separator(setting);
        if (sep <= 0) {
            return null;
        }
        String name = setting.substring(0, sep).trim();
        return Limit.byName(name.startsWith(PROPERTY_PREFIX) ? name.substring(PROPERTY_PREFIX.length()) : name);
    }

    /** Where a setting's name ends: its first ':', or an '=' before it; negative when it has neither. */
    private static int separator(String setting) {
        int sep = setting.indexOf(':');
        int eq = setting.indexOf('=');
        return sep < 0 || (eq >= 0 && eq < sep) ? eq : sep;
    }

    /** Parses {@code 1000}, {@code 64k}, {@code 16M}, {@code 2G} (binary multiples); at least 1. */
    public static long parseValue(String text) {
        String t = text.trim().replace("_", "");
        long mul = 1;
        if (!t.isEmpty()) {
            switch (Character.toLowerCase(t.charAt(t.length() - 1))) {
                case 'k' -> mul = 1L << 10;
                case 'm' -> mul = 1L << 20;
                case 'g' -> mul = 1L << 30;
                default -> { }
            }
        }
        if (mul != 1) {
            t = t.substring(0, t.length() - 1);
        }
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number (e.g. 1000, 64k, 16M, 2G)");
        }
        if (n < 1 || n > Long.MAX_VALUE / mul) {
            throw new IllegalArgumentException("\"" + text + "\" is out of range (at least 1)");
        }
        return n * mul;
    }

    /** Every limit's name, for messages. */
    public static String names() {
        StringJoiner j = new StringJoiner(", ");
        for (Limit l : Limit.values()) {
            j.add(l.key());
        }
        return j.toString();
    }

    /** How a user raises {@code l}, for messages: {@code -o tcp.streams:N (or -Djdissect.limit.tcp.streams=N)}. */
    public static String howToRaise(Limit l) {
        return "-o " + l.key() + ":N (or -D" + l.property() + "=N)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Limits other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "Limits[", "]");
        for (Limit l : Limit.values()) {
            j.add(l.key() + "=" + String.format(Locale.ROOT, "%d", values[l.ordinal()]));
        }
        return j.toString();
    }
}
