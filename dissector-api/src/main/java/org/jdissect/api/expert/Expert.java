package org.jdissect.api.expert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoNode;

/**
 * Adds expert findings to a tree, laid out as Wireshark's {@code expert_add_info} does so that every printer shows
 * them as tshark does:
 * <pre>
 * [Expert Info (Chat/Sequence): Connection establish request (SYN): server port 80]   _ws.expert
 *     [Connection establish request (SYN): server port 80]                            tcp.connection.syn
 *     _ws.expert.message (hidden)
 *     [Severity level: Chat]                                                          _ws.expert.severity
 *     [Group: Sequence]                                                               _ws.expert.group
 * </pre>
 * The {@code _ws.expert} node's {@link ProtoNode#obj()} is the {@link Item}, for tallies such as
 * {@code jdissect expert}. The engine registers the {@code _ws.expert*} fields itself.
 */
public final class Expert {
    /** Who registers the common expert fields. */
    public static final String OWNER = "_ws.expert";

    /**
     * Wireshark registers "Expert Info" as a protocol; here it is a valueless field, because a protocol item is always
     * built (ProtoTree#keeps) and every finding would then be made, and every analysis that makes findings run, in
     * runs that read none. Where the difference shows, the printers treat it as the protocol it is: -T fields prints
     * its label, {@code jdissect fields} lists it on a "P" line.
     */
    public static final FieldDef EXPERT = FieldDef.builder("_ws.expert", "Expert Info", FieldType.NONE)
            .blurb("Expert").build(); // the short name tshark -G protocols lists
    public static final FieldDef MESSAGE = FieldDef.builder("_ws.expert.message", "Message", FieldType.STRING).build();
    public static final FieldDef SEVERITY = FieldDef.builder("_ws.expert.severity", "Severity level",
            FieldType.UINT32).base(Base.NONE).names(severityNames()).build();
    public static final FieldDef GROUP = FieldDef.builder("_ws.expert.group", "Group", FieldType.UINT32)
            .base(Base.NONE).names(groupNames()).build();

    /**
     * Wireshark's "Malformed Packet" protocol: the marker a layer that ran out of bytes leaves, and the hidden item
     * expert.c adds beside every finding of the malformed group (so that the filter {@code _ws.malformed} matches the
     * packet, and tshark's JSON lists it). The frame dissector registers it.
     */
    public static final FieldDef MALFORMED = FieldDef.builder("_ws.malformed", "Malformed Packet", FieldType.PROTOCOL)
            .blurb("Malformed packet").build();

    /** The common fields, in registration order. */
    public static final FieldDef[] FIELDS = {EXPERT, MESSAGE, SEVERITY, GROUP};

    /**
     * One finding in one packet.
     *
     * @param def      its kind
     * @param message  the text shown (the summary, or a formatted one such as "Duplicate ACK (#2)")
     * @param protocol the short name of the protocol that found it ("TCP"), as {@code tshark -z expert} shows it
     */
    public record Item(ExpertDef def, String message, String protocol) {
    }

    private Expert() {
    }

    /** Adds {@code def} with its summary under {@code parent}; the protocol is the one being dissected. */
    public static ProtoNode add(PacketContext ctx, ProtoNode parent, ExpertDef def) {
        return add(parent, def, def.summary(), ctx.currentProto());
    }

    /** Adds {@code def} with a formatted {@code message} under {@code parent}. */
    public static ProtoNode add(PacketContext ctx, ProtoNode parent, ExpertDef def, String message) {
        return add(parent, def, message, ctx.currentProto());
    }

    /** Adds {@code def} under {@code parent} and returns the {@code _ws.expert} node. */
    public static ProtoNode add(ProtoNode parent, ExpertDef def, String message, String protocol) {
        if (!parent.wants(EXPERT) && !parent.wants(def.field()) && !parent.wants(MESSAGE)
                && !parent.wants(SEVERITY) && !parent.wants(GROUP)) {
            // nobody reads this finding: skip building its item and text (the phantom absorbs the caller's calls);
            // a filter on _ws.malformed still sees the packet
            if (def.group() == ExpertGroup.MALFORMED) {
                parent.addItem(MALFORMED, parent.source(), parent.offset(), 0).hidden();
            }
            return parent.addItem(EXPERT, parent.source(), parent.offset(), 0);
        }
        ProtoNode src = parent;
        // the finding's items cover no bytes (expert.c adds them without a tvb): the item they annotate does
        ProtoNode e = parent.addObj(EXPERT, src.source(), src.offset(), 0,
                        new Item(def, message, protocol)).generated()
                .label("Expert Info (" + def.severity().label() + "/" + def.group().label() + "): " + message);
        e.addItem(def.field(), src.source(), src.offset(), 0).generated().label(message);
        e.addObj(MESSAGE, src.source(), src.offset(), 0, message).hidden();
        e.add(SEVERITY, src.source(), src.offset(), 0, def.severity().value()).generated();
        e.add(GROUP, src.source(), src.offset(), 0, def.group().value()).generated();
        if (def.group() == ExpertGroup.MALFORMED) {
            parent.addItem(MALFORMED, src.source(), src.offset(), 0).hidden();
        }
        return e;
    }

    /**
     * {@code fields} and every item the findings {@code defs} add (their own field and the common ones), as one group
     * for {@link ProtoNode#wantsAny}: code that may add those fields and findings can be skipped with one test.
     */
    public static FieldSet group(List<FieldDef> fields, ExpertDef... defs) {
        List<FieldDef> all = new ArrayList<>(fields);
        if (defs.length > 0) {
            all.addAll(List.of(FIELDS));
        }
        for (ExpertDef d : defs) {
            all.add(d.field());
        }
        return FieldSet.of(all);
    }

    /** The finding a {@code _ws.expert} node carries, or null for any other node. */
    public static Item item(ProtoNode n) {
        return n.def() == EXPERT && n.obj() instanceof Item i ? i : null;
    }

    private static Map<Long, String> severityNames() {
        Map<Long, String> m = new LinkedHashMap<>();
        for (ExpertSeverity s : ExpertSeverity.values()) {
            m.put((long) s.value(), s.label());
        }
        return m;
    }

    private static Map<Long, String> groupNames() {
        Map<Long, String> m = new LinkedHashMap<>();
        for (ExpertGroup g : ExpertGroup.values()) {
            m.put((long) g.value(), g.label());
        }
        return m;
    }
}
