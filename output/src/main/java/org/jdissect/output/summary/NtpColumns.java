package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/** packet-ntp.c's columns: "NTP" and the version and mode, with a private message's direction and request code. */
final class NtpColumns {
    private static final String[] VERSIONS = {"reserved", "NTP Version 1", "NTP Version 2", "NTP Version 3",
        "NTP Version 4", "reserved", "reserved", "reserved"};
    private static final String[] MODES = {"reserved", "symmetric active", "symmetric passive", "client", "server",
        "broadcast", "control", "private"};

    private NtpColumns() {
    }

    static void ntp(Columns c, ProtoNode p) {
        c.protocol = "NTP";
        long flags = Nodes.num(p, "ntp.flags", -1);
        if (flags < 0) {
            return;
        }
        c.info.set(VERSIONS[(int) (flags >> 3 & 7)] + ", " + MODES[(int) (flags & 7)]);
        if ((flags & 7) == 7 && Nodes.has(p, "ntp.priv.reqcode")) {
            ProtoNode code = Nodes.find(p, "ntp.priv.reqcode");
            String name = code.def().valueName(code.num());
            c.info.append(((flags & 0x80) != 0 ? ", Response, " : ", Request, ") + (name == null ? "Unknown" : name));
        }
    }
}
