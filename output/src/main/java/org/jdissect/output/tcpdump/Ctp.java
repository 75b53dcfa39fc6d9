package org.jdissect.output.tcpdump;

/**
 * print-loopback.c's loopback_print (tcpdump 4.99.3): Ethertype 0x9000, the Ethernet Configuration Testing Protocol
 * ("Loopback"): the skip count, the skipped octets, then the first message, a reply (receipt number) or a forward
 * (forwarding address), and the size of its data. Its fields are little-endian. (Named after the protocol, as
 * {@link Loopback} is the BSD loopback link layer.)
 */
final class Ctp {
    private static final int REPLY = 1;
    private static final int FORWARD_DATA = 2;

    private Ctp() {
    }

    private static int le16(Pkt p, int off) {
        return p.u8(off) | p.u8(off + 1) << 8;
    }

    /** loopback_print: the message of {@code len} bytes at {@code cp}. */
    static void print(Layers l, Pkt p, int cp, int len) {
        p.proto = "loopback";
        p.p("Loopback");
        if (len < 2) {
            invalid(p, cp, len);
            return;
        }
        int skipCount = le16(p, cp);
        cp += 2;
        len -= 2;
        p.p(", skipCount ").p(skipCount);
        if (skipCount % 8 != 0) {
            p.p(" (bogus)");
        }
        if (skipCount > len) {
            invalid(p, cp, len);
            return;
        }
        p.check(cp, skipCount);
        cp += skipCount;
        len -= skipCount;
        message(l, p, cp, len);
    }

    /** loopback_message_print. */
    private static void message(Layers l, Pkt p, int cp, int len) {
        if (len < 2) {
            invalid(p, cp, len);
            return;
        }
        int function = le16(p, cp);
        cp += 2;
        len -= 2;
        // tok2str's fallback " invalid (%u)" comes after the ", "
        p.p(", ").p(function == REPLY ? "Reply" : function == FORWARD_DATA ? "Forward Data"
                : " invalid (" + function + ")");
        switch (function) {
            case REPLY -> {
                if (len < 2) {
                    invalid(p, cp, len);
                    return;
                }
                int receipt = le16(p, cp);
                p.p(", receipt number ").p(receipt);
                cp += 2;
                len -= 2;
                p.p(", data (").p(len).p(" octets)");
                p.check(cp, len);
            }
            case FORWARD_DATA -> {
                if (len < 6) {
                    invalid(p, cp, len);
                    return;
                }
                String address = l.mac(Layers.raw48(p, cp));
                p.p(", forwarding address ").p(address);
                cp += 6;
                len -= 6;
                p.p(", data (").p(len).p(" octets)");
                p.check(cp, len);
            }
            default -> p.check(cp, len);
        }
    }

    /** nd_print_invalid, then ND_TCHECK_LEN of the rest. */
    private static void invalid(Pkt p, int cp, int len) {
        p.p(" (invalid)");
        p.check(cp, len);
    }
}
