package org.jdissect.api.limits;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;

/**
 * How often each cap was reached in one capture, and where first: the dissection counts every hit (the packet gets
 * an expert item, see {@code PacketContext#limitReached}), and a front end reports the tally once at the end, so a
 * run that lost data to a cap says so even when nobody reads the tree.
 */
public final class LimitHits {
    /**
     * The expert finding on a packet where a cap was reached. jdissect's own (tshark has no such caps), in the
     * Undecoded group: part of the packet or stream was not dissected as it would have been without the cap.
     */
    public static final ExpertDef EXPERT = ExpertDef.of("jdissect.limit", ExpertGroup.UNDECODED, ExpertSeverity.WARN,
            "A jdissect resource limit was reached");

    /** One limit's tally: how many hits, the first packet and the first message. */
    public record Tally(Limit limit, long value, long hits, long firstFrame, String firstMessage) {
        /** The one line a front end prints: what happened, how often, and how to raise the limit. */
        public String describe() {
            return "limit " + limit.key() + " (" + value + ") reached " + (hits == 1 ? "once" : hits + " times")
                    + (firstFrame > 0 ? ", first in frame " + firstFrame : "") + ": " + firstMessage
                    + "; raise it with " + Limits.howToRaise(limit);
        }
    }

    private final long[] hits = new long[Limit.values().length];
    private final long[] firstFrame = new long[hits.length];
    private final String[] firstMessage = new String[hits.length];

    /**
     * Counts one hit of {@code limit} in frame {@code frame} (0: outside any frame). Synchronized: a printer on
     * another thread may count while the capture is dissected; hits are rare, so the lock costs nothing.
     */
    public synchronized void hit(Limit limit, long frame, String message) {
        int i = limit.ordinal();
        if (hits[i]++ == 0) {
            firstFrame[i] = frame;
            firstMessage[i] = message;
        }
    }

    /** Hits of {@code limit} so far. */
    public synchronized long count(Limit limit) {
        return hits[limit.ordinal()];
    }

    /** The limits reached at least once, in {@link Limit} order, with the values they had in {@code limits}. */
    public synchronized List<Tally> reached(Limits limits) {
        List<Tally> out = new ArrayList<>();
        for (Limit l : Limit.values()) {
            int i = l.ordinal();
            if (hits[i] > 0) {
                out.add(new Tally(l, limits.get(l), hits[i], firstFrame[i], firstMessage[i]));
            }
        }
        return out;
    }
}
