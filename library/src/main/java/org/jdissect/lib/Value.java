package org.jdissect.lib;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * One occurrence of a field in a packet, detached from the tree (safe to keep), with its Java-typed value.
 *
 * @param field  the field's definition (name, type, base…)
 * @param value  Long for integers, booleans (0/1), frame numbers, Ethernet addresses and times (nanoseconds);
 *               InetAddress for IPv4/IPv6; String; byte[] for bytes and EUI-64 addresses; UUID for GUIDs; Double; null for
 *               valueless items
 * @param offset where its bytes start in their data source (the frame, or a reassembled buffer)
 * @param length how many bytes it covers
 * @param display the value as {@code tshark -T fields} prints it
 */
public record Value(FieldDef field, Object value, int offset, int length, String display) {

    static Value of(ProtoNode n) {
        FieldDef d = n.def();
        return new Value(d, typed(n), n.sourceOffset(), n.length(), FieldFormat.value(n));
    }

    private static Object typed(ProtoNode n) {
        FieldType t = n.def().type();
        return switch (t) {
            case NONE, PROTOCOL -> null;
            case IPV4 -> address(new byte[] {(byte) (n.num() >>> 24), (byte) (n.num() >>> 16), (byte) (n.num() >>> 8),
                (byte) n.num()});
            case IPV6 -> n.obj() instanceof byte[] b ? address(b) : null;
            case STRING -> n.obj() == null ? null : n.obj().toString();
            case BYTES -> n.bytes();
            case EUI64 -> n.obj() instanceof byte[] b ? b.clone() : null;
            case GUID -> n.obj() instanceof byte[] b ? uuid(b) : null;
            case FLOAT, DOUBLE -> n.obj();
            default -> n.num();
        };
    }

    /** A GUID's 16 bytes, in the order of its text, as the UUID of that text. */
    private static java.util.UUID uuid(byte[] b) {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b);
        return new java.util.UUID(bb.getLong(), bb.getLong());
    }

    private static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return field.abbrev();
    }

    /** The value as a long; throws for non-numeric fields. */
    public long asLong() {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalStateException(name() + " is " + field.type() + ", not a number");
    }

    public int asInt() {
        return Math.toIntExact(asLong());
    }

    public boolean asBoolean() {
        return asLong() != 0;
    }

    public InetAddress asAddress() {
        if (value instanceof InetAddress a) {
            return a;
        }
        throw new IllegalStateException(name() + " is " + field.type() + ", not an IP address");
    }

    public String asString() {
        return value instanceof String s ? s : display;
    }

    public byte[] asBytes() {
        if (value instanceof byte[] b) {
            return b.clone();
        }
        throw new IllegalStateException(name() + " is " + field.type() + ", not bytes");
    }

    @Override
    public String toString() {
        return name() + "=" + display;
    }
}
