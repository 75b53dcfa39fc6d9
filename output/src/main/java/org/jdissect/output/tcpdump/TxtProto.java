package org.jdissect.output.tcpdump;

import java.util.Locale;
import java.util.Set;

/** util-print.c {@code txtproto_print} as used by print-http.c: the first line, or every header line at -v. */
final class TxtProto {
    static final Set<String> HTTP_CMDS = Set.of("GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST",
            "BCOPY", "BMOVE", "MKCOL", "TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE",
            "NOTIFY", "BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST", "SUBSCRIBE",
            "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE",
            "RPC_CONNECT", "VERSION-CONTROL", "BASELINE-CONTROL");
    private static final int MAX_TOKEN = 128;

    private TxtProto() {
    }

    private static boolean isPrint(int c) {
        return c >= 0x20 && c < 0x7f;
    }

    /** http_print: {@code bp} is the TCP payload's frame offset, {@code len} its length from the IP header. */
    static void http(Pkt p, int bp, int len) {
        p.proto = "http";
        print(p, bp, len, HTTP_CMDS, true);
    }

    static void print(Pkt p, int bp, int len, Set<String> cmds, boolean codeSecondToken) {
        boolean printThis = false;
        if (cmds != null) {
            StringBuilder token = new StringBuilder();
            int idx = fetchToken(p, bp, 0, len, token);
            if (idx != 0) {
                if (cmds.contains(token.toString().toUpperCase(Locale.ROOT))) {
                    printThis = true;
                }
                if (codeSecondToken) {
                    token.setLength(0);
                    idx = fetchToken(p, bp, idx, len, token);
                }
                if (idx != 0 && token.length() == 3 && Character.isDigit(token.charAt(0))
                        && Character.isDigit(token.charAt(1)) && Character.isDigit(token.charAt(2))) {
                    printThis = true;
                }
            }
        } else {
            printThis = true;
        }
        p.out.append(p.proto.toUpperCase(Locale.ROOT));
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

    /** fetch_token: the index after the token and its trailing blanks, or 0. */
    private static int fetchToken(Pkt p, int bp, int idx, int len, StringBuilder token) {
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
            if (token.length() + 2 > MAX_TOKEN + 1) {
                return 0;
            }
            token.append((char) c);
        }
        if (token.length() == 0) {
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
