package org.jdissect.output.tcpdump;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * print-ntp.c ({@code ntp_print}, {@code ntp_time_print}, {@code ntp_control_print}) and ntp.c ({@code p_ntp_time}):
 * NTP as tcpdump 4.99.3 prints it. Mode 7 (private) only gets the common header: 4.99.3 has no printer for it.
 * Fetches throw {@link Truncated}; {@code ND_TCHECK} paths print the marker here and return.
 */
final class Ntp {
    private static final String[] MODES = {"unspecified", "symmetric active", "symmetric passive", "Client",
        "Server", "Broadcast", "Control Message", "Reserved"};
    private static final String[] LEAP = {"", "+1s", "-1s", "clock unsynchronized"};
    /** 1970 - 1900 in seconds. */
    private static final long JAN_1970 = 2208988800L;
    private static final double FMAXINT = 4294967296.0;

    private final Pkt p;

    private Ntp(Pkt p) {
        this.p = p;
    }

    static void print(Pkt p, int cp, long length) {
        new Ntp(p).ntp(cp, length);
    }

    private void ntp(int bp, long length) {
        p.proto = "ntp";
        int status = p.u8(bp);
        p.p("NTPv").p((status & 0x38) >> 3);
        int mode = status & 7;
        if (p.o.verbose() == 0) {
            p.p(", ").p(MODES[mode]).p(", length ").p(length);
            return;
        }
        p.p(", ").p(MODES[mode]).p(", length ").p(length).p("\n");
        int leap = status & 0xc0;
        p.p("\tLeap indicator: ").p(LEAP[leap >> 6]).p(" (").p(leap).p(")");
        if (mode <= 5) {
            time(bp, length);
        } else if (mode == 6) {
            control(bp, length);
        }
    }

    private void invalid(int bp, long length) {
        p.p(" (invalid)");
        if (!p.has(bp, (int) Math.min(length, Integer.MAX_VALUE))) {
            p.trunc();
        }
    }

    private void time(int bp, long length) {
        if (length < 48) {
            invalid(bp, length);
            return;
        }
        int stratum = p.u8(bp + 1);
        String sn = stratum == 0 ? "unspecified" : stratum == 1 ? "primary reference"
                : stratum <= 15 ? "secondary reference" : "reserved";
        p.p(", Stratum ").p(stratum).p(" (").p(sn).p(")");
        int poll = (byte) p.u8(bp + 2);
        p.p(", poll ").p(poll);
        if (poll > -32 && poll < 32) {
            if (poll >= 0) {
                p.p(" (").p(1L << poll).p("s)");
            } else {
                p.p(" (1/").p(1L << -poll).p("s)");
            }
        }
        int precision = (byte) p.u8(bp + 3);
        p.p(", precision ").p(precision);
        if (!p.has(bp + 4, 4)) {
            p.trunc();
            return;
        }
        p.p("\n\tRoot Delay: ");
        sfix(bp + 4);
        if (!p.has(bp + 8, 4)) {
            p.trunc();
            return;
        }
        p.p(", Root dispersion: ");
        sfix(bp + 8);
        if (!p.has(bp + 12, 4)) {
            p.trunc();
            return;
        }
        p.p(", Reference-ID: ");
        switch (stratum) {
            case 0 -> p.p("(unspec)");
            case 1 -> {
                for (int i = 0; i < 4; i++) {
                    Domain.fnPrintChar(p, p.u8(bp + 12 + i));
                }
            }
            case 62 -> {
                p.p(Pkt.ipaddr(p.u32(bp + 12))).p(" INFO_QUERY");
                return;
            }
            case 63 -> {
                p.p(Pkt.ipaddr(p.u32(bp + 12))).p(" INFO_REPLY");
                return;
            }
            default -> p.p("0x").p(String.format("%08x", p.u32(bp + 12)));
        }
        String[] labels = {"\n\t  Reference Timestamp:  ", "\n\t  Originator Timestamp: ",
            "\n\t  Receive Timestamp:    ", "\n\t  Transmit Timestamp:   "};
        for (int i = 0; i < 4; i++) {
            if (!p.has(bp + 16 + 8 * i, 8)) {
                p.trunc();
                return;
            }
            p.p(labels[i]);
            ntpTime(bp + 16 + 8 * i);
        }
        p.p("\n\t    Originator - Receive Timestamp:  ");
        delta(bp + 24, bp + 32);
        p.p("\n\t    Originator - Transmit Timestamp: ");
        delta(bp + 24, bp + 40);
        // tcpdump knows no extension fields: only these exact lengths name a key and digest
        if (length == 52 || length == 68 || length == 72) {
            long keyId = p.u32(bp + 48);
            p.p("\n\tKey id: ").p(keyId);
        }
        if (length == 68 || length == 72) {
            int words = length == 68 ? 4 : 5;
            if (!p.has(bp + 52, 4 * words)) {
                p.trunc();
                return;
            }
            p.p("\n\tAuthentication: ");
            for (int i = 0; i < words; i++) {
                p.p(String.format("%08x", p.u32(bp + 52 + 4 * i)));
            }
        } else if (length != 52 && length != 68 && length != 72 && length > 48) {
            p.p("\n\t(").p(length - 48).p(" more bytes after the header)");
        }
    }

    private void control(int bp, long length) {
        if (length < 12) {
            invalid(bp, length);
            return;
        }
        int control = p.u8(bp + 1);
        p.p(", ").p((control & 0x80) != 0 ? "Response" : "Request").p(", ")
                .p((control & 0x40) != 0 ? "Error" : "OK").p(", ").p((control & 0x20) != 0 ? "More" : "Last")
                .p(", OpCode=").p(control & 0x1f).p("\n");
        // each field is fetched before its label is printed, so a cut header ends after the last whole field
        int sequence = p.u16(bp + 2);
        p.p("\tSequence=").p(sequence);
        int status = p.u16(bp + 4);
        p.p(", Status=").p(status == 0 ? "0" : "0x" + Integer.toHexString(status)); // %#hx: no 0x for zero
        int assoc = p.u16(bp + 6);
        p.p(", Assoc.=").p(assoc);
        int offset = p.u16(bp + 8);
        p.p(", Offset=").p(offset);
        int count = p.u16(bp + 10);
        p.p(", Count=").p(count);
        if (12 + count > length) {
            invalid(bp, length);
            return;
        }
        if (count != 0) {
            if (!p.has(bp + 12, count)) {
                p.trunc();
                return;
            }
            p.p("\n\tTO-BE-DONE: data not interpreted");
        }
    }

    /** p_sfix: a 16.16 fixed-point number, the fraction in millionths. */
    private void sfix(int off) {
        int i = p.u16(off);
        int f = p.u16(off + 2);
        double ff = f / 65536.0;
        f = (int) (ff * 1000000.0);
        p.p(i).p(".").p(String.format("%06d", f));
    }

    private static long billionths(long uf) {
        return (long) (uf / FMAXINT * 1000000000.0);
    }

    /** p_ntp_time: seconds since 1900 with the fraction in billionths, and the UTC time unless zero. */
    private void ntpTime(int off) {
        long i = p.u32(off);
        long uf = p.u32(off + 4);
        p.p(i).p(".").p(String.format("%09d", billionths(uf)));
        if (i != 0) {
            ZonedDateTime t = Instant.ofEpochSecond(i - JAN_1970).atZone(ZoneOffset.UTC);
            p.p(String.format(" (%04d-%02d-%02dT%02d:%02d:%02dZ)", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
        }
    }

    /** p_ntp_delta: {@code lfp - olfp} with tcpdump's unsigned borrow, or {@code lfp} itself when olfp is zero. */
    private void delta(int olfp, int lfp) {
        long u = p.u32(lfp);
        long ou = p.u32(olfp);
        long uf = p.u32(lfp + 4);
        long ouf = p.u32(olfp + 4);
        if (ou == 0 && ouf == 0) {
            ntpTime(lfp);
            return;
        }
        boolean negative;
        long i;
        long f;
        if (u > ou) {
            negative = false;
            i = u - ou;
            f = (uf - ouf) & 0xffffffffL;
            if (ouf > uf) {
                i -= 1;
            }
        } else if (u < ou) {
            negative = true;
            i = ou - u;
            f = (ouf - uf) & 0xffffffffL;
            if (uf > ouf) {
                i -= 1;
            }
        } else {
            i = 0;
            if (uf > ouf) {
                negative = false;
                f = uf - ouf;
            } else {
                negative = true;
                f = ouf - uf;
            }
        }
        p.p(negative ? "-" : "+").p(i & 0xffffffffL).p(".").p(String.format("%09d", billionths(f)));
    }
}
