package org.jdissect.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.pcap4j.core.Pcaps;

/**
 * Loads libpcap through pcap4j once, and turns the ways that fails into one sentence saying what to install.
 * Nothing else in jdissect loads it: reading and writing files is pure Java.
 */
final class Libpcap {
    /** pcap4j's own property naming the library to load. */
    static final String LIB_PROPERTY = "org.pcap4j.core.pcapLibName";

    private static volatile String version;

    private Libpcap() {
    }

    /** Returns libpcap's version string, loading the library on first use. */
    static String ensureLoaded() throws LiveCaptureException {
        String v = version;
        if (v != null) {
            return v;
        }
        synchronized (Libpcap.class) {
            if (version == null) {
                preferVersionedLibrary();
                try {
                    version = Pcaps.libVersion();
                } catch (LinkageError | RuntimeException e) {
                    throw new LiveCaptureException(missingMessage(e), e);
                }
            }
            return version;
        }
    }

    /**
     * Debian's runtime package (libpcap0.8) ships only {@code libpcap.so.0.8}; the unversioned {@code libpcap.so}
     * comes with the -dev package. When the property is not set and only the versioned file exists, name it.
     */
    private static void preferVersionedLibrary() {
        if (System.getProperty(LIB_PROPERTY) != null || !isLinux()) {
            return;
        }
        for (String dir : new String[] {"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
                "/usr/lib", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/lib64", "/lib"}) {
            if (Files.exists(Path.of(dir, "libpcap.so"))) {
                return;
            }
        }
        for (String dir : new String[] {"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
                "/usr/lib", "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/lib64", "/lib"}) {
            for (String f : new String[] {"libpcap.so.1", "libpcap.so.0.8"}) {
                Path p = Path.of(dir, f);
                if (Files.exists(p)) {
                    System.setProperty(LIB_PROPERTY, p.toString());
                    return;
                }
            }
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    static String missingMessage(Throwable e) {
        return "live capture needs libpcap, which could not be loaded (" + rootMessage(e) + "); install it:"
                + " Debian/Ubuntu 'apt-get install libpcap0.8', Fedora/RHEL 'dnf install libpcap',"
                + " Alpine 'apk add libpcap', Windows Npcap (macOS has it). Reading and writing files never needs it.";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null) {
            return t.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A libpcap error when opening {@code iface}, reworded when it is about permission. */
    static String openError(String iface, String pcapMessage) {
        String m = pcapMessage == null ? "" : pcapMessage;
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("permission") || lower.contains("not permitted") || lower.contains("eperm")
                || lower.contains("eacces")) {
            return iface + ": " + m + ": capturing needs root or the capabilities CAP_NET_RAW and CAP_NET_ADMIN"
                    + " (e.g. sudo setcap cap_net_raw,cap_net_admin=eip \"$(readlink -f \"$(command -v java)\")\")";
        }
        if (lower.contains("no such device") || lower.contains("doesn't exist")) {
            return iface + ": " + m + " (jdissect -D lists the interfaces)";
        }
        return iface + ": " + m;
    }
}
