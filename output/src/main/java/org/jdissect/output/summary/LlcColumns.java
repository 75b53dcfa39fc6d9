package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.eth.Manuf;
import org.jdissect.dissectors.llc.LlcModule;
import org.jdissect.dissectors.stp.BpduModule;

/**
 * 802.2 LLC (packet-llc.c and packet-xdlc.c): Protocol "LLC", Info the control field's text, then the SNAP header
 * or the SAPs; and the basic-format XID it calls, which calls itself "XID" and writes its fields as it reads them.
 */
final class LlcColumns {
    private LlcColumns() {
    }

    static void llc(Columns c, ProtoNode p) {
        c.protocol = "LLC";
        c.info.clear();
        ProtoNode control = Nodes.find(p, "llc.control");
        if (control == null) {
            return; // the control field was cut short: the column was never written
        }
        long dsap = Nodes.num(p, "llc.dsap", 0);
        long ssap = Nodes.num(p, "llc.ssap", 0);
        c.info.set(LlcModule.controlInfo((int) control.num(), (ssap & 1) != 0));
        if (dsap == 0xaa && ssap == 0xaa) {
            // dissect_snap reads the PID before it adds the OUI item and writes the column
            ProtoNode oui = Nodes.find(p, "llc.oui");
            if (oui != null) {
                int pid = oui.source().u16(oui.offset() + 3);
                String vendor = Manuf.vendor(oui.num());
                c.info.append(String.format("; SNAP, OUI 0x%06X (%s), PID 0x%04X", oui.num(),
                        vendor == null ? "Unknown" : vendor, pid));
            }
            return;
        }
        c.info.append("; DSAP " + sap(dsap) + ((dsap & 1) != 0 ? " Group" : " Individual") + ", SSAP " + sap(ssap)
                + ((ssap & 1) != 0 ? " Response" : " Command"));
    }

    /**
     * A BPDU to one of GARP's addresses, of an application packet-bpdu.c does not hand on: Protocol "GARP", Info
     * "Unknown GARP application (0x22)".
     */
    static void garp(Columns c) {
        BpduModule.Garp garp = c.ctx.get(BpduModule.Garp.class);
        if (garp != null) {
            c.protocol = "GARP";
            c.info.set(String.format("Unknown GARP application (0x%02X)", garp.application()));
        }
    }

    /** val_to_str(sap & SAP_MASK, sap_vals, "0x%02x"). */
    private static String sap(long b) {
        String name = LlcModule.SAPS.get(b & 0xfe);
        return name != null ? name : String.format("0x%02x", b & 0xfe);
    }

    static void basicXid(Columns c, ProtoNode p) {
        c.protocol = "XID";
        c.info.clear();
        if (!Nodes.has(p, "basicxid.llc.xid.format")) {
            return;
        }
        c.info.append("Basic Format");
        ProtoNode types = Nodes.find(p, "basicxid.llc.xid.types");
        if (types == null) {
            return;
        }
        String name = LlcModule.XID_TYPE_NAMES.get(types.num());
        c.info.append("; " + (name != null ? name : String.format("0x%02x", types.num())));
        ProtoNode wsize = Nodes.find(p, "basicxid.llc.xid.wsize");
        if (wsize != null) {
            c.info.append("; Window Size " + wsize.num());
        }
    }

    /**
     * packet-bpdu.c: Protocol "STP"; Info "Conf. " or "RST. " (version 3's "MST. ", 4's "SPT. "), "TC + " when the
     * topology change flag is set, then the root, cost and port, written once those were read (the port is the last
     * of them; the STP item is added after); or the TCN's name.
     */
    static void stp(Columns c, ProtoNode p) {
        c.protocol = "STP";
        c.info.clear();
        long type = Nodes.num(p, "stp.type", -1);
        if (type == 0x80) {
            c.info.set("Topology Change Notification");
            return;
        }
        if (type != 0 && type != 2) {
            if (type >= 0) {
                c.info.set("Unknown BPDU type (" + type + ")");
            }
            return;
        }
        if (!Nodes.has(p, "stp.port")) {
            return; // the item was added, then the BPDU ran out before its port identifier
        }
        long version = Nodes.num(p, "stp.version", 0);
        String kind = type == 0 ? "Conf. " : version == 3 ? "MST. " : version == 4 ? "SPT. " : "RST. ";
        String tc = (Nodes.num(p, "stp.flags", 0) & 1) != 0 ? "TC + " : "";
        c.info.set(kind + tc + "Root = " + Nodes.num(p, "stp.root.prio", 0) + "/" + Nodes.num(p, "stp.root.ext", 0)
                + "/" + Nodes.text(p, "stp.root.hw") + "  Cost = " + (int) Nodes.num(p, "stp.root.cost", 0)
                + "  Port = 0x" + String.format("%04x", Nodes.num(p, "stp.port", 0)));
    }
}
