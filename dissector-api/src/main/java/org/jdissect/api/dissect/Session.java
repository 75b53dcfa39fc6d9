package org.jdissect.api.dissect;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdissect.api.limits.LimitHits;
import org.jdissect.api.limits.Limits;

/**
 * State that lives for one capture: conversations, TCP streams, request/response pairing. Each protocol keeps its
 * state object here under its own key; there is no static mutable state, so two captures dissected in one JVM never
 * see each other.
 */
public final class Session {
    private final Map<Object, Object> state = new HashMap<>();
    private final Limits limits;
    private final LimitHits limitHits = new LimitHits();
    /** Set in the first pass of two: protocols note what the second will show ahead of time. */
    private boolean firstOfTwo;
    /** In the second pass of two: the first pass's session, whose state objects hold what it learnt. */
    private Session firstPass;

    /** A session with the default limits (and any {@code jdissect.limit.*} system property). */
    public Session() {
        this(Limits.fromSystemProperties());
    }

    /** A session whose state objects cap themselves by {@code limits}. */
    public Session(Limits limits) {
        this.limits = limits;
    }

    /** The caps per-capture state obeys: stream tables, reassembly buffers. */
    public Limits limits() {
        return limits;
    }

    /** The caps this capture reached so far, counted by every context that dissects or prints its packets. */
    public LimitHits limitHits() {
        return limitHits;
    }

    /**
     * Whether this is the first of two passes over a capture (tshark's -2): a protocol that can show something only
     * once later packets are known (a request's response, a stream's final completeness, the frame that completes a
     * reassembly) notes it in its state object, for the second pass to read through {@link #firstPass(Class)}.
     */
    public boolean firstOfTwo() {
        return firstOfTwo;
    }

    /**
     * In the second of two passes, the first pass's state object stored under {@code key} (null if it made none, and
     * always null in a single pass): what the whole capture taught that protocol, as Wireshark's second pass reads
     * what its first left in conversation and per-frame data.
     */
    @SuppressWarnings("unchecked")
    public <T> T firstPass(Class<T> key) {
        return firstPass == null ? null : (T) firstPass.state.get(key);
    }

    /** Whether this is the second of two passes. */
    public boolean secondOfTwo() {
        return firstPass != null;
    }

    void markFirstOfTwo() {
        firstOfTwo = true;
    }

    void follow(Session first) {
        if (!first.firstOfTwo) {
            throw new IllegalArgumentException("the session given was not the first of two passes");
        }
        firstPass = first;
    }

    /** The state object stored under {@code key}, created by {@code init} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(Class<T> key, Supplier<T> init) {
        Object v = state.get(key);
        if (v == null) {
            v = init.get();
            state.put(key, v);
        }
        return (T) v;
    }

    /**
     * As {@link #get(Class, Supplier)}, for state built from the session (its {@link #limits()}, other state): a
     * constructor reference such as {@code TcpStreams::new} taking the session captures nothing, so the per-packet
     * lookup allocates nothing.
     */
    @SuppressWarnings("unchecked")
    public <T> T state(Class<T> key, Function<Session, T> init) {
        Object v = state.get(key);
        if (v == null) {
            v = init.apply(this);
            state.put(key, v);
        }
        return (T) v;
    }
}
