package org.jdissect.api.field;

/**
 * How a value is shown, as Wireshark's {@code field_display_e}: integer bases, and for absolute times whether they
 * print in local time, UTC or as seconds since the epoch. {@link #OUI} (a 24-bit vendor code) and {@link #CUSTOM} (a
 * dissector's own text) print their values in decimal to filters and outputs, their text coming with the item's label.
 */
public enum Base {
    NONE, DEC, HEX, OCT, DEC_HEX, HEX_DEC,
    TIME_LOCAL, TIME_UTC, TIME_UNIX,
    /** UTC, and "NULL" for the zero time: Wireshark's ABSOLUTE_TIME_NTP_UTC (an NTP timestamp of all zeros). */
    TIME_NTP_UTC,
    OUI, CUSTOM
}
