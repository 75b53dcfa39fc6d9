package org.jdissect.dissectors.vlan;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.dissectors.eth.EthFields;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.eth.Ethertype;
import org.jdissect.api.tree.ProtoNode;

/** IEEE 802.1Q VLAN tags and 802.1ad (Q-in-Q) provider tags, nested as often as the frame has them. */
public final class VlanModule implements ProtocolModule {
    public static final FieldDef VLAN = FieldDef.builder("vlan", "802.1Q Virtual LAN", PROTOCOL).blurb("VLAN").build();
    /** IEEE 802.1D-2004's recommended traffic types, the names tshark 4.0 shows by default. */
    static final java.util.Map<Long, String> PRIORITIES = java.util.Map.of(0L, "Best Effort (default)",
            1L, "Background", 2L, "Excellent Effort", 3L, "Critical Applications",
            4L, "Video, < 100ms latency and jitter", 5L, "Voice, < 10ms latency and jitter", 6L, "Internetwork Control",
            7L, "Network Control");
    public static final FieldDef PRIORITY = FieldDef.builder("vlan.priority", "Priority", UINT16).mask(0xe000, 16)
            .names(PRIORITIES).blurb("Descriptions are recommendations from IEEE standard 802.1D-2004").build();
    public static final FieldDef DEI = FieldDef.builder("vlan.dei", "DEI", BOOLEAN).mask(0x1000, 16)
            .trueFalse("Eligible", "Ineligible").blurb("Drop Eligible Indicator").build();
    public static final FieldDef ID = FieldDef.builder("vlan.id", "ID", UINT16).mask(0x0fff, 16).build();
    public static final FieldDef ETYPE = FieldDef.builder("vlan.etype", "Type", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();
    public static final FieldDef LEN = FieldDef.builder("vlan.len", "Length", UINT16).build();
    public static final FieldDef TRAILER = FieldDef.builder("vlan.trailer", "Trailer", BYTES).blurb("VLAN Trailer")
            .build();
    /** 802.1ad's trailer is 802.1ah's field (packet-ieee8021ah.c dissects both). */
    public static final FieldDef AH_TRAILER = FieldDef.builder("ieee8021ah.trailer", "Trailer", BYTES)
            .blurb("802.1ah Trailer").build();
    /** Their trailers: never a frame check sequence (both pass an FCS length of 0). */
    private static final Ethertype.Trailers TRAILERS = new Ethertype.Trailers(TRAILER, false);
    private static final Ethertype.Trailers AD_TRAILERS = new Ethertype.Trailers(AH_TRAILER, false);
    public static final FieldDef AD = FieldDef.builder("ieee8021ad", "IEEE 802.1ad", PROTOCOL).blurb("IEEE 802.1AD").build();
    public static final FieldDef AD_PRIORITY = FieldDef.builder("ieee8021ad.priority", "Priority", UINT16)
            .mask(0xe000, 16).build();
    public static final FieldDef AD_DEI = FieldDef.builder("ieee8021ad.dei", "DEI", UINT16).mask(0x1000, 16).build();
    public static final FieldDef AD_ID = FieldDef.builder("ieee8021ad.id", "ID", UINT16).mask(0x0fff, 16).build();
    public static final FieldDef AD_ETYPE = FieldDef.builder("ieee8021ah.etype", "Type", UINT16).hex()
            .names(EthFields.ETHERTYPES).build();

    /** A length field that counts bytes past the end of the frame (packet-vlan.c's ei_vlan_len). */
    static final ExpertDef EI_LEN_PAST_END = ExpertDef.of("vlan.len.past_end", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Length field value goes past the end of the payload");

    private DissectorTable ethertype;
    private Dissector llc;

    @Override
    public String name() {
        return "vlan";
    }

    @Override
    public void register(Registrar r) {
        r.fields(VLAN, PRIORITY, DEI, ID, ETYPE, LEN, TRAILER, AH_TRAILER, AD, AD_PRIORITY, AD_DEI, AD_ID, AD_ETYPE);
        r.experts(EI_LEN_PAST_END);
    }

    @Override
    public void handoff(Handoff h) {
        ethertype = h.table(EthModule.ETHERTYPE_TABLE);
        llc = h.dissector("llc").orElse(null);
        ethertype.add(0x8100, "vlan", (t, c, p) -> tag(t, c, p, false));
        ethertype.add(0x88a8, "ieee8021ad", (t, c, p) -> tag(t, c, p, true));
        ethertype.add(0x9100, "vlan", (t, c, p) -> tag(t, c, p, false));
    }

    int tag(ByteView tvb, PacketContext ctx, ProtoNode parent, boolean provider) {
        // the short names a malformed or truncated marker shows ("[Malformed Packet: VLAN]")
        ctx.setCurrentProto(provider ? "IEEE 802.1AD" : "VLAN");
        ctx.addProtocol(provider ? "ieee8021ad" : "vlan");
        int tci = tvb.u16(0);
        int pri = tci >> 13;
        int dei = (tci >> 12) & 1;
        int id = tci & 0x0fff;
        if (!provider && ctx.vlanId == 0) {
            ctx.vlanId = id;
        }
        ProtoNode v = parent.addItem(provider ? AD : VLAN, tvb, 0, 4);
        if (provider) {
            v.label("IEEE 802.1ad, ID: " + id);
        } else {
            v.label("802.1Q Virtual LAN, PRI: " + pri + ", DEI: " + dei + ", ID: " + id);
        }
        // packet-ieee8021ah.c adds its priority and DEI over the TCI's first byte (a 16-bit field, one byte long)
        v.add(provider ? AD_PRIORITY : PRIORITY, tvb, 0, provider ? 1 : 2, pri);
        v.add(provider ? AD_DEI : DEI, tvb, 0, provider ? 1 : 2, dei);
        v.add(provider ? AD_ID : ID, tvb, 0, 2, id);
        int type = tvb.u16(2); // read after the tag's items, so that a tag cut after its TCI still shows them
        if (type < 0x600 && !provider) {
            ProtoNode lenItem = v.add(LEN, tvb, 2, 2, type);
            Ethertype.dot3(llc, type, tvb, 4, ctx, parent, v, lenItem, EI_LEN_PAST_END, TRAILERS);
            return tvb.reportedLength();
        }
        v.add(provider ? AD_ETYPE : ETYPE, tvb, 2, 2, type);
        Ethertype.dispatch(ethertype, type, tvb.tail(4), ctx, parent, v, provider ? AD_TRAILERS : TRAILERS);
        return tvb.reportedLength();
    }
}
