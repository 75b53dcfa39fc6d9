package org.jdissect.api.field;

/** How an integer is shown, as Wireshark's {@code field_display_e}. */
public enum Base {
    NONE, DEC, HEX, OCT, DEC_HEX, HEX_DEC
}
