package org.jdissect.api.capture;

/** LINKTYPE_ values (tcpdump.org/linktypes.html) that jdissect reads. */
public final class LinkType {
    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    public static final int RAW = 101;
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    private LinkType() {
    }

    /** Wireshark's encapsulation name, as {@code -V} prints it ("Ethernet"). */
    public static String wiresharkName(int linkType) {
        return switch (linkType) {
            case NULL, LOOP -> "NULL/Loopback";
            case ETHERNET -> "Ethernet";
            case RAW, IPV4, IPV6 -> "Raw IP";
            case LINUX_SLL -> "Linux cooked-mode capture v1";
            case LINUX_SLL2 -> "Linux cooked-mode capture v2";
            case 10 -> "FDDI with bit-swapped MAC addresses";
            default -> "Unknown (" + linkType + ")";
        };
    }

    /** Wireshark's WTAP_ENCAP number for the link type, as {@code -V} prints it beside the name. */
    public static int wtapEncap(int linkType) {
        return switch (linkType) {
            case NULL, LOOP -> 15;
            case ETHERNET -> 1;
            case RAW, IPV4, IPV6 -> 7;
            case LINUX_SLL -> 25;
            case LINUX_SLL2 -> 210;
            case 10 -> 6;
            default -> -1;
        };
    }
}
