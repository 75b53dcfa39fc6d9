package org.jdissect.output.tcpdump;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * print-cdp.c's cdp_print (tcpdump 4.99.3), reached from snap_print for Cisco's OUI and PID 0x2000: the header, then
 * each TLV. Without -v only the Device ID is decoded and every other TLV is dumped in hex; with -v every TLV gets a
 * line of its own, decoded by its printer where print-cdp.c has one.
 */
final class Cdp {
    private static final int DEVICE_ID = 0x01;
    private static final String[] CAPABILITIES = {"Router", "Transparent Bridge", "Source Route Bridge", "L2 Switch",
        "L3 capable", "IGMP snooping", "L1 capable"};

    /** One entry of print-cdp.c's cdptlvs table: a name, a printer and the value lengths it accepts (-1: any). */
    private record Tlv(String name, Printer printer, int min, int max) {
    }

    @FunctionalInterface
    private interface Printer {
        void print(Pkt p, int cp, int len);
    }

    private static final Tlv[] TLVS = new Tlv[0x18];
    private static final Tlv UNNAMED = new Tlv("unknown field type", null, -1, -1);

    static {
        TLVS[0x01] = new Tlv("Device-ID", Cdp::string, -1, -1);
        TLVS[0x02] = new Tlv("Address", Cdp::addresses, -1, -1);
        TLVS[0x03] = new Tlv("Port-ID", Cdp::string, -1, -1);
        TLVS[0x04] = new Tlv("Capability", Cdp::capability, 4, 4);
        TLVS[0x05] = new Tlv("Version String", Cdp::version, -1, -1);
        TLVS[0x06] = new Tlv("Platform", Cdp::string, -1, -1);
        TLVS[0x07] = new Tlv("Prefixes", Cdp::prefixes, -1, -1);
        TLVS[0x08] = new Tlv("Protocol-Hello option", null, -1, -1);
        TLVS[0x09] = new Tlv("VTP Management Domain", Cdp::string, -1, -1);
        TLVS[0x0a] = new Tlv("Native VLAN ID", (p, cp, len) -> p.p(p.u16(cp)), 2, 2);
        TLVS[0x0b] = new Tlv("Duplex", (p, cp, len) -> p.p(p.u8(cp) != 0 ? "full" : "half"), 1, 1);
        TLVS[0x0e] = new Tlv("ATA-186 VoIP VLAN assignment", Cdp::ata186, 3, 3);
        TLVS[0x0f] = new Tlv("ATA-186 VoIP VLAN request", Cdp::ata186, 2, 3);
        TLVS[0x10] = new Tlv("power consumption", Cdp::power, 1, 3);
        TLVS[0x11] = new Tlv("MTU", (p, cp, len) -> p.p(p.u32(cp)).p(" bytes"), 4, 4);
        TLVS[0x12] = new Tlv("AVVID trust bitmap", Cdp::hexByte, 1, 1);
        TLVS[0x13] = new Tlv("AVVID untrusted ports CoS", Cdp::hexByte, 1, 1);
        TLVS[0x14] = new Tlv("System Name", Cdp::string, -1, -1);
        TLVS[0x15] = new Tlv("System Object ID (not decoded)", null, -1, -1);
        TLVS[0x16] = new Tlv("Management Addresses", Cdp::addresses, 4, -1);
        TLVS[0x17] = new Tlv("Physical Location", Cdp::location, 1, -1);
    }

    private Cdp() {
    }

    /** The CDP message of {@code length} bytes at {@code cp}. */
    static void print(Pkt p, int cp, int length) {
        p.proto = "cdp";
        boolean verbose = p.o.verbose() > 0;
        int origLength = length;
        if (length < 4) {
            p.p(" (packet length ").p(length).p(" < 4)");
            invalid(p, cp, length);
            return;
        }
        // one ND_PRINT: both bytes are fetched before anything is printed
        int version = p.u8(cp);
        int ttl = p.u8(cp + 1);
        p.p("CDPv").p(version).p(", ttl: ").p(ttl).p("s");
        int checksum = p.u16(cp + 2);
        if (verbose) {
            p.p(", checksum: 0x").p(Pkt.hex4(checksum)).p(" (unverified), length ").p(origLength);
        }
        cp += 4;
        length -= 4;
        while (length != 0) {
            if (length < 4) {
                p.p(" (remaining packet length ").p(length).p(" < 4)");
                invalid(p, cp, length);
                return;
            }
            int type = p.u16(cp);
            int len = p.u16(cp + 2);
            // print-cdp.c indexes its table for every type up to T_MAX: a gap there is an entry with no name,
            // printer or bounds, so with -v its value is checked but not dumped, unlike a type past the table
            Tlv info = type < TLVS.length ? (TLVS[type] != null ? TLVS[type] : UNNAMED) : null;
            String name = info != null ? info.name : "unknown field type";
            if (len < 4) {
                if (verbose) {
                    p.p("\n\t").p(name).p(" (0x").p(String.format("%02x", type)).p("), TLV length: ").p(len)
                            .p(" byte").p(len == 1 ? "" : "s").p(" (too short)");
                } else {
                    p.p(", ").p(name).p(" TLV length ").p(len).p(" too short");
                }
                invalid(p, cp, length);
                return;
            }
            if (len > length) {
                p.p(" (TLV length ").p(len).p(" > ").p(length).p(")");
                invalid(p, cp, length);
                return;
            }
            cp += 4;
            length -= 4;
            len -= 4;
            if (!verbose && type == DEVICE_ID) {
                p.p(", Device-ID ");
            } else if (verbose) {
                p.p("\n\t").p(name).p(" (0x").p(String.format("%02x", type)).p("), value length: ").p(len)
                        .p(" byte").p(len == 1 ? "" : "s").p(": ");
            }
            boolean covered = false;
            if (info != null) {
                if (info.min > 0 && len < info.min || info.max > 0 && len > info.max) {
                    p.p(" (malformed TLV)");
                } else if (verbose || type == DEVICE_ID) {
                    if (info.printer != null) {
                        info.printer.print(p, cp, len);
                    } else {
                        p.check(cp, len);
                    }
                    covered = true;
                }
            }
            if (!covered) {
                p.check(cp, len);
                Transport.unknownData(p, cp, "\n\t  ", len);
            }
            cp += len;
            length -= len;
        }
        if (!verbose) {
            p.p(", length ").p(origLength);
        }
    }

    /** nd_print_invalid, then the rest must have been captured (ND_TCHECK_LEN). */
    private static void invalid(Pkt p, int cp, int length) {
        p.p(" (invalid)");
        p.check(cp, length);
    }

    private static void string(Pkt p, int cp, int len) {
        p.p("'");
        p.printnAll(cp, len); // nd_printn(…, NULL): a cut byte ends the packet
        p.p("'");
    }

    private static void power(Pkt p, int cp, int len) {
        int val = switch (len) {
            case 1 -> p.u8(cp);
            case 2 -> p.u16(cp);
            case 3 -> p.u8(cp) << 16 | p.u16(cp + 1);
            default -> 0;
        };
        // "%1.2fW" of val / 1000.0: printf rounds the binary value half-even
        p.p(new BigDecimal(val / 1000.0).setScale(2, RoundingMode.HALF_EVEN).toPlainString()).p("W");
    }

    private static void capability(Pkt p, int cp, int len) {
        long val = p.u32(cp);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < CAPABILITIES.length; i++) {
            if ((val & (1L << i)) != 0) {
                names.append(names.length() == 0 ? "" : ", ").append(CAPABILITIES[i]);
            }
        }
        p.p("(0x").p(String.format("%08x", val)).p("): ").p(names.length() == 0 ? "none" : names.toString());
    }

    private static void version(Pkt p, int cp, int len) {
        p.p("\n\t  ");
        for (int i = 0; i < len; i++) {
            int c = p.u8(cp + i);
            if (c == '\n') {
                p.p("\n\t  ");
            } else {
                Domain.fnPrintChar(p, c);
            }
        }
    }

    private static void ata186(Pkt p, int cp, int len) {
        if (len == 2) {
            int v = p.u16(cp);
            p.p("unknown 0x").p(Pkt.hex4(v));
        } else {
            int app = p.u8(cp);
            int vlan = p.u16(cp + 1);
            p.p("app ").p(app).p(", vlan ").p(vlan);
        }
    }

    private static void hexByte(Pkt p, int cp, int len) {
        int v = p.u8(cp);
        p.p("0x").p(String.format("%02x", v));
    }

    private static void location(Pkt p, int cp, int len) {
        int v = p.u8(cp);
        p.p("0x").p(String.format("%02x", v));
        if (len > 1) {
            p.p("/");
            p.printnAll(cp + 1, len - 1);
        }
    }

    /** cdp_print_addr: IPv4 and IPv6 addresses decoded, other protocols' as raw bytes. */
    private static void addresses(Pkt p, int cp, int l) {
        if (l < 4) {
            p.p(" (not enough space for num)");
            p.check(cp, l);
            return;
        }
        long num = p.u32(cp);
        cp += 4;
        l -= 4;
        while (num != 0) {
            if (l < 2) {
                p.p(" (not enough space for PT+PL)");
                p.check(cp, l);
                return;
            }
            int pt = p.u8(cp);
            int pl = p.u8(cp + 1);
            cp += 2;
            l -= 2;
            if (l < pl + 2) {
                p.p(" (not enough space for P+AL)");
                p.check(cp, l);
                return;
            }
            int al = p.u16(cp + pl);
            boolean ipv4 = pt == 1 && pl == 1 && p.u8(cp) == 0xcc && al == 4;
            boolean ipv6 = !ipv4 && pt == 2 && pl == 8 && al == 16 && p.u32(cp) == 0xaaaa0300L
                    && p.u32(cp + 4) == 0x86ddL;
            if (ipv4 || ipv6) {
                cp += pl + 2;
                l -= pl + 2;
                if (l < al) {
                    p.p(" (not enough space for A)");
                    p.check(cp, l);
                    return;
                }
                if (ipv4) {
                    long a = p.u32(cp);
                    p.p("IPv4 (").p(num).p(") ").p(Pkt.ipaddr(a));
                } else {
                    p.check(cp, 16);
                    p.p("IPv6 (").p(num).p(") ").p(Inet6.addr(p.data, cp));
                }
                cp += al;
                l -= al;
            } else {
                p.p("pt=0x").p(String.format("%02x", pt)).p(", pl=").p(pl).p(", pb=");
                for (; pl != 0; pl--, cp++, l--) {
                    int b = p.u8(cp);
                    p.p(" ").p(String.format("%02x", b));
                }
                p.p(", al=").p(al).p(", a=");
                cp += 2;
                l -= 2;
                if (l < al) {
                    p.p(" (not enough space for A)");
                    p.check(cp, l);
                    return;
                }
                for (; al != 0; al--, cp++, l--) {
                    int b = p.u8(cp);
                    p.p(" ").p(String.format("%02x", b));
                }
            }
            num--;
            if (num != 0) {
                p.p(" ");
            }
        }
        if (l != 0) {
            p.p(" (").p(l).p(" bytes of stray data)");
        }
    }

    private static void prefixes(Pkt p, int cp, int l) {
        if (l % 5 != 0) {
            p.p(" [length ").p(l).p(" is not a multiple of 5]");
            p.check(cp, l);
            return;
        }
        p.p(" IPv4 Prefixes (").p(l / 5).p("):");
        for (; l > 0; l -= 5, cp += 5) {
            p.check(cp, 5); // one ND_PRINT of the five bytes
            p.p(" ").p(p.u8(cp)).p(".").p(p.u8(cp + 1)).p(".").p(p.u8(cp + 2)).p(".").p(p.u8(cp + 3)).p("/")
                    .p(p.u8(cp + 4));
        }
    }
}
