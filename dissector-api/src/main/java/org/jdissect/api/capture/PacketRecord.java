package org.jdissect.api.capture;

import org.jdissect.api.bytes.ByteView;

/**
 * One record of a capture file, as a reader delivers it. Readers refill the same instance for every packet (no
 * per-packet garbage): copy what you need before calling {@code next()} again. The {@link #data()} view stays valid
 * for a memory-mapped file until the reader is closed (or, once the caller has let the reader reuse the memory below
 * the record with {@link CaptureReader#recycleBefore}, no longer), and for a stream (gzip, stdin) until the next
 * record.
 */
public final class PacketRecord {
    long number;
    long epochSeconds;
    int nanos;
    int capturedLength;
    int originalLength;
    int interfaceId;
    int linkType;
    long fileOffset;
    ByteView data = ByteView.empty();
    String comment;
    long rawSeconds;
    long rawFraction;
    long rawFractionUnits = 1_000_000_000L;
    int timeDigits = 9;
    int fileSnaplen;

    /** 1-based frame number within the file. */
    public long number() {
        return number;
    }

    public long epochSeconds() {
        return epochSeconds;
    }

    /**
     * The seconds field exactly as the file stored it (classic pcap: unsigned 32 bits), before any fraction of a
     * second or more was carried into it. tcpdump prints from the raw fields, so fuzzed files need them.
     */
    public long rawSeconds() {
        return rawSeconds;
    }

    /** The fraction field exactly as stored: may exceed one second in fuzzed files. In {@link #rawFractionUnits()}. */
    public long rawFraction() {
        return rawFraction;
    }

    /** Units per second of {@link #rawFraction()}: 1 000 000 (microsecond pcap) or 1 000 000 000. */
    public long rawFractionUnits() {
        return rawFractionUnits;
    }

    /**
     * Decimal digits of the file's timestamp resolution (6 for microsecond pcap and the pcapng default, 9 for
     * nanoseconds): what Wireshark calls the frame's tsprec, the digits its time columns show.
     */
    public int timeDigits() {
        return timeDigits;
    }

    /** Decimal digits, at most 9, that show a fraction in units of {@code 1/unitsPerSecond} (wtap's tsprec). */
    public static int digitsFor(long unitsPerSecond) {
        int d = 0;
        for (long u = 1; u < unitsPerSecond && d < 9; u *= 10) {
            d++;
        }
        return d;
    }

    /** Nanoseconds within the second, 0..999 999 999. */
    public int nanos() {
        return nanos;
    }

    public int capturedLength() {
        return capturedLength;
    }

    public int originalLength() {
        return originalLength;
    }

    public int interfaceId() {
        return interfaceId;
    }

    /** The LINKTYPE_ value of the record's interface (pcap: the file's). */
    public int linkType() {
        return linkType;
    }

    /** Where the record starts in the (decompressed) file. */
    public long fileOffset() {
        return fileOffset;
    }

    public ByteView data() {
        return data;
    }

    /**
     * The snapshot length the classic pcap file header declares, 0 for other formats. A record may claim more captured
     * bytes than that (a fuzzed or BUFMOD-damaged file): libpcap then keeps only the first snapshot-length bytes, so
     * tcpdump sees fewer than Wireshark does.
     */
    public int fileSnaplen() {
        return fileSnaplen;
    }

    /** The packet's comment (pcapng opt_comment; several are joined by newlines), or null. */
    public String comment() {
        return comment;
    }

    /** Fills this record; for readers and tests that build packets by hand. */
    public PacketRecord set(long number, long epochSeconds, int nanos, int originalLength, int linkType,
                            ByteView data) {
        this.number = number;
        this.epochSeconds = epochSeconds;
        this.nanos = nanos;
        this.data = data;
        this.capturedLength = data.capturedLength();
        this.originalLength = originalLength;
        this.linkType = linkType;
        this.interfaceId = 0;
        this.comment = null;
        this.fileOffset = 0;
        this.rawSeconds = epochSeconds;
        this.rawFraction = nanos;
        this.rawFractionUnits = 1_000_000_000L;
        this.timeDigits = 9;
        this.fileSnaplen = 0;
        return this;
    }

    public PacketRecord copy() {
        PacketRecord r = new PacketRecord();
        r.number = number;
        r.epochSeconds = epochSeconds;
        r.nanos = nanos;
        r.capturedLength = capturedLength;
        r.originalLength = originalLength;
        r.interfaceId = interfaceId;
        r.linkType = linkType;
        r.fileOffset = fileOffset;
        r.data = ByteView.of(data.toArray());
        r.comment = comment;
        r.rawSeconds = rawSeconds;
        r.fileSnaplen = fileSnaplen;
        r.rawFraction = rawFraction;
        r.rawFractionUnits = rawFractionUnits;
        r.timeDigits = timeDigits;
        return r;
    }
}
