package org.jdissect.dissectors.icmp;

/**
 * An echo request to a multicast or broadcast address, in the second pass of two: packet-icmp.c looks for no reply
 * to it and says so in the Info column instead of "no response found" (a packet context value, as no item shows it).
 */
public enum EchoTo {
    MULTICAST(" (multicast)"),
    BROADCAST(" (broadcast)");

    private final String info;

    EchoTo(String info) {
        this.info = info;
    }

    /** The words the Info column ends with. */
    public String info() {
        return info;
    }
}
