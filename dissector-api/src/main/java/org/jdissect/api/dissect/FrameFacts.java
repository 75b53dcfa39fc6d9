package org.jdissect.api.dissect;

import java.util.Arrays;

/**
 * Numbers a first pass notes for the second (see {@link Session#firstOfTwo()}), by frame number or stream index: an
 * array that grows to the highest index noted, since both are dense from 0 or 1 (8 bytes a frame, where a map of
 * boxed numbers would take ten times that on a capture of millions). 0 stands for "nothing noted".
 */
public final class FrameFacts {
    private long[] values = new long[64];

    /** Notes {@code value} for {@code index} (a frame number, a stream index); negative indexes are ignored. */
    public void put(long index, long value) {
        if (index < 0 || index >= Integer.MAX_VALUE - 8) {
            return;
        }
        int i = (int) index;
        if (i >= values.length) {
            values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * values.length, i + 1L)));
        }
        values[i] = value;
    }

    /** What was noted for {@code index}, or 0. */
    public long get(long index) {
        return index < 0 || index >= values.length ? 0 : values[(int) index];
    }
}
