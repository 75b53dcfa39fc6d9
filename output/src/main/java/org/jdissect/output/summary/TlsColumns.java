package org.jdissect.output.summary;

import org.jdissect.dissectors.tls.TlsModule;

/** packet-tls.c's columns: the version's short name and the records' words, as the dissector set them. */
final class TlsColumns {
    private TlsColumns() {
    }

    static void tls(Columns c, org.jdissect.api.tree.ProtoNode p) {
        TlsModule.Columns cols = c.ctx.get(TlsModule.Columns.class);
        if (cols == null || !p.hasChildren()) {
            return;
        }
        c.protocol = cols.protocol;
        c.info.set(cols.info.toString());
    }
}
