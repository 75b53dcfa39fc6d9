package org.jdissect.output.summary;

/**
 * The Info column as epan/column-utils.c keeps it: a buffer and a fence. Text before the fence survives what later
 * dissectors do (col_clear and col_add_str write from the fence on), which is how TCP's "[TCP Retransmission] "
 * prefix outlives HTTP replacing the rest, and how a second HTTP message in a frame is added after the first.
 */
final class InfoColumn {
    private final StringBuilder buf = new StringBuilder(160);
    private int fence;

    void reset() {
        buf.setLength(0);
        fence = 0;
    }

    /** col_clear: everything after the fence goes. */
    void clear() {
        buf.setLength(fence);
    }

    /** col_add_str / col_set_str / col_add_fstr: replaces what follows the fence. */
    InfoColumn set(String s) {
        buf.setLength(fence);
        buf.append(s);
        return this;
    }

    /** col_append_str / col_append_fstr. */
    InfoColumn append(String s) {
        buf.append(s);
        return this;
    }

    InfoColumn append(long v) {
        buf.append(v);
        return this;
    }

    /** col_append_sep_str: the separator only when the column already holds something (col_buf[0] != 0). */
    InfoColumn appendSep(String sep, String s) {
        if (buf.length() > 0) {
            buf.append(sep);
        }
        buf.append(s);
        return this;
    }

    /** col_prepend_fence_fstr: the text goes first and the fence moves past it. */
    void prependFence(String s) {
        buf.insert(0, s);
        fence += s.length();
    }

    /** col_set_fence: what is there now stays. */
    void setFence() {
        fence = buf.length();
    }

    /** Cuts the text to at most {@code max} bytes of UTF-8, at a character's boundary. */
    void truncateUtf8(int max) {
        int bytes = 0;
        for (int i = 0; i < buf.length(); i++) {
            char c = buf.charAt(i);
            // a surrogate pair is four bytes, counted at its first half
            int n = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4
                    : Character.isLowSurrogate(c) ? 0 : 3;
            if (bytes + n > max) {
                buf.setLength(i);
                return;
            }
            bytes += n;
        }
    }

    int length() {
        return buf.length();
    }

    @Override
    public String toString() {
        return buf.toString();
    }
}
