package org.jdissect.api.capture;

import java.util.Locale;

/** The file formats jdissect writes (it reads these and more; see {@link Captures}). */
public enum CaptureFormat {
    /** Classic libpcap, microsecond timestamps (what tcpdump -w writes). */
    PCAP,
    /** Classic libpcap with the nanosecond magic 0xa1b23c4d. */
    PCAP_NSEC,
    /** pcapng, one section, nanosecond timestamps (if_tsresol 9), packet comments kept. */
    PCAPNG;

    /** Parses a -F argument: pcap, pcap-nsec (or nsecpcap as editcap spells it), pcapng. */
    public static CaptureFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "pcap", "libpcap" -> PCAP;
            case "pcap-nsec", "nsecpcap", "pcapnsec" -> PCAP_NSEC;
            case "pcapng", "ng" -> PCAPNG;
            default -> throw new IllegalArgumentException("unknown capture file format \"" + s
                    + "\" (pcap, pcap-nsec, pcapng)");
        };
    }
}
