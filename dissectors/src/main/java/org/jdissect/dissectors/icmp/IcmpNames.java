package org.jdissect.dissectors.icmp;

/**
 * The names packet-icmp.c and packet-icmpv6.c give ICMP types and codes, for other modules that show them (tshark's
 * summary line writes them in its Info column): the same tables the -V tree's labels use.
 */
public final class IcmpNames {
    private IcmpNames() {
    }

    /** type_str of packet-icmp.c: "Unknown ICMP (obsolete or malformed?)" for an unknown type. */
    public static String v4Type(int type, int code) {
        if (type == 9 && (code == 0 || code == 16)) {
            return "Mobile IP Advertisement";
        }
        String name = IcmpV4.TYPES.get((long) type);
        return name == null ? "Unknown ICMP (obsolete or malformed?)" : name;
    }

    /** code_str of packet-icmp.c, or null for a type whose code it does not name. */
    public static String v4Code(int type, int code) {
        return IcmpV4.codeName(type, code);
    }

    /** The code name packet-icmpv6.c appends, or null for a type whose codes it does not name. */
    public static String v6Code(int type, int code) {
        return IcmpModule.v6CodeName(type, code);
    }
}
