package org.jdissect.dissectors.icmp;

/**
 * Per-packet marker ({@code PacketContext.put}) that the layers below are the packet quoted by an ICMP or ICMPv6
 * error, Wireshark's {@code pinfo->flags.in_error_pkt}: they skip per-conversation state (UDP times, pairing).
 */
public final class InErrorPacket {
    public static final InErrorPacket INSTANCE = new InErrorPacket();

    private InErrorPacket() {
    }
}
