package org.jdissect.cli.stats;

import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.ProtoNode;

/**
 * The icmp and icmpv6 taps: packet-icmp.c and packet-icmpv6.c queue theirs only for an echo transaction, a request
 * whose key (identifier and sequence number) was read, or a reply matched to a request, and never for a header an
 * error quotes (which is not at the top of the tree). Their statistics ({@code -z icmp,srt}, {@code -z flow,icmp})
 * share this reading of the tree.
 */
final class IcmpEchoTap {
    /** What the tap is told of one echo: the layer, its type and code, and a reply's response time (else null). */
    record Event(ProtoNode layer, int type, int code, Double responseMs) {
    }

    /** Receives each event of a packet, in tree order. */
    @FunctionalInterface
    interface Listener {
        void event(Event e);
    }

    private final IcmpSrt.Version version;
    private final FieldDef type;
    private final FieldDef code;
    private final FieldDef seq;
    private final FieldDef respTime;

    IcmpEchoTap(IcmpSrt.Version version, FieldRegistry registry) {
        this.version = version;
        this.type = registry.get(version.typeField);
        this.code = registry.get(version.protocol + ".code");
        this.seq = registry.get(version.seqField);
        this.respTime = registry.get(version.timeField);
    }

    /** The fields {@link #events} reads. */
    List<FieldDef> fields() {
        return List.of(type, code, seq, respTime);
    }

    /** Tells {@code listener} of the packet's events. */
    void events(PacketContext ctx, Listener listener) {
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            if (!version.protocol.equals(n.abbrev())) {
                continue;
            }
            ProtoNode t = null;
            ProtoNode c = null;
            ProtoNode rt = null;
            boolean keyed = false; // the transaction's key (identifier and sequence number) was read
            for (ProtoNode f = n.firstChild(); f != null; f = f.next()) {
                if (f.def() == type) {
                    t = f;
                } else if (f.def() == code) {
                    c = f;
                } else if (f.def() == respTime) {
                    rt = f;
                } else if (f.def() == seq) {
                    keyed = true;
                }
            }
            int ty = t == null ? -1 : (int) t.num();
            int co = c == null ? 0 : (int) c.num();
            if (rt != null && rt.obj() instanceof Double ms) {
                listener.event(new Event(n, ty, co, ms));
            } else if (ty == version.request && keyed) {
                listener.event(new Event(n, ty, co, null));
            }
        }
    }
}
