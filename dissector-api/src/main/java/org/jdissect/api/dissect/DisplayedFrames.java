package org.jdissect.api.dissect;

/**
 * The time of the last frame a front end displayed, for {@code frame.time_delta_displayed}: with a display filter,
 * tshark counts that delta from the previous frame that passed the filter, and shows 0 on the first one that does.
 * The frame dissector takes every frame as displayed when it dissects it ({@link #deltaAndMark}); a front end whose
 * filter then rejects the frame says so ({@link PacketContext#notDisplayed}), which undoes that mark. One per capture,
 * in its {@link Session}.
 */
public final class DisplayedFrames {
    private boolean any;
    private long last;
    private boolean anyBefore;
    private long lastBefore;

    /** The time since the last displayed frame (0 if none yet), then {@code time} becomes the last displayed. */
    public long deltaAndMark(long time) {
        anyBefore = any;
        lastBefore = last;
        long delta = any ? time - last : 0;
        any = true;
        last = time;
        return delta;
    }

    /** The frame marked last was not displayed after all. */
    void undo() {
        any = anyBefore;
        last = lastBefore;
    }
}
