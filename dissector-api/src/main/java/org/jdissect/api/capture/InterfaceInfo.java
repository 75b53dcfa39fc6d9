package org.jdissect.api.capture;

/**
 * One capture interface: pcap has one for the whole file; pcapng one per Interface Description Block.
 *
 * @param linkType      LINKTYPE_ value
 * @param snaplen       snapshot length, 0 if unlimited
 * @param tsUnitsPerSec timestamp units per second (10^6 for pcap, 10^9 for nanosecond pcap, if_tsresol for pcapng)
 * @param tsOffset      seconds added to every timestamp (pcapng if_tsoffset)
 * @param name          if_name, or null
 * @param description   if_description, or null
 */
public record InterfaceInfo(int linkType, int snaplen, long tsUnitsPerSec, long tsOffset, String name,
                            String description) {
}
