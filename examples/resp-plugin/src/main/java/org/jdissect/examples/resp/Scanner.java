package org.jdissect.examples.resp;

import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;

/** Finds where a RESP value ends without building anything, so the dissector knows whether it has it all. */
final class Scanner {
    private Scanner() {
    }

    /** Offset of the '\r' ending the line that starts at {@code off}; throws TRUNCATED when it is not there yet. */
    static int lineEnd(ByteView tvb, int off) {
        int cr = tvb.indexOf(off, '\r');
        if (cr < 0 || !tvb.has(cr + 1, 1)) {
            throw BoundsException.TRUNCATED;
        }
        return cr;
    }

    /** Offset just past the value at {@code off}; -1 if it is incomplete; throws for malformed input. */
    static int skip(ByteView tvb, int off, int depth) {
        if (depth > RespModule.MAX_DEPTH) {
            throw BoundsException.MALFORMED;
        }
        if (!tvb.has(off, 1)) {
            return -1;
        }
        int type = tvb.u8(off);
        int cr = tvb.indexOf(off, '\r');
        if (cr < 0 || !tvb.has(cr + 1, 1)) {
            return -1;
        }
        int next = cr + 2;
        switch (type) {
            case '+', '-', ':' -> {
                return next;
            }
            case '$' -> {
                long len = parse(tvb, off + 1, cr);
                if (len < 0) {
                    return next;
                }
                if (len > RespModule.MAX_BULK) {
                    throw BoundsException.MALFORMED;
                }
                long end = next + len + 2;
                return end <= tvb.capturedLength() ? (int) end : -1;
            }
            case '*' -> {
                long count = parse(tvb, off + 1, cr);
                int p = next;
                for (long i = 0; i < count; i++) {
                    p = skip(tvb, p, depth + 1);
                    if (p < 0) {
                        return -1;
                    }
                }
                return p;
            }
            default -> throw BoundsException.MALFORMED;
        }
    }

    private static long parse(ByteView tvb, int from, int to) {
        long v = 0;
        boolean neg = false;
        for (int i = from; i < to; i++) {
            int c = tvb.u8(i);
            if (i == from && c == '-') {
                neg = true;
            } else if (c >= '0' && c <= '9' && v < Integer.MAX_VALUE) {
                v = v * 10 + (c - '0');
            } else {
                throw BoundsException.MALFORMED;
            }
        }
        return neg ? -v : v;
    }
}
