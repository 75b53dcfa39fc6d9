package org.jdissect.api.limits;

/**
 * A cap reached in the middle of dissecting a packet (tree items, tree depth, nested layers), where the only way out
 * is to stop the layer, as Wireshark's {@code THROW_MESSAGE(DissectorError, …)} does. The frame dissector turns it
 * into Wireshark's "[Dissector bug, protocol X: message]" marker with its expert item, and counts the hit.
 *
 * <p>It carries no stack trace: it is expected on hostile input, and cheap to throw.
 */
public final class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Limit limit;

    public LimitExceededException(Limit limit, String message) {
        super(message, null, false, false);
        this.limit = limit;
    }

    /** Which cap was reached. */
    public Limit limit() {
        return limit;
    }
}
