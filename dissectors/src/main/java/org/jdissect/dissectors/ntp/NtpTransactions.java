package org.jdissect.dissectors.ntp;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jdissect.api.dissect.FrameFacts;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.ConversationKey;

/**
 * NTP requests and responses per capture, as packet-ntp.c pairs them (ntp_conv_info_t): per conversation (addresses
 * and ports), requests by a sequence key (the control message's sequence number, the mode 7 implementation, or one
 * key for every time request) and frame; a response belongs to the latest request of its key before it. tshark shows
 * the pairing only in a second pass (PINFO_FD_VISITED), so it is shown only in the second of two passes here: a
 * response's request and delay from the state this pass builds again, a request's response from the first pass's.
 */
final class NtpTransactions {
    /** One request (ntp_trans_info_t). */
    private static final class Request {
        final long frame;
        final long time;
        long responseFrame;

        Request(long frame, long time) {
            this.frame = frame;
            this.time = time;
        }
    }

    /** Kept per conversation at most; a capture of endless NTP chatter keeps the latest (flat memory). */
    private static final int MAX_CONVERSATIONS = 65_536;

    /** Requests of each conversation by (key << 32 | frame). */
    private final Map<String, TreeMap<Long, Request>> byConversation = new HashMap<>();
    /** In a first pass of two: each answered request's response frame, by the request's frame. */
    private final FrameFacts responses;
    /** In the second pass of two, the first pass's {@link #responses}; else null. */
    private final FrameFacts firstPass;
    private final boolean shown;

    NtpTransactions(Session session) {
        responses = session.firstOfTwo() ? new FrameFacts() : null;
        NtpTransactions first = session.firstPass(NtpTransactions.class);
        firstPass = first == null ? null : first.responses;
        shown = session.secondOfTwo();
    }

    /**
     * Takes in a request of {@code key}; in a second pass, shows the frame of its response ("Response In") if it has
     * one.
     */
    void request(PacketContext ctx, ProtoNode ntp, long key) {
        long frame = ctx.frameNumber();
        TreeMap<Long, Request> requests = conversation(ctx);
        if (requests != null) {
            requests.put(key << 32 | frame, new Request(frame, now(ctx)));
        }
        long response = firstPass == null ? 0 : firstPass.get(frame);
        if (response != 0) {
            ntp.add(NtpFields.RESPONSE_IN, ntp.source(), ntp.offset(), 0, response).generated();
        }
    }

    /**
     * Takes in a response of {@code key}; in a second pass, shows its request and the time since, when it is the
     * first response to it or {@code always} (control and private messages answer in several).
     */
    void response(PacketContext ctx, ProtoNode ntp, long key, boolean always) {
        long frame = ctx.frameNumber();
        TreeMap<Long, Request> requests = conversation(ctx);
        Map.Entry<Long, Request> e = requests == null ? null : requests.floorEntry(key << 32 | frame);
        if (e == null || e.getKey() >>> 32 != key) {
            return;
        }
        Request r = e.getValue();
        if (r.responseFrame == 0) {
            r.responseFrame = frame;
            if (responses != null) {
                responses.put(r.frame, frame);
            }
        }
        if (shown && (always || r.responseFrame == frame)) {
            ntp.add(NtpFields.REQUEST_IN, ntp.source(), ntp.offset(), 0, r.frame).generated();
            ntp.add(NtpFields.DELTA_TIME, ntp.source(), ntp.offset(), 0, now(ctx) - r.time).generated();
        }
    }

    private static long now(PacketContext ctx) {
        return ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos();
    }

    /** The requests of the packet's conversation (either direction), or null past the cap. */
    private TreeMap<Long, Request> conversation(PacketContext ctx) {
        String k = ConversationKey.of(ctx);
        TreeMap<Long, Request> t = byConversation.get(k);
        if (t == null && byConversation.size() < MAX_CONVERSATIONS) {
            t = new TreeMap<>();
            byConversation.put(k, t);
        }
        return t;
    }
}
