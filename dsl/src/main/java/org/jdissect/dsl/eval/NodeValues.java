package org.jdissect.dsl.eval;

import java.nio.charset.StandardCharsets;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.field.Guids;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;

/** How a tree node's value is read for each field type, as a long, an object or its bytes. */
final class NodeValues {
    private NodeValues() {
    }

    static Kind kindOf(FieldType t) {
        return switch (t) {
            case UINT64 -> Kind.ULONG;
            case BOOLEAN, UINT8, UINT16, UINT24, UINT32, UINT40, UINT48, UINT56, INT8, INT16, INT24, INT32, INT40,
                    INT48, INT56, INT64, FRAMENUM, ETHER, IPV4, ABSOLUTE_TIME, RELATIVE_TIME -> Kind.LONG;
            case FLOAT, DOUBLE -> Kind.DOUBLE;
            case IPV6, EUI64, GUID, BYTES, PROTOCOL -> Kind.BYTES;
            case STRING -> Kind.STRING;
            case NONE -> Kind.NONE;
        };
    }

    /** Appends the node's value in the kind {@link #kindOf} gives for its type. */
    static void add(ProtoNode n, FieldType t, Values out) {
        switch (kindOf(t)) {
            case LONG, ULONG -> out.addLong(t == FieldType.ABSOLUTE_TIME || t == FieldType.RELATIVE_TIME ? nanos(n)
                    : n.num());
            case DOUBLE -> out.addDouble(n.obj() instanceof Number d ? d.doubleValue() : n.num());
            case BYTES -> out.addObj(bytes(n, t));
            case STRING -> out.addObj(n.obj() == null ? "" : n.obj().toString());
            case NONE -> out.addLong(0);
        }
    }

    /** A time's nanoseconds: held as an object when a dissector computed it (an NTP timestamp, an RRSIG validity). */
    private static long nanos(ProtoNode n) {
        return n.obj() instanceof NsTime time ? time.toNanos() : n.num();
    }

    /** The node's value as bytes, for slicing and for comparing with byte strings. */
    static byte[] bytes(ProtoNode n, FieldType t) {
        return switch (t) {
            case ETHER -> bigEndian(n.num(), 6);
            case IPV4 -> bigEndian(n.num(), 4);
            case STRING -> n.obj() == null ? new byte[0] : n.obj().toString().getBytes(StandardCharsets.UTF_8);
            case IPV6, EUI64, BYTES -> n.obj() instanceof byte[] b ? b : raw(n);
            // compared in the order tshark compares GUIDs in, which is not the order of their text
            case GUID -> n.obj() instanceof byte[] b ? Guids.comparisonOrder(b) : raw(n);
            default -> raw(n);
        };
    }

    /** The bytes the node covers in its data source (what a protocol's value is). */
    static byte[] raw(ProtoNode n) {
        if (n.source() == null || n.length() <= 0) {
            return new byte[0];
        }
        int len = Math.min(n.length(), Math.max(0, n.source().capturedLength() - n.offset()));
        return n.source().toArray(n.offset(), len);
    }

    /** The bytes from the node's start to the end of its data source (a protocol's data, as searched). */
    static byte[] toEndOfSource(ProtoNode n) {
        if (n.source() == null) {
            return new byte[0];
        }
        int len = Math.max(0, n.source().capturedLength() - n.offset());
        return n.source().toArray(n.offset(), len);
    }

    static byte[] bigEndian(long v, int width) {
        byte[] b = new byte[width];
        for (int i = width - 1; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }
}
