package org.jdissect.dsl.eval;

/**
 * How a value is held while a filter runs. Integers, booleans, MAC and IPv4 addresses and times are longs so that
 * comparing them allocates nothing; doubles travel as their raw long bits.
 */
public enum Kind {
    /** Signed comparison of {@code long}s (also fits every unsigned type narrower than 64 bits). */
    LONG,
    /** Unsigned comparison of {@code long}s, for 64-bit unsigned fields. */
    ULONG,
    /** {@code double} values stored as {@link Double#doubleToRawLongBits}. */
    DOUBLE,
    /** {@code byte[]}, compared as unsigned bytes (also IPv6 addresses and protocol bytes). */
    BYTES,
    /** {@code String}. */
    STRING,
    /** Presence only (text-only fields): nothing to compare. */
    NONE;

    public boolean isNumeric() {
        return this == LONG || this == ULONG || this == DOUBLE;
    }

    public boolean usesObjects() {
        return this == BYTES || this == STRING;
    }
}
