package org.jdissect.output.summary;

import org.jdissect.dissectors.tls.TlsModule;

/** packet-tls.c's columns: the version's short name and the records' words, as the dissector set them. */
final class TlsColumns {
    private TlsColumns() {
    }

    static void tls(Columns c, org.jdissect.api.tree.ProtoNode p) {
        TlsModule.Columns cols = c.ctx.get(TlsModule.Columns.class);
        if (cols == null || !p.hasChildren() && cols.info.isEmpty() && cols.waiting) {
            // no record and no words: the payload's first record was incomplete and TCP was asked for the rest, so
            // TCP's columns stand (one that cannot be desegmented leaves dissect_ssl's bare "SSL" and no words)
            return;
        }
        c.protocol = cols.protocol;
        // dissect_ssl clears the column (after TCP's fenced "[TCP Window Full] " and the like) and then appends each
        // record's words with col_append_sep_str: ", " after a fenced prefix too
        c.info.clear();
        if (!cols.info.isEmpty()) {
            c.info.appendSep(", ", cols.info.toString());
        }
    }
}
