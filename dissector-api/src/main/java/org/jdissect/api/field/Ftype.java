package org.jdissect.api.field;

/**
 * Wireshark 4.0's field types ({@code ftenum} of epan/ftypes/ftypes.h), by their names and numbers: what
 * {@code tshark -G fields} lists, {@code -T json -x} numbers in an item's "_raw" array, and some display filter
 * messages name ("FT_STRINGZPAD cannot &."). jdissect's {@link FieldType} has a kind for each that it dissects;
 * several of Wireshark's string types share {@link FieldType#STRING}, told apart by {@link FieldDef#ftype()}.
 */
public enum Ftype {
    FT_NONE("Label"),
    FT_PROTOCOL("Protocol"),
    FT_BOOLEAN("Boolean"),
    FT_CHAR("Character (1 byte)"),
    FT_UINT8("Unsigned integer (1 byte)"),
    FT_UINT16("Unsigned integer (2 bytes)"),
    FT_UINT24("Unsigned integer (3 bytes)"),
    FT_UINT32("Unsigned integer (4 bytes)"),
    FT_UINT40("Unsigned integer (5 bytes)"),
    FT_UINT48("Unsigned integer (6 bytes)"),
    FT_UINT56("Unsigned integer (7 bytes)"),
    FT_UINT64("Unsigned integer (8 bytes)"),
    FT_INT8("Signed integer (1 byte)"),
    FT_INT16("Signed integer (2 bytes)"),
    FT_INT24("Signed integer (3 bytes)"),
    FT_INT32("Signed integer (4 bytes)"),
    FT_INT40("Signed integer (5 bytes)"),
    FT_INT48("Signed integer (6 bytes)"),
    FT_INT56("Signed integer (7 bytes)"),
    FT_INT64("Signed integer (8 bytes)"),
    FT_IEEE_11073_SFLOAT("IEEE-11073 floating point (16-bit)"),
    FT_IEEE_11073_FLOAT("IEEE-11073 Floating point (32-bit)"),
    FT_FLOAT("Floating point (single-precision)"),
    FT_DOUBLE("Floating point (double-precision)"),
    FT_ABSOLUTE_TIME("Date and time"),
    FT_RELATIVE_TIME("Time offset"),
    FT_STRING("Character string"),
    FT_STRINGZ("Character string"),
    FT_UINT_STRING("Character string"),
    FT_ETHER("Ethernet or other MAC address"),
    FT_BYTES("Byte sequence"),
    FT_UINT_BYTES("Byte sequence"),
    FT_IPv4("IPv4 address"),
    FT_IPv6("IPv6 address"),
    FT_IPXNET("IPX network number"),
    FT_FRAMENUM("Frame number"),
    FT_GUID("Globally Unique Identifier"),
    FT_OID("ASN.1 object identifier"),
    FT_EUI64("EUI64 address"),
    FT_AX25("AX.25 address"),
    FT_VINES("VINES address"),
    FT_REL_OID("ASN.1 relative object identifier"),
    FT_SYSTEM_ID("OSI System-ID"),
    FT_STRINGZPAD("Character string"),
    FT_FCWWN("Fibre Channel WWN"),
    FT_STRINGZTRUNC("Character string");

    private final String label;

    Ftype(String label) {
        this.label = label;
    }

    /** ftypes.c's pretty name, as {@code tshark -G ftypes} lists it ("Unsigned integer (1 byte)"). */
    public String label() {
        return label;
    }

    /** The number ftypes.h gives it, which {@code -T json -x} prints (FT_STRING 26, FT_GUID 36). */
    public int number() {
        return ordinal();
    }

    /** Whether jdissect holds a value of this type as a {@link FieldType#STRING}. */
    public boolean isString() {
        return switch (this) {
            case FT_STRING, FT_STRINGZ, FT_UINT_STRING, FT_STRINGZPAD, FT_STRINGZTRUNC, FT_OID -> true;
            default -> false;
        };
    }
}
