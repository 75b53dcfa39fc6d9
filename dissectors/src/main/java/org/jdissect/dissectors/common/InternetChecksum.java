package org.jdissect.dissectors.common;

import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * The RFC 1071 checksum and the items proto_tree_add_checksum adds when a dissector verifies one (ICMP, ICMPv6,
 * CDP; IPv4, TCP and UDP when their check_checksum preference is set): the checksum with "[correct]" or
 * "incorrect, should be …" and its expert finding, then the generated status.
 */
public final class InternetChecksum {
    /** The checksum status values every {@code *.checksum.status} field names (proto_checksum_vals). */
    public static final long BAD = 0;
    public static final long GOOD = 1;
    public static final long UNVERIFIED = 2;
    /** proto_checksum_vals, for a protocol's own {@code *.checksum.status} field. */
    public static final java.util.Map<Long, String> STATUS_NAMES = java.util.Map.of(BAD, "Bad", GOOD, "Good",
            UNVERIFIED, "Unverified", 3L, "Not present", 4L, "Illegal");

    private InternetChecksum() {
    }

    /** Adds the {@code n} bytes at {@code off} as big-endian 16-bit words to {@code acc} (an odd last byte high). */
    public static long sum(ByteView tvb, int off, int n, long acc) {
        int i = 0;
        for (; i + 1 < n; i += 2) {
            acc += tvb.u16(off + i);
        }
        if (i < n) {
            acc += tvb.u8(off + i) << 8;
        }
        return acc;
    }

    /** The one's complement of {@code acc} folded to 16 bits: 0 when a sum over a correct checksum is complete. */
    public static int fold(long acc) {
        while ((acc >>> 16) != 0) {
            acc = (acc & 0xffff) + (acc >>> 16);
        }
        return (int) (~acc & 0xffff);
    }

    /**
     * in_cksum_shouldbe: the value a checksum field holding {@code stored} should hold, given {@code computed}, the
     * checksum computed over the data with that field in it (as {@link #fold} gives it).
     */
    public static int shouldBe(int stored, int computed) {
        long s = (long) stored + computed;
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return (int) s;
    }

    /**
     * The one's-complement sum of the IPv4 or IPv6 pseudo-header of {@code ctx}'s network layer for a transport of
     * protocol {@code proto} and {@code length} bytes (RFC 793, RFC 8200 8.1), to go on with {@link #sum}.
     */
    public static long pseudoHeader(PacketContext ctx, int proto, long length) {
        long acc = 0;
        if (ctx.netVersion == 6) {
            acc = sum(ctx.src6, 0, 16, acc);
            acc = sum(ctx.dst6, 0, 16, acc);
            acc += (length >>> 16) + (length & 0xffff) + proto;
        } else {
            acc += (ctx.src4 >>> 16) + (ctx.src4 & 0xffff) + (ctx.dst4 >>> 16) + (ctx.dst4 & 0xffff);
            acc += proto + (length & 0xffff) + (length >>> 16);
        }
        return acc;
    }

    /**
     * A checksum verified because its protocol's check_checksum preference is set, as packet-ip.c, packet-tcp.c and
     * packet-udp.c show one: proto_tree_add_checksum's items, the offload hint after a bad value, then the
     * calculated checksum (below the checksum item, or beside it).
     *
     * @param offloadNote     appended to a bad checksum's text, as each protocol words it
     * @param calculatedBelow whether the calculated value is a child of the checksum item (UDP) or its sibling
     */
    public record Verified(FieldDef field, FieldDef status, FieldDef calculated, ExpertDef bad, String offloadNote,
                           boolean calculatedBelow) {
        /** The items for a field holding {@code stored}; {@code computed} is {@link #fold} over the data (0: good). */
        public void add(PacketContext ctx, ProtoNode t, ByteView tvb, int off, int stored, int computed) {
            ProtoNode c;
            int value;
            if (computed == 0) {
                c = correct(t, tvb, off, field, status, stored);
                value = stored;
            } else {
                value = shouldBe(stored, computed);
                c = InternetChecksum.bad(ctx, t, tvb, off, field, status, bad, stored, value).appendLabel(offloadNote);
            }
            (calculatedBelow ? c : t).add(calculated, tvb, off, 2, value).generated();
        }
    }

    /**
     * proto_tree_add_checksum with PROTO_CHECKSUM_VERIFY: {@link #correct} when {@code computed} ({@link #fold} over
     * the data with the field in it) is 0, else {@link #bad} with in_cksum_shouldbe's value and the finding worded
     * "{@code finding} [should be …]"; returns the checksum item.
     */
    public static ProtoNode verified(PacketContext ctx, ProtoNode t, ByteView tvb, int off, FieldDef f,
                                     FieldDef status, ExpertDef ei, int stored, int computed, String finding) {
        return computed == 0 ? correct(t, tvb, off, f, status, stored)
                : bad(ctx, t, tvb, off, f, status, ei, stored, shouldBe(stored, computed), finding);
    }

    /** "Checksum: 0x1234 [unverified]" and its Unverified status: a fragment or a packet cut short. */
    public static ProtoNode unverified(ProtoNode t, ByteView tvb, int off, FieldDef f, FieldDef status, int stored) {
        ProtoNode n = t.add(f, tvb, off, 2, stored).appendLabel(" [unverified]");
        t.add(status, tvb, off, 0, UNVERIFIED).generated();
        return n;
    }

    /** "Checksum: 0x1234 [correct]" and its Good status. */
    public static ProtoNode correct(ProtoNode t, ByteView tvb, int off, FieldDef f, FieldDef status, int stored) {
        ProtoNode n = t.add(f, tvb, off, 2, stored).appendLabel(" [correct]");
        t.add(status, tvb, off, 0, GOOD).generated();
        return n;
    }

    /**
     * "Checksum: 0x3166 incorrect, should be 0x3199", its finding "Bad checksum [should be …]" and Bad status;
     * returns the checksum item.
     */
    public static ProtoNode bad(PacketContext ctx, ProtoNode t, ByteView tvb, int off, FieldDef f, FieldDef status,
                           ExpertDef ei, int stored, int should) {
        return bad(ctx, t, tvb, off, f, status, ei, stored, should, "Bad checksum");
    }

    /** As {@link #bad(PacketContext, ProtoNode, ByteView, int, FieldDef, FieldDef, ExpertDef, int, int)}, the
     * finding worded "{@code finding} [should be …]" (proto_tree_add_checksum words it with its expert's summary). */
    public static ProtoNode bad(PacketContext ctx, ProtoNode t, ByteView tvb, int off, FieldDef f, FieldDef status,
                           ExpertDef ei, int stored, int should, String finding) {
        String s = "0x" + FieldFormat.hexPadded(should, 4);
        ProtoNode c = t.add(f, tvb, off, 2, stored);
        if (ctx.labels()) {
            c.label(f.name() + ": 0x" + FieldFormat.hexPadded(stored, 4) + " incorrect, should be " + s);
        }
        Expert.add(ctx, c, ei, finding + " [should be " + s + "]");
        t.add(status, tvb, off, 0, BAD).generated();
        return c;
    }
}
