package org.jdissect.api.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.jdissect.api.bytes.ByteView;

/** Classic libpcap files: 24-byte header, then 16-byte record headers, microsecond or nanosecond, either order. */
final class PcapReader implements CaptureReader {
    static final long MAGIC_US = 0xa1b2c3d4L;
    static final long MAGIC_NS = 0xa1b23c4dL;
    static final long MAGIC_US_SWAPPED = 0xd4c3b2a1L;
    static final long MAGIC_NS_SWAPPED = 0x4d3cb2a1L;
    private static final int HEADER = 24;
    private static final int RECORD_HEADER = 16;

    private final ByteSource src;
    private final String name;
    private final boolean swapped;
    private final boolean nanos;
    private final int snaplen;
    private final int linkType;
    private final InterfaceInfo iface;
    private long pos = HEADER;
    private long number;

    static boolean isMagic(long m) {
        return m == MAGIC_US || m == MAGIC_NS || m == MAGIC_US_SWAPPED || m == MAGIC_NS_SWAPPED;
    }

    PcapReader(ByteSource src, String name) throws IOException {
        this.src = src;
        this.name = name;
        int n = fill(0, 0, HEADER, 0);
        if (n < HEADER) {
            throw new CaptureException(name + ": truncated pcap file header: " + n + " of 24 bytes at offset 0", 0, 0);
        }
        ByteBuffer b = src.buffer();
        int i = src.index(0);
        long magic = b.getInt(i) & 0xffffffffL;
        swapped = magic == MAGIC_US_SWAPPED || magic == MAGIC_NS_SWAPPED;
        nanos = magic == MAGIC_NS || magic == MAGIC_NS_SWAPPED;
        int major = u16(b, i + 4);
        if (major != 2) {
            throw new CaptureException(name + ": unsupported pcap version " + major + "." + u16(b, i + 6)
                    + " at offset 4", 4, 0);
        }
        snaplen = (int) Math.min(Integer.MAX_VALUE, u32(b, i + 16));
        // the upper 6 bits carry FCS information; the link type is the rest, as libpcap's LT_LINKTYPE masks it
        linkType = (int) (u32(b, i + 20) & 0x03ffffff);
        iface = new InterfaceInfo(linkType, snaplen, nanos ? 1_000_000_000L : 1_000_000L, 0, null, null);
    }

    private int u16(ByteBuffer b, int i) {
        int v = b.getShort(i) & 0xffff;
        return swapped ? Integer.reverseBytes(v) >>> 16 : v;
    }

    private long u32(ByteBuffer b, int i) {
        int v = b.getInt(i);
        return (swapped ? Integer.reverseBytes(v) : v) & 0xffffffffL;
    }

    /** The source's fill, with a failing stream (cut gzip) turned into a CaptureException naming file and packet. */
    private int fill(long recordAt, long at, int n, long num) throws IOException {
        try {
            return src.fill(at, n);
        } catch (StreamSource.StreamFailure e) {
            throw error(num, recordAt, "cannot read on: " + e.getMessage(), e.offset, e);
        }
    }

    private CaptureException error(long num, long at, String what, long offset, Throwable cause) {
        CaptureException e = new CaptureException(name + ": packet " + num + " at offset " + at + ": " + what,
                offset, num);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    @Override
    public boolean next(PacketRecord into) throws IOException {
        long at = pos;
        long num = number + 1;
        int n = fill(at, at, RECORD_HEADER, num);
        if (n == 0) {
            return false;
        }
        if (n < RECORD_HEADER) {
            throw error(num, at, "truncated capture: record header needs 16 bytes, only " + n + " remain", at, null);
        }
        ByteBuffer b = src.buffer();
        int i = src.index(at);
        long sec = u32(b, i);
        long frac = u32(b, i + 4);
        long incl = u32(b, i + 8);
        long orig = u32(b, i + 12);
        if (incl > Captures.MAX_RECORD) {
            // refused before anything is allocated or mapped for it
            throw error(num, at, "bad record: claims " + incl + " captured bytes (more than " + Captures.MAX_RECORD
                    + ")", at, null);
        }
        int len = (int) incl;
        int got = fill(at, at + RECORD_HEADER, len, num);
        if (got < len) {
            throw error(num, at, "truncated capture: record needs " + len + " bytes of data, only " + got
                    + " remain", at, null);
        }
        long nsec = nanos ? frac : frac * 1000;
        // a fraction of a second or more is carried into the seconds, as libpcap's readers do
        sec += nsec / 1_000_000_000L;
        nsec %= 1_000_000_000L;
        number = num;
        into.number = num;
        into.epochSeconds = sec;
        into.nanos = (int) nsec;
        into.capturedLength = len;
        into.originalLength = (int) Math.min(Integer.MAX_VALUE, orig);
        into.interfaceId = 0;
        into.linkType = linkType;
        into.fileOffset = at;
        into.comment = null;
        into.rawSeconds = u32(b, i);
        into.rawFraction = frac;
        into.rawFractionUnits = nanos ? 1_000_000_000L : 1_000_000L;
        into.timeDigits = nanos ? 9 : 6;
        into.fileSnaplen = snaplen;
        into.data = ByteView.of(src.buffer(), src.index(at + RECORD_HEADER), len, into.originalLength);
        pos = at + RECORD_HEADER + len;
        return true;
    }

    @Override
    public void recycleBefore(long fileOffset) {
        src.recycleBefore(fileOffset);
    }

    @Override
    public String format() {
        return nanos ? "pcap-nsec" : "pcap";
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
    public void close() throws IOException {
        src.close();
    }
}
