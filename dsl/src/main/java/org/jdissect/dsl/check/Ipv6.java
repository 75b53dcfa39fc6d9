package org.jdissect.dsl.check;

/** IPv6 text to 16 bytes (RFC 4291 forms, "::" and a trailing dotted quad), without any name lookup. */
final class Ipv6 {
    private Ipv6() {
    }

    /** The address, or null if {@code s} is not one. */
    static byte[] parse(String s) {
        int dc = s.indexOf("::");
        if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
            return null;
        }
        int[] head = groups(dc >= 0 ? s.substring(0, dc) : s);
        int[] tail = dc >= 0 ? groups(s.substring(dc + 2)) : new int[0];
        if (head == null || tail == null) {
            return null;
        }
        int total = head.length + tail.length;
        if (dc < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (all[i] >> 8);
            b[2 * i + 1] = (byte) all[i];
        }
        return b;
    }

    /** 16-bit groups of a colon list (an IPv4 tail counts as two); null if malformed. */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int n = parts.length;
        boolean v4 = parts[n - 1].contains(".");
        int[] out = new int[n + (v4 ? 1 : 0)];
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            if (i == n - 1 && v4) {
                String[] o = p.split("\\.", -1);
                if (o.length != 4) {
                    return null;
                }
                int[] oct = new int[4];
                for (int k = 0; k < 4; k++) {
                    if (!o[k].matches("\\d{1,3}") || Integer.parseInt(o[k]) > 255) {
                        return null;
                    }
                    oct[k] = Integer.parseInt(o[k]);
                }
                out[i] = oct[0] << 8 | oct[1];
                out[i + 1] = oct[2] << 8 | oct[3];
            } else {
                if (!p.matches("[0-9a-fA-F]{1,4}")) {
                    return null;
                }
                out[i] = Integer.parseInt(p, 16);
            }
        }
        return out;
    }
}
