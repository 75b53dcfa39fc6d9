package org.jdissect.output.summary;

import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.nbns.NbnsModule;

/**
 * packet-nbns.c's columns: "NBNS", and Info as the dissector wrote it ("Name query NB ARBEITSGRUPPE&lt;1b&gt;",
 * "Name query response NB 10.0.0.2"). When writing Info read past the data (an NB answer's address, read for the
 * column only), the summary line ends there with the exception's marker, whatever the tree holds after it.
 */
final class NbnsColumns {
    private NbnsColumns() {
    }

    /** Sets the columns; returns whether the line ends here (an exception only the column met). */
    static boolean nbns(Columns c, ProtoNode p) {
        c.protocol = "NBNS";
        NbnsModule.Info info = c.ctx == null ? null : c.ctx.get(NbnsModule.Info.class);
        if (info == null || info.nbns() != p) {
            c.info.clear();
            return false;
        }
        c.info.set(info.text());
        if (info.thrown() == null) {
            return false;
        }
        c.info.append(info.thrown() == BoundsException.Kind.TRUNCATED ? "[Packet size limited during capture]"
                : "[Malformed Packet]");
        return true;
    }
}
