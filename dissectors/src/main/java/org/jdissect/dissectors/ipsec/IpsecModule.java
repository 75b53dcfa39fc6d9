package org.jdissect.dissectors.ipsec;

import static org.jdissect.api.field.FieldType.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.ipv4.Ipv4Fields;
import org.jdissect.dissectors.ipv4.Ipv4Module;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * IPsec's two headers as Wireshark 4.0.17's packet-ipsec.c shows them with its default preferences (no security
 * associations, so nothing decrypted or checked): ESP (IP protocol 50) as its SPI and sequence number, with the
 * per-SPI sequence analysis that is on by default; AH (51) as its header, then the protocol it protects. In IPv6, AH
 * is an extension header: {@link #authenticationHeader} adds it under the IPv6 item and the chain goes on there.
 * UDP port 4500 carries ESP through NAT (packet-ipsec-udp.c's "udpencap").
 */
public final class IpsecModule implements ProtocolModule {
    static final FieldDef ESP = FieldDef.builder("esp", "Encapsulating Security Payload", PROTOCOL).blurb("ESP")
            .build();
    static final FieldDef ESP_SPI = FieldDef.builder("esp.spi", "ESP SPI", UINT32).base(Base.HEX_DEC)
            .blurb("IP Encapsulating Security Payload Security Parameters Index").build();
    static final FieldDef ESP_SEQUENCE = FieldDef.builder("esp.sequence", "ESP Sequence", UINT32)
            .blurb("IP Encapsulating Security Payload Sequence Number").build();
    static final FieldDef ESP_EXPECTED_SN = FieldDef.builder("esp.sequence-analysis.expected-sn", "Expected SN",
            UINT32).build();
    static final FieldDef ESP_PREVIOUS_FRAME = FieldDef.builder("esp.sequence-analysis.previous-frame",
            "Previous Frame", FRAMENUM).base(Base.NONE).build();
    /** Fields of decryption and ICV checks, which need security associations: registered for filters only. */
    private static final FieldDef[] ESP_UNUSED = {
        FieldDef.builder("esp.pad", "Pad", BYTES).build(),
        FieldDef.builder("esp.pad_len", "ESP Pad Length", UINT8)
                .blurb("IP Encapsulating Security Payload Pad Length").build(),
        FieldDef.builder("esp.protocol", "ESP Next Header", UINT8).hex()
                .blurb("IP Encapsulating Security Payload Next Header").build(),
        FieldDef.builder("esp.iv", "ESP IV", BYTES).blurb("IP Encapsulating Security Payload Initialization Vector")
                .build(),
        FieldDef.builder("esp.encrypted_data", "ESP Encrypted Data", BYTES)
                .blurb("IP Encapsulating Security Payload Encrypted Data").build(),
        FieldDef.builder("esp.decrypted_data", "ESP Decrypted Data", BYTES)
                .blurb("IP Encapsulating Security Payload Decrypted Data").build(),
        FieldDef.builder("esp.contained_data", "ESP Contained Data", BYTES)
                .blurb("IP Encapsulating Security Payload Contained Data").build(),
        FieldDef.builder("esp.icv", "ESP ICV", BYTES)
                .blurb("IP Encapsulating Security Payload Integrity Check Value").build(),
        FieldDef.builder("esp.icv_good", "Good", BOOLEAN)
                .blurb("True: ICV matches packet content; False: doesn't match content or not checked").build(),
        FieldDef.builder("esp.icv_bad", "Bad", BOOLEAN)
                .blurb("True: ICV doesn't match packet content; False: matches content or not checked").build()};
    static final ExpertDef EI_WRONG_SEQUENCE = ExpertDef.of("esp.sequence-analysis.wrong-sequence-number",
            ExpertGroup.SEQUENCE, ExpertSeverity.WARN, "Wrong Sequence Number");

    static final FieldDef AH = FieldDef.builder("ah", "Authentication Header", PROTOCOL).blurb("AH").build();
    static final FieldDef AH_NEXT_HEADER = FieldDef.builder("ah.next_header", "Next header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    static final FieldDef AH_LENGTH = FieldDef.builder("ah.length", "Length", UINT8).build();
    static final FieldDef AH_RESERVED = FieldDef.builder("ah.reserved", "Reserved", BYTES).build();
    static final FieldDef AH_SPI = FieldDef.builder("ah.spi", "AH SPI", UINT32).hex()
            .blurb("IP Authentication Header Security Parameters Index").build();
    static final FieldDef AH_SEQUENCE = FieldDef.builder("ah.sequence", "AH Sequence", UINT32)
            .blurb("IP Authentication Header Sequence Number").build();
    static final FieldDef AH_ICV = FieldDef.builder("ah.icv", "AH ICV", BYTES)
            .blurb("IP Authentication Header Integrity Check Value").build();

    static final FieldDef UDPENCAP = FieldDef.builder("udpencap", "UDP Encapsulation of IPsec Packets", PROTOCOL)
            .blurb("UDPENCAP").build();
    static final FieldDef NAT_KEEPALIVE = FieldDef.builder("udpencap.nat_keepalive", "NAT-keepalive packet", NONE)
            .build();
    static final FieldDef NON_ESP_MARKER = FieldDef.builder("udpencap.non_esp_marker", "Non-ESP Marker", NONE)
            .build();
    /** RFC 3948's port for ESP and IKE through NAT. */
    static final int NAT_T_PORT = 4500;

    /**
     * SPIs whose sequence numbers are followed at once: the oldest is forgotten past this (a capture holds a few
     * security associations; the cap keeps a flood of forged SPIs from growing the table without bound).
     */
    static final int MAX_SPIS = 65_536;

    private DissectorTable protoTable;

    @Override
    public String name() {
        return "ipsec";
    }

    @Override
    public void register(Registrar r) {
        r.fields(ESP, ESP_SPI, ESP_SEQUENCE, ESP_EXPECTED_SN, ESP_PREVIOUS_FRAME);
        r.fields(ESP_UNUSED);
        r.fields(AH, AH_NEXT_HEADER, AH_LENGTH, AH_RESERVED, AH_SPI, AH_SEQUENCE, AH_ICV);
        r.fields(UDPENCAP, NAT_KEEPALIVE, NON_ESP_MARKER);
        r.experts(EI_WRONG_SEQUENCE);
        r.dissector("udpencap", this::udpencap);
        r.dissector("esp", this::esp);
        r.dissector("ah", this::ah);
    }

    @Override
    public void handoff(Handoff h) {
        protoTable = h.table(Ipv4Module.PROTO_TABLE);
        protoTable.add(50, "esp", this::esp);
        protoTable.add(51, "ah", this::ah);
        h.table(UdpModule.PORT_TABLE).add(NAT_T_PORT, "udpencap", this::udpencap);
    }

    /**
     * dissect_udpencap (RFC 3948): one 0xff byte is a NAT keepalive; four zero bytes, the non-ESP marker, start IKE
     * (not dissected here: its bytes are data); anything else is ESP, under an empty item of this protocol.
     */
    int udpencap(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol("udpencap");
        ctx.setCurrentProto("UDPENCAP");
        ProtoNode u = parent.addItem(UDPENCAP, tvb, 0, tvb.capturedLength());
        if (tvb.capturedLength() == 1 && tvb.u8(0) == 0xff) {
            u.addItem(NAT_KEEPALIVE, tvb, 0, 1);
        } else if (tvb.u32(0) == 0) {
            u.addItem(NON_ESP_MARKER, tvb, 0, 4);
            u.setLength(4);
            DataModule.dissect(tvb.tail(4), ctx, parent);
        } else {
            u.setLength(0);
            esp(tvb, ctx, parent);
        }
        return tvb.capturedLength();
    }

    /** The last sequence number and frame of each SPI (check_esp_sequence_info's table, keyed by SPI alone). */
    static final class SequenceTable extends LinkedHashMap<Long, long[]> {
        SequenceTable(Session s) {
            super(16, 0.75f, false);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
            return size() > MAX_SPIS;
        }
    }

    int esp(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol("esp");
        ctx.setCurrentProto("ESP");
        ProtoNode e = parent.addItem(ESP, tvb, 0, tvb.capturedLength());
        long spi = tvb.u32(0);
        e.add(ESP_SPI, tvb, 0, 4, spi);
        long seq = tvb.u32(4);
        e.add(ESP_SEQUENCE, tvb, 4, 4, seq);
        sequenceAnalysis(ctx, e, tvb, spi, seq);
        // without a security association the rest is opaque: packet-ipsec.c shows nothing of it
        return tvb.capturedLength();
    }

    /** check_esp_sequence_info and show_esp_sequence_info: a number other than the SPI's last one plus one. */
    private static void sequenceAnalysis(PacketContext ctx, ProtoNode e, ByteView tvb, long spi, long seq) {
        SequenceTable table = ctx.session().state(SequenceTable.class, SequenceTable::new);
        long[] last = table.get(spi);
        if (last == null) {
            table.put(spi, new long[] {seq, ctx.frameNumber()});
            return;
        }
        long prev = last[0];
        long prevFrame = last[1];
        last[0] = seq;
        last[1] = ctx.frameNumber();
        long expected = (prev + 1) & 0xffffffffL;
        if (seq == expected) {
            return;
        }
        ProtoNode sn = e.add(ESP_EXPECTED_SN, tvb, 0, 0, expected).generated();
        if (seq > expected) {
            sn.appendLabel(" (" + (seq - expected) + " SNs missing)");
        }
        e.add(ESP_PREVIOUS_FRAME, tvb, 0, 0, prevFrame).generated();
        String hexSpi = String.format("%08x", spi);
        String why = seq == prev ? seq + " repeated" : seq > expected ? (seq - expected) + " missing"
                : ((expected - seq) & 0xffffffffL) + " less than expected";
        Expert.add(ctx, sn, EI_WRONG_SEQUENCE, "Wrong Sequence Number for SPI " + hexSpi + " - " + why);
    }

    int ah(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        int hdrLen = authenticationHeader(tvb, 0, ctx, parent);
        int next = tvb.u8(0);
        ByteView payload = tvb.tail(hdrLen);
        Dissector d = protoTable.get(next);
        if (d == null) {
            DataModule.dissect(payload, ctx, parent);
        } else {
            d.dissect(payload, ctx, parent);
        }
        return tvb.capturedLength();
    }

    /**
     * dissect_ah's header at {@code off} under {@code parent} (the IPv6 item, for an extension header); returns its
     * length, (length field + 2) * 4. The item spans the header only once it is read whole.
     */
    public static int authenticationHeader(ByteView tvb, int off, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol("ah");
        ctx.setCurrentProto("AH");
        ProtoNode a = parent.addItem(AH, tvb, off, Math.max(0, tvb.capturedLength() - off));
        int next = tvb.u8(off);
        int lenField = tvb.u8(off + 1);
        int hdrLen = (lenField + 2) * 4;
        int icvLen = lenField == 0 ? 0 : (lenField - 1) * 4;
        a.add(AH_NEXT_HEADER, tvb, off, 1, next);
        a.add(AH_LENGTH, tvb, off + 1, 1, lenField).appendLabel(" (" + hdrLen + " bytes)");
        tvb.ensure(off + 2, 2);
        a.addObj(AH_RESERVED, tvb, off + 2, 2, tvb.toArray(off + 2, 2));
        a.add(AH_SPI, tvb, off + 4, 4, tvb.u32(off + 4));
        a.add(AH_SEQUENCE, tvb, off + 8, 4, tvb.u32(off + 8));
        tvb.ensure(off + 12, icvLen);
        a.addObj(AH_ICV, tvb, off + 12, icvLen, icvLen == 0 ? "<MISSING>" : tvb.toArray(off + 12, icvLen));
        a.setLength(hdrLen);
        return hdrLen;
    }
}
