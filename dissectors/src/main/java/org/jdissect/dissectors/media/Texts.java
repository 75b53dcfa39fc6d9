package org.jdissect.dissectors.media;

/** Text helpers shared by the text-based dissectors (HTTP headers, text lines, forms). */
public final class Texts {
    private Texts() {
    }

    /**
     * Wireshark's {@code format_text}: what a tree label shows of packet text. C escapes for \a \b \f \n \r \t \v,
     * three-digit octal for other control characters and DEL; the rest as is.
     */
    public static String formatText(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !control(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case 7 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 11 -> sb.append("\\v");
                default -> sb.append('\\').append((char) ('0' + (c >> 6 & 7))).append((char) ('0' + (c >> 3 & 7)))
                        .append((char) ('0' + (c & 7)));
            }
        }
        return sb.toString();
    }

    private static boolean control(char c) {
        return c < 0x20 || c == 0x7f;
    }
}
