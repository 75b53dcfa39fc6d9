package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** The row order of tshark's conversation and endpoint tables. */
final class Ranking {
    private Ranking() {
    }

    /**
     * Rows by their frame count, most first, rows of equal counts in their own order (iousers_draw and endpoints_draw
     * print every row of the largest count not yet printed, pass after pass); rows of no frames are never printed.
     */
    static <T> List<T> byFrames(List<T> rows, ToLongFunction<T> frames) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.removeIf(r -> frames.applyAsLong(r) == 0);
        sorted.sort((x, y) -> Long.compare(frames.applyAsLong(y), frames.applyAsLong(x))); // stable: ties keep order
        return sorted;
    }
}
