package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.cdp.CdpModule;

/** packet-cdp.c's columns: "CDP", and the Device ID and Port ID it appended to Info while dissecting. */
final class CdpColumns {
    private CdpColumns() {
    }

    static void cdp(Columns c, ProtoNode p) {
        c.protocol = "CDP";
        CdpModule.DeviceAndPort d = c.ctx.get(CdpModule.DeviceAndPort.class);
        c.info.set(d == null ? "" : d.info());
    }
}
