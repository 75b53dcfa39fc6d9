package org.jdissect.dissectors.dns;

/** Text as Wireshark 4.0's format_text shows bytes: UTF-8 decoded, an invalid byte as U+FFFD, controls escaped. */
final class DnsText {
    private DnsText() {
    }

    /**
     * {@code latin1} holds one byte per char; returns it unchanged (no copy) when every byte is printable ASCII, the
     * common case.
     */
    static String format(String latin1) {
        int n = latin1.length();
        int i = 0;
        while (i < n) {
            char c = latin1.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                break;
            }
            i++;
        }
        if (i == n) {
            return latin1;
        }
        StringBuilder sb = new StringBuilder(n + 8).append(latin1, 0, i);
        while (i < n) {
            int c = latin1.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 || c == 0x7f) {
                    escape(sb, c);
                } else {
                    sb.append((char) c);
                }
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
                min = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                min = 0x800;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                min = 0x10000;
            } else {
                sb.append('\ufffd');
                i++;
                continue;
            }
            boolean ok = i + need < n;
            int j = 1;
            while (ok && j <= need) {
                int d = latin1.charAt(i + j);
                if ((d & 0xc0) != 0x80) {
                    ok = false;
                } else {
                    cp = cp << 6 | (d & 0x3f);
                }
                j++;
            }
            if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                sb.append('\ufffd');
                i++;
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static void escape(StringBuilder sb, int c) {
        sb.append('\\');
        switch (c) {
            case 7 -> sb.append('a');
            case 8 -> sb.append('b');
            case 9 -> sb.append('t');
            case 10 -> sb.append('n');
            case 11 -> sb.append('v');
            case 12 -> sb.append('f');
            case 13 -> sb.append('r');
            default -> sb.append((char) ('0' + (c >> 6))).append((char) ('0' + (c >> 3 & 7)))
                    .append((char) ('0' + (c & 7)));
        }
    }
}
