package org.jdissect.output.tcpdump;

/**
 * print-vtp.c's vtp_print (tcpdump 4.99.3), Cisco's VLAN Trunking Protocol, reached from snap_print for Cisco's OUI
 * and PID 0x2003: version and message type; with -v the management domain, then the summary advertisement, the
 * VLAN records of a subset advertisement with their TLVs, or an advertisement request's start value.
 */
final class Vtp {
    private static final int HEADER_LEN = 36;
    private static final int DOMAIN_NAME_LEN = 32;
    private static final int VLAN_INFO_FIXED_PART_LEN = 12;

    private Vtp() {
    }

    /** tok2str(vtp_message_type_values, "Unknown message type", …). */
    private static String messageType(int type) {
        return switch (type) {
            case 0x01 -> "Summary advertisement";
            case 0x02 -> "Subset advertisement";
            case 0x03 -> "Advertisement request";
            case 0x04 -> "Join message";
            default -> "Unknown message type";
        };
    }

    /** tok2str(vtp_header_values, "Unknown", …): what the header's third byte is for each message type. */
    private static String headerField(int type) {
        return switch (type) {
            case 0x01 -> "Followers";
            case 0x02 -> "Seq number";
            case 0x03, 0x04 -> "Rsvd";
            default -> "Unknown";
        };
    }

    /** tok2str(vtp_vlan_tlv_values, "Unknown", …). */
    private static String vlanTlv(int type) {
        return switch (type) {
            case 0x01 -> "Source-Routing Ring Number TLV";
            case 0x02 -> "Source-Routing Bridge Number TLV";
            case 0x03 -> "STP type TLV";
            case 0x04 -> "Parent VLAN TLV";
            case 0x05 -> "Translationally bridged VLANs TLV";
            case 0x06 -> "Pruning TLV";
            case 0x07 -> "Bridge Type TLV";
            case 0x08 -> "Max ARP Hop Count TLV";
            case 0x09 -> "Max STE Hop Count TLV";
            case 0x0a -> "Backup CRF Mode TLV";
            default -> "Unknown";
        };
    }

    private static String hex8(long v) {
        return String.format("%08x", v);
    }

    /** vtp_print: the PDU of {@code length} bytes at {@code pptr}. */
    static void print(Pkt p, int pptr, int length) {
        p.proto = "vtp";
        if (length < HEADER_LEN) {
            invalid(p, pptr, length);
            return;
        }
        int tptr = pptr;
        p.check(tptr, HEADER_LEN);
        int type = p.u8(tptr + 1);
        p.p("VTPv").p(p.u8(tptr)).p(", Message ").p(messageType(type)).p(" (0x").p(Domain.hex2(type))
                .p("), length ").p(length);
        if (p.o.verbose() < 1) {
            p.check(pptr, length);
            return;
        }
        p.p("\n\tDomain name: ");
        int mgmtdLen = p.u8(tptr + 3);
        if (mgmtdLen < 1 || mgmtdLen > DOMAIN_NAME_LEN) {
            p.p(" [invalid MgmtD Len ").p(mgmtdLen).p("]");
            invalid(p, pptr, length);
            return;
        }
        p.printjnp(tptr + 4, mgmtdLen);
        p.p(", ").p(headerField(type)).p(": ").p(p.u8(tptr + 2));
        tptr += HEADER_LEN;
        switch (type) {
            case 0x01 -> {
                long rev = p.u32(tptr);
                long updater = p.u32(tptr + 4);
                p.p("\n\t  Config Rev ").p(Long.toHexString(rev)).p(", Updater ").p(Pkt.ipaddr(updater));
                tptr += 8;
                String ts = hex8(p.u32(tptr)) + " 0x" + hex8(p.u32(tptr + 4)) + " 0x" + hex8(p.u32(tptr + 8));
                p.p(", Timestamp 0x").p(ts);
                tptr += 12;
                String md5 = hex8(p.u32(tptr)) + hex8(p.u32(tptr + 4)) + hex8(p.u32(tptr + 8))
                        + hex8(p.u32(tptr + 12));
                p.p(", MD5 digest: ").p(md5);
            }
            case 0x02 -> subset(p, pptr, tptr, length);
            case 0x03 -> {
                long start = p.u32(tptr);
                p.p("\n\tStart value: ").p(start);
            }
            default -> {
                // a join message (print-vtp.c knows no format for it) or an unknown type: nothing more
            }
        }
    }

    /** The subset advertisement after the header: the revision, then VLAN records while they start in the PDU. */
    private static void subset(Pkt p, int pptr, int tptr, int length) {
        long rev = p.u32(tptr);
        p.p(", Config Rev ").p(Long.toHexString(rev));
        tptr += 4;
        while (tptr - pptr < length) {
            int len = p.u8(tptr);
            if (len == 0) {
                break;
            }
            p.check(tptr, len);
            int vlan = tptr;
            if (len < VLAN_INFO_FIXED_PART_LEN) {
                invalid(p, pptr, length);
                return;
            }
            int status = p.u8(vlan + 1);
            int vtype = p.u8(vlan + 2);
            p.p("\n\tVLAN info status ").p(status == 0 ? "Operational" : status == 1 ? "Suspended" : "Unknown")
                    .p(", type ").p(vlanType(vtype)).p(", VLAN-id ").p(p.u16(vlan + 4)).p(", MTU ")
                    .p(p.u16(vlan + 6)).p(", SAID 0x").p(hex8(p.u32(vlan + 8))).p(", Name ");
            len -= VLAN_INFO_FIXED_PART_LEN;
            tptr += VLAN_INFO_FIXED_PART_LEN;
            int nameLen = p.u8(vlan + 3);
            int padded = 4 * ((nameLen + 3) / 4); // names are aligned to 32 bits
            if (len < padded) {
                invalid(p, pptr, length);
                return;
            }
            p.printjnp(tptr, nameLen);
            len -= padded;
            tptr += padded;
            while (len > 0) {
                // Cisco's documents say 2 bytes of type and 2 of length; packets have 1 and 1
                if (len < 2) {
                    invalid(p, pptr, length);
                    return;
                }
                int ttype = p.u8(tptr);
                int tlvLen = p.u8(tptr + 1);
                p.p("\n\t\t").p(vlanTlv(ttype)).p(" (0x").p(Pkt.hex4(ttype)).p(") TLV");
                if (len < tlvLen * 2 + 2) {
                    p.p(" (TLV goes past the end of the packet)");
                    invalid(p, pptr, length);
                    return;
                }
                p.check(tptr, tlvLen * 2 + 2);
                if (tlvLen != 1) {
                    p.p(" (invalid TLV length ").p(tlvLen).p(" != 1)");
                    invalid(p, pptr, length);
                    return;
                }
                int value = p.u16(tptr + 2);
                switch (ttype) {
                    case 0x09 -> p.p(", ").p(value);
                    case 0x06 -> p.p(", ").p(value == 1 ? "Enabled" : "Disabled").p(" (").p(value).p(")");
                    case 0x03 -> p.p(", ").p(value == 1 ? "SRT" : value == 2 ? "SRB" : value == 3 ? "Auto" : "Unknown")
                            .p(" (").p(value).p(")");
                    case 0x07 -> p.p(", ").p(value == 1 ? "SRB" : "SRT").p(" (").p(value).p(")");
                    case 0x0a -> p.p(", ").p(value == 1 ? "Backup" : "Not backup").p(" (").p(value).p(")");
                    default -> Transport.unknownData(p, tptr, "\n\t\t  ", 2 + tlvLen * 2);
                }
                len -= 2 + tlvLen * 2;
                tptr += 2 + tlvLen * 2;
            }
        }
    }

    /** tok2str(vtp_vlan_type_values, "Unknown", …). */
    private static String vlanType(int type) {
        return switch (type) {
            case 0x01 -> "Ethernet";
            case 0x02 -> "FDDI";
            case 0x03 -> "TrCRF";
            case 0x04 -> "FDDI-net";
            case 0x05 -> "TrBRF";
            default -> "Unknown";
        };
    }

    /** nd_print_invalid, then ND_TCHECK_LEN of the whole PDU. */
    private static void invalid(Pkt p, int pptr, int length) {
        p.p(" (invalid)");
        p.check(pptr, length);
    }
}
