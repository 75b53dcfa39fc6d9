package org.jdissect.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.InterfaceInfo;
import org.jdissect.api.capture.PacketRecord;

/**
 * The records of a classic pcap file that start in [start, end): the first one found by {@link PcapLayout}'s
 * boundary search, the rest by following lengths; the last one may run past {@code end}. Frame numbers are the
 * file's own when {@code exactNumbers} (the records before {@code start} are counted), otherwise they count from 1
 * within the split and {@link #numbersExact()} says so.
 */
final class SplitPcapReader implements CaptureReader {
    private final RangeSource src;
    private final PcapLayout layout;
    private final String name;
    private final long end;
    private final boolean exact;
    private final InterfaceInfo iface;
    private long pos;
    private long number;

    SplitPcapReader(RangeSource src, String name, long start, long end, boolean exactNumbers) throws IOException {
        this.src = src;
        this.name = name;
        this.end = end;
        this.layout = PcapLayout.read(src);
        this.iface = new InterfaceInfo(layout.linkType, (int) Math.min(Integer.MAX_VALUE, layout.snaplen),
                layout.nanos ? 1_000_000_000L : 1_000_000L, 0, null, null);
        long b = layout.findBoundary(src, start, end);
        this.exact = exactNumbers || start <= PcapLayout.HEADER;
        if (start > PcapLayout.HEADER && exactNumbers) {
            long[] walked = layout.walk(src, start);
            long expected = walked[1] >= start && walked[1] < Math.min(end, src.size()) ? walked[1] : -1;
            if (expected != b) {
                throw new CaptureException(name + ": split at offset " + start + ": the record-header chain found "
                        + b + " but counting records from the file header reaches " + expected
                        + "; read this file unsplit (option splitSize=0)", start, walked[0]);
            }
            number = walked[0];
        }
        this.pos = b < 0 ? Long.MAX_VALUE : b;
    }

    boolean numbersExact() {
        return exact;
    }

    @Override
    public boolean next(PacketRecord into) throws IOException {
        if (pos >= end || pos >= src.size()) {
            checkNextSplitAgrees();
            return false;
        }
        long at = pos;
        long num = number + 1;
        if (src.fill(at, PcapLayout.RECORD_HEADER) < PcapLayout.RECORD_HEADER) {
            throw new CaptureException(name + ": packet " + num + " at offset " + at
                    + ": truncated capture: record header cut short", at, num);
        }
        ByteBuffer b = src.buffer();
        int i = src.index(at);
        long sec = get(b, i);
        long frac = get(b, i + 4);
        long incl = get(b, i + 8);
        long orig = get(b, i + 12);
        if (incl > Captures.MAX_RECORD) {
            throw new CaptureException(name + ": packet " + num + " at offset " + at + ": bad record: claims " + incl
                    + " captured bytes", at, num);
        }
        int len = (int) incl;
        if (src.fill(at, PcapLayout.RECORD_HEADER + len) < PcapLayout.RECORD_HEADER + len) {
            throw new CaptureException(name + ": packet " + num + " at offset " + at
                    + ": truncated capture: record data cut short", at, num);
        }
        long nsec = layout.nanos ? frac : frac * 1000;
        sec += nsec / 1_000_000_000L;
        nsec %= 1_000_000_000L;
        number = num;
        int origLen = (int) Math.min(Integer.MAX_VALUE, orig);
        into.set(num, sec, (int) nsec, origLen, layout.linkType,
                ByteView.of(src.buffer(), src.index(at + PcapLayout.RECORD_HEADER), len, origLen));
        pos = at + PcapLayout.RECORD_HEADER + len;
        return true;
    }

    private long get(ByteBuffer b, int i) {
        int v = b.getInt(i);
        return (layout.swapped ? Integer.reverseBytes(v) : v) & 0xffffffffL;
    }

    /**
     * The next split's reader will start where its boundary search says; this reader knows the true next record
     * (it followed lengths from a proven boundary). If they differ, rows would be lost or doubled: fail instead.
     */
    private void checkNextSplitAgrees() throws IOException {
        if (pos == Long.MAX_VALUE || pos >= src.size() || end >= src.size()) {
            return;
        }
        long theirs = layout.findBoundary(src, end, pos + 1);
        if (theirs != pos) {
            throw new CaptureException(name + ": the split starting at offset " + end + " would start reading at "
                    + theirs + " but the next record is at " + pos + "; read this file unsplit (option splitSize=0)",
                    end, number);
        }
    }

    @Override
    public String format() {
        return layout.nanos ? "pcap-nsec" : "pcap";
    }

    @Override
    public int linkType() {
        return layout.linkType;
    }

    @Override
    public List<InterfaceInfo> interfaces() {
        return List.of(iface);
    }

    @Override
    public int snaplen() {
        return iface.snaplen();
    }

    @Override
    public void close() throws IOException {
        src.close();
    }
}
