package org.jdissect.dissectors.data;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/** Payload no dissector claims: Wireshark's "Data (N bytes)" item. */
public final class DataModule implements ProtocolModule {
    public static final String NAME = "data";
    public static final FieldDef DATA = FieldDef.builder("data", "Data", PROTOCOL).build();
    public static final FieldDef DATA_DATA = FieldDef.builder("data.data", "Data", BYTES).build();
    public static final FieldDef DATA_LEN = FieldDef.builder("data.len", "Length", INT32).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(DATA, DATA_DATA, DATA_LEN);
        r.dissector(NAME, DataModule::dissect);
    }

    /** Shows {@code tvb} as undissected data; usable directly by other dissectors. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int n = tvb.reportedLength();
        if (n == 0) {
            return 0;
        }
        // packet-data.c counts the captured bytes, and shows nothing when none were captured; it then returns 0, so
        // call_dissector_work drops its layer too
        int cap = tvb.capturedLength();
        if (cap == 0) {
            return 0;
        }
        ctx.addProtocol(NAME);
        if (cap > 0) {
            ProtoNode d = parent.addItem(DATA, tvb, 0, cap).label("Data (" + cap + " byte" + (cap == 1 ? "" : "s")
                    + ")");
            d.addItem(DATA_DATA, tvb, 0, cap); // no copy: the value is the bytes the node covers
            d.add(DATA_LEN, tvb, 0, 0, cap).generated();
        }
        return n;
    }
}
