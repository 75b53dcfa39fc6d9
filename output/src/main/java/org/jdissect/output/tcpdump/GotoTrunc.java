package org.jdissect.output.tcpdump;

/**
 * A printer's own "goto trunc" (ND_TCHECK, or a length check): caught by the printer that throws it, which prints the
 * truncation marker and returns as usual, so -x still dumps from the network layer. {@link Truncated} is the other
 * kind, the capture running out under a GET_ macro, which ends the whole line.
 */
final class GotoTrunc extends RuntimeException {
    static final GotoTrunc INSTANCE = new GotoTrunc();

    private GotoTrunc() {
        super(null, null, false, false);
    }
}
