package org.jdissect.dsl.check;

import org.jdissect.api.field.FieldType;

/** Wireshark's names of field types, as its error messages print them. */
final class TypeNames {
    private TypeNames() {
    }

    static String of(FieldType t) {
        return switch (t) {
            case NONE -> "Label";
            case PROTOCOL -> "Protocol";
            case BOOLEAN -> "Boolean";
            case UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, UINT64 ->
                    "Unsigned integer (" + bytes(t.width()) + ")";
            case INT8, INT16, INT24, INT32, INT40, INT48, INT56, INT64 -> "Signed integer (" + bytes(t.width()) + ")";
            case FRAMENUM -> "Frame number";
            case FLOAT -> "Floating point (single-precision)";
            case DOUBLE -> "Floating point (double-precision)";
            case ETHER -> "Ethernet or other MAC address";
            case IPV4 -> "IPv4 address";
            case IPV6 -> "IPv6 address";
            case EUI64 -> "EUI64 address";
            case GUID -> "Globally Unique Identifier";
            case BYTES -> "Byte sequence";
            case STRING -> "Character string";
            case ABSOLUTE_TIME -> "Date and time";
            case RELATIVE_TIME -> "Time offset";
        };
    }

    private static String bytes(int n) {
        return n == 1 ? "1 byte" : n + " bytes";
    }
}
