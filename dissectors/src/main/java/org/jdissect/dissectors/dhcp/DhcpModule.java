package org.jdissect.dissectors.dhcp;

import static org.jdissect.dissectors.dhcp.DhcpFields.*;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * DHCP and BOOTP (RFC 951, 2131, 2132) on UDP ports 67 and 68, and proxyDHCP on 4011, as Wireshark 4.0's
 * packet-dhcp.c shows them: the fixed BOOTP header, the magic cookie (or RFC 951's 64-byte vendor area), then the
 * options (see {@link DhcpOptions}). As in packet-dhcp.c, a first pass over the options finds the message type
 * (which makes the message DHCP rather than BOOTP), the vendor class (which chooses how option 43 is read), the
 * overload of the name fields and the number of domain search and SIP server options before anything is shown.
 */
public final class DhcpModule implements ProtocolModule {
    public static final String NAME = "dhcp";
    static final int ARPHRD_ETHER = 1;
    static final int ARPHRD_IEEE802 = 6;
    static final long MAGIC_COOKIE = 0x63825363L;
    static final int VENDOR_OFFSET = 236;
    static final int PROXY_DHCP_PORT = 4011;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(DhcpFields.all());
        r.fields(DhcpPxe.FIELDS);
        r.experts(EXPERTS);
        r.experts(DhcpPxe.EI_SUBOPTION_INVALID);
        r.dissector(NAME, DhcpModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(UdpModule.PORT_TABLE).add(67, NAME, DhcpModule::dissect);
        h.table(UdpModule.PORT_TABLE).add(68, NAME, DhcpModule::dissect);
        h.table(UdpModule.PORT_TABLE).add(PROXY_DHCP_PORT, NAME, DhcpModule::dissect);
    }

    /** What the first pass over the options found (packet-dhcp.c's dhcp_option with first_pass TRUE). */
    public record FirstPass(String messageType, String vendorClass, int overload, int searchBlocks, int sipBlocks) {
    }

    /** Whether the magic cookie follows the fixed header. */
    static boolean hasCookie(ByteView tvb) {
        return tvb.has(VENDOR_OFFSET, 4) && tvb.u32(VENDOR_OFFSET) == MAGIC_COOKIE;
    }

    /**
     * The first pass: the options are walked without being shown, reading only what was captured (an option cut
     * short ends the walk quietly), for the message type (53), the vendor class (60), the overload (52) and the
     * pieces of a domain search list (119) or SIP server list (120).
     * Padding is scanned to its end, as packet-dhcp.c does, so a message cut inside padding throws here too.
     */
    public static FirstPass firstPass(ByteView tvb) {
        int voff = hasCookie(tvb) ? VENDOR_OFFSET + 4 : VENDOR_OFFSET + 64;
        int eoff = tvb.reportedLength();
        String type = null;
        String vendorClass = null;
        int overload = 0;
        int blocks = 0;
        int sipBlocks = 0;
        while (voff < eoff) {
            int code = tvb.u8(voff);
            if (code == 0) {
                int i = voff + 1;
                while (i < eoff && tvb.u8(i) == 0) {
                    i++;
                }
                voff = i;
                continue;
            }
            if (code == 255) {
                break;
            }
            if (!tvb.has(voff + 1, 1)) {
                voff++;
                continue;
            }
            int len = tvb.u8(voff + 1);
            if (tvb.has(voff + 2, len)) {
                switch (code) {
                    case 52 -> overload = tvb.u8(voff + 2);
                    case 53 -> type = DhcpOptions.messageTypeName(tvb.u8(voff + 2));
                    case 60 -> vendorClass = tvb.asciiString(voff + 2, len);
                    case 119 -> blocks++;
                    case 120 -> sipBlocks++;
                    default -> {
                    }
                }
            }
            voff += len + 2;
        }
        return new FirstPass(type, vendorClass, overload, blocks, sipBlocks);
    }

    /** The message at the start of {@code tvb}, the UDP payload. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        boolean proxy = ctx.srcPort == PROXY_DHCP_PORT || ctx.dstPort == PROXY_DHCP_PORT;
        if (proxy && !hasCookie(tvb)) {
            return 0; // proxyDHCP requires the cookie: anything else on port 4011 is not DHCP
        }
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("DHCP/BOOTP");
        int op = tvb.u8(0);
        int htype = tvb.u8(1);
        int hlen = tvb.u8(2);
        if (op == 1 && hlen > 0) {
            tvb.ensure(28, hlen); // the Info column names the client's address before the tree is made
        }
        ProtoNode d = parent.addItem(DHCP, tvb, 0, tvb.capturedLength());
        FirstPass first = firstPass(tvb);
        DhcpOptions.State state = new DhcpOptions.State();
        state.vendorClass = first.vendorClass();
        state.searchBlocks = first.searchBlocks();
        state.sipBlocks = first.sipBlocks();
        header(tvb, ctx, d, op, htype, hlen, first);
        int voff = VENDOR_OFFSET;
        if (first.messageType() == null) {
            d.add(BOOTP, tvb, 0, 0, 1).hidden();
        }
        if (hasCookie(tvb)) {
            d.add(COOKIE, tvb, voff, 4, MAGIC_COOKIE).label("Magic cookie: DHCP");
            voff += 4;
        } else {
            d.addObj(VENDOR_OPTIONS, tvb, voff, 64, tvb.toArray(voff, 64));
            voff += 64;
        }
        int eoff = tvb.reportedLength();
        boolean[] end = {false};
        int[] overload = {first.overload()};
        while (voff < eoff && !end[0]) {
            voff += DhcpOptions.option(tvb, ctx, d, voff, eoff, state, end, overload);
        }
        if (first.messageType() != null && !end[0]) {
            Expert.add(ctx, d, EI_END_MISSING);
        }
        if (voff < eoff) {
            // what follows the End option
            d.addObj(PADDING, tvb, voff, eoff - voff, tvb.toArray(voff, eoff - voff));
        }
        return tvb.capturedLength();
    }

    /** The fixed BOOTP header, from the message type to the boot file name. */
    private static void header(ByteView tvb, PacketContext ctx, ProtoNode d, int op, int htype, int hlen,
                               FirstPass first) {
        d.add(TYPE, tvb, 0, 1, op);
        d.add(HW_TYPE, tvb, 1, 1, htype);
        d.add(HW_LEN, tvb, 2, 1, hlen);
        d.add(HOPS, tvb, 3, 1, tvb.u8(3));
        d.add(ID, tvb, 4, 4, tvb.u32(4));
        // Windows (98, XP, Vista) sends the seconds little-endian: a value of 1-255 read that way is taken as meant
        int secsLe = tvb.u16le(8);
        if (secsLe > 0 && secsLe <= 0xff) {
            Expert.add(ctx, d.add(SECS, tvb, 8, 2, secsLe), EI_SECS_LE);
        } else {
            d.add(SECS, tvb, 8, 2, tvb.u16(8));
        }
        int flags = tvb.u16(10);
        boolean broadcast = (flags & 0x8000) != 0;
        ProtoNode f = d.add(FLAGS, tvb, 10, 2, flags).label("Bootp flags: 0x" + FieldFormat.hexPadded(flags, 4)
                + (broadcast ? ", Broadcast flag" : "")).appendLabel(broadcast ? " (Broadcast)" : " (Unicast)");
        f.add(FLAGS_BC, tvb, 10, 2, broadcast ? 1 : 0);
        f.add(FLAGS_RESERVED, tvb, 10, 2, flags & 0x7fff);
        d.add(IP_CLIENT, tvb, 12, 4, tvb.u32(12));
        d.add(IP_YOUR, tvb, 16, 4, tvb.u32(16));
        d.add(IP_SERVER, tvb, 20, 4, tvb.u32(20));
        d.add(IP_RELAY, tvb, 24, 4, tvb.u32(24));
        if (hlen > 0 && hlen <= 16) {
            if ((htype == ARPHRD_ETHER || htype == ARPHRD_IEEE802) && hlen == 6) {
                d.add(HW_MAC, tvb, 28, 6, tvb.u48(28));
            } else {
                // the field holds 16 bytes, of which the first hlen are the address
                d.addObj(HW_ADDR, tvb, 28, 16, tvb.toArray(28, 16)).label("Client hardware address: "
                        + hardwareAddress(tvb, 28, hlen, htype));
            }
            if (16 - hlen > 0) {
                d.addObj(HW_ADDR_PADDING, tvb, 28 + hlen, 16 - hlen, tvb.toArray(28 + hlen, 16 - hlen));
            }
        } else {
            Expert.add(ctx, d.addText(tvb, 28, 16, EI_CLIENT_ADDRESS_NOT_GIVEN.summary()),
                    EI_CLIENT_ADDRESS_NOT_GIVEN);
        }
        nameField(tvb, ctx, d, first, DhcpOptions.OVERLOAD_SNAME, DhcpOptions.SNAME_OFFSET,
                DhcpOptions.SNAME_LENGTH, SERVER, "Server host name not given");
        nameField(tvb, ctx, d, first, DhcpOptions.OVERLOAD_FILE, DhcpOptions.FILE_OFFSET, DhcpOptions.FILE_LENGTH,
                FILE, "Boot file name not given");
    }

    /** The server or boot file name: overloaded with options, empty ("not given") or a string. */
    private static void nameField(ByteView tvb, PacketContext ctx, ProtoNode d, FirstPass first, int bit, int off,
                                  int len, org.jdissect.api.field.FieldDef field, String notGiven) {
        if ((first.overload() & bit) != 0) {
            var def = bit == DhcpOptions.OVERLOAD_SNAME ? EI_SNAME_OVERLOADED : EI_FILE_OVERLOADED;
            Expert.add(ctx, d.addText(tvb, off, len, def.summary()), def);
        } else {
            boolean given = tvb.u8(off) != 0;
            tvb.ensure(off, len);
            if (given) {
                DhcpOptions.text(d, field, tvb, off, len, ctx);
            } else {
                d.addObj(field, tvb, off, len, "").label(notGiven);
            }
        }
    }

    /**
     * packet-arp.c's tvb_arphrdaddr_to_str: "&lt;No address&gt;" for none, a MAC for an Ethernet or IEEE 802 address
     * of 6 bytes, else the bytes in hex.
     */
    static String hardwareAddress(ByteView tvb, int off, int len, int type) {
        if (len <= 0) {
            return "<No address>";
        }
        if ((type == ARPHRD_ETHER || type == ARPHRD_IEEE802) && len == 6) {
            return FieldFormat.ether(tvb.u48(off));
        }
        byte[] b = tvb.toArray(off, len);
        return len > 36 ? FieldFormat.hex(b, 0, 36, null) + "\u2026" : FieldFormat.hex(b, 0, len, null);
    }
}
