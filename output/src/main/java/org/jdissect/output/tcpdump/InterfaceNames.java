package org.jdissect.output.tcpdump;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * if_indextoname as sll2_if_print calls it: the name of the interface with that index on the host that prints,
 * not the one that captured (so tcpdump's output, and this, depend on where they run), "?" when there is none.
 * Looked up once per index: the interfaces of a host rarely change during one run.
 */
final class InterfaceNames {
    private static final ConcurrentHashMap<Long, String> NAMES = new ConcurrentHashMap<>();

    private InterfaceNames() {
    }

    static String name(long index) {
        return NAMES.computeIfAbsent(index, InterfaceNames::lookup);
    }

    private static String lookup(long index) {
        if (index <= 0 || index > Integer.MAX_VALUE) {
            return "?";
        }
        try {
            NetworkInterface n = NetworkInterface.getByIndex((int) index);
            return n == null ? "?" : n.getName();
        } catch (SocketException | RuntimeException e) {
            return "?";
        }
    }
}
