package org.jdissect.dissectors.tcp;

/**
 * What packet-tcp.c writes into the Info column of a segment whose data offset is below 5 before it gives up on
 * the header (flags, numbers, window), though its tree stops after the sequence number: found with
 * {@code ctx.get(BogusHeader.class)} by the summary.
 *
 * @param flags  the twelve flag bits
 * @param ack    the acknowledgment number as shown (relative when the ACK flag is set)
 * @param window the window as shown (scaled when the scale is known)
 */
public record BogusHeader(int flags, long ack, long window) {
}
