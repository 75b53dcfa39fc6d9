package org.jdissect.dissectors.ntp;

import static org.jdissect.dissectors.ntp.NtpFields.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.Handoff;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.TcpModule;
import org.jdissect.dissectors.udp.UdpModule;

/**
 * The Network Time Protocol on UDP and TCP port 123, as Wireshark 4.0.17's packet-ntp.c shows it in one pass: time
 * messages (modes 0–5) with their timestamps, extension fields and MAC; control messages (mode 6) with their status
 * words, data and authenticator; private messages (mode 7) with their header. Not decoded: the name=value data of
 * control messages that read or write variables (tshark parses it with tvbparse into a tree of tokens; jdissect shows
 * the Data item alone) and the items of mode 7 responses other than monitor lists.
 */
public final class NtpModule implements ProtocolModule {
    public static final String NAME = "ntp";
    private static final int PORT = 123;
    private static final int MODE_CTRL = 6;
    private static final int MODE_PRIV = 7;
    /** Seconds from 1900 (NTP's era 0) to 1970, and from 1970 to 2036 (where era 1 starts). */
    private static final long SECONDS_1900_TO_1970 = 2_208_988_800L;
    private static final long SECONDS_1970_TO_2036 = 2_085_978_496L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(ALL);
        r.dissector(NAME, NtpModule::dissect);
    }

    @Override
    public void handoff(Handoff h) {
        h.table(UdpModule.PORT_TABLE).add(PORT, NAME, NtpModule::dissect);
        h.table(TcpModule.PORT_TABLE).add(PORT, NAME, NtpModule::dissect);
    }

    static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        ctx.setCurrentProto("NTP");
        int flags = tvb.u8(0);
        int mode = flags & 7;
        ProtoNode ntp = parent.addItem(NTP, tvb, 0, tvb.capturedLength());
        if (ctx.labels()) {
            ntp.label(NTP.name() + " (" + VERSIONS.get((long) (flags >> 3 & 7)) + ", " + INFO_MODES[mode] + ")");
        }
        switch (mode) {
            case MODE_CTRL -> control(tvb, ctx, ntp, flags);
            case MODE_PRIV -> privateMessage(tvb, ctx, ntp, flags);
            default -> timeMessage(tvb, ctx, ntp, flags);
        }
        return tvb.capturedLength();
    }

    /** The first byte: leap indicator, version and mode, as a bitmask item. */
    private static final int MODE_CLIENT = 3;
    private static final int MODE_SERVER = 4;
    /** packet-ntp.c's sequence key for time messages: one for all. */
    private static final long TIME_KEY = 0xffffffffL;

    private static NtpTransactions transactions(PacketContext ctx) {
        return ctx.session().state(NtpTransactions.class, NtpTransactions::new);
    }

    private static void headerFlags(ByteView tvb, PacketContext ctx, ProtoNode ntp, int flags) {
        ProtoNode f = ntp.add(FLAGS, tvb, 0, 1, flags);
        if (ctx.labels()) {
            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(flags, 2)),
                    flags, FLAGS_LI, FLAGS_VN, FLAGS_MODE).toString());
        }
        f.add(FLAGS_LI, tvb, 0, 1, flags >> 6);
        f.add(FLAGS_VN, tvb, 0, 1, flags >> 3 & 7);
        f.add(FLAGS_MODE, tvb, 0, 1, flags & 7);
    }

    // ---- time messages --------------------------------------------------------------------------------------------

    private static void timeMessage(ByteView tvb, PacketContext ctx, ProtoNode ntp, int flags) {
        boolean lab = ctx.labels();
        headerFlags(tvb, ctx, ntp, flags);
        if ((flags & 7) == MODE_CLIENT) {
            transactions(ctx).request(ctx, ntp, TIME_KEY);
        } else if ((flags & 7) == MODE_SERVER) {
            transactions(ctx).response(ctx, ntp, TIME_KEY, false);
        }
        int stratum = tvb.u8(1);
        ntp.add(STRATUM, tvb, 1, 1, stratum);
        int poll = tvb.u8(2);
        ProtoNode p = ntp.add(PPOLL, tvb, 2, 1, poll);
        if (lab) {
            p.label(PPOLL.name() + ": " + (poll >= 4 && poll <= 17 ? poll + " (" + (1L << poll) + " seconds)"
                    : "invalid (" + poll + ")"));
        }
        int precision = tvb.u8(3);
        ProtoNode pr = ntp.add(PRECISION, tvb, 3, 1, precision);
        if (lab) {
            pr.label(PRECISION.name() + ": " + fixed6(Math.pow(2, (byte) precision)) + " seconds");
        }
        shortFixed(tvb, ctx, ntp, ROOTDELAY, 4);
        shortFixed(tvb, ctx, ntp, ROOTDISPERSION, 8);
        ProtoNode ref = ntp.addObj(REFID, tvb, 12, 4, tvb.toArray(12, 4));
        if (lab) {
            ref.label(REFID.name() + ": " + referenceId(tvb, stratum));
        }
        timestamp(tvb, ntp, REFTIME, 16);
        timestamp(tvb, ntp, ORG, 24);
        timestamp(tvb, ntp, REC, 32);
        timestamp(tvb, ntp, XMT, 40);
        optionalFields(tvb, ntp);
    }

    /** A 16.16 fixed-point number of seconds (root delay, root dispersion), shown as packet-ntp.c's "%8.6f". */
    private static void shortFixed(ByteView tvb, PacketContext ctx, ProtoNode ntp, FieldDef f, int off) {
        long v = tvb.u32(off);
        ProtoNode n = ntp.add(f, tvb, off, 4, v);
        if (ctx.labels()) {
            n.label(f.name() + ": " + fixed6((v >> 16) + (v & 0xffff) / 65536.0) + " seconds");
        }
    }

    /**
     * What the reference ID names: a reference clock from the table for strata 0 and 1 (the ASCII up to a NUL
     * otherwise, quoted), else the address of the upstream server.
     */
    private static String referenceId(ByteView tvb, int stratum) {
        if (stratum <= 1) {
            String known = PRIMARY_SOURCES.get((int) tvb.u32(12));
            return known != null ? known : "Unidentified reference source '" + tvb.asciiString(12, 4) + "'";
        }
        return FieldFormat.ipv4(tvb.u32(12));
    }

    /**
     * An NTP timestamp: seconds with the high bit set count from 1900, without it from 2036 (RFC 2030's era rule as
     * Wireshark applies it); the fraction becomes nanoseconds by proto.c's floating-point product, truncated.
     */
    private static void timestamp(ByteView tvb, ProtoNode ntp, FieldDef f, int off) {
        tvb.ensure(off, 8); // read as one 8-byte value: past the reported end too it is malformed, not cut
        ntp.addObj(f, tvb, off, 8, ntpTime(tvb.u32(off), tvb.u32(off + 4)));
    }

    static NsTime ntpTime(long secs, long fraction) {
        long nanos = (long) (1_000_000_000 * (fraction / 4294967296.0));
        if (secs == 0 && nanos == 0) {
            return new NsTime(0, 0); // proto.c's "NULL" time
        }
        return new NsTime(unixSeconds(secs), nanos);
    }

    /**
     * An NTP timestamp's seconds (ENC_TIME_NTP) as seconds since 1970: with the high bit set they count from 1900,
     * without it from 2036 (RFC 2030's era rule as proto.c applies it). Also DHCP's four-byte times.
     */
    public static long unixSeconds(long secs) {
        return (secs & 0x8000_0000L) != 0 ? secs - SECONDS_1900_TO_1970 : secs + SECONDS_1970_TO_2036;
    }

    /**
     * After the 48-byte header: extension fields as long as their lengths look valid, then a MAC (key ID and
     * digest); a short remainder means the last "extension" was part of the MAC (RFC 7822's ambiguity, resolved as
     * packet-ntp.c resolves it).
     */
    private static void optionalFields(ByteView tvb, ProtoNode ntp) {
        int length = tvb.reportedLength();
        int efsEnd = 48;
        int lastLength = 0;
        boolean cut = false;
        try {
            while (length - efsEnd >= 16) {
                int extLength = tvb.u16(efsEnd + 2);
                if (extLength < 16 || length - efsEnd < extLength) {
                    break;
                }
                efsEnd += extLength;
                lastLength = extLength;
            }
            int macLength = length - efsEnd;
            if (macLength > 0 && !(macLength == 4 && tvb.u32(efsEnd) == 0) && macLength < 20) {
                efsEnd -= lastLength;
            }
        } catch (BoundsException e) {
            if (e.kind() != BoundsException.Kind.TRUNCATED) {
                throw e;
            }
            // the capture ends among the fields: packet-ntp.c shows the extensions it reaches, one at a time, and
            // throws inside the one the capture cut (or at the next one's header)
            cut = true;
        }
        int off = 48;
        while (off < efsEnd) {
            int extLength = tvb.u16(off + 2);
            ProtoNode ext = ntp.addItem(EXT, tvb, off, extLength);
            ext.add(EXT_TYPE, tvb, off, 2, tvb.u16(off));
            ext.add(EXT_LENGTH, tvb, off + 2, 2, extLength);
            ext.addObj(EXT_VALUE, tvb, off + 4, extLength - 4, tvb.toArray(off + 4, extLength - 4));
            off += extLength;
        }
        if (cut) {
            throw BoundsException.TRUNCATED; // where the scan ran out of captured bytes
        }
        if (length - off >= 4) {
            ntp.addObj(KEYID, tvb, off, 4, tvb.toArray(off, 4));
        }
        off += 4;
        if (length - off > 0) {
            ntp.addObj(MAC, tvb, off, length - off, tvb.toArray(off, length - off));
        }
    }

    // ---- control messages (mode 6) --------------------------------------------------------------------------------

    private static final int OP_READSTAT = 1;
    private static final int OP_READVAR = 2;
    private static final int OP_WRITEVAR = 3;
    private static final int OP_READCLOCK = 4;
    private static final int OP_WRITECLOCK = 5;
    private static final int OP_ASYNCMSG = 7;
    private static final int OP_CONFIGURE = 8;
    private static final int OP_SAVECONFIG = 9;
    private static final int OP_READ_MRU = 10;
    private static final int OP_READ_ORDLIST = 11;
    private static final int OP_REQ_NONCE = 12;

    private static void control(ByteView tvb, PacketContext ctx, ProtoNode ntp, int flags) {
        boolean lab = ctx.labels();
        headerFlags(tvb, ctx, ntp, flags);
        int flags2 = tvb.u8(1);
        ProtoNode f2 = ntp.add(CTRL_FLAGS2, tvb, 1, 1, flags2);
        if (lab) {
            f2.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flags 2: 0x")
                    .append(FieldFormat.hexPadded(flags2, 2)), flags2, CTRL_R, CTRL_ERROR, CTRL_MORE, CTRL_OPCODE)
                    .toString());
        }
        f2.add(CTRL_R, tvb, 1, 1, flags2 >> 7);
        f2.add(CTRL_ERROR, tvb, 1, 1, flags2 >> 6 & 1);
        f2.add(CTRL_MORE, tvb, 1, 1, flags2 >> 5 & 1);
        f2.add(CTRL_OPCODE, tvb, 1, 1, flags2 & 0x1f);
        ntp.add(CTRL_SEQUENCE, tvb, 2, 2, tvb.u16(2));
        int opcode = flags2 & 0x1f;
        boolean response = (flags2 & 0x80) != 0;
        if (response) {
            transactions(ctx).response(ctx, ntp, tvb.u16(2), true);
        } else {
            transactions(ctx).request(ctx, ntp, tvb.u16(2));
        }
        int associd = tvb.u16(6);
        if (!response) {
            ntp.add(CTRL_STATUS, tvb, 4, 2, tvb.u16(4));
        } else if ((flags2 & 0x40) != 0) {
            statusWord(tvb, ctx, ntp, 4, CTRL_ERR_STATUS);
        } else {
            switch (opcode) {
                case OP_READSTAT, OP_READVAR, OP_WRITEVAR, OP_ASYNCMSG -> {
                    if (associd != 0) {
                        peerStatus(tvb, ctx, ntp, 4);
                    } else {
                        statusWord(tvb, ctx, ntp, 4, SYS_LI, SYS_CLKSRC, SYS_COUNT, SYS_CODE);
                    }
                }
                case OP_READCLOCK, OP_WRITECLOCK -> statusWord(tvb, ctx, ntp, 4, CLK_STATUS, CLK_CODE);
                default -> ntp.add(CTRL_STATUS, tvb, 4, 2, tvb.u16(4));
            }
        }
        ntp.add(CTRL_ASSOCID, tvb, 6, 2, associd);
        ntp.add(CTRL_OFFSET, tvb, 8, 2, tvb.u16(8));
        int dataLength = tvb.u16(10);
        ntp.add(CTRL_COUNT, tvb, 10, 2, dataLength);
        boolean authenticated = false;
        int authAt = 12 + dataLength;
        if (dataLength != 0) {
            ProtoNode data = ntp.addItem(CTRL_DATA, tvb, 12, dataLength);
            switch (opcode) {
                case OP_READSTAT, OP_READVAR, OP_WRITEVAR, OP_READCLOCK, OP_WRITECLOCK -> {
                    if (opcode == OP_READSTAT && associd == 0) {
                        associationList(tvb, ctx, ntp, data, dataLength);
                        // packet-ntp.c counts the list's length down to 0 as it reads it, then looks for padding
                        // and an authenticator at 12 + that length: at the data's start
                        authAt = 12;
                    } else {
                        // tshark parses the name=value list into a tree of tvbparse tokens; only its bounds are
                        // checked here
                        tvb.ensure(12, dataLength);
                    }
                }
                case OP_ASYNCMSG -> text(tvb, data, CTRL_TRAPMSG, dataLength);
                case OP_CONFIGURE, OP_SAVECONFIG -> authenticated = text(tvb, data, CTRL_CONFIGURATION, dataLength);
                case OP_READ_MRU -> authenticated = text(tvb, data, CTRL_MRU, dataLength);
                case OP_READ_ORDLIST -> authenticated = text(tvb, data, CTRL_ORDLIST, dataLength);
                case OP_REQ_NONCE -> authenticated = text(tvb, data, CTRL_NONCE, dataLength);
                default -> {
                    // set/unset trap and unspecified opcodes carry no data packet-ntp.c looks at
                }
            }
        }
        if (!response || authenticated) {
            authenticator(tvb, ntp, authAt);
        }
    }

    /**
     * A read-status response for association 0: one (association, status) pair per four bytes. packet-ntp.c puts
     * each status word beside the data item rather than in the pair's item, and counts the bytes down in 16 bits:
     * a length that is not a multiple of four wraps and runs into the end of the packet.
     */
    private static void associationList(ByteView tvb, PacketContext ctx, ProtoNode ntp, ProtoNode data, int length) {
        int off = 12;
        int left = length;
        while (left != 0) {
            ProtoNode item = data.addItem(CTRL_ITEM, tvb, off, 4);
            item.add(CTRL_ASSOCID, tvb, off, 2, tvb.u16(off));
            peerStatus(tvb, ctx, ntp, off + 2);
            off += 4;
            left = (left - 4) & 0xffff;
        }
    }

    private static boolean text(ByteView tvb, ProtoNode data, FieldDef f, int length) {
        tvb.ensure(12, length);
        data.addObj(f, tvb, 12, length, tvb.asciiString(12, length));
        return true;
    }

    private static void peerStatus(ByteView tvb, PacketContext ctx, ProtoNode ntp, int off) {
        statusWord(tvb, ctx, ntp, off, PEER_CONFIG, PEER_AUTHENABLE, PEER_AUTHENTIC, PEER_REACH, PEER_BCAST,
                PEER_SELECTION, PEER_COUNT, PEER_CODE);
    }

    /** The 16-bit status word at {@code off} as a bitmask item of {@code bits}. */
    private static void statusWord(ByteView tvb, PacketContext ctx, ProtoNode ntp, int off, FieldDef... bits) {
        int v = tvb.u16(off);
        ProtoNode s = ntp.add(CTRL_STATUS, tvb, off, 2, v);
        if (ctx.labels()) {
            s.label(FieldFormat.appendBitmaskNames(new StringBuilder("Status: 0x").append(FieldFormat.hexPadded(v, 4)),
                    v, bits).toString());
        }
        for (FieldDef b : bits) {
            s.add(b, tvb, off, 2, (v & b.bitmask()) >>> Long.numberOfTrailingZeros(b.bitmask()));
        }
    }

    /**
     * The authenticator of a control message: after padding to a multiple of eight bytes, a key index and an MD5 (20
     * bytes in all) or SHA-1 (24) digest; other lengths give the subtree alone.
     */
    private static void authenticator(ByteView tvb, ProtoNode ntp, int off) {
        int remaining = tvb.reportedLength() - off;
        int padding = (off & 7) != 0 ? 8 - (off & 7) : 0;
        if (remaining <= padding) {
            return;
        }
        if (padding != 0) {
            ntp.addObj(PADDING, tvb, off, padding, tvb.toArray(off, padding));
            off += padding;
            remaining -= padding;
        }
        ProtoNode auth = ntp.addText(tvb, off, tvb.capturedLength() - off, "Authenticator");
        if (remaining == 20 || remaining == 24) {
            auth.add(KEY_TYPE, tvb, off, 0, remaining == 20 ? 0 : 1).generated();
            auth.add(KEY_INDEX, tvb, off, 4, tvb.u32(off));
            auth.addObj(KEY_SIGNATURE, tvb, off + 4, remaining - 4, tvb.toArray(off + 4, remaining - 4));
        }
    }

    // ---- private messages (mode 7) --------------------------------------------------------------------------------

    private static void privateMessage(ByteView tvb, PacketContext ctx, ProtoNode ntp, int flags) {
        boolean lab = ctx.labels();
        ProtoNode f = ntp.add(FLAGS, tvb, 0, 1, flags);
        if (lab) {
            f.label(FieldFormat.appendBitmaskNames(new StringBuilder("Flags: 0x").append(FieldFormat.hexPadded(flags, 2)),
                    flags, PRIV_R, PRIV_MORE, FLAGS_VN, FLAGS_MODE).toString());
        }
        f.add(PRIV_R, tvb, 0, 1, flags >> 7);
        f.add(PRIV_MORE, tvb, 0, 1, flags >> 6 & 1);
        f.add(FLAGS_VN, tvb, 0, 1, flags >> 3 & 7);
        f.add(FLAGS_MODE, tvb, 0, 1, flags & 7);
        int authSeq = tvb.u8(1);
        ProtoNode as = ntp.add(PRIV_AUTH_SEQ, tvb, 1, 1, authSeq);
        as.add(PRIV_AUTH, tvb, 1, 1, authSeq >> 7);
        as.add(PRIV_SEQ, tvb, 1, 1, authSeq & 0x7f);
        int impl = tvb.u8(2);
        ntp.add(PRIV_IMPL, tvb, 2, 1, impl);
        ntp.add(PRIV_REQCODE, tvb, 3, 1, tvb.u8(3));
        if ((flags & 0x80) != 0) {
            transactions(ctx).response(ctx, ntp, 0xff000000L | impl, true);
        } else {
            transactions(ctx).request(ctx, ntp, 0xff000000L | impl);
        }
        if (impl == XNTPD) {
            // each bit field is read as its item is added: a message cut short shows what it holds
            bits(ntp, lab, PRIV_ERR, tvb, 4, 1, 0xf0, tvb.u8(4) >> 4);
            int count = tvb.u16(4) & 0x0fff;
            bits(ntp, lab, PRIV_NUMITEMS, tvb, 4, 2, 0x0fff, count);
            bits(ntp, lab, PRIV_RESERVED, tvb, 6, 1, 0xf0, tvb.u8(6) >> 4);
            int size = tvb.u16(6) & 0x0fff;
            bits(ntp, lab, PRIV_ITEMSIZE, tvb, 6, 2, 0x0fff, size);
            items(tvb, ctx, ntp, tvb.u8(3), count, size);
        }
        if ((flags & 0x80) == 0 && (authSeq & 0x80) != 0) {
            // an authenticated request: its timestamp and MAC sit at fixed offsets after the 176-byte data area
            ntp.addObj(PRIV_TSTAMP, tvb, 184, 8, ntpTime(tvb.u32(184), tvb.u32(188)));
            ntp.addObj(KEYID, tvb, 192, 4, tvb.toArray(192, 4));
            int rest = tvb.reportedLength() - 196;
            if (rest > 0) {
                ntp.addObj(MAC, tvb, 196, rest, tvb.toArray(196, rest));
            }
        }
    }

    private static final int MON_GETLIST = 20;
    private static final int MON_GETLIST_1 = 42;

    /**
     * The data items of an XNTPD message, {@code size} bytes apart from offset 8 (16-bit offsets, as packet-ntp.c
     * computes them). Monitor list entries are decoded; another request code's item shows as "CODE Item" alone (its
     * forty-odd layouts are not decoded).
     */
    private static void items(ByteView tvb, PacketContext ctx, ProtoNode ntp, int reqcode, int count, int size) {
        boolean mon1 = reqcode == MON_GETLIST_1;
        for (int i = 0; i < count; i++) {
            int off = (8 + size * i) & 0xffff;
            if (reqcode == MON_GETLIST || mon1) {
                String text = "Monlist item: address: " + FieldFormat.ipv4(tvb.u32(off + 16)) + ":"
                        + tvb.u16(off + (mon1 ? 28 : 20));
                tvb.ensureFromStart(off, size); // the item's string field is checked over its whole size
                ProtoNode item = ntp.addObj(MODE7_ITEM, tvb, off, size, "Monlist Item").label(text);
                monitorEntry(tvb, item, off, mon1);
            } else {
                String name = REQUEST_CODES.get((long) reqcode);
                tvb.ensureFromStart(off, size);
                ntp.addObj(MODE7_ITEM, tvb, off, size, "").label((name == null ? "Unknown" : name) + " Item");
            }
        }
    }

    private static void monitorEntry(ByteView tvb, ProtoNode item, int off, boolean withLocal) {
        item.add(MON_AVGINT, tvb, off, 4, tvb.u32(off));
        item.add(MON_LSINT, tvb, off + 4, 4, tvb.u32(off + 4));
        item.add(MON_RESTR, tvb, off + 8, 4, tvb.u32(off + 8));
        item.add(MON_COUNT, tvb, off + 12, 4, tvb.u32(off + 12));
        item.add(MON_REMOTE, tvb, off + 16, 4, tvb.u32(off + 16));
        int p = off + 20;
        if (withLocal) {
            item.add(MON_LOCAL, tvb, p, 4, tvb.u32(p));
            item.add(MON_FLAGS, tvb, p + 4, 4, tvb.u32(p + 4));
            p += 8;
        }
        item.add(MON_PORT, tvb, p, 2, tvb.u16(p));
        item.add(MON_MODE, tvb, p + 2, 1, tvb.u8(p + 2));
        item.add(MON_VERSION, tvb, p + 3, 1, tvb.u8(p + 3));
        long v6 = tvb.u32(p + 4);
        item.add(MON_IPV6, tvb, p + 4, 4, v6);
        item.add(MON_UNUSED, tvb, p + 8, 4, tvb.u32(p + 8));
        p += 12;
        if (v6 != 0) {
            item.addObj(MON_ADDR6, tvb, p, 16, tvb.toArray(p, 16));
            if (withLocal) {
                item.addObj(MON_DADDR6, tvb, p + 16, 16, tvb.toArray(p + 16, 16));
            }
        }
    }

    /**
     * A field added with proto_tree_add_bits_item: its text draws the bits of the {@code length} bytes at {@code off}
     * that {@code mask} selects, bytes two spaces apart.
     */
    private static void bits(ProtoNode ntp, boolean lab, FieldDef f, ByteView tvb, int off, int length, int mask,
                             int value) {
        ProtoNode n = ntp.add(f, tvb, off, length, value);
        if (!lab) {
            return;
        }
        int raw = length == 1 ? tvb.u8(off) : tvb.u16(off);
        StringBuilder sb = new StringBuilder();
        for (int i = length * 8 - 1; i >= 0; i--) {
            sb.append((mask >> i & 1) == 0 ? '.' : (raw >> i & 1) == 0 ? '0' : '1');
            if (i > 0 && i % 8 == 0) {
                sb.append("  ");
            } else if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
        }
        sb.append(" = ").append(f.name()).append(": ");
        String name = f.valueName(value);
        if (f.base() == org.jdissect.api.field.Base.HEX) {
            String hex = "0x" + FieldFormat.hexPadded(value, 2);
            sb.append(name != null ? name + " (" + hex + ")" : f.valueNames().isEmpty() ? hex : "Unknown (" + hex + ")");
        } else {
            sb.append(value);
        }
        n.label(sb.toString());
    }

    /** C's "%.6f": the double's exact binary value rounded half-even, as printf rounds it. */
    private static String fixed6(double v) {
        return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
