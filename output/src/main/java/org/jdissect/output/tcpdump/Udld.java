package org.jdissect.output.tcpdump;

/**
 * print-udld.c's udld_print (tcpdump 4.99.3), Cisco's UniDirectional Link Detection (RFC 5171), reached from
 * snap_print for Cisco's OUI and PID 0x0111: version, opcode and flags; with -v the checksum and each TLV.
 */
final class Udld {
    private static final int[] FLAG_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80};
    private static final String[] FLAG_NAMES = {"RT", "RSY", "MBZ-2", "MBZ-3", "MBZ-4", "MBZ-5", "MBZ-6", "MBZ-7"};

    private Udld() {
    }

    /** tok2str(udld_tlv_values, "Unknown", …). */
    private static String tlvName(int type) {
        return switch (type) {
            case 0x0001 -> "Device-ID TLV";
            case 0x0002 -> "Port-ID TLV";
            case 0x0003 -> "Echo TLV";
            case 0x0004 -> "Message Interval TLV";
            case 0x0005 -> "Timeout Interval TLV";
            case 0x0006 -> "Device Name TLV";
            case 0x0007 -> "Sequence Number TLV";
            default -> "Unknown";
        };
    }

    /** tok2str(udld_code_values, "Reserved", …). */
    private static String code(int code) {
        return switch (code) {
            case 0x01 -> "Probe message";
            case 0x02 -> "Echo message";
            case 0x03 -> "Flush message";
            default -> "Reserved";
        };
    }

    /** udld_print: the PDU of {@code length} bytes at {@code tptr}. */
    static void print(Pkt p, int tptr, int length) {
        p.proto = "udld";
        if (length < 4) {
            invalid(p, tptr, length);
            return;
        }
        int first = p.u8(tptr);
        tptr += 1;
        length -= 1;
        int flags = p.u8(tptr);
        tptr += 1;
        length -= 1;
        int code = first & 0x1f;
        p.p("UDLDv").p((first & 0xe0) >> 5).p(", Code ").p(code(code)).p(" (").p(Integer.toHexString(code))
                .p("), Flags [").p(Pkt.bittok(flags, FLAG_BITS, FLAG_NAMES, "none")).p("] (0x")
                .p(Domain.hex2(flags)).p("), length ").p(length + 2);
        if (p.o.verbose() < 1) {
            p.check(tptr, length);
            return;
        }
        int checksum = p.u16(tptr);
        p.p("\n\tChecksum 0x").p(Pkt.hex4(checksum)).p(" (unverified)");
        tptr += 2;
        length -= 2;
        while (length != 0) {
            if (length < 4) {
                invalid(p, tptr, length);
                return;
            }
            int type = p.u16(tptr);
            tptr += 2;
            length -= 2;
            int len = p.u16(tptr);
            tptr += 2;
            length -= 2;
            p.p("\n\t").p(tlvName(type)).p(" (0x").p(Pkt.hex4(type)).p(") TLV, length ").p(len);
            if (len <= 4) { // the infinite loop check
                invalid(p, tptr, length);
                return;
            }
            len -= 4;
            if (length < len) {
                invalid(p, tptr, length);
                return;
            }
            switch (type) {
                case 0x0001, 0x0002, 0x0006 -> {
                    p.p(", ");
                    p.printjnp(tptr, len);
                }
                case 0x0003 -> {
                    p.p(", ");
                    p.printnAll(tptr, len);
                }
                case 0x0004, 0x0005 -> {
                    if (len != 1) {
                        invalid(p, tptr, length);
                        return;
                    }
                    int v = p.u8(tptr);
                    p.p(", ").p(v).p("s");
                }
                case 0x0007 -> {
                    if (len != 4) {
                        invalid(p, tptr, length);
                        return;
                    }
                    long v = p.u32(tptr);
                    p.p(", ").p(v);
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
