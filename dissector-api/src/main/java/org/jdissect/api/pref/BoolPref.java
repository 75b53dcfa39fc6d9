package org.jdissect.api.pref;

import java.util.Locale;
import java.util.Objects;

/**
 * A true/false preference (prefs_register_bool_preference).
 *
 * @param name         {@code protocol.preference}, as tshark names it
 * @param description  what Wireshark says of it (the comment of -G defaultprefs)
 * @param defaultValue its value unless {@code -o} sets it
 */
public record BoolPref(String name, String description, boolean defaultValue) implements Preference {
    public BoolPref {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (name.indexOf('.') <= 0) {
            throw new IllegalArgumentException("a preference name is protocol.name: " + name);
        }
    }

    @Override
    public String valuesText() {
        return "TRUE or FALSE (case-insensitive)";
    }

    @Override
    public String defaultText() {
        return valueText(defaultValue);
    }

    @Override
    public String valueText(Object value) {
        return (Boolean) value ? "TRUE" : "FALSE";
    }

    /**
     * "true" in any case is true and anything else false, "1" and "yes" included: prefs.c compares the value with
     * "true" only, and tshark accepts every word.
     */
    @Override
    public Object parse(String text) {
        return text.toLowerCase(Locale.ROOT).equals("true");
    }
}
