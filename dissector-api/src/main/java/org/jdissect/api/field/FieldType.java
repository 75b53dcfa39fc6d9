package org.jdissect.api.field;

/** Wireshark's ftypes, as far as the built-in protocols and plugins need them. */
public enum FieldType {
    /** A text-only or subtree item with no value ({@code FT_NONE}). */
    NONE(0),
    /** A protocol item: its value is its bytes ({@code FT_PROTOCOL}). */
    PROTOCOL(0),
    BOOLEAN(0),
    UINT8(1), UINT16(2), UINT24(3), UINT32(4), UINT48(6), UINT64(8),
    INT8(1), INT16(2), INT24(3), INT32(4), INT64(8),
    /** A frame number, as {@code FT_FRAMENUM}. */
    FRAMENUM(4),
    FLOAT(4), DOUBLE(8),
    ETHER(6), IPV4(4), IPV6(16),
    /** An EUI-64 address, shown as eight colon-separated bytes ({@code FT_EUI64}); held as its byte[]. */
    EUI64(8),
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
            case UINT8, UINT16, UINT24, UINT32, UINT48, UINT64, FRAMENUM -> true;
            default -> false;
        };
    }

    public boolean isSigned() {
        return switch (this) {
            case INT8, INT16, INT24, INT32, INT64 -> true;
            default -> false;
        };
    }

    public boolean isInteger() {
        return isUnsigned() || isSigned();
    }
}
