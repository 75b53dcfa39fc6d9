package org.jdissect.output.tcpdump;

/** util-print.c {@code txtproto_print} as used by print-http.c: the first line, or every header line at -v. */
final class TxtProto {
    static final Commands HTTP_CMDS = new Commands("GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST",
            "BCOPY", "BMOVE", "MKCOL", "TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE",
            "NOTIFY", "BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST", "SUBSCRIBE",
            "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE",
            "RPC_CONNECT", "VERSION-CONTROL", "BASELINE-CONTROL");
    private static final int MAX_TOKEN = 128;

    private TxtProto() {
    }

    /**
     * A protocol's command words, matched against a token in the packet as tcpdump's {@code strcasecmp} does,
     * without making a String of the token (a payload's first token is looked up for every HTTP packet).
     */
    static final class Commands {
        /** The words by their length. */
        private final String[][] byLength = new String[MAX_TOKEN][0];

        Commands(String... words) {
            for (String w : words) {
                String[] same = byLength[w.length()];
                same = java.util.Arrays.copyOf(same, same.length + 1);
                same[same.length - 1] = w;
                byLength[w.length()] = same;
            }
        }

        /** Whether {@code n} bytes at {@code off}, printable ASCII, spell a word in any case. */
        boolean contains(byte[] data, int off, int n) {
            if (n >= byLength.length) {
                return false;
            }
            for (String w : byLength[n]) {
                if (sameIgnoringCase(w, data, off)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameIgnoringCase(String upper, byte[] data, int off) {
            for (int i = 0; i < upper.length(); i++) {
                int c = data[off + i];
                if (c >= 'a' && c <= 'z') {
                    c -= 'a' - 'A';
                }
                if (c != upper.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isPrint(int c) {
        return c >= 0x20 && c < 0x7f;
    }

    /** http_print: {@code bp} is the TCP payload's frame offset, {@code len} its length from the IP header. */
    static void http(Pkt p, int bp, int len) {
        p.proto = "http";
        print(p, "HTTP", bp, len, HTTP_CMDS, true);
    }

    /** {@code name}: the protocol's name in upper case, as txtproto_print prints it. */
    static void print(Pkt p, String name, int bp, int len, Commands cmds, boolean codeSecondToken) {
        boolean printThis = false;
        if (cmds != null) {
            int token = 0;
            int idx = fetchToken(p, bp, token, len);
            if (idx != 0) {
                if (cmds.contains(p.data, bp + token, tokenLength(p, bp, token, idx))) {
                    printThis = true;
                }
                if (codeSecondToken) {
                    token = idx;
                    idx = fetchToken(p, bp, idx, len);
                }
                if (idx != 0 && tokenLength(p, bp, token, idx) == 3 && isDigit(p.data[bp + token])
                        && isDigit(p.data[bp + token + 1]) && isDigit(p.data[bp + token + 2])) {
                    printThis = true;
                }
            }
        } else {
            printThis = true;
        }
        p.out.append(name);
        if (printThis) {
            if (p.o.verbose() > 0) {
                p.p(", length: ").p(len);
                int idx = 0;
                while (idx < len) {
                    int eol = line(p, "\n\t", bp, idx, len);
                    if (eol == 0) {
                        break;
                    }
                    idx = eol;
                }
            } else {
                line(p, ": ", bp, 0, len);
            }
        }
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * fetch_token, the token left in place: the index after the token at {@code idx} and its trailing blanks, or 0
     * when there is none (the token is then the bytes up to its first blank, see {@link #tokenLength}).
     */
    private static int fetchToken(Pkt p, int bp, int idx, int len) {
        int start = idx;
        for (; idx < len; idx++) {
            if (!p.has(bp + idx, 1)) {
                return 0;
            }
            int c = p.u8(bp + idx);
            if (c >= 0x80) {
                return 0;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                break;
            }
            if (!isPrint(c)) {
                return 0;
            }
            if (idx - start + 2 > MAX_TOKEN + 1) {
                return 0;
            }
        }
        if (idx == start) {
            return 0;
        }
        for (; idx < len; idx++) {
            if (!p.has(bp + idx, 1)) {
                break;
            }
            int c = p.u8(bp + idx);
            if (c == '\r' || c == '\n' || !isPrint(c) || (c != ' ' && c != '\t')) {
                break;
            }
        }
        return idx;
    }

    /** The length of the token {@link #fetchToken} found from {@code start}, which ended before {@code end}. */
    private static int tokenLength(Pkt p, int bp, int start, int end) {
        int i = start;
        while (i < end && p.data[bp + i] != ' ' && p.data[bp + i] != '\t' && p.data[bp + i] != '\r'
                && p.data[bp + i] != '\n') {
            i++;
        }
        return i - start;
    }

    /** print_txt_line: one line with its prefix; 0 when printing must stop. */
    private static int line(Pkt p, String prefix, int bp, int idx, int len) {
        int start = idx;
        while (idx < len) {
            int c = p.u8(bp + idx);
            if (c == '\n') {
                emit(p, prefix, bp + start, idx - start);
                return idx + 1;
            } else if (c == '\r') {
                if (idx + 1 >= len) {
                    return 0;
                }
                if (p.u8(bp + idx + 1) == '\n') {
                    emit(p, prefix, bp + start, idx - start);
                    return idx + 2;
                }
                return 0;
            } else if (!isPrint(c) && c != '\t') {
                return 0;
            }
            idx++;
        }
        emit(p, prefix, bp + start, idx - start);
        p.trunc();
        return 0;
    }

    private static void emit(Pkt p, String prefix, int from, int n) {
        p.out.append(prefix);
        for (int i = 0; i < n; i++) {
            p.out.append((char) (p.data[from + i] & 0xff));
        }
    }
}
