package org.jdissect.output.summary;

import java.util.Map;
import org.jdissect.api.field.FieldDef;

/**
 * The type and code names packet-icmp.c and packet-icmpv6.c write in the Info column. The tree keeps the numbers
 * only (icmp.type has no value strings in Wireshark either, so filters see numbers), and this module does not
 * depend on the dissectors, hence the tables here (copied from 4.0.17: icmp_type_str, unreach_code_str,
 * redir_code_str, alt_host_code_str, rtradvert_code_str, ttl_code_str, par_code_str, photuris_code_str,
 * ext_echo_*_code_str; icmpv6_*_code_val). ICMPv6's type names are icmpv6.type's value strings.
 */
final class IcmpNames {
    private IcmpNames() {
    }

    private static final Map<Integer, String> V4_TYPES = Map.ofEntries(Map.entry(0, "Echo (ping) reply"),
            Map.entry(1, "Reserved"), Map.entry(2, "Reserved"), Map.entry(3, "Destination unreachable"),
            Map.entry(4, "Source quench (flow control)"), Map.entry(5, "Redirect"),
            Map.entry(6, "Alternate host address"), Map.entry(8, "Echo (ping) request"),
            Map.entry(9, "Router advertisement"), Map.entry(10, "Router solicitation"),
            Map.entry(11, "Time-to-live exceeded"), Map.entry(12, "Parameter problem"),
            Map.entry(13, "Timestamp request"), Map.entry(14, "Timestamp reply"),
            Map.entry(15, "Information request"), Map.entry(16, "Information reply"),
            Map.entry(17, "Address mask request"), Map.entry(18, "Address mask reply"),
            Map.entry(19, "Reserved (for security)"), Map.entry(30, "Traceroute"),
            Map.entry(31, "Datagram Conversion Error"), Map.entry(32, "Mobile Host Redirect"),
            Map.entry(33, "IPv6 Where-Are-You"), Map.entry(34, "IPv6 I-Am-Here"),
            Map.entry(35, "Mobile Registration Request"), Map.entry(36, "Mobile Registration Reply"),
            Map.entry(37, "Domain Name Request"), Map.entry(38, "Domain Name Reply"), Map.entry(39, "SKIP"),
            Map.entry(40, "Photuris"), Map.entry(41, "Experimental mobility protocols"),
            Map.entry(42, "Extended Echo request"), Map.entry(43, "Extended Echo reply"));
    private static final String[] UNREACH = {"Network unreachable", "Host unreachable", "Protocol unreachable",
        "Port unreachable", "Fragmentation needed", "Source route failed", "Destination network unknown",
        "Destination host unknown", "Source host isolated", "Network administratively prohibited",
        "Host administratively prohibited", "Network unreachable for TOS", "Host unreachable for TOS",
        "Communication administratively filtered", "Host precedence violation", "Precedence cutoff in effect"};
    private static final String[] REDIRECT = {"Redirect for network", "Redirect for host",
        "Redirect for TOS and network", "Redirect for TOS and host"};
    private static final String[] TTL = {"Time to live exceeded in transit", "Fragment reassembly time exceeded"};
    private static final String[] PARAM = {"Pointer indicates the error", "Required option missing", "Bad length"};
    private static final String[] PHOTURIS = {"Bad SPI", "Authentication Failed", "Decompression Failed",
        "Decryption Failed", "Need Authentication", "Need Authorization"};
    private static final String[] EXT_REPLY = {"No error", "Malformed Query", "No Such Interface",
        "No Such Table Entry", "Multiple Interfaces Satisfy Query"};

    private static final String[] V6_UNREACH = {"no route to destination", "Administratively prohibited",
        "Beyond scope of source address", "Address unreachable", "Port unreachable",
        "Source address failed ingress/egress policy", "Reject route to destination", "Error in Source Routing Header"};
    private static final String[] V6_TIMEEX = {"hop limit exceeded in transit", "fragment reassembly time exceeded"};
    private static final String[] V6_PARAM = {"erroneous header field encountered",
        "unrecognized Next Header type encountered", "unrecognized IPv6 option encountered",
        "IPv6 First Fragment has incomplete IPv6 Header Chain"};
    private static final String[] V6_RR = {"Command", "Result"};
    private static final String[] V6_NI_QUERY = {"Query subject = IPv6 addresses",
        "Query subject = DNS name or empty", "Query subject = IPv4 addresses"};
    private static final String[] V6_NI_REPLY = {"Successful", "Refused", "Unknown query type"};

    /** type_str: "Unknown ICMP (obsolete or malformed?)" for unknown types. */
    static String v4Type(int type, int code) {
        if (type == 9 && (code == 0 || code == 16)) {
            return "Mobile IP Advertisement";
        }
        String name = V4_TYPES.get(type);
        return name == null ? "Unknown ICMP (obsolete or malformed?)" : name;
    }

    /** code_str, or null for a type whose code packet-icmp.c does not name. */
    static String v4Code(int type, int code) {
        if (type == 9) {
            return code == 0 ? "Normal router advertisement" : code == 16 ? "Does not route common traffic"
                    : "Unknown code: " + code;
        }
        String[] names = switch (type) {
            case 3 -> UNREACH;
            case 5 -> REDIRECT;
            case 6 -> new String[] {"Alternate address for host"};
            case 11 -> TTL;
            case 12 -> PARAM;
            case 40 -> PHOTURIS;
            case 42 -> new String[] {"No error"};
            case 43 -> EXT_REPLY;
            default -> null;
        };
        if (names == null) {
            return null;
        }
        return code < names.length ? names[code] : "Unknown code: " + code;
    }

    /** val_to_str(type, icmpv6_type_val, "Unknown (%d)"). */
    static String v6Type(FieldDef typeDef, int type) {
        String name = typeDef == null ? null : typeDef.valueName(type);
        return name == null ? "Unknown (" + type + ")" : name;
    }

    /** code_name: "Unknown" past the unreachable codes (val_to_str_const), "Unknown (N)" past the others. */
    static String v6Code(int type, int code) {
        String[] names = switch (type) {
            case 1 -> V6_UNREACH;
            case 3 -> V6_TIMEEX;
            case 4 -> V6_PARAM;
            case 138 -> V6_RR;
            case 139 -> V6_NI_QUERY;
            case 140 -> V6_NI_REPLY;
            default -> null;
        };
        if (names == null) {
            return null;
        }
        if (code < names.length) {
            return names[code];
        }
        return type == 1 ? "Unknown" : "Unknown (" + code + ")";
    }
}
