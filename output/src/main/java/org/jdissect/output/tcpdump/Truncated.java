package org.jdissect.output.tcpdump;

/**
 * tcpdump's {@code longjmp} to {@code ndo_early_end}: a bounds-checked fetch ran past the snapshot end. The packet
 * loop catches it, prints {@code " [|proto]"} and dumps from the frame start. Stackless: it is control flow.
 */
final class Truncated extends RuntimeException {
    static final Truncated INSTANCE = new Truncated();

    private Truncated() {
        super(null, null, false, false);
    }
}
