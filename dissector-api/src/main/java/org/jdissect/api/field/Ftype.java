package org.jdissect.api.field;

/**
 * Wireshark 4.0's field types ({@code ftenum} of epan/ftypes/ftypes.h), by their names and numbers: what
 * {@code tshark -G fields} lists, {@code -T json -x} numbers in an item's "_raw" array, and some display filter
 * messages name ("FT_STRINGZPAD cannot &."). jdissect's {@link FieldType} has a kind for each that it dissects;
 * several of Wireshark's string types share {@link FieldType#STRING}, told apart by {@link FieldDef#ftype()}.
 */
public enum Ftype {
    FT_NONE, FT_PROTOCOL, FT_BOOLEAN, FT_CHAR,
    FT_UINT8, FT_UINT16, FT_UINT24, FT_UINT32, FT_UINT40, FT_UINT48, FT_UINT56, FT_UINT64,
    FT_INT8, FT_INT16, FT_INT24, FT_INT32, FT_INT40, FT_INT48, FT_INT56, FT_INT64,
    FT_IEEE_11073_SFLOAT, FT_IEEE_11073_FLOAT, FT_FLOAT, FT_DOUBLE, FT_ABSOLUTE_TIME, FT_RELATIVE_TIME,
    FT_STRING, FT_STRINGZ, FT_UINT_STRING, FT_ETHER, FT_BYTES, FT_UINT_BYTES, FT_IPv4, FT_IPv6, FT_IPXNET,
    FT_FRAMENUM, FT_GUID, FT_OID, FT_EUI64, FT_AX25, FT_VINES, FT_REL_OID, FT_SYSTEM_ID, FT_STRINGZPAD, FT_FCWWN,
    FT_STRINGZTRUNC;

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
