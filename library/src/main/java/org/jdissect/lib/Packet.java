package org.jdissect.lib;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/**
 * The packet an iteration step is on: its record (number, time, lengths), its protocol tree, and its fields by
 * Wireshark name. A view reused by the next step; {@link #snapshot()} keeps the field values.
 */
public final class Packet {
    private PacketContext ctx;
    private Engine engine;
    /** The capture's dissection when it builds trees on demand, else null. */
    private Dissection lazy;

    Packet() {
    }

    void bind(PacketContext c, Engine e, Dissection onDemand) {
        this.ctx = c;
        this.engine = e;
        this.lazy = onDemand;
    }

    /** The context with the packet's tree built: at once, or now for a capture that builds trees on demand. */
    PacketContext dissected() {
        return lazy == null ? ctx : lazy.materialize();
    }

    /** The context this view is bound to (the capture's one, reused packet after packet). */
    PacketContext context() {
        return ctx;
    }

    /** The frame number, from 1. */
    public long number() {
        return ctx.record().number();
    }

    /** When the packet was captured. */
    public Instant time() {
        return Instant.ofEpochSecond(ctx.record().epochSeconds(), ctx.record().nanos());
    }

    /** Bytes on the wire. */
    public int length() {
        return ctx.record().originalLength();
    }

    /** Bytes captured (less than {@link #length()} when the snapshot length cut the packet). */
    public int capturedLength() {
        return ctx.record().capturedLength();
    }

    /** "eth:ethertype:ip:tcp:http", as frame.protocols. */
    public String protocols() {
        return dissected().protocolsText();
    }

    /** The protocol tree, valid until the next packet. */
    public ProtoTree tree() {
        return dissected().tree();
    }

    /** True when the packet has the field or protocol. */
    public boolean has(String field) {
        return dissected().tree().find(def(field)) != null;
    }

    /** The first occurrence of a field. */
    public Optional<Value> get(String field) {
        ProtoNode n = dissected().tree().find(def(field));
        return n == null ? Optional.empty() : Optional.of(Value.of(n));
    }

    /** Every occurrence of a field, in tree order (ip.addr twice, tcp.options.sack_le several times…). */
    public List<Value> all(String field) {
        FieldDef d = def(field);
        List<Value> out = new ArrayList<>();
        dissected().tree().walk(n -> {
            if (d.sameField(n.def())) {
                out.add(Value.of(n));
            }
        });
        return out;
    }

    /** The first occurrence of an integer field as a number; empty when absent or not an integer. */
    public OptionalLong number(String field) {
        Optional<Value> v = get(field);
        return v.isPresent() && v.get().value() instanceof Long l ? OptionalLong.of(l) : OptionalLong.empty();
    }

    /** The first occurrence of a field as text (strings as they are, others as {@code -T fields} shows them). */
    public Optional<String> string(String field) {
        return get(field).map(Value::asString);
    }

    /** The first occurrence of an IPv4 or IPv6 address field. */
    public Optional<InetAddress> address(String field) {
        return get(field).map(Value::asAddress);
    }

    /** Every field of the packet, detached from the tree: safe to keep after iteration moves on. */
    public List<Value> snapshot() {
        List<Value> out = new ArrayList<>();
        dissected().tree().walk(n -> {
            if (n.def() != null) {
                out.add(Value.of(n));
            }
        });
        return out;
    }

    private FieldDef def(String field) {
        return engine.registry().find(field).orElseThrow(() -> new IllegalArgumentException(
                "\"" + field + "\" is neither a field nor a protocol name."));
    }
}
