package org.jdissect.dissectors.icmp;

import static org.jdissect.api.field.FieldType.BOOLEAN;
import static org.jdissect.api.field.FieldType.UINT8;

import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.ProtoNode;

/**
 * RFC 8335 extended echo (PROBE) sequence number and flags: ICMP (42/43) and ICMPv6 (160/161) carry the same byte
 * layout under their own field names, so one definition serves both.
 */
record ExtEchoFields(FieldDef seq, FieldDef reqRes, FieldDef reqLocal, FieldDef rspState, FieldDef rspRes,
        FieldDef rspActive, FieldDef rspIpv4, FieldDef rspIpv6) {

    /** The fields under {@code proto.ext.echo}; packet-icmp.c and packet-icmpv6.c name the sequence differently. */
    static ExtEchoFields of(String proto, String seqName) {
        String p = proto + ".ext.echo.";
        return new ExtEchoFields(
                FieldDef.builder(p + "seq", seqName, UINT8).base(Base.DEC_HEX).build(),
                FieldDef.builder(p + "req.res", "Reserved", UINT8).hex().mask(0xfe, 8).build(),
                FieldDef.builder(p + "req.local", "Local bit", BOOLEAN).mask(0x01, 8).setNotSet().build(),
                FieldDef.builder(p + "rsp.state", "State", UINT8).mask(0xe0, 8).names(IcmpV4.EXT_STATES).build(),
                FieldDef.builder(p + "rsp.res", "Reserved", UINT8).hex().mask(0x18, 8).build(),
                FieldDef.builder(p + "rsp.active", "Active bit", BOOLEAN).mask(0x04, 8).setNotSet().build(),
                FieldDef.builder(p + "rsp.ipv4", "IPv4 bit", BOOLEAN).mask(0x02, 8).setNotSet().build(),
                FieldDef.builder(p + "rsp.ipv6", "IPv6 bit", BOOLEAN).mask(0x01, 8).setNotSet().build());
    }

    FieldDef[] all() {
        return new FieldDef[] {seq, reqRes, reqLocal, rspState, rspRes, rspActive, rspIpv4, rspIpv6};
    }

    /** Bytes 6 and 7 of the message: the sequence number, then the request's or the reply's flags. */
    void add(ByteView tvb, ProtoNode t, boolean request) {
        t.add(seq, tvb, 6, 1, tvb.u8(6));
        int b = tvb.u8(7);
        if (request) {
            t.add(reqRes, tvb, 7, 1, b >> 1);
            t.add(reqLocal, tvb, 7, 1, b & 1);
        } else {
            t.add(rspState, tvb, 7, 1, b >> 5);
            t.add(rspRes, tvb, 7, 1, (b >> 3) & 3);
            t.add(rspActive, tvb, 7, 1, (b >> 2) & 1);
            t.add(rspIpv4, tvb, 7, 1, (b >> 1) & 1);
            t.add(rspIpv6, tvb, 7, 1, b & 1);
        }
    }
}
