package org.jdissect.dissectors.icmp;

import static org.jdissect.api.field.FieldType.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * ICMPv6 Router Renumbering (RFC 2894, type 138) as packet-icmpv6.c's dissect_rrenum shows it: the header, then a
 * command's Match-Prefix part and its Use-Prefix parts, or a result's Result Messages (any other code has nothing
 * after the header). Each item is added before the next is read, so a message the capture cut shows what came before
 * the cut.
 */
final class Icmpv6Rr {
    static final FieldDef RR_SEQUENCE_NUMBER = FieldDef.builder("icmpv6.rr.sequence_number", "Sequence Number", UINT32)
            .blurb("The sequence number MUST be non-decreasing between Sequence Number Resets").build();
    static final FieldDef RR_SEGMENT_NUMBER = FieldDef.builder("icmpv6.rr.segment_number", "Segment Number", UINT8)
            .blurb("Enumerates different valid RR messages having the same Sequence Number").build();
    static final FieldDef RR_FLAG = FieldDef.builder("icmpv6.rr.flag", "Flags", UINT8).hex()
            .blurb("Five are defined and three bits are reserved").build();
    static final FieldDef RR_FLAG_T = FieldDef.builder("icmpv6.rr.flag.t", "Test Command", BOOLEAN).mask(0x80, 8)
            .setNotSet()
            .blurb("Indicates a Test message: processing is to be simulated and no configuration changes are to be "
                    + "made").build();
    static final FieldDef RR_FLAG_R = FieldDef.builder("icmpv6.rr.flag.r", "Result requested", BOOLEAN).mask(0x40, 8)
            .setNotSet()
            .blurb("Indicates that the router send a Result message upon completion of processing the Command "
                    + "message").build();
    static final FieldDef RR_FLAG_A = FieldDef.builder("icmpv6.rr.flag.a", "All Interfaces", BOOLEAN).mask(0x20, 8)
            .setNotSet()
            .blurb("Indicates that the Command be applied to all interfaces regardless of administrative shutdown "
                    + "status").build();
    static final FieldDef RR_FLAG_S = FieldDef.builder("icmpv6.rr.flag.s", "Site-specific", BOOLEAN).mask(0x10, 8)
            .setNotSet()
            .blurb("Indicates that the Command be applied only to interfaces which belong to the same site as the "
                    + "interface to which the Command is addressed").build();
    static final FieldDef RR_FLAG_P = FieldDef.builder("icmpv6.rr.flag.p", "Processed previously", BOOLEAN)
            .mask(0x8, 8).setNotSet()
            .blurb("Indicates that the Command message was previously processed (and is not a Test) and the "
                    + "responding router is not processing it again").build();
    static final FieldDef RR_FLAG_RSV = FieldDef.builder("icmpv6.rr.flag.rsv", "Reserved", UINT8).mask(0x7, 8)
            .blurb("Must be Zero").build();
    static final FieldDef RR_MAXDELAY = FieldDef.builder("icmpv6.rr.maxdelay", "Max Delay", UINT16)
            .blurb("Specifying the maximum time (in milliseconds) by which a router MUST delay sending any reply to "
                    + "this Command").build();
    static final FieldDef RR_PCO_MP = FieldDef.builder("icmpv6.rr.pco.mp", "Match-Prefix Part", NONE).build();
    static final FieldDef RR_PCO_MP_OPCODE = FieldDef.builder("icmpv6.rr.pco.mp.opcode", "OpCode", UINT8)
            .names(Map.of(1L, "Add", 2L, "Change", 3L, "Set Global"))
            .blurb("Specifying the operation to be performed when the associated MatchPrefix matches an interface's "
                    + "prefix or address").build();
    static final FieldDef RR_PCO_MP_OPLENGTH = FieldDef.builder("icmpv6.rr.pco.mp.oplength", "OpLength", UINT8)
            .blurb("The total length of this Prefix Control Operation (in units of 8 octets)").build();
    static final FieldDef RR_PCO_MP_ORDINAL = FieldDef.builder("icmpv6.rr.pco.mp.ordinal", "Ordinal", UINT8).hex()
            .blurb("The value is otherwise unconstrained").build();
    static final FieldDef RR_PCO_MP_MATCHLEN = FieldDef.builder("icmpv6.rr.pco.mp.matchlen", "MatchLen", UINT8)
            .blurb("Between 0 and 128 inclusive specifying the number of initial bits of MatchPrefix which are "
                    + "significant in matching").build();
    static final FieldDef RR_PCO_MP_MINLEN = FieldDef.builder("icmpv6.rr.pco.mp.minlen", "MinLen", UINT8)
            .blurb("Specifying the minimum length which any configured prefix must have in order to be eligible for "
                    + "testing against the MatchPrefix").build();
    static final FieldDef RR_PCO_MP_MAXLEN = FieldDef.builder("icmpv6.rr.pco.mp.maxlen", "MaxLen", UINT8)
            .blurb("Specifying the maximum length which any configured prefix must have in order to be eligible for "
                    + "testing against the MatchPrefix").build();
    static final FieldDef RR_PCO_MP_MATCHPREFIX = FieldDef.builder("icmpv6.rr.pco.mp.matchprefix", "MatchPrefix", IPV6)
            .blurb("The 128-bit prefix to be compared with each interface's prefix or address").build();
    static final FieldDef RR_PCO_UP = FieldDef.builder("icmpv6.rr.pco.up", "Use-Prefix Part", NONE).build();
    static final FieldDef RR_PCO_UP_USELEN = FieldDef.builder("icmpv6.rr.pco.up.uselen", "UseLen", UINT8)
            .blurb("specifying the number of initial bits of UsePrefix to use in creating a new prefix for an "
                    + "interface").build();
    static final FieldDef RR_PCO_UP_KEEPLEN = FieldDef.builder("icmpv6.rr.pco.up.keeplen", "KeepLen", UINT8)
            .blurb("Specifying the number of bits of the prefix or address which matched the associated Match-Prefix"
                    + " which should be retained in the new prefix").build();
    static final FieldDef RR_PCO_UP_FLAGMASK = FieldDef.builder("icmpv6.rr.pco.up.flagmask", "FlagMask", UINT8).hex()
            .blurb("A 1 bit in any position means that the corresponding flag bit in a Router Advertisement (RA) "
                    + "Prefix Information Option for the New Prefix should be set from the RAFlags field in this "
                    + "Use-Prefix Part").build();
    static final FieldDef RR_PCO_UP_FLAGMASK_L = FieldDef.builder("icmpv6.rr.pco.up.flagmask.l", "On-link flag(L)",
            BOOLEAN).mask(0x80, 8).setNotSet()
            .blurb("When set, indicates the On-link (L) flag bit in a Router Advertisement (RA) Prefix Information "
                    + "Option for the New Prefix should be set from the RAFlags field in this Use-Prefix Part").build();
    static final FieldDef RR_PCO_UP_FLAGMASK_A = FieldDef.builder("icmpv6.rr.pco.up.flagmask.a",
            "Autonomous address-configuration flag(A)", BOOLEAN).mask(0x40, 8).setNotSet()
            .blurb("When set, indicates the Autonomous address-configuration (A) flag bit in a Router Advertisement "
                    + "(RA) Prefix Information Option for the New Prefix should be set from the RAFlags field in this "
                    + "Use-Prefix Part").build();
    static final FieldDef RR_PCO_UP_FLAGMASK_RESERVED = FieldDef.builder("icmpv6.rr.pco.up.flagmask.reserved",
            "Reserved", UINT8).mask(0x3f, 8).build();
    static final FieldDef RR_PCO_UP_RAFLAGS = FieldDef.builder("icmpv6.rr.pco.up.raflags", "RAFlags", UINT8).hex()
            .blurb("Under control of the FlagMask field, may be used to initialize the flags in Router Advertisement"
                    + " Prefix Information Options  which advertise the New Prefix").build();
    static final FieldDef RR_PCO_UP_VALIDLIFETIME = FieldDef.builder("icmpv6.rr.pco.up.validlifetime",
            "Valid Lifetime", UINT32)
            .blurb("The number of seconds for which the New Prefix will be valid").build();
    static final FieldDef RR_PCO_UP_PREFERREDLIFETIME = FieldDef.builder("icmpv6.rr.pco.up.preferredlifetime",
            "Preferred Lifetime", UINT32)
            .blurb("The number of seconds for which the New Prefix will be preferred").build();
    static final FieldDef RR_PCO_UP_FLAG = FieldDef.builder("icmpv6.rr.pco.up.flag", "Flags", UINT32).hex().build();
    static final FieldDef RR_PCO_UP_FLAG_V = FieldDef.builder("icmpv6.rr.pco.up.flag.v", "Decrement valid lifetime",
            BOOLEAN).mask(0x80000000, 32).setNotSet()
            .blurb("When set, indicating that the valid lifetime of the New Prefix MUST be effectively decremented "
                    + "in real time").build();
    static final FieldDef RR_PCO_UP_FLAG_P = FieldDef.builder("icmpv6.rr.pco.up.flag.p",
            "Decrement preferred lifetime", BOOLEAN).mask(0x40000000, 32).setNotSet()
            .blurb("When set, indicating that the preferred lifetime of the New Prefix MUST be effectively "
                    + "decremented in real time").build();
    static final FieldDef RR_PCO_UP_FLAG_RESERVED = FieldDef.builder("icmpv6.rr.pco.up.flag.reserved", "Reserved",
            UINT32).mask(0x3fffffff, 32).build();
    static final FieldDef RR_PCO_UP_USEPREFIX = FieldDef.builder("icmpv6.rr.pco.up.useprefix", "UsePrefix", IPV6)
            .blurb("The 128-bit Use-prefix which either becomes or is used in forming (if KeepLen is nonzero) the "
                    + "New Prefix").build();
    static final FieldDef RR_RM = FieldDef.builder("icmpv6.rr.rm", "Result Message", NONE).build();
    static final FieldDef RR_RM_FLAG = FieldDef.builder("icmpv6.rr.rm.flag", "Flags", UINT16).hex().build();
    static final FieldDef RR_RM_FLAG_B = FieldDef.builder("icmpv6.rr.rm.flag.b", "Bounds", BOOLEAN).mask(0x2, 16)
            .setNotSet()
            .blurb("When set, indicates that one or more fields in the associated PCO were out of bounds").build();
    static final FieldDef RR_RM_FLAG_F = FieldDef.builder("icmpv6.rr.rm.flag.f", "Forbidden", BOOLEAN).mask(0x1, 16)
            .setNotSet()
            .blurb("When set, indicates that one or more Use-Prefix parts from the associated PCO were not honored "
                    + "by the router because of attempted formation of a forbidden prefix format, such as a multicast "
                    + "or loopback address").build();
    static final FieldDef RR_RM_FLAG_RESERVED = FieldDef.builder("icmpv6.rr.rm.flag.reserved", "Reserved", UINT16)
            .mask(0xfffc, 16)
            .blurb("Must be Zero").build();
    static final FieldDef RR_RM_ORDINAL = FieldDef.builder("icmpv6.rr.rm.ordinal", "Ordinal", UINT8).hex()
            .blurb("The value is otherwise unconstrained").build();
    static final FieldDef RR_RM_MATCHEDLEN = FieldDef.builder("icmpv6.rr.rm.matchedlen", "MatchedLen", UINT8)
            .blurb("The length of the Matched Prefix").build();
    static final FieldDef RR_RM_INTERFACEINDEX = FieldDef.builder("icmpv6.rr.rm.interfaceindex", "InterfaceIndex",
            UINT32)
            .blurb("The router's numeric designation of the interface on which the MatchedPrefix was configured")
            .build();
    static final FieldDef RR_RM_MATCHEDPREFIX = FieldDef.builder("icmpv6.rr.rm.matchedprefix", "MatchedPrefix", IPV6)
            .blurb("The 128 Bits MatchedPrefix").build();
    static final FieldDef[] FIELDS = {
        RR_SEQUENCE_NUMBER, RR_SEGMENT_NUMBER, RR_FLAG, RR_FLAG_T, RR_FLAG_R, RR_FLAG_A, RR_FLAG_S, RR_FLAG_P,
        RR_FLAG_RSV, RR_MAXDELAY, RR_PCO_MP, RR_PCO_MP_OPCODE, RR_PCO_MP_OPLENGTH, RR_PCO_MP_ORDINAL,
        RR_PCO_MP_MATCHLEN, RR_PCO_MP_MINLEN, RR_PCO_MP_MAXLEN, RR_PCO_MP_MATCHPREFIX, RR_PCO_UP, RR_PCO_UP_USELEN,
        RR_PCO_UP_KEEPLEN, RR_PCO_UP_FLAGMASK, RR_PCO_UP_FLAGMASK_L, RR_PCO_UP_FLAGMASK_A,
        RR_PCO_UP_FLAGMASK_RESERVED, RR_PCO_UP_RAFLAGS, RR_PCO_UP_VALIDLIFETIME, RR_PCO_UP_PREFERREDLIFETIME,
        RR_PCO_UP_FLAG, RR_PCO_UP_FLAG_V, RR_PCO_UP_FLAG_P, RR_PCO_UP_FLAG_RESERVED, RR_PCO_UP_USEPREFIX, RR_RM,
        RR_RM_FLAG, RR_RM_FLAG_B, RR_RM_FLAG_F, RR_RM_FLAG_RESERVED, RR_RM_ORDINAL, RR_RM_MATCHEDLEN,
        RR_RM_INTERFACEINDEX, RR_RM_MATCHEDPREFIX
    };

    static final ExpertDef EI_MATCHLEN = ExpertDef.of("icmpv6.rr.pco.mp.matchlen.gt128", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "MatchLen is greater than 128");
    static final ExpertDef EI_MATCHEDLEN = ExpertDef.of("icmpv6.rr.pco.mp.matchedlen.gt128", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "MatchedLen is greater than 128");
    static final ExpertDef[] EXPERTS = {EI_MATCHLEN, EI_MATCHEDLEN};

    private Icmpv6Rr() {
    }

    /** The message after the checksum. */
    static void dissect(ByteView tvb, PacketContext ctx, ProtoNode t, int code) {
        t.add(RR_SEQUENCE_NUMBER, tvb, 4, 4, tvb.u32(4));
        t.add(RR_SEGMENT_NUMBER, tvb, 8, 1, tvb.u8(8));
        Icmpv6Rpl.bitmask(ctx, t, tvb, 9, 1, RR_FLAG, RR_FLAG_T, RR_FLAG_R, RR_FLAG_A, RR_FLAG_S, RR_FLAG_P,
                RR_FLAG_RSV);
        t.add(RR_MAXDELAY, tvb, 10, 2, tvb.u16(10));
        t.addObj(IcmpModule.V6_RESERVED, tvb, 12, 4, tvb.toArray(12, 4));
        int off = 16;
        int end = tvb.reportedLength();
        if (end <= off) {
            return;
        }
        if (code == 0) {
            off = matchPrefix(tvb, ctx, t, off);
            while (end > off) {
                off = usePrefix(tvb, ctx, t, off);
            }
        } else if (code == 1) {
            while (end > off) {
                off = resultMessage(tvb, ctx, t, off);
            }
        }
    }

    /** The Match-Prefix part of a command: its item's text names the operation, prefix and lengths. */
    private static int matchPrefix(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        ProtoNode mp = t.addItem(RR_PCO_MP, tvb, off, 24);
        int opcode = tvb.u8(off);
        mp.add(RR_PCO_MP_OPCODE, tvb, off, 1, opcode);
        mp.add(RR_PCO_MP_OPLENGTH, tvb, off + 1, 1, tvb.u8(off + 1));
        mp.add(RR_PCO_MP_ORDINAL, tvb, off + 2, 1, tvb.u8(off + 2));
        int matchlen = tvb.u8(off + 3);
        ProtoNode ml = mp.add(RR_PCO_MP_MATCHLEN, tvb, off + 3, 1, matchlen);
        if (matchlen > 128) {
            Expert.add(ctx, ml, EI_MATCHLEN);
        }
        int minlen = tvb.u8(off + 4);
        mp.add(RR_PCO_MP_MINLEN, tvb, off + 4, 1, minlen);
        int maxlen = tvb.u8(off + 5);
        mp.add(RR_PCO_MP_MAXLEN, tvb, off + 5, 1, maxlen);
        mp.addObj(IcmpModule.V6_RESERVED, tvb, off + 6, 2, tvb.toArray(off + 6, 2));
        byte[] prefix = tvb.toArray(off + 8, 16);
        mp.addObj(RR_PCO_MP_MATCHPREFIX, tvb, off + 8, 16, prefix);
        String op = RR_PCO_MP_OPCODE.valueName(opcode);
        mp.appendLabel(": " + (op != null ? op : "Unknown " + opcode) + " " + FieldFormat.ipv6(prefix) + "/"
                + matchlen + " (" + minlen + "-" + maxlen + ")");
        return off + 24;
    }

    /** One Use-Prefix part of a command (32 bytes, whatever OpLength says, as packet-icmpv6.c reads them). */
    private static int usePrefix(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        ProtoNode up = t.addItem(RR_PCO_UP, tvb, off, 32);
        int uselen = tvb.u8(off);
        up.add(RR_PCO_UP_USELEN, tvb, off, 1, uselen);
        int keeplen = tvb.u8(off + 1);
        up.add(RR_PCO_UP_KEEPLEN, tvb, off + 1, 1, keeplen);
        Icmpv6Rpl.bitmask(ctx, up, tvb, off + 2, 1, RR_PCO_UP_FLAGMASK, RR_PCO_UP_FLAGMASK_L, RR_PCO_UP_FLAGMASK_A,
                RR_PCO_UP_FLAGMASK_RESERVED);
        // packet-icmpv6.c's RAFlags bits are registered under the FlagMask bits' names
        Icmpv6Rpl.bitmask(ctx, up, tvb, off + 3, 1, RR_PCO_UP_RAFLAGS, RR_PCO_UP_FLAGMASK_L, RR_PCO_UP_FLAGMASK_A,
                RR_PCO_UP_FLAGMASK_RESERVED);
        Icmpv6Rpl.lifetime(ctx, up, tvb, off + 4, RR_PCO_UP_VALIDLIFETIME);
        Icmpv6Rpl.lifetime(ctx, up, tvb, off + 8, RR_PCO_UP_PREFERREDLIFETIME);
        Icmpv6Rpl.bitmask(ctx, up, tvb, off + 12, 4, RR_PCO_UP_FLAG, RR_PCO_UP_FLAG_V, RR_PCO_UP_FLAG_P,
                RR_PCO_UP_FLAG_RESERVED);
        byte[] prefix = tvb.toArray(off + 16, 16);
        up.addObj(RR_PCO_UP_USEPREFIX, tvb, off + 16, 16, prefix);
        up.appendLabel(": " + FieldFormat.ipv6(prefix) + "/" + uselen + " (keep " + keeplen + ")");
        return off + 32;
    }

    /** One Result Message of a result. */
    private static int resultMessage(ByteView tvb, PacketContext ctx, ProtoNode t, int off) {
        ProtoNode rm = t.addItem(RR_RM, tvb, off, 24);
        Icmpv6Rpl.bitmask(ctx, rm, tvb, off, 2, RR_RM_FLAG, RR_RM_FLAG_RESERVED, RR_RM_FLAG_B, RR_RM_FLAG_F);
        rm.add(RR_RM_ORDINAL, tvb, off + 2, 1, tvb.u8(off + 2));
        int matchedlen = tvb.u8(off + 3);
        ProtoNode ml = rm.add(RR_RM_MATCHEDLEN, tvb, off + 3, 1, matchedlen);
        if (matchedlen > 128) {
            Expert.add(ctx, ml, EI_MATCHEDLEN);
        }
        long ifindex = tvb.u32(off + 4);
        rm.add(RR_RM_INTERFACEINDEX, tvb, off + 4, 4, ifindex);
        byte[] prefix = tvb.toArray(off + 8, 16);
        rm.addObj(RR_RM_MATCHEDPREFIX, tvb, off + 8, 16, prefix);
        rm.appendLabel(": " + FieldFormat.ipv6(prefix) + "/" + matchedlen + " (interface " + ifindex + ")");
        return off + 24;
    }
}
