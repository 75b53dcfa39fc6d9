package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/**
 * The Slow Protocols' columns: packet-slowprotocols.c's "Slow Protocols" and "Subtype = N"; packet-lacp.c's "LACP"
 * with the version, then the actor's and the partner's system, port, key and state letters, each appended once its
 * TLV was read; packet-marker.c's "Marker" with the TLV's kind and the requester's system, port and transaction.
 */
final class SlowColumns {
    private SlowColumns() {
    }

    static void slow(Columns c, ProtoNode p) {
        c.protocol = "Slow Protocols";
        c.info.set("Subtype = " + Nodes.num(p, "slow.subtype", 0));
    }

    static void lacp(Columns c, ProtoNode p) {
        c.protocol = "LACP";
        ProtoNode version = Nodes.find(p, "lacp.version");
        if (version == null) {
            c.info.set("Link Aggregation Control Protocol");
            return;
        }
        c.info.set("v" + version.num());
        side(c, p, "actor", " ACTOR ");
        side(c, p, "partner", " PARTNER ");
    }

    private static void side(Columns c, ProtoNode p, String key, String word) {
        if (!Nodes.has(p, "lacp." + key + ".reserved")) {
            return;
        }
        c.info.append(word + Nodes.text(p, "lacp." + key + ".sysid") + " P: " + Nodes.num(p, "lacp." + key + ".port", 0)
                + " K: " + Nodes.num(p, "lacp." + key + ".key", 0) + " " + Nodes.text(p, "lacp." + key + ".state_str"));
    }

    static void marker(Columns c, ProtoNode p) {
        c.protocol = "Marker";
        c.info.set("Marker Protocol");
        ProtoNode type = Nodes.find(p, "marker.tlvType");
        if (type == null || !Nodes.has(p, "marker.tlvLen")) {
            return;
        }
        if (type.num() == 1) {
            c.info.set("Information");
        } else if (type.num() == 2) {
            c.info.set("Response");
        }
        if (Nodes.has(p, "marker.requesterTransId")) {
            c.info.append(" SysId=" + Nodes.text(p, "marker.requesterSystem") + ", P="
                    + Nodes.num(p, "marker.requesterPort", 0) + ", TId="
                    + (int) Nodes.num(p, "marker.requesterTransId", 0));
        }
    }
}
