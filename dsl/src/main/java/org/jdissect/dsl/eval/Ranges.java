package org.jdissect.dsl.eval;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jdissect.dsl.ast.SliceRange;

/** Slice and layer selection with Wireshark's drange rules (negative starts count from the end). */
final class Ranges {
    private Ranges() {
    }

    /** The bytes {@code ranges} select from {@code b}, concatenated; null if any range falls outside. */
    static byte[] slice(byte[] b, List<SliceRange> ranges) {
        if (ranges.size() == 1) {
            long se = startEnd(ranges.get(0), b.length);
            return se < 0 ? null : java.util.Arrays.copyOfRange(b, (int) (se >>> 32), (int) se);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SliceRange r : ranges) {
            long se = startEnd(r, b.length);
            if (se < 0) {
                return null;
            }
            out.write(b, (int) (se >>> 32), (int) se - (int) (se >>> 32));
        }
        return out.toByteArray();
    }

    /** Start (high word) and exclusive end (low word) of {@code r} in a sequence of {@code n}; -1 if outside. */
    static long startEnd(SliceRange r, int n) {
        int start = r.start() < 0 ? n + r.start() : r.start();
        int end = switch (r.kind()) {
            case SINGLE -> start + 1;
            case LENGTH -> start + r.value();
            case TO_END -> n;
            case UNTIL -> (r.value() < 0 ? n + r.value() : r.value()) + 1;
        };
        if (start < 0 || end > n || end <= start) {
            return -1;
        }
        return ((long) start << 32) | end;
    }

    /** Whether 1-based layer {@code layer} of {@code total} is selected ({@code #-1} is the last one). */
    static boolean selects(List<SliceRange> ranges, int layer, int total) {
        for (SliceRange r : ranges) {
            int start = r.start() < 0 ? total + 1 + r.start() : r.start();
            int end = switch (r.kind()) {
                case SINGLE -> start;
                case LENGTH -> start + r.value() - 1;
                case TO_END -> total;
                case UNTIL -> r.value() < 0 ? total + 1 + r.value() : r.value();
            };
            if (layer >= start && layer <= end) {
                return true;
            }
        }
        return false;
    }
}
