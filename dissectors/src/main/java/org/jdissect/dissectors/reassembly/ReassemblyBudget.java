package org.jdissect.dissectors.reassembly;

import java.util.Iterator;
import java.util.LinkedHashSet;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.limits.Limit;

/**
 * The bytes all pending reassemblies of one capture hold together (TCP PDUs spanning segments, IPv4 and IPv6
 * datagrams being defragmented), capped by {@link Limit#REASSEMBLY_TOTAL_BYTES}. Per-stream caps alone do not bound
 * memory: a hostile capture can open thousands of streams that each stay just under theirs.
 *
 * <p>A reassembly that needs more room than is left first makes the oldest other pending reassemblies give up
 * their bytes (as if their missing segments never came), then, if it still does not fit, gives up itself. The
 * caller marks the packet where that happens. Bookkeeping happens only when a buffer grows, never per packet.
 */
public final class ReassemblyBudget {
    /** A buffer waiting for more data, which the budget may drop to make room. */
    public abstract static class Pending {
        private long held;
        private boolean listed;

        /** Bytes this reassembly holds, as charged to the budget. */
        public final long held() {
            return held;
        }

        /** Forgets the buffered bytes because the budget needs them: the stream or datagram goes on without. */
        protected abstract void dropForBudget();

        /** What it is, for the message on the packet that caused the drop: "TCP stream 3 (12000 bytes)". */
        protected abstract String describe();
    }

    private final long max;
    private long held;
    /** Pending reassemblies holding bytes, oldest first (identity: no Pending overrides equals). */
    private final LinkedHashSet<Pending> pending = new LinkedHashSet<>();
    private String lastDropped;

    /** The budget of the capture {@code session} belongs to: {@code session.state(ReassemblyBudget.class, …::new)}. */
    public ReassemblyBudget(Session session) {
        this(session.limits().get(Limit.REASSEMBLY_TOTAL_BYTES));
    }

    public ReassemblyBudget(long maxBytes) {
        this.max = maxBytes;
    }

    /** The budget of {@code session}, created on first use. */
    public static ReassemblyBudget of(Session session) {
        return session.state(ReassemblyBudget.class, ReassemblyBudget::new);
    }

    /**
     * Charges {@code bytes} more to {@code p}. When the total would pass the cap, the oldest other pending
     * reassemblies are dropped until it fits ({@link #lastDropped()} describes them).
     *
     * @return how many others were dropped (0 normally), or -1 when {@code p} cannot fit even alone: then nothing
     *         is charged and the caller drops {@code p} (and {@link #release}s it)
     */
    public int grow(Pending p, long bytes) {
        if (bytes <= 0) {
            return 0;
        }
        if (p.held + bytes > max) {
            return -1;
        }
        int dropped = 0;
        if (held + bytes > max) {
            StringBuilder what = new StringBuilder();
            Iterator<Pending> it = pending.iterator();
            while (held + bytes > max && it.hasNext()) {
                Pending old = it.next();
                if (old == p) {
                    continue;
                }
                it.remove();
                old.listed = false;
                held -= old.held;
                what.append(dropped == 0 ? "" : ", ").append(old.describe());
                old.held = 0;
                old.dropForBudget();
                dropped++;
            }
            lastDropped = what.toString();
        }
        if (!p.listed) {
            pending.add(p);
            p.listed = true;
        }
        p.held += bytes;
        held += bytes;
        return dropped;
    }

    /** Forgets {@code p}'s bytes: it completed, was abandoned or dropped. Safe to call more than once. */
    public void release(Pending p) {
        if (p.listed) {
            pending.remove(p);
            p.listed = false;
        }
        held -= p.held;
        p.held = 0;
    }

    /** What the last {@link #grow} that dropped others dropped, for the packet's message. */
    public String lastDropped() {
        return lastDropped;
    }

    /** Bytes held now by all pending reassemblies. */
    public long held() {
        return held;
    }

    /** The cap. */
    public long max() {
        return max;
    }

    /** Reassemblies holding bytes now. */
    public int pendingCount() {
        return pending.size();
    }
}
