package org.jdissect.output.tcpdump;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * print-stp.c's stp_print (tcpdump 4.99.3): 802.1D configuration and topology-change BPDUs, 802.1w RSTP, 802.1s
 * MSTP with its MSTI records and the 802.1aq SPB part after them. Reached from llc_print for SAP 0x42 and from
 * snap_print for Cisco's PVST+ and VLAN-bridge PIDs and RFC 2684's bridged BPDU.
 *
 * <p>Each {@code ND_PRINT} of print-stp.c fetches all its arguments before it prints anything, so a statement whose
 * fields run past the snapshot end prints nothing and the packet ends in {@code " [|stp]"}: the methods here read a
 * statement's values first and print them after, to cut where tcpdump does. The length checks use the BPDU's
 * length (the 802.3 length less the LLC header), not what was captured, as print-stp.c does.
 */
final class Stp {
    private static final int PROTO_REGULAR = 0x00;
    private static final int PROTO_RAPID = 0x02;
    private static final int PROTO_MSTP = 0x03;
    private static final int PROTO_SPB = 0x04;
    private static final int TYPE_CONFIG = 0x00;
    private static final int TYPE_RSTP = 0x02;
    private static final int TYPE_TOPO_CHANGE = 0x80;

    /** sizeof(struct stp_bpdu_): the RSTP BPDU, whose last byte (the version 1 length) a config BPDU lacks. */
    private static final int BPDU_LEN = 36;
    private static final int MSTP_MIN_LEN = 102;
    private static final int SPB_MIN_LEN = 87;
    private static final int MSTI_LENGTH = 16;
    private static final int CONFIG_INFO_LENGTH = 64;

    // offsets in the BPDU (struct stp_bpdu_ and print-stp.c's MST_BPDU_* macros)
    private static final int FLAGS = 4;
    private static final int ROOT_ID = 5;
    private static final int ROOT_PATH_COST = 13;
    private static final int BRIDGE_ID = 17;
    private static final int PORT_ID = 25;
    private static final int MESSAGE_AGE = 27;
    private static final int V1_LENGTH = 35;
    private static final int V3_LENGTH = 36;
    private static final int CONFIG_NAME = 39;
    private static final int CONFIG_DIGEST = 73;
    private static final int CIST_INT_PATH_COST = 89;
    private static final int CIST_BRIDGE_ID = 93;
    private static final int CIST_REMAINING_HOPS = 101;
    private static final int MSTI = 102;

    /** stp_bpdu_flag_values, in table order (bittok2str lists the set bits in that order). */
    private static final int[] FLAG_BITS = {0x01, 0x02, 0x10, 0x20, 0x40, 0x80};
    private static final String[] FLAG_NAMES = {"Topology change", "Proposal", "Learn", "Forward", "Agreement",
        "Topology change ACK"};
    /** rstp_obj_port_role_values, indexed by RSTP_EXTRACT_PORT_ROLE (two bits: every value has a name). */
    private static final String[] PORT_ROLES = {"Unknown", "Alternate", "Root", "Designated"};

    private Stp() {
    }

    /** stp_print: the BPDU of {@code length} bytes at {@code bp}. */
    static void print(Pkt p, int bp, int length) {
        p.proto = "stp";
        if (length < 4) {
            invalid(p);
            return;
        }
        if (p.u16(bp) != 0) {
            p.p("unknown STP version, length ").p(length);
            return;
        }
        int version = p.u8(bp + 2);
        p.p("STP ").p(protocol(version));
        if (version != PROTO_REGULAR && version != PROTO_RAPID && version != PROTO_MSTP && version != PROTO_SPB) {
            return;
        }
        int type = p.u8(bp + 3);
        p.p(", ").p(bpduType(type));
        switch (type) {
            case TYPE_CONFIG -> {
                // a config BPDU ends before the version 1 length
                if (length < BPDU_LEN - 1) {
                    invalid(p);
                    return;
                }
                config(p, bp, length);
            }
            case TYPE_RSTP -> {
                if (version == PROTO_RAPID) {
                    if (length < BPDU_LEN) {
                        invalid(p);
                        return;
                    }
                    config(p, bp, length);
                } else if (version == PROTO_MSTP || version == PROTO_SPB) {
                    mstpOrSpb(p, bp, length, version);
                }
                // an 802.1D BPDU of the RSTP type: print-stp.c stops at its name
            }
            // a topology change BPDU has nothing after its type; unknown types are only named
            default -> {
            }
        }
    }

    /** The MSTP branch of stp_print: its length checks, the MSTP part and, for version 4, the SPB part. */
    private static void mstpOrSpb(Pkt p, int bp, int length, int version) {
        if (length < MSTP_MIN_LEN) {
            invalid(p);
            return;
        }
        if (p.u8(bp + V1_LENGTH) != 0) {
            invalid(p); // print-stp.c: "FIX ME: Emit a message here ?"
            return;
        }
        int mstpLen = p.u16(bp + V3_LENGTH) + 2; // the length counts from after its own two bytes
        if (length < BPDU_LEN + mstpLen) {
            invalid(p);
            return;
        }
        mstp(p, bp, length);
        if (version == PROTO_SPB) {
            // checked only after the MSTP part is printed, so a bad v4 length ends that output
            int spbLen = p.u16(bp + V3_LENGTH + mstpLen) + 2;
            if (length < BPDU_LEN + mstpLen + spbLen || spbLen < SPB_MIN_LEN) {
                invalid(p);
                return;
            }
            spb(p, bp + BPDU_LEN + mstpLen);
        }
    }

    /** stp_print_config_bpdu: 802.1D config and 802.1w RSTP BPDUs. */
    private static void config(Pkt p, int bp, int length) {
        int flags = p.u8(bp + FLAGS);
        p.p(", Flags [").p(flags(flags)).p("]");
        String bridge = bridgeId(p, bp + BRIDGE_ID);
        int port = p.u16(bp + PORT_ID);
        p.p(", bridge-id ").p(bridge).p(".").p(Pkt.hex4(port)).p(", length ").p(length);
        if (p.o.verbose() == 0) {
            return; // without -v only the bridge ID
        }
        timers(p, bp);
        String root = bridgeId(p, bp + ROOT_ID);
        long cost = p.u32(bp + ROOT_PATH_COST);
        p.p("\n\troot-id ").p(root).p(", root-pathcost ").p(cost);
        // the port role is only meaningful in 802.1w
        if (p.u8(bp + 2) == PROTO_RAPID) {
            p.p(", port-role ").p(portRole(flags));
        }
    }

    /** stp_print_mstp_bpdu: the CIST fields, the MST configuration identifier, then each MSTI record. */
    private static void mstp(Pkt p, int bp, int length) {
        int flags = p.u8(bp + FLAGS);
        p.p(", CIST Flags [").p(flags(flags)).p("], length ").p(length);
        if (p.o.verbose() == 0) {
            return; // without -v just the flags
        }
        p.p("\n\tport-role ").p(portRole(flags)).p(", ");
        String root = bridgeId(p, bp + ROOT_ID);
        long extCost = p.u32(bp + ROOT_PATH_COST);
        p.p("CIST root-id ").p(root).p(", CIST ext-pathcost ").p(extCost);
        String regionalRoot = bridgeId(p, bp + BRIDGE_ID);
        p.p("\n\tCIST regional-root-id ").p(regionalRoot).p(", ");
        int port = p.u16(bp + PORT_ID);
        p.p("CIST port-id ").p(Pkt.hex4(port)).p(",");
        timers(p, bp);
        int v3len = p.u16(bp + V3_LENGTH);
        p.p("\n\tv3len ").p(v3len).p(", ");
        p.p("MCID Name ");
        p.printjnp(bp + CONFIG_NAME, 32);
        int rev = p.u16(bp + CONFIG_NAME + 32);
        String digest = hex32s(p, bp + CONFIG_DIGEST, 4);
        p.p(", rev ").p(rev).p(",\n\t\tdigest ").p(digest).p(", ");
        long intCost = p.u32(bp + CIST_INT_PATH_COST);
        p.p("CIST int-root-pathcost ").p(intCost).p(",");
        String cistBridge = bridgeId(p, bp + CIST_BRIDGE_ID);
        p.p("\n\tCIST bridge-id ").p(cistBridge).p(", ");
        int hops = p.u8(bp + CIST_REMAINING_HOPS);
        p.p("CIST remaining-hops ").p(hops);
        if (v3len > CONFIG_INFO_LENGTH) {
            // the records fill what the v3 length counts past the configuration identifier and CIST fields
            int left = v3len - CONFIG_INFO_LENGTH;
            for (int at = bp + MSTI; left >= MSTI_LENGTH; at += MSTI_LENGTH, left -= MSTI_LENGTH) {
                msti(p, at);
            }
        }
    }

    /** One MSTI configuration message of the MSTP loop. */
    private static void msti(Pkt p, int at) {
        int msti = p.u16(at + 1) & 0x0fff; // the MSTI number is the regional root ID's system ID extension
        int flags = p.u8(at);
        p.p("\n\tMSTI ").p(msti).p(", Flags [").p(flags(flags)).p("], port-role ").p(portRole(flags));
        String root = bridgeId(p, at + 1);
        long cost = p.u32(at + 9);
        p.p("\n\t\tMSTI regional-root-id ").p(root).p(", pathcost ").p(cost);
        int bridgePrio = p.u8(at + 13) >> 4;
        int portPrio = p.u8(at + 14) >> 4;
        int hops = p.u8(at + 15);
        p.p("\n\t\tMSTI bridge-prio ").p(bridgePrio).p(", port-prio ").p(portPrio).p(", hops ").p(hops);
    }

    /** stp_print_spb_bpdu: the SPB part at {@code at}, after the MSTP one; only with -v. */
    private static void spb(Pkt p, int at) {
        if (p.o.verbose() == 0) {
            return;
        }
        int v4len = p.u16(at);
        p.p("\n\tv4len ").p(v4len).p(", ");
        p.p("AUXMCID Name ");
        p.printjnp(at + 3, 32);
        int rev = p.u16(at + 35);
        String digest = hex32s(p, at + 37, 4);
        p.p(", Rev ").p(rev).p(",\n\t\tdigest ").p(digest);
        int agreement = p.u8(at + 53);
        int format = p.u8(at + 55);
        int convention = p.u8(at + 56);
        int edges = p.u16(at + 57);
        String agreementDigest = hex32s(p, at + 67, 5);
        // "cap" is printed as the whole byte (print-stp.c masks it with 0x00ff, not 0x0f)
        p.p("\n\tAgreement num ").p(agreement >> 6).p(", Discarded Agreement num ").p(agreement >> 4 & 0x3)
                .p(", Agreement valid-flag ").p(agreement >> 3 & 0x1).p(",\n\tRestricted role-flag: ")
                .p(agreement >> 2 & 0x1).p(", Format id ").p(format >> 4).p(" cap ").p(format)
                .p(", Convention id ").p(convention >> 4).p(" cap ").p(convention).p(",\n\tEdge count ").p(edges)
                .p(", Agreement digest ").p(agreementDigest);
    }

    /** The four timers, in 1/256 s, as print-stp.c's "%.2fs" of a float shows them. */
    private static void timers(Pkt p, int bp) {
        String messageAge = seconds(p.u16(bp + MESSAGE_AGE));
        String maxAge = seconds(p.u16(bp + MESSAGE_AGE + 2));
        String hello = seconds(p.u16(bp + MESSAGE_AGE + 4));
        String forwardDelay = seconds(p.u16(bp + MESSAGE_AGE + 6));
        p.p("\n\tmessage-age ").p(messageAge).p("s, max-age ").p(maxAge).p("s, hello-time ").p(hello)
                .p("s, forwarding-delay ").p(forwardDelay).p("s");
    }

    /** "%.2f" of v / 256: exact in binary, and printf rounds an exact tie (0.125) to even, as HALF_EVEN does. */
    private static String seconds(int v) {
        return new BigDecimal(v / 256.0).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** stp_print_bridge_id: "pppp.aa:bb:cc:dd:ee:ff", the priority then the MAC address. */
    private static String bridgeId(Pkt p, int at) {
        p.check(at, 8);
        StringBuilder sb = new StringBuilder(22);
        for (int i = 0; i < 8; i++) {
            if (i == 2) {
                sb.append('.');
            } else if (i > 2) {
                sb.append(':');
            }
            hex2(sb, p.u8(at + i));
        }
        return sb.toString();
    }

    /** {@code n} big-endian 32-bit words as "%08x" each, one after the other (the digests). */
    private static String hex32s(Pkt p, int at, int n) {
        p.check(at, 4 * n);
        StringBuilder sb = new StringBuilder(8 * n);
        for (int i = 0; i < 4 * n; i++) {
            hex2(sb, p.u8(at + i));
        }
        return sb.toString();
    }

    private static void hex2(StringBuilder sb, int b) {
        sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
    }

    /** bittok2str(stp_bpdu_flag_values, "none", …). */
    private static String flags(int v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((v & FLAG_BITS[i]) != 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(FLAG_NAMES[i]);
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    /** tok2str(rstp_obj_port_role_values, …, RSTP_EXTRACT_PORT_ROLE(flags)). */
    private static String portRole(int flags) {
        return PORT_ROLES[(flags & 0x0c) >> 2];
    }

    /** tok2str(stp_proto_values, "Unknown STP protocol (0x%02x)", …). */
    private static String protocol(int v) {
        return switch (v) {
            case PROTO_REGULAR -> "802.1d";
            case PROTO_RAPID -> "802.1w";
            case PROTO_MSTP -> "802.1s";
            case PROTO_SPB -> "802.1aq";
            default -> String.format("Unknown STP protocol (0x%02x)", v);
        };
    }

    /** tok2str(stp_bpdu_type_values, "Unknown BPDU Type (0x%02x)", …). */
    private static String bpduType(int v) {
        return switch (v) {
            case TYPE_CONFIG -> "Config";
            case TYPE_RSTP -> "Rapid STP";
            case TYPE_TOPO_CHANGE -> "Topology Change";
            default -> String.format("Unknown BPDU Type (0x%02x)", v);
        };
    }

    /** nd_print_invalid. */
    private static void invalid(Pkt p) {
        p.p(" (invalid)");
    }
}
