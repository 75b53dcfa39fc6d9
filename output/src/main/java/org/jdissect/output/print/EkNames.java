package org.jdissect.output.print;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.ProtoNode;

/**
 * The member names of {@code -T ek}: print.c's ek_write_name prefixes a field's abbreviation with that of the protocol
 * that registered it ({@code hfinfo->parent}: "eth_eth_dst"), writes protocols and text items by their own
 * abbreviation ("ipv6_hopopts", "text"), and its json_dumper turns every '.' of a name into '_'.
 *
 * <p>jdissect keeps no registering protocol with a field, so it is derived as tshark -G fields lists it: the longest
 * protocol abbreviation the field's abbreviation starts with ("ipv6.hopopts" for "ipv6.hopopts.nxt", "ipv6" for
 * "ipv6.opt"; protocols in name only, the TCP options, register no fields), Wireshark's "_ws" pseudo-protocols by all
 * but the last part, and the few fields a dissector registers under another protocol's name ({@link #ELSEWHERE}).
 * A second registration of a field's name by another dissector (packet-ipv6.c's {@code ip.version}) is a variant
 * definition here, and belongs to the protocol it is found in.
 */
final class EkNames {
    /** Abbreviation prefixes whose fields packet-*.c registers under another protocol, as tshark -G fields lists them. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "mstp.", "stp",
            "bpdu.", "stp",
            "ns.cert.exts.", "ns_cert_exts",
            "pkcs1.", "pkcs-1",
            "ipv6.src_route_list.multicast_addr", "ipv6.routing");

    private final FieldRegistry registry;
    private final Set<String> protocols = new HashSet<>();
    /** Names made, by definition (a variant is a definition of its own). */
    private final Map<FieldDef, String> names = new IdentityHashMap<>();

    EkNames(FieldRegistry registry) {
        this.registry = registry;
        for (FieldDef f : registry.protocols()) {
            protocols.add(f.abbrev());
        }
        protocols.add(Expert.EXPERT.abbrev());
    }

    /** Whether tshark writes the item as an object of its children: a protocol, Expert Info among them. */
    static boolean isObject(ProtoNode n) {
        FieldDef d = n.def();
        return d != null && (d.type() == FieldType.PROTOCOL || d.sameField(Expert.EXPERT));
    }

    /** The member name of {@code n}. */
    String name(ProtoNode n) {
        FieldDef d = n.def();
        if (d == null) {
            return "text";
        }
        String known = names.get(d);
        if (known != null) {
            return known;
        }
        boolean registered = registry.find(d.abbrev()).orElse(null) == d;
        String name;
        if (isObject(n) || d.protocolInNameOnly()) {
            name = d.abbrev();
        } else if (registered) {
            name = registeredBy(d.abbrev()) + "_" + d.abbrev();
        } else {
            // a second registration: the protocol around it, not cached (the same variant could sit in another)
            return (enclosingProtocol(n) + "_" + d.abbrev()).replace('.', '_');
        }
        name = name.replace('.', '_');
        names.put(d, name);
        return name;
    }

    private String registeredBy(String abbrev) {
        for (Map.Entry<String, String> e : ELSEWHERE.entrySet()) {
            if (abbrev.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        if (abbrev.startsWith("_ws.")) {
            return abbrev.substring(0, abbrev.lastIndexOf('.'));
        }
        String best = abbrev.substring(0, Math.max(0, abbrev.indexOf('.')));
        for (int dot = abbrev.indexOf('.'); dot > 0; dot = abbrev.indexOf('.', dot + 1)) {
            String prefix = abbrev.substring(0, dot);
            if (protocols.contains(prefix)) {
                best = prefix;
            }
        }
        return best.isEmpty() ? abbrev : best;
    }

    private static String enclosingProtocol(ProtoNode n) {
        for (ProtoNode p = n.parent(); p != null; p = p.parent()) {
            if (p.isProtocol()) {
                return p.abbrev();
            }
        }
        return n.def().protocol();
    }
}
