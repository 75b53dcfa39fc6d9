package org.jdissect.live;

import java.util.ArrayList;
import java.util.List;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;

/** A capture device as libpcap lists it ({@code pcap_findalldevs}), in its order. */
public record LiveInterface(int index, String name, String description, boolean up, boolean running,
                            boolean loopback) {
    /** Every device libpcap can open, numbered from 1 as {@code tcpdump -D} numbers them. */
    public static List<LiveInterface> list() throws LiveCaptureException {
        Libpcap.ensureLoaded();
        List<PcapNetworkInterface> devs;
        try {
            devs = Pcaps.findAllDevs();
        } catch (PcapNativeException e) {
            throw new LiveCaptureException("cannot list interfaces: " + e.getMessage(), e);
        }
        List<LiveInterface> out = new ArrayList<>();
        int i = 1;
        for (PcapNetworkInterface d : devs) {
            out.add(new LiveInterface(i++, d.getName(), d.getDescription(), d.isUp(), d.isRunning(),
                    d.isLoopBack()));
        }
        return out;
    }

    /** tcpdump -D's line: {@code 1.eth0 [Up, Running]}, the description in parentheses when there is one. */
    public String line() {
        StringBuilder s = new StringBuilder().append(index).append('.').append(name);
        if (description != null && !description.isEmpty()) {
            s.append(" (").append(description).append(')');
        }
        List<String> flags = new ArrayList<>();
        if (up) {
            flags.add("Up");
        }
        if (running) {
            flags.add("Running");
        }
        if (loopback) {
            flags.add("Loopback");
        }
        if (!flags.isEmpty()) {
            s.append(" [").append(String.join(", ", flags)).append(']');
        }
        return s.toString();
    }
}
