package org.jdissect.dissectors.icmp;

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
}
