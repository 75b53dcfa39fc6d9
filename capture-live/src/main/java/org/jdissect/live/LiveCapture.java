package org.jdissect.live;

import java.io.EOFException;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.InterfaceInfo;
import org.jdissect.api.capture.LinkType;
import org.jdissect.api.capture.PacketRecord;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface.PromiscuousMode;
import org.pcap4j.core.PcapStat;
import org.pcap4j.core.Pcaps;

/**
 * Packets from a network interface, as they arrive, through libpcap: a {@link CaptureReader} like a file, so every
 * output mode, display filter and writer works on it unchanged. {@link #next} blocks until a packet arrives or
 * {@link #stop()} is called (from a signal handler, another thread); then it returns false like an end of file.
 * While waiting it runs the idle hook now and then, so output can be flushed while the wire is quiet.
 */
public final class LiveCapture implements CaptureReader {
    /** How long libpcap may wait before returning with nothing: bounds how late a stop or a flush comes. */
    private static final int READ_TIMEOUT_MS = 100;

    private final PcapHandle handle;
    private final String device;
    private final int linkType;
    private final String linkName;
    private final int snaplen;
    private final InterfaceInfo iface;
    private volatile boolean stopped;
    private Runnable idle = () -> { };
    private long delivered;
    private long number;
    private Stats finalStats;

    private LiveCapture(PcapHandle handle, String device, int snaplen) throws LiveCaptureException {
        this.handle = handle;
        this.device = device;
        this.snaplen = snaplen;
        int dlt = handle.getDlt().value();
        this.linkType = linkTypeOfDlt(dlt);
        String name;
        try {
            name = Pcaps.dataLinkValToName(dlt) + " (" + Pcaps.dataLinkValToDescription(dlt) + ")";
        } catch (PcapNativeException | RuntimeException e) {
            name = "DLT " + dlt;
        }
        this.linkName = name;
        this.iface = new InterfaceInfo(linkType, snaplen, 1_000_000_000L, 0, device, null);
    }

    /** Opens the device, applies the capture filter, and starts capturing. */
    public static LiveCapture open(LiveOptions o) throws LiveCaptureException {
        Libpcap.ensureLoaded();
        String device = resolve(o.device());
        int snaplen = o.effectiveSnaplen();
        PcapHandle h = null;
        try {
            h = build(o, device, snaplen, PcapHandle.TimestampPrecision.NANO);
        } catch (PcapNativeException e) {
            String m = String.valueOf(e.getMessage());
            if (!m.toLowerCase(java.util.Locale.ROOT).contains("precision")) {
                throw new LiveCaptureException(Libpcap.openError(device, m), e);
            }
        }
        try {
            if (h == null) {
                // the device cannot give nanoseconds: microseconds, as tcpdump would record them
                h = build(o, device, snaplen, PcapHandle.TimestampPrecision.MICRO);
            }
            if (o.filter() != null && !o.filter().isBlank()) {
                h.setFilter(o.filter(), BpfProgram.BpfCompileMode.OPTIMIZE);
            }
            return new LiveCapture(h, device, snaplen);
        } catch (PcapNativeException e) {
            if (h != null) {
                h.close();
            }
            String m = String.valueOf(e.getMessage());
            throw new LiveCaptureException(o.filter() != null && h != null
                    ? "bad capture filter (-f) \"" + o.filter() + "\": " + m
                    : Libpcap.openError(device, m), e);
        } catch (NotOpenException e) {
            throw new LiveCaptureException(device + ": capture handle closed unexpectedly", e);
        }
    }

    private static PcapHandle build(LiveOptions o, String device, int snaplen, PcapHandle.TimestampPrecision p)
            throws PcapNativeException {
        PcapHandle.Builder b = new PcapHandle.Builder(device)
                .snaplen(snaplen)
                .promiscuousMode(o.promiscuous() ? PromiscuousMode.PROMISCUOUS : PromiscuousMode.NONPROMISCUOUS)
                .timeoutMillis(READ_TIMEOUT_MS)
                .timestampPrecision(p);
        if (o.bufferKiB() > 0) {
            b.bufferSize(o.bufferKiB() * 1024);
        }
        if (o.immediate()) {
            b.immediateMode(true);
        }
        return b.build();
    }

    /** tcpdump -i accepts an interface's number in the -D list as well as its name. */
    private static String resolve(String device) throws LiveCaptureException {
        if (device != null && device.matches("[1-9][0-9]{0,4}")) {
            int n = Integer.parseInt(device);
            List<LiveInterface> all = LiveInterface.list();
            if (n > all.size()) {
                throw new LiveCaptureException("interface number " + n + " out of range (jdissect -D lists "
                        + all.size() + ")");
            }
            return all.get(n - 1).name();
        }
        if (device == null || device.isEmpty()) {
            throw new LiveCaptureException("no interface given (jdissect -D lists them)");
        }
        return device;
    }

    /** DLT_ values that differ from the LINKTYPE_ values files carry (pcap-common.c's table). */
    static int linkTypeOfDlt(int dlt) {
        return switch (dlt) {
            case 12, 14 -> LinkType.RAW; // DLT_RAW is 12 on most systems, 14 on OpenBSD
            default -> dlt;
        };
    }

    /** Run while waiting and nothing has arrived (at most every 100 ms): flush output, say. */
    public void onIdle(Runnable r) {
        this.idle = r;
    }

    /** Ends the capture: the pending or next {@link #next} returns false. Safe from any thread. */
    public void stop() {
        stopped = true;
        try {
            // libpcap >= 1.10 on Linux wakes a blocked read through an eventfd: without it, a TPACKET_V3 read on a
            // quiet interface waits in poll() with no timeout until the next packet
            handle.breakLoop();
        } catch (NotOpenException | RuntimeException ignored) {
            // already closed: nothing to wake
        }
    }

    public boolean stopped() {
        return stopped;
    }

    @Override
    public boolean next(PacketRecord into) throws IOException {
        while (!stopped) {
            byte[] data;
            try {
                data = handle.getNextRawPacketEx();
            } catch (TimeoutException e) {
                idle.run();
                continue;
            } catch (EOFException e) {
                return false;
            } catch (PcapNativeException e) {
                if (stopped) {
                    return false;
                }
                throw new LiveCaptureException(device + ": " + e.getMessage(), e);
            } catch (NotOpenException e) {
                return false;
            }
            Timestamp ts = handle.getTimestamp();
            long millis = ts.getTime();
            long sec = Math.floorDiv(millis, 1000L);
            Integer orig = handle.getOriginalLength();
            into.set(++number, sec, ts.getNanos(), orig == null ? data.length : orig, linkType, ByteView.of(data));
            delivered++;
            return true;
        }
        return false;
    }

    /** libpcap's counters plus how many packets this reader delivered, as tcpdump prints them at the end. */
    public record Stats(long captured, long receivedByFilter, long droppedByKernel, long droppedByInterface) {
        /** tcpdump's three closing lines. */
        public List<String> lines() {
            return List.of(plural(captured, "captured"), plural(receivedByFilter, "received by filter"),
                    plural(droppedByKernel, "dropped by kernel"));
        }

        private static String plural(long n, String what) {
            return n + " packet" + (n == 1 ? "" : "s") + " " + what;
        }
    }

    /** The counters now (or as they were at close). */
    public Stats stats() {
        if (finalStats != null) {
            return finalStats;
        }
        try {
            PcapStat s = handle.getStats();
            return new Stats(delivered, s.getNumPacketsReceived(), s.getNumPacketsDropped(),
                    s.getNumPacketsDroppedByIf());
        } catch (PcapNativeException | NotOpenException | RuntimeException e) {
            return new Stats(delivered, delivered, 0, 0);
        }
    }

    public String device() {
        return device;
    }

    /** tcpdump's "listening on" line: {@code listening on eth0, link-type EN10MB (Ethernet), snapshot length …}. */
    public String listeningLine() {
        return "listening on " + device + ", link-type " + linkName + ", snapshot length " + snaplen + " bytes";
    }

    @Override
    public String format() {
        return "live";
    }

    @Override
    public int linkType() {
        return linkType;
    }

    @Override
    public List<InterfaceInfo> interfaces() {
        return List.of(iface);
    }

    @Override
    public int snaplen() {
        return snaplen;
    }

    @Override
    public void close() {
        if (finalStats == null) {
            finalStats = stats();
            handle.close();
        }
    }
}
