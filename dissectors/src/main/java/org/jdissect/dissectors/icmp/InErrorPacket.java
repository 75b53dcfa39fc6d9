package org.jdissect.dissectors.icmp;

import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.dissect.PacketContext;

/**
 * Per-packet marker ({@code PacketContext.put}) that the layers below are the packet quoted by an ICMP or ICMPv6
 * error, Wireshark's {@code pinfo->flags.in_error_pkt}: they skip per-conversation state (UDP times, pairing). As
 * in Wireshark, an exception that ends the packet inside a quote leaves it set: the frame's own tap event is then
 * an error packet's, which no statistic is handed.
 */
public final class InErrorPacket {
    public static final InErrorPacket INSTANCE = new InErrorPacket();

    private InErrorPacket() {
    }

    /**
     * Whether packet.c's call_dissector_work_error passes {@code e} on: it rethrows a BoundsError (bytes the capture
     * did not keep) and swallows the reported-length errors of a quote shorter than its own headers say. The views
     * inside a quote take their reported lengths from the quoted headers, so only a frame the capture cut tells a
     * BoundsError apart.
     */
    public static boolean rethrown(BoundsException e, PacketContext ctx) {
        return e.kind() == BoundsException.Kind.TRUNCATED
                && ctx.record().capturedLength() < ctx.record().originalLength();
    }
}
