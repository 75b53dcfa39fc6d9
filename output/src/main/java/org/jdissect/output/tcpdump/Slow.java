package org.jdissect.output.tcpdump;

/**
 * print-slow.c's slow_print (tcpdump 4.99.3): the IEEE 802.3 Slow Protocols of Ethertype 0x8809, LACP and Marker
 * (802.3ad: version, then TLVs) and OAM (802.3ah: flags and code, then the information TLVs, the link events, the
 * loopback command or a dump); other subtypes are named and dumped. Without -v only the first line is printed.
 *
 * <p>Length checks use the length the link layer gives (padding included), the fetches the capture: a TLV that the
 * length allows but the capture cuts ends the packet in {@code " [|slow]"}, while one the length does not allow
 * prints "packet is too short" and ends the printing quietly.
 */
final class Slow {
    private static final int LACP = 1;
    private static final int MARKER = 2;
    private static final int OAM = 3;

    private static final int[] LACP_STATE_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80};
    private static final String[] LACP_STATE_NAMES = {"Activity", "Timeout", "Aggregation", "Synchronization",
        "Collecting", "Distributing", "Default", "Expired"};
    private static final int[] OAM_FLAG_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40};
    private static final String[] OAM_FLAG_NAMES = {"Link Fault", "Dying Gasp", "Critical Event", "Local Evaluating",
        "Local Stable", "Remote Evaluating", "Remote Stable"};
    private static final int[] OAM_CONFIG_BITS = {0x01, 0x02, 0x04, 0x08, 0x10};
    private static final String[] OAM_CONFIG_NAMES = {"Active", "Unidirectional", "Remote-Loopback", "Link-Events",
        "Variable-Retrieval"};
    private static final String[] STATE_PARSER = {"forwarding", "looping back", "discarding", "reserved"};

    /** sizeof(struct lacp_tlv_actor_partner_info_t), …_collector_info_t, marker_tlv_marker_info_t. */
    private static final int ACTOR_PARTNER_LEN = 18;
    private static final int COLLECTOR_LEN = 14;
    private static final int MARKER_INFO_LEN = 14;
    /** sizeof(struct slow_oam_info_t) and sizeof(struct slow_oam_link_event_t). */
    private static final int OAM_INFO_LEN = 16;
    private static final int LINK_EVENT_LEN = 40;

    private Slow() {
    }

    /** tok2str(slow_proto_values, "unknown (%u)", …). */
    private static String subtypeName(int subtype) {
        return switch (subtype) {
            case LACP -> "LACP";
            case MARKER -> "MARKER";
            case OAM -> "OAM";
            default -> "unknown (" + subtype + ")";
        };
    }

    /** slow_print: the PDU of {@code len} bytes at {@code bp}. */
    static void print(Layers l, Pkt p, int bp, int len) {
        p.proto = "slow";
        if (len < 1) {
            tooShortHeader(p);
            return;
        }
        int subtype = p.u8(bp);
        int printVersion;
        switch (subtype) {
            case LACP, MARKER -> {
                if (len < 2) {
                    tooShortHeader(p);
                    return;
                }
                int version = p.u8(bp + 1);
                if (version != 1) {
                    p.p(subtype == LACP ? "LACP" : "MARKER").p(" version ").p(version).p(" packet not supported");
                    return;
                }
                printVersion = 1;
            }
            case OAM -> printVersion = 0;
            default -> printVersion = -1;
        }
        if (printVersion == 1) {
            p.p(subtypeName(subtype)).p("v").p(p.u8(bp + 1)).p(", length ").p(len);
        } else {
            p.p(subtypeName(subtype)).p(", length ").p(len);
        }
        if (printVersion == -1) {
            Transport.unknownData(p, bp, "\n\t", len);
            return;
        }
        if (p.o.verbose() == 0) {
            return;
        }
        if (subtype == OAM) {
            oam(p, bp + 1, len - 1);
        } else {
            markerLacp(l, p, bp + 2, len - 2, subtype);
        }
    }

    private static void tooShortHeader(Pkt p) {
        p.p(p.o.verbose() == 0 ? " (packet is too short)" : "\n\t\t packet is too short");
    }

    private static void tooShort(Pkt p) {
        p.p("\n\t\t packet is too short");
    }

    /** tok2str(slow_tlv_values, "Unknown", (subtype << 8) + type). */
    private static String tlvName(int subtype, int type) {
        return switch ((subtype << 8) + type) {
            case (LACP << 8), (MARKER << 8) -> "Terminator";
            case (LACP << 8) + 1 -> "Actor Information";
            case (LACP << 8) + 2 -> "Partner Information";
            case (LACP << 8) + 3 -> "Collector Information";
            case (MARKER << 8) + 1 -> "Marker Information";
            default -> "Unknown";
        };
    }

    /** slow_marker_lacp_print: the TLVs after the subtype and version. */
    private static void markerLacp(Layers l, Pkt p, int tptr, int tlen, int subtype) {
        boolean hexdump = p.o.verbose() > 1;
        while (tlen > 0) {
            if (tlen < 2) {
                tooShort(p);
                return;
            }
            int type = p.u8(tptr);
            int tlvLen = p.u8(tptr + 1);
            p.p("\n\t").p(tlvName(subtype, type)).p(" TLV (0x").p(Domain.hex2(type)).p("), length ").p(tlvLen);
            if (type == 0) {
                return; // the terminator: no more TLVs
            }
            if (tlvLen < 2) {
                p.p("\n\t    ERROR: illegal length - should be >= 2");
                return;
            }
            if (tlen < tlvLen) {
                tooShort(p);
                return;
            }
            p.check(tptr, tlvLen);
            int v = tptr + 2;
            int vlen = tlvLen - 2;
            switch ((subtype << 8) + type) {
                case (LACP << 8) + 1, (LACP << 8) + 2 -> {
                    if (vlen != ACTOR_PARTNER_LEN) {
                        illegal(p, ACTOR_PARTNER_LEN + 2);
                    } else {
                        p.p("\n\t  System ").p(l.mac(Layers.raw48(p, v + 2))).p(", System Priority ").p(p.u16(v))
                                .p(", Key ").p(p.u16(v + 8)).p(", Port ").p(p.u16(v + 12)).p(", Port Priority ")
                                .p(p.u16(v + 10)).p("\n\t  State Flags [")
                                .p(Pkt.bittok(p.u8(v + 14), LACP_STATE_BITS, LACP_STATE_NAMES, "none")).p("]");
                    }
                }
                case (LACP << 8) + 3 -> {
                    if (vlen != COLLECTOR_LEN) {
                        illegal(p, COLLECTOR_LEN + 2);
                    } else {
                        p.p("\n\t  Max Delay ").p(p.u16(v));
                    }
                }
                case (MARKER << 8) + 1 -> {
                    if (vlen != MARKER_INFO_LEN) {
                        illegal(p, MARKER_INFO_LEN + 2);
                    } else {
                        p.p("\n\t  Request System ").p(l.mac(Layers.raw48(p, v + 2))).p(", Request Port ")
                                .p(p.u16(v)).p(", Request Transaction ID 0x").p(hex8(p.u32(v + 8)));
                    }
                }
                default -> {
                    if (!hexdump) {
                        Transport.unknownData(p, v, "\n\t  ", vlen);
                    }
                }
            }
            if (hexdump) {
                Transport.unknownData(p, v, "\n\t  ", vlen);
            }
            tptr += tlvLen;
            tlen -= tlvLen;
        }
    }

    private static void illegal(Pkt p, int should) {
        p.p("\n\t    ERROR: illegal length - should be ").p(should);
    }

    private static String hex8(long v) {
        return String.format("%08x", v);
    }

    /** tok2str(slow_oam_code_values, "Unknown (%u)", …). */
    private static String oamCode(int code) {
        return switch (code) {
            case 0x00 -> "Information";
            case 0x01 -> "Event Notification";
            case 0x02 -> "Variable Request";
            case 0x03 -> "Variable Response";
            case 0x04 -> "Loopback Control";
            case 0xfe -> "Vendor Private";
            default -> "Unknown (" + code + ")";
        };
    }

    /** slow_oam_print: the OAMPDU after the subtype. */
    private static void oam(Pkt p, int tptr, int tlen) {
        if (tlen < 3) {
            tooShort(p);
            return;
        }
        p.check(tptr, 3);
        int flags = p.u16(tptr);
        int code = p.u8(tptr + 2);
        tptr += 3;
        tlen -= 3;
        p.p("\n\tCode ").p(oamCode(code)).p(" OAM PDU, Flags [")
                .p(Pkt.bittok(flags, OAM_FLAG_BITS, OAM_FLAG_NAMES, "none")).p("]");
        boolean verbose2 = p.o.verbose() > 1;
        switch (code) {
            case 0x00 -> {
                while (tlen > 0) {
                    if (tlen < 2) {
                        tooShort(p);
                        return;
                    }
                    p.check(tptr, 2);
                    int type = p.u8(tptr);
                    int length = p.u8(tptr + 1);
                    p.p("\n\t  ").p(infoType(type)).p(" Information Type (").p(type).p("), length ").p(length);
                    if (type == 0) {
                        return; // End of TLV marker: its length and value may be ignored
                    }
                    if (length < 2) {
                        p.p("\n\t    ERROR: illegal length - should be >= 2");
                        return;
                    }
                    if (tlen < length) {
                        tooShort(p);
                        return;
                    }
                    p.check(tptr, length);
                    boolean hexdump = false;
                    if (type == 0x01 || type == 0x02) {
                        if (length != OAM_INFO_LEN) { // the info_length field is this TLV's length byte
                            illegal(p, OAM_INFO_LEN);
                            hexdump = true;
                        } else {
                            int state = p.u8(tptr + 5);
                            int oui = p.u8(tptr + 9) << 16 | p.u16(tptr + 10);
                            p.p("\n\t    OAM-Version ").p(p.u8(tptr + 2)).p(", Revision ").p(p.u16(tptr + 3))
                                    .p("\n\t    State-Parser-Action ").p(STATE_PARSER[state & 3])
                                    .p(", State-MUX-Action ").p((state & 4) == 0 ? "forwarding" : "discarding")
                                    .p("\n\t    OAM-Config Flags [")
                                    .p(Pkt.bittok(p.u8(tptr + 6), OAM_CONFIG_BITS, OAM_CONFIG_NAMES, "none"))
                                    .p("], OAM-PDU-Config max-PDU size ").p(p.u16(tptr + 7) & 0x7ff)
                                    .p("\n\t    OUI ").p(Names.oui(oui)).p(" (0x").p(String.format("%06x", oui))
                                    .p("), Vendor-Private 0x").p(hex8(p.u32(tptr + 12)));
                        }
                    } else {
                        hexdump = true; // organization specific and reserved types
                    }
                    if (verbose2 || hexdump) {
                        Transport.unknownData(p, tptr, "\n\t  ", length);
                    }
                    tlen -= length;
                    tptr += length;
                }
            }
            case 0x01 -> {
                if (tlen < 2) {
                    tooShort(p);
                    return;
                }
                int seq = p.u16(tptr);
                p.p("\n\t  Sequence Number ").p(seq);
                tlen -= 2;
                tptr += 2;
                while (tlen > 0) {
                    if (tlen < 2) {
                        tooShort(p);
                        return;
                    }
                    int type = p.u8(tptr);
                    int length = p.u8(tptr + 1);
                    p.p("\n\t  ").p(linkEvent(type)).p(" Link Event Type (").p(type).p("), length ").p(length);
                    if (type == 0) {
                        return;
                    }
                    if (length < 2) {
                        p.p("\n\t    ERROR: illegal length - should be >= 2");
                        return;
                    }
                    if (tlen < length) {
                        tooShort(p);
                        return;
                    }
                    p.check(tptr, length);
                    boolean hexdump = false;
                    if (type >= 0x01 && type <= 0x04) {
                        if (length != LINK_EVENT_LEN) {
                            illegal(p, LINK_EVENT_LEN);
                            hexdump = true;
                        } else {
                            p.p("\n\t    Timestamp ").p(p.u16(tptr + 2) * 100).p(" ms, Errored Window ")
                                    .p(u64(p, tptr + 4)).p("\n\t    Errored Threshold ").p(u64(p, tptr + 12))
                                    .p("\n\t    Errors ").p(u64(p, tptr + 20)).p("\n\t    Error Running Total ")
                                    .p(u64(p, tptr + 28)).p("\n\t    Event Running Total ").p(p.u32(tptr + 36));
                        }
                    } else {
                        hexdump = true;
                    }
                    if (verbose2 || hexdump) {
                        Transport.unknownData(p, tptr, "\n\t  ", length);
                    }
                    tlen -= length;
                    tptr += length;
                }
            }
            case 0x04 -> {
                if (tlen < 1) {
                    tooShort(p);
                    return;
                }
                int command = p.u8(tptr);
                String name = switch (command) {
                    case 0x01 -> "Enable OAM Remote Loopback";
                    case 0x02 -> "Disable OAM Remote Loopback";
                    default -> "Unknown";
                };
                p.p("\n\t  Command ").p(name).p(" (").p(command).p(")");
            }
            default -> {
                // variable request and response, vendor private: print-slow.c has no decoder for them
                if (!verbose2) {
                    Transport.unknownData(p, tptr, "\n\t  ", tlen);
                }
            }
        }
    }

    /** GET_BE_U_8 printed with PRIu64. */
    private static String u64(Pkt p, int off) {
        return Long.toUnsignedString(p.u32(off) << 32 | p.u32(off + 4));
    }

    /** tok2str(slow_oam_info_type_values, "Reserved", …). */
    private static String infoType(int type) {
        return switch (type) {
            case 0x00 -> "End of TLV marker";
            case 0x01 -> "Local";
            case 0x02 -> "Remote";
            case 0xfe -> "Organization specific";
            default -> "Reserved";
        };
    }

    /** tok2str(slow_oam_link_event_values, "Reserved", …). */
    private static String linkEvent(int type) {
        return switch (type) {
            case 0x00 -> "End of TLV marker";
            case 0x01 -> "Errored Symbol Period Event";
            case 0x02 -> "Errored Frame Event";
            case 0x03 -> "Errored Frame Period Event";
            case 0x04 -> "Errored Frame Seconds Summary Event";
            case 0xfe -> "Organization specific";
            default -> "Reserved";
        };
    }
}
