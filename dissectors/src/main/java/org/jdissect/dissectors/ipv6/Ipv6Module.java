package org.jdissect.dissectors.ipv6;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Dissector;
import org.jdissect.api.dissect.DissectorTable;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.data.DataModule;
import org.jdissect.dissectors.eth.EthModule;
import org.jdissect.dissectors.ipv4.Ipv4Fields;
import org.jdissect.dissectors.ipv4.Ipv4Module;

/**
 * IPv6 with its extension headers (hop-by-hop, routing, fragment, destination options), dispatching the upper layer
 * through the same {@code ip.proto} table IPv4 uses, as Wireshark does. Fragment reassembly is not done yet: a
 * fragment's payload is shown as data.
 */
public final class Ipv6Module implements ProtocolModule {
    public static final FieldDef IPV6 = FieldDef.builder("ipv6", "Internet Protocol Version 6", PROTOCOL).build();
    public static final FieldDef VERSION = FieldDef.builder("ipv6.version", "Version", UINT8).mask(0xf0, 8).build();
    /** Wireshark adds the IPv4 version field too, hidden, so "ip.version == 6" matches. */
    public static final FieldDef TCLASS = FieldDef.builder("ipv6.tclass", "Traffic Class", UINT32).hex()
            .mask(0x0ff00000L, 32).build();
    public static final FieldDef FLOW = FieldDef.builder("ipv6.flow", "Flow Label", UINT32).hex()
            .mask(0x000fffffL, 32).build();
    public static final FieldDef PLEN = FieldDef.builder("ipv6.plen", "Payload Length", UINT16).build();
    public static final FieldDef NXT = FieldDef.builder("ipv6.nxt", "Next Header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    public static final FieldDef HLIM = FieldDef.builder("ipv6.hlim", "Hop Limit", UINT8).build();
    public static final FieldDef SRC = FieldDef.builder("ipv6.src", "Source Address", org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef DST = FieldDef.builder("ipv6.dst", "Destination Address", org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef ADDR = FieldDef.builder("ipv6.addr", "Source or Destination Address", org.jdissect.api.field.FieldType.IPV6).build();
    public static final FieldDef HOPOPTS = FieldDef.builder("ipv6.hopopts", "IPv6 Hop-by-Hop Option", PROTOCOL)
            .build();
    public static final FieldDef ROUTING = FieldDef.builder("ipv6.routing", "Routing Header for IPv6", PROTOCOL)
            .build();
    public static final FieldDef FRAGMENT = FieldDef.builder("ipv6.fraghdr", "Fragment Header for IPv6", PROTOCOL)
            .build();
    public static final FieldDef DSTOPTS = FieldDef.builder("ipv6.dstopts", "Destination Options for IPv6", PROTOCOL)
            .build();
    public static final FieldDef EXT_NXT = FieldDef.builder("ipv6.opt.nxt", "Next Header", UINT8)
            .names(Ipv4Fields.IP_PROTOS).build();
    public static final FieldDef EXT_LEN = FieldDef.builder("ipv6.opt.len", "Length", UINT8).build();
    public static final FieldDef FRAG_OFFSET = FieldDef.builder("ipv6.fragment.offset", "Offset", UINT16)
            .mask(0xfff8, 16).build();
    public static final FieldDef FRAG_MORE = FieldDef.builder("ipv6.fragment.more", "More Fragments", BOOLEAN)
            .mask(0x0001, 16).trueFalse("Yes", "No").build();
    public static final FieldDef FRAG_ID = FieldDef.builder("ipv6.fragment.id", "Identification", UINT32).hex().build();

    private DissectorTable protoTable;

    @Override
    public String name() {
        return "ipv6";
    }

    @Override
    public void register(Registrar r) {
        r.fields(IPV6, VERSION, TCLASS, FLOW, PLEN, NXT, HLIM, SRC, DST, ADDR, HOPOPTS, ROUTING, FRAGMENT, DSTOPTS,
                EXT_NXT, EXT_LEN, FRAG_OFFSET, FRAG_MORE, FRAG_ID);
        r.dissector("ipv6", this::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        protoTable = h.table(Ipv4Module.PROTO_TABLE);
        h.table(EthModule.ETHERTYPE_TABLE).add(0x86dd, "ipv6", this::dissect);
        protoTable.add(41, "ipv6", this::dissect);
    }

    int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.setCurrentProto("IPv6");
        ctx.addProtocol("ipv6");
        tvb.ensure(0, 40);
        long first = tvb.u32(0);
        int plen = tvb.u16(4);
        int nxt = tvb.u8(6);
        int hlim = tvb.u8(7);
        byte[] src = tvb.toArray(8, 16);
        byte[] dst = tvb.toArray(24, 16);
        String s = FieldFormat.ipv6(src);
        String d = FieldFormat.ipv6(dst);
        ProtoNode ip = parent.addItem(IPV6, tvb, 0, 40).label("Internet Protocol Version 6, Src: " + s + ", Dst: " + d);
        ip.add(VERSION, tvb, 0, 1, first >>> 28);
        ip.add(Ipv4Fields.VERSION, tvb, 0, 1, first >>> 28).hidden();
        ip.add(TCLASS, tvb, 0, 4, (first >>> 20) & 0xff);
        ip.add(FLOW, tvb, 1, 3, first & 0xfffff);
        ip.add(PLEN, tvb, 4, 2, plen);
        ip.add(NXT, tvb, 6, 1, nxt);
        ip.add(HLIM, tvb, 7, 1, hlim);
        ip.addObj(SRC, tvb, 8, 16, src);
        ip.addObj(ADDR, tvb, 8, 16, src).hidden();
        ip.addObj(DST, tvb, 24, 16, dst);
        ip.addObj(ADDR, tvb, 24, 16, dst).hidden();
        ctx.netVersion = 6;
        ctx.src6 = tvb.slice(8, 16);
        ctx.dst6 = tvb.slice(24, 16);
        // a jumbogram (plen 0) or a lying length: trust the frame, as Wireshark does
        int total = plen == 0 ? tvb.reportedLength() : Math.min(40 + plen, tvb.reportedLength());
        int off = 40;
        boolean fragment = false;
        while (true) {
            if (nxt == 0 || nxt == 43 || nxt == 60) {
                FieldDef p = nxt == 0 ? HOPOPTS : nxt == 43 ? ROUTING : DSTOPTS;
                ctx.addProtocol(p.abbrev());
                int next = tvb.u8(off);
                int len = (tvb.u8(off + 1) + 1) * 8;
                ProtoNode e = parent.addItem(p, tvb, off, len);
                e.add(EXT_NXT, tvb, off, 1, next);
                e.add(EXT_LEN, tvb, off + 1, 1, tvb.u8(off + 1)).label("Length: " + tvb.u8(off + 1) + " (" + len
                        + " bytes)");
                nxt = next;
                off += len;
            } else if (nxt == 44) {
                ctx.addProtocol(FRAGMENT.abbrev());
                int next = tvb.u8(off);
                int offFlags = tvb.u16(off + 2);
                ProtoNode e = parent.addItem(FRAGMENT, tvb, off, 8);
                e.add(EXT_NXT, tvb, off, 1, next);
                e.add(FRAG_OFFSET, tvb, off + 2, 2, offFlags >> 3);
                e.add(FRAG_MORE, tvb, off + 2, 2, offFlags & 1);
                e.add(FRAG_ID, tvb, off + 4, 4, tvb.u32(off + 4));
                fragment = (offFlags & 0xfff9) != 0;
                nxt = next;
                off += 8;
            } else {
                break;
            }
            if (off > total) {
                return total;
            }
        }
        ByteView payload = tvb.sliceReported(off, total - off);
        Dissector next = fragment ? null : protoTable.get(nxt);
        if (next == null || nxt == 59) {
            DataModule.dissect(payload, ctx, parent);
        } else {
            org.jdissect.dissectors.ipv4.Encapsulation depth = org.jdissect.dissectors.ipv4.Encapsulation.enter(ctx);
            try {
                next.dissect(payload, ctx, parent);
            } finally {
                depth.exit();
            }
        }
        return total;
    }
}
