package org.jdissect.api.capture;

/** LINKTYPE_ values (tcpdump.org/linktypes.html) that jdissect reads. */
public final class LinkType {
    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    public static final int RAW = 101;
    /** DLT_RAW's value on some systems (12) and OpenBSD's (14), raw IP as Wireshark reads them. */
    public static final int RAW_12 = 12;
    public static final int RAW_14 = 14;
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
            case NULL -> "NULL/Loopback";
            case LOOP -> "OpenBSD loopback"; // LINKTYPE_LOOP: its own encapsulation in Wireshark
            case ETHERNET -> "Ethernet";
            case RAW, RAW_12, RAW_14 -> "Raw IP";
            case IPV4 -> "Raw IPv4";
            case IPV6 -> "Raw IPv6";
            case LINUX_SLL -> "Linux cooked-mode capture v1";
            case LINUX_SLL2 -> "Linux cooked-mode capture v2";
            case 10 -> "FDDI with bit-swapped MAC addresses";
            default -> "Unknown (" + linkType + ")";
        };
    }

    /** Wireshark's WTAP_ENCAP number for the link type, as {@code -V} prints it beside the name. */
    public static int wtapEncap(int linkType) {
        return switch (linkType) {
            case NULL -> 15;
            case LOOP -> 174;
            case ETHERNET -> 1;
            case RAW, RAW_12, RAW_14 -> 7;
            case IPV4 -> 129;
            case IPV6 -> 130;
            case LINUX_SLL -> 25;
            case LINUX_SLL2 -> 210;
            case 10 -> 6;
            default -> -1;
        };
    }
}
