package org.jdissect.live;

/**
 * How to open a device, with tcpdump's meanings.
 *
 * @param device        interface name, or its number in {@link LiveInterface#list()} (tcpdump -i 2)
 * @param snaplen       bytes kept per packet (-s; 0 means tcpdump's 262144)
 * @param promiscuous   put the interface in promiscuous mode (tcpdump's default; -p turns it off)
 * @param bufferKiB     kernel buffer size in KiB (-B), 0 for libpcap's default
 * @param filter        BPF capture filter in tcpdump syntax (-f), compiled by libpcap; null for none
 * @param immediate     deliver each packet at once rather than when the kernel's block fills (for printing)
 */
public record LiveOptions(String device, int snaplen, boolean promiscuous, int bufferKiB, String filter,
                          boolean immediate) {
    public static final int DEFAULT_SNAPLEN = 262144;

    public int effectiveSnaplen() {
        return snaplen <= 0 ? DEFAULT_SNAPLEN : snaplen;
    }
}
