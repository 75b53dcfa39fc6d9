package org.jdissect.api.pref;

/**
 * A protocol preference, as Wireshark's prefs_register_*_preference declares one: a name under the protocol's
 * ({@code tcp.check_checksum}), a description, a default. Definitions are immutable and owned by the module that
 * registers them; the values of a run are kept by its engine's {@link Preferences} and set with tshark's
 * {@code -o NAME:VALUE}.
 */
public sealed interface Preference permits BoolPref {
    /** The name tshark's {@code -o} and {@code -G defaultprefs} use: {@code protocol.preference}. */
    String name();

    /** What Wireshark says of it: the comment line {@code -G defaultprefs} writes above it. */
    String description();

    /** The values it takes, as the second comment line of {@code -G defaultprefs} says. */
    String valuesText();

    /** The default value as {@code -G defaultprefs} writes it. */
    String defaultText();

    /** A value {@link #parse} made, as {@code -G currentprefs} writes it. */
    String valueText(Object value);

    /**
     * The value {@code text} stands for, read as Wireshark's prefs.c reads an {@code -o} value.
     *
     * @throws IllegalArgumentException when it stands for none
     */
    Object parse(String text);
}
