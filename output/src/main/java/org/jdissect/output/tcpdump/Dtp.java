package org.jdissect.output.tcpdump;

/**
 * print-dtp.c's dtp_print (tcpdump 4.99.3), Cisco's Dynamic Trunking Protocol, reached from snap_print for Cisco's
 * OUI and PID 0x2004: the version; with -v each TLV (domain, status, DTP type, neighbor), up to a type 0 one.
 */
final class Dtp {
    private Dtp() {
    }

    /** tok2str(dtp_tlv_values, "Unknown", …). */
    private static String tlvName(int type) {
        return switch (type) {
            case 0x0001 -> "Domain";
            case 0x0002 -> "Status";
            case 0x0003 -> "DTP type";
            case 0x0004 -> "Neighbor";
            default -> "Unknown";
        };
    }

    /** dtp_print: the PDU of {@code length} bytes at {@code tptr}. */
    static void print(Layers l, Pkt p, int tptr, int length) {
        p.proto = "dtp";
        if (length < 1) {
            p.p("[zero packet length]");
            invalid(p, tptr, length);
            return;
        }
        int version = p.u8(tptr);
        p.p("DTPv").p(version).p(", length ").p(length);
        if (p.o.verbose() < 1) {
            return;
        }
        tptr += 1;
        length -= 1;
        while (length != 0) {
            if (length < 4) {
                p.p("[").p(length).p(" bytes remaining]");
                invalid(p, tptr, length);
                return;
            }
            int type = p.u16(tptr);
            int len = p.u16(tptr + 2);
            if (type == 0) {
                return; // print-dtp.c: "should not be but sometimes it is"
            }
            p.p("\n\t").p(tlvName(type)).p(" (0x").p(Pkt.hex4(type)).p(") TLV, length ").p(len);
            if (len < 4 || len > length) {
                p.p("[invalid TLV length ").p(len).p("]");
                invalid(p, tptr, length);
                return;
            }
            switch (type) {
                case 0x0001 -> {
                    p.p(", ");
                    p.printjnp(tptr + 4, len - 4);
                }
                case 0x0002, 0x0003 -> {
                    if (len != 5) {
                        invalid(p, tptr, length);
                        return;
                    }
                    int v = p.u8(tptr + 4);
                    p.p(", 0x").p(Integer.toHexString(v));
                }
                case 0x0004 -> {
                    if (len != 10) {
                        invalid(p, tptr, length);
                        return;
                    }
                    String neighbor = l.mac(Layers.raw48(p, tptr + 4));
                    p.p(", ").p(neighbor);
                }
                default -> p.check(tptr, len);
            }
            tptr += len;
            length -= len;
        }
    }

    /** nd_print_invalid, then ND_TCHECK_LEN of the rest. */
    private static void invalid(Pkt p, int tptr, int length) {
        p.p(" (invalid)");
        p.check(tptr, length);
    }
}
