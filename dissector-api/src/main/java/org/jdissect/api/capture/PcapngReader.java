package org.jdissect.api.capture;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdissect.api.bytes.ByteView;

/**
 * pcapng (draft-ietf-opsawg-pcapng): sections in either byte order, interfaces with their own link type, snaplen,
 * {@code if_tsresol} and {@code if_tsoffset}; enhanced, simple and obsolete packet blocks; other blocks skipped.
 */
final class PcapngReader implements CaptureReader {
    static final long SHB_TYPE = 0x0A0D0D0AL;
    private static final int IDB = 1;
    private static final int OPB = 2;
    private static final int SPB = 3;
    private static final int EPB = 6;
    private static final int BOM = 0x1A2B3C4D;
    /** Blocks other than packets (say a name-resolution block) may be larger, but not absurdly so. */
    private static final int MAX_BLOCK = 16 * 1024 * 1024;

    private final ByteSource src;
    private final String name;
    private boolean swapped;
    private final List<InterfaceInfo> interfaces = new ArrayList<>();
    /** Index in {@link #interfaces} where the current section's interfaces begin (ids restart per section). */
    private int sectionBase;
    private long pos;
    private long number;

    PcapngReader(ByteSource src, String name) throws IOException {
        this.src = src;
        this.name = name;
        readSectionHeader(0);
        // read the blocks before the first packet (interfaces above all), so that linkType(), snaplen() and
        // interfaces() answer before next(); a packet block is only looked at, not consumed
        readBlocks(null);
    }

    private int u16(ByteBuffer b, int i) {
        int v = b.getShort(i) & 0xffff;
        return swapped ? Integer.reverseBytes(v) >>> 16 : v;
    }

    private long u32(ByteBuffer b, int i) {
        int v = b.getInt(i);
        return (swapped ? Integer.reverseBytes(v) : v) & 0xffffffffL;
    }

    private long u64(ByteBuffer b, int i) {
        long v = b.getLong(i);
        return swapped ? Long.reverseBytes(v) : v;
    }

    /** An error in the block at {@code at}, while the packet after the last delivered one was being looked for. */
    private CaptureException error(String what, long at) {
        long num = number + 1;
        return new CaptureException(name + ": packet " + num + " at offset " + at + ": " + what, at, num);
    }

    /** The source's fill, with a failing stream (cut gzip) turned into a CaptureException naming file and packet. */
    private int fill(long at, int n) throws IOException {
        try {
            return src.fill(at, n);
        } catch (StreamSource.StreamFailure e) {
            long num = number + 1;
            CaptureException c = new CaptureException(name + ": packet " + num + " at offset " + at
                    + ": cannot read on: " + e.getMessage(), e.offset, num);
            c.initCause(e);
            throw c;
        }
    }

    private void readSectionHeader(long at) throws IOException {
        int n = fill(at, 28);
        if (n < 28) {
            throw error("truncated pcapng section header: " + n + " of 28 bytes", at);
        }
        ByteBuffer b = src.buffer();
        int i = src.index(at);
        int bom = b.getInt(i + 8);
        if (bom == BOM) {
            swapped = false;
        } else if (bom == Integer.reverseBytes(BOM)) {
            swapped = true;
        } else {
            throw error("bad pcapng byte-order magic 0x" + String.format("%08x", bom) + " at offset " + (at + 8),
                    at);
        }
        long len = u32(b, i + 4);
        int major = u16(b, i + 12);
        if (major != 1) {
            throw error("unsupported pcapng version " + major + "." + u16(b, i + 14), at);
        }
        if (len < 28) {
            throw error("bad pcapng section header block length " + len + " (less than 28)", at);
        }
        readBlock(at, len);
        sectionBase = interfaces.size();
        pos = at + len;
    }

    private void checkLength(long len, long at) throws CaptureException {
        if (len < 12 || len % 4 != 0 || len > MAX_BLOCK) {
            throw error("bad pcapng block length " + len + (len < 12 ? " (less than 12)" : len % 4 != 0
                    ? " (not a multiple of 4)" : " (more than " + MAX_BLOCK + ")"), at);
        }
    }

    /** Makes the whole block at {@code at} readable and checks its trailing length against the leading one. */
    private void readBlock(long at, long len) throws IOException {
        checkLength(len, at);
        int got = fill(at, (int) len);
        if (got < len) {
            throw error("truncated capture: block of " + len + " bytes, only " + got + " remain", at);
        }
        long trailer = u32(src.buffer(), src.index(at) + (int) len - 4);
        if (trailer != len) {
            throw error("bad pcapng block: leading length " + len + " but trailing length " + trailer, at);
        }
    }

    @Override
    public boolean next(PacketRecord into) throws IOException {
        return readBlocks(into);
    }

    /**
     * Reads blocks from {@link #pos} until a packet block: fills {@code into} with it and returns true, or, when
     * {@code into} is null, stops in front of it (not consumed). False at the end of the file.
     */
    private boolean readBlocks(PacketRecord into) throws IOException {
        while (true) {
            long at = pos;
            int n = fill(at, 8);
            if (n == 0) {
                return false;
            }
            if (n < 8) {
                throw error("truncated capture: block header needs 8 bytes, only " + n + " remain", at);
            }
            ByteBuffer b = src.buffer();
            int i = src.index(at);
            long rawType = b.getInt(i) & 0xffffffffL;
            if (rawType == SHB_TYPE) {
                readSectionHeader(at);
                continue;
            }
            long type = u32(b, i);
            long len = u32(b, i + 4);
            boolean packet = type == EPB || type == OPB || type == SPB;
            if (packet && into == null) {
                return true;
            }
            readBlock(at, len);
            b = src.buffer();
            i = src.index(at);
            if (type == IDB) {
                readInterface(b, i, (int) len, at);
            } else if (packet) {
                fillPacket(into, b, i, (int) len, (int) type, at);
                pos = at + len;
                return true;
            }
            // any other block (statistics, name resolution, custom…) carries no packet: skip it
            pos = at + len;
        }
    }

    private void readInterface(ByteBuffer b, int i, int len, long at) throws CaptureException {
        if (len < 20) {
            throw error("bad pcapng interface block length " + len, at + 4);
        }
        int linkType = u16(b, i + 8);
        int snaplen = (int) Math.min(Integer.MAX_VALUE, u32(b, i + 12));
        long units = 1_000_000L;
        long tsOffset = 0;
        String ifName = null;
        String ifDescr = null;
        int o = i + 16;
        int end = i + len - 4;
        while (o + 4 <= end) {
            int code = u16(b, o);
            int olen = u16(b, o + 2);
            int v = o + 4;
            if (code == 0 || v + olen > end) {
                break;
            }
            switch (code) {
                case 2 -> ifName = string(b, v, olen);
                case 3 -> ifDescr = string(b, v, olen);
                case 9 -> {
                    if (olen >= 1) {
                        int r = b.get(v) & 0xff;
                        units = (r & 0x80) != 0 ? (r & 0x7f) >= 63 ? Long.MAX_VALUE : 1L << (r & 0x7f)
                                : r > 18 ? Long.MAX_VALUE : pow10(r);
                    }
                }
                case 14 -> {
                    if (olen >= 8) {
                        tsOffset = u64(b, v);
                    }
                }
                default -> { }
            }
            o = v + ((olen + 3) & ~3);
        }
        interfaces.add(new InterfaceInfo(linkType, snaplen, units, tsOffset, ifName, ifDescr));
    }

    private static long pow10(int r) {
        long v = 1;
        for (int k = 0; k < r; k++) {
            v *= 10;
        }
        return v;
    }

    private static String string(ByteBuffer b, int at, int len) {
        byte[] s = new byte[len];
        b.get(at, s, 0, len);
        int n = len;
        while (n > 0 && s[n - 1] == 0) {
            n--;
        }
        return new String(s, 0, n, StandardCharsets.UTF_8);
    }

    private void fillPacket(PacketRecord into, ByteBuffer b, int i, int len, int type, long at)
            throws CaptureException {
        long num = number + 1;
        int sectionIfaces = interfaces.size() - sectionBase;
        int ifId;
        boolean hasTs;
        long ts;
        int capLen;
        long origLen;
        int dataAt;
        if (type == SPB) {
            if (len < 16) {
                throw error("bad pcapng simple packet block length " + len + " (less than 16)", at);
            }
            ifId = 0;
            hasTs = false;
            ts = 0;
            origLen = u32(b, i + 8);
            dataAt = i + 12;
            // an SPB does not say how much was captured: the packet, cut to the block and to interface 0's snaplen
            long snap = sectionIfaces > 0 ? interfaces.get(sectionBase).snaplen() : 0;
            long cap = Math.min(origLen, len - 16);
            if (snap > 0) {
                cap = Math.min(cap, snap);
            }
            capLen = (int) cap;
        } else {
            if (len < 32) {
                throw error("bad pcapng packet block length " + len + " (less than 32)", at);
            }
            if (type == EPB) {
                ifId = (int) Math.min(Integer.MAX_VALUE, u32(b, i + 8));
            } else {
                ifId = u16(b, i + 8);
            }
            hasTs = true;
            ts = (u32(b, i + 12) << 32) | u32(b, i + 16);
            long cl = u32(b, i + 20);
            origLen = u32(b, i + 24);
            dataAt = i + 28;
            if (cl > len - 32) {
                throw error("bad pcapng packet block: claims " + cl + " captured bytes in a block of " + len, at);
            }
            capLen = (int) cl;
        }
        if (capLen > Captures.MAX_RECORD) {
            throw error("bad record: claims " + capLen + " captured bytes (more than " + Captures.MAX_RECORD + ")",
                    at);
        }
        if (ifId >= sectionIfaces) {
            throw error("packet block names interface " + ifId + " but the section has " + sectionIfaces, at);
        }
        InterfaceInfo iface = interfaces.get(sectionBase + ifId);
        String comment = null;
        if (type != SPB) {
            int o = dataAt + ((capLen + 3) & ~3);
            int end = i + len - 4;
            StringBuilder comments = null;
            while (o + 4 <= end) {
                int code = u16(b, o);
                int olen = u16(b, o + 2);
                int v = o + 4;
                if (code == 0 || v + olen > end) {
                    break;
                }
                if (code == 1) {
                    comments = comments == null ? new StringBuilder() : comments.append('\n');
                    comments.append(string(b, v, olen));
                }
                o = v + ((olen + 3) & ~3);
            }
            comment = comments == null ? null : comments.toString();
        }
        long sec;
        long nsec;
        if (!hasTs) {
            // a simple packet block has no timestamp: Wireshark shows the epoch
            sec = 0;
            nsec = 0;
        } else {
            long units = iface.tsUnitsPerSec();
            sec = Long.divideUnsigned(ts, units);
            long frac = Long.remainderUnsigned(ts, units);
            nsec = units <= 9_000_000_000L ? frac * 1_000_000_000L / units
                    : BigInteger.valueOf(frac).multiply(BigInteger.valueOf(1_000_000_000L))
                            .divide(BigInteger.valueOf(units)).longValue();
            sec += iface.tsOffset();
        }
        number = num;
        into.number = num;
        into.epochSeconds = sec;
        into.nanos = (int) nsec;
        into.capturedLength = capLen;
        into.originalLength = (int) Math.min(Integer.MAX_VALUE, origLen);
        into.interfaceId = ifId;
        into.linkType = iface.linkType();
        into.fileOffset = at;
        into.comment = comment;
        into.rawSeconds = sec;
        into.rawFraction = nsec;
        into.rawFractionUnits = 1_000_000_000L;
        into.timeDigits = PacketRecord.digitsFor(iface.tsUnitsPerSec());
        into.fileSnaplen = 0;
        into.data = ByteView.of(b, dataAt, capLen, into.originalLength);
    }

    @Override
    public void recycleBefore(long fileOffset) {
        src.recycleBefore(fileOffset);
    }

    @Override
    public String format() {
        return "pcapng";
    }

    /** The first interface's link type; -1 if no interface block comes before the first packet. */
    @Override
    public int linkType() {
        return interfaces.isEmpty() ? -1 : interfaces.get(0).linkType();
    }

    @Override
    public List<InterfaceInfo> interfaces() {
        return Collections.unmodifiableList(interfaces);
    }

    @Override
    public int snaplen() {
        return interfaces.isEmpty() ? 0 : interfaces.get(0).snaplen();
    }

    @Override
    public void close() throws IOException {
        src.close();
    }
}
