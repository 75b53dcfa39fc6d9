package org.jdissect.api.field;

/** Wireshark's ftypes, as far as the built-in protocols and plugins need them. */
public enum FieldType {
    /** A text-only or subtree item with no value ({@code FT_NONE}). */
    NONE(0),
    /** A protocol item: its value is its bytes ({@code FT_PROTOCOL}). */
    PROTOCOL(0),
    BOOLEAN(0),
    UINT8(1), UINT16(2), UINT24(3), UINT32(4), UINT40(5), UINT48(6), UINT56(7), UINT64(8),
    INT8(1), INT16(2), INT24(3), INT32(4), INT40(5), INT48(6), INT56(7), INT64(8),
    /** A frame number, as {@code FT_FRAMENUM}. */
    FRAMENUM(4),
    FLOAT(4), DOUBLE(8),
    ETHER(6), IPV4(4), IPV6(16),
    /** An EUI-64 address, shown as eight colon-separated bytes ({@code FT_EUI64}); held as its byte[]. */
    EUI64(8),
    /**
     * A GUID ({@code FT_GUID}): held as its 16 bytes in the order of its text, shown as 8-4-4-4-12 lower-case hex
     * digits; {@link Guids} converts.
     */
    GUID(16),
    BYTES(0),
    STRING(0),
    ABSOLUTE_TIME(0), RELATIVE_TIME(0);

    private final int width;

    FieldType(int width) {
        this.width = width;
    }

    /** Width in bytes of the integer kinds, which also fixes the digits of their hex display. */
    public int width() {
        return width;
    }

    public boolean isUnsigned() {
        return switch (this) {
            case UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64, FRAMENUM -> true;
            default -> false;
        };
    }

    public boolean isSigned() {
        return switch (this) {
            case INT8, INT16, INT24, INT32, INT40, INT48, INT56, INT64 -> true;
            default -> false;
        };
    }

    public boolean isInteger() {
        return isUnsigned() || isSigned();
    }

    /** Wireshark's type of a value of this kind: FT_UINT8 for {@link #UINT8}, FT_STRING for {@link #STRING}… */
    public Ftype ftype() {
        return switch (this) {
            case NONE -> Ftype.FT_NONE;
            case PROTOCOL -> Ftype.FT_PROTOCOL;
            case BOOLEAN -> Ftype.FT_BOOLEAN;
            case UINT8 -> Ftype.FT_UINT8;
            case UINT16 -> Ftype.FT_UINT16;
            case UINT24 -> Ftype.FT_UINT24;
            case UINT32 -> Ftype.FT_UINT32;
            case UINT40 -> Ftype.FT_UINT40;
            case UINT48 -> Ftype.FT_UINT48;
            case UINT56 -> Ftype.FT_UINT56;
            case UINT64 -> Ftype.FT_UINT64;
            case INT8 -> Ftype.FT_INT8;
            case INT16 -> Ftype.FT_INT16;
            case INT24 -> Ftype.FT_INT24;
            case INT32 -> Ftype.FT_INT32;
            case INT40 -> Ftype.FT_INT40;
            case INT48 -> Ftype.FT_INT48;
            case INT56 -> Ftype.FT_INT56;
            case INT64 -> Ftype.FT_INT64;
            case FRAMENUM -> Ftype.FT_FRAMENUM;
            case FLOAT -> Ftype.FT_FLOAT;
            case DOUBLE -> Ftype.FT_DOUBLE;
            case ETHER -> Ftype.FT_ETHER;
            case IPV4 -> Ftype.FT_IPv4;
            case IPV6 -> Ftype.FT_IPv6;
            case EUI64 -> Ftype.FT_EUI64;
            case GUID -> Ftype.FT_GUID;
            case BYTES -> Ftype.FT_BYTES;
            case STRING -> Ftype.FT_STRING;
            case ABSOLUTE_TIME -> Ftype.FT_ABSOLUTE_TIME;
            case RELATIVE_TIME -> Ftype.FT_RELATIVE_TIME;
        };
    }
}
