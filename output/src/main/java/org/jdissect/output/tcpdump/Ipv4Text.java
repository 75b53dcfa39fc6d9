package org.jdissect.output.tcpdump;

/**
 * IPv4 addresses as tcpdump prints them with -n, remembered in a small direct-mapped cache: a capture repeats a few
 * addresses over and over, and making the dotted quad anew was two Strings (and their garbage) per packet.
 */
final class Ipv4Text {
    private static final int BITS = 10;
    private final int[] addresses = new int[1 << BITS];
    private final String[] texts = new String[1 << BITS];

    /** The dotted quad of {@code a}, an address in the low 32 bits. */
    String text(long a) {
        int key = (int) a;
        int slot = (key * 0x9E3779B1) >>> (32 - BITS);
        String t = texts[slot];
        if (t == null || addresses[slot] != key) {
            t = Pkt.ipaddr(a);
            addresses[slot] = key;
            texts[slot] = t;
        }
        return t;
    }
}
