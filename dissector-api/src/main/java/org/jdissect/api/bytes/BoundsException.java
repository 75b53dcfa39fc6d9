package org.jdissect.api.bytes;

/**
 * Thrown by {@link ByteView} when a read runs past the bytes that exist. Which end was crossed decides how the tree
 * marks it, as Wireshark does: past the captured end only is {@link Kind#TRUNCATED} ("Packet size limited during
 * capture"); past the reported (on-the-wire) end is {@link Kind#MALFORMED}. {@link Kind#CONTAINED} is Wireshark's
 * ContainedBoundsError: a part that claims more bytes than the whole it lies in has (a TCP header longer than the
 * segment), read past the whole's end but within its own claim.
 *
 * <p>Instances are shared and carry no stack trace: a hostile capture can make every packet throw, and bounds
 * errors are ordinary control flow for a dissector.
 */
public final class BoundsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { TRUNCATED, MALFORMED, CONTAINED }

    public static final BoundsException TRUNCATED = new BoundsException(Kind.TRUNCATED);
    public static final BoundsException MALFORMED = new BoundsException(Kind.MALFORMED);
    public static final BoundsException CONTAINED = new BoundsException(Kind.CONTAINED);

    private final Kind kind;

    private BoundsException(Kind kind) {
        super(switch (kind) {
            case TRUNCATED -> "packet size limited during capture";
            case MALFORMED -> "malformed packet";
            case CONTAINED -> "length of contained item exceeds length of containing item";
        }, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
