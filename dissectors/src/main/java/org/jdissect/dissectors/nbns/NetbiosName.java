package org.jdissect.dissectors.nbns;

import java.util.Map;

/**
 * A NetBIOS name as packet-nbns.c's get_nbns_name and packet-netbios.c's process_netbios_name show it: the
 * first-level encoding undone (two letters a byte), the first 15 bytes printable or "&lt;xx&gt;", trailing spaces
 * dropped, the 16th byte as the name type "&lt;1b&gt;", then the scope id; or the "Illegal NetBIOS name" text, with
 * type -1.
 */
record NetbiosName(String text, int type) {
    static final int LEN = 16;

    private static final Map<Integer, String> TYPES = Map.ofEntries(Map.entry(0x00, "Workstation/Redirector"),
            Map.entry(0x01, "Browser"), Map.entry(0x02, "Workstation/Redirector"),
            Map.entry(0x03, "Messenger service/Main name"), Map.entry(0x05, "Forwarded name"),
            Map.entry(0x06, "RAS Server service"), Map.entry(0x1b, "Domain Master Browser"),
            Map.entry(0x1c, "Domain Controllers"), Map.entry(0x1d, "Local Master Browser"),
            Map.entry(0x1e, "Browser Election Service"), Map.entry(0x1f, "Net DDE Service"),
            Map.entry(0x20, "Server service"), Map.entry(0x21, "RAS client service"),
            Map.entry(0x22, "Exchange Interchange (MSMail Connector)"), Map.entry(0x23, "Exchange Store"),
            Map.entry(0x24, "Exchange Directory"), Map.entry(0x2b, "Lotus Notes Server service"),
            Map.entry(0x30, "Modem sharing server service"), Map.entry(0x31, "Modem sharing client service"),
            Map.entry(0x43, "SMS Clients Remote Control"), Map.entry(0x44, "SMS Administrators Remote Control Tool"),
            Map.entry(0x45, "SMS Clients Remote Chat"), Map.entry(0x46, "SMS Clients Remote Transfer"),
            Map.entry(0x4c, "DEC Pathworks TCP/IP Service on Windows NT"),
            Map.entry(0x52, "DEC Pathworks TCP/IP Service on Windows NT"), Map.entry(0x6a, "Microsoft Exchange IMC"),
            Map.entry(0x87, "Microsoft Exchange MTA"), Map.entry(0xbe, "Network Monitor Agent"),
            Map.entry(0xbf, "Network Monitor Analyzer"));

    /** netbios_name_type_descr: "Unknown" for a type with no name (and for an illegal name's -1). */
    static String describe(int type) {
        return TYPES.getOrDefault(type, "Unknown");
    }

    /** Decodes the DNS-form name {@code dns} ("EBFC...AA.scope"). */
    static NetbiosName decode(String dns) {
        byte[] nb = new byte[LEN];
        int idx = 0;
        int p = 0;
        int n = dns.length();
        while (p < n) {
            char c = dns.charAt(p);
            if (c == '.') {
                break; // scope id follows
            }
            if (c < 'A' || c > 'Z') {
                return illegal("1st character not between A and Z in first-level encoding");
            }
            int hi = (c - 'A') << 4;
            p++;
            if (p >= n || dns.charAt(p) == '.') {
                return illegal("odd number of bytes");
            }
            char c2 = dns.charAt(p);
            if (c2 < 'A' || c2 > 'Z') {
                return illegal("2nd character not between A and Z in first-level encoding");
            }
            p++;
            if (idx < LEN) {
                nb[idx++] = (byte) (hi | (c2 - 'A')); // a C char: letters past 'P' overflow into the next nibble
            }
        }
        if (idx != LEN) {
            return illegal(idx + " bytes long");
        }
        int type = nb[15] & 0xff;
        String text = printable(nb, Integer.MAX_VALUE) + "<" + NbnsModule.hex2(type) + ">";
        if (p < n) {
            text += dns.substring(p);
        }
        return new NetbiosName(text, type);
    }

    private static NetbiosName illegal(String why) {
        return new NetbiosName("Illegal NetBIOS name (" + why + ")", -1);
    }

    /**
     * process_netbios_name: the first 15 bytes, printable ASCII as is and others as "&lt;xx&gt;", into a buffer of
     * {@code bufLen} (at most {@code bufLen - 1} characters kept), then up to 15 trailing spaces taken off (none when
     * the last 15 characters are all spaces).
     */
    static String printable(byte[] nb, int bufLen) {
        StringBuilder sb = new StringBuilder(32);
        int room = bufLen;
        for (int i = 0; i < LEN - 1; i++) {
            int b = nb[i] & 0xff;
            if (b >= ' ' && b <= '~') {
                if (--room > 0) {
                    sb.append((char) b);
                }
            } else {
                String hex = "<" + NbnsModule.hex2(b) + ">";
                for (int k = 0; k < 4; k++) {
                    if (--room > 0) {
                        sb.append(hex.charAt(k));
                    }
                }
            }
        }
        int pos = sb.length() - 1;
        for (int i = 0; i < LEN - 1 && pos >= 0; i++, pos--) {
            if (sb.charAt(pos) != ' ') {
                sb.setLength(pos + 1);
                break;
            }
        }
        return sb.toString();
    }
}
