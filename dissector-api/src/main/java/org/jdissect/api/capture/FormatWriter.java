package org.jdissect.api.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte layout of the written formats, onto any stream. Little-endian throughout, as tcpdump writes on x86;
 * readers of either format handle both orders. A header is written before the first record (so pcap can take its
 * link type from that record) or at the end when there is none.
 */
abstract class FormatWriter {
    /** tcpdump's default snapshot length, used when the source does not say. */
    static final int DEFAULT_SNAPLEN = 262144;

    final OutputStream out;
    final int snaplen;
    final int linkTypeHint;
    private final ByteBuffer buf = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    private byte[] copy = new byte[2048];
    long packets;
    long bytes;
    boolean headerDone;

    FormatWriter(OutputStream out, int snaplen, int linkTypeHint) {
        this.out = out;
        this.snaplen = snaplen > 0 ? snaplen : DEFAULT_SNAPLEN;
        this.linkTypeHint = linkTypeHint;
    }

    static FormatWriter of(CaptureFormat f, OutputStream out, int snaplen, int linkTypeHint,
                           List<InterfaceInfo> interfaces) {
        return switch (f) {
            case PCAP -> new Pcap(out, snaplen, linkTypeHint, false);
            case PCAP_NSEC -> new Pcap(out, snaplen, linkTypeHint, true);
            case PCAPNG -> new Pcapng(out, snaplen, linkTypeHint, interfaces);
        };
    }

    abstract void header(int linkType) throws IOException;

    abstract void record(PacketRecord r) throws IOException;

    final void write(PacketRecord r) throws IOException {
        if (!headerDone) {
            header(r.linkType());
            headerDone = true;
        }
        record(r);
        packets++;
    }

    final void finish() throws IOException {
        if (!headerDone) {
            header(linkTypeHint >= 0 ? linkTypeHint : LinkType.ETHERNET);
            headerDone = true;
        }
        out.flush();
    }

    ByteBuffer buf() {
        return buf.clear();
    }

    void emit(ByteBuffer b) throws IOException {
        out.write(b.array(), 0, b.position());
        bytes += b.position();
    }

    void emitData(PacketRecord r) throws IOException {
        int n = r.capturedLength();
        if (copy.length < n) {
            copy = new byte[Math.max(n, copy.length * 2)];
        }
        r.data().copyTo(0, copy, 0, n);
        out.write(copy, 0, n);
        bytes += n;
    }

    void pad(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            out.write(0);
        }
        bytes += n;
    }

    /** Classic pcap: 24-byte header, 16-byte record headers. */
    static final class Pcap extends FormatWriter {
        private final boolean nanos;
        private int linkType;

        Pcap(OutputStream out, int snaplen, int linkTypeHint, boolean nanos) {
            super(out, snaplen, linkTypeHint);
            this.nanos = nanos;
        }

        @Override
        void header(int lt) throws IOException {
            linkType = lt;
            ByteBuffer b = buf();
            b.putInt((int) (nanos ? PcapReader.MAGIC_NS : PcapReader.MAGIC_US));
            b.putShort((short) 2).putShort((short) 4);
            b.putInt(0).putInt(0);
            b.putInt(snaplen);
            b.putInt(lt);
            emit(b);
        }

        @Override
        void record(PacketRecord r) throws IOException {
            if (r.linkType() != linkType) {
                throw new IOException("a pcap file holds one link type: packet " + r.number() + " has link type "
                        + r.linkType() + " but the file has " + linkType + " (write pcapng instead: -F pcapng)");
            }
            long sec = r.epochSeconds();
            if (sec < 0 || sec > 0xffffffffL) {
                throw new IOException("packet " + r.number() + ": timestamp " + sec + " does not fit in pcap's"
                        + " 32-bit seconds (write pcapng instead: -F pcapng)");
            }
            ByteBuffer b = buf();
            b.putInt((int) sec);
            b.putInt(nanos ? r.nanos() : r.nanos() / 1000);
            b.putInt(r.capturedLength());
            b.putInt(r.originalLength());
            emit(b);
            emitData(r);
        }
    }

    /**
     * pcapng: a section header, then an interface description block the first time each source interface is met
     * (keyed by its id and link type), then enhanced packet blocks with nanosecond timestamps.
     */
    static final class Pcapng extends FormatWriter {
        private static final int IDB = 1;
        private static final int EPB = 6;
        private final List<InterfaceInfo> interfaces;
        private final Map<Long, Integer> ids = new HashMap<>();

        Pcapng(OutputStream out, int snaplen, int linkTypeHint, List<InterfaceInfo> interfaces) {
            super(out, snaplen, linkTypeHint);
            this.interfaces = interfaces == null ? List.of() : interfaces;
        }

        @Override
        void header(int linkType) throws IOException {
            byte[] app = "jdissect".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int optLen = 4 + pad4(app.length) + 4;
            int len = 28 + optLen;
            ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt((int) PcapngReader.SHB_TYPE).putInt(len).putInt(0x1A2B3C4D);
            b.putShort((short) 1).putShort((short) 0);
            b.putLong(-1L); // section length not given
            b.putShort((short) 4).putShort((short) app.length).put(app); // shb_userappl
            b.position(b.position() + pad4(app.length) - app.length);
            b.putInt(0); // opt_endofopt
            b.putInt(len);
            emit(b);
        }

        private int outInterface(PacketRecord r) throws IOException {
            long key = ((long) r.interfaceId() << 32) | (r.linkType() & 0xffffffffL);
            Integer id = ids.get(key);
            if (id != null) {
                return id;
            }
            InterfaceInfo info = r.interfaceId() < interfaces.size() ? interfaces.get(r.interfaceId()) : null;
            if (info != null && info.linkType() != r.linkType()) {
                info = null;
            }
            byte[] name = info == null || info.name() == null ? null
                    : info.name().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] descr = info == null || info.description() == null ? null
                    : info.description().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int optLen = 4 + 4 + (name == null ? 0 : 4 + pad4(name.length))
                    + (descr == null ? 0 : 4 + pad4(descr.length)) + 4;
            int len = 20 + optLen;
            ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(IDB).putInt(len);
            b.putShort((short) r.linkType()).putShort((short) 0);
            b.putInt(info != null && info.snaplen() > 0 ? info.snaplen() : snaplen);
            if (name != null) {
                putOption(b, 2, name);
            }
            if (descr != null) {
                putOption(b, 3, descr);
            }
            b.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]); // if_tsresol: nanoseconds
            b.putInt(0);
            b.putInt(len);
            emit(b);
            int n = ids.size();
            ids.put(key, n);
            return n;
        }

        private static void putOption(ByteBuffer b, int code, byte[] v) {
            b.putShort((short) code).putShort((short) v.length).put(v);
            b.position(b.position() + pad4(v.length) - v.length);
        }

        @Override
        void record(PacketRecord r) throws IOException {
            int iface = outInterface(r);
            int cap = r.capturedLength();
            byte[] comment = r.comment() == null ? null
                    : r.comment().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (comment != null && comment.length > 0xffff) {
                comment = java.util.Arrays.copyOf(comment, 0xffff);
            }
            int optLen = comment == null ? 0 : 4 + pad4(comment.length) + 4;
            int len = 32 + pad4(cap) + optLen;
            long ts = r.epochSeconds() * 1_000_000_000L + r.nanos();
            ByteBuffer b = buf();
            b.putInt(EPB).putInt(len).putInt(iface);
            b.putInt((int) (ts >>> 32)).putInt((int) ts);
            b.putInt(cap).putInt(r.originalLength());
            emit(b);
            emitData(r);
            pad(pad4(cap) - cap);
            if (comment != null) {
                ByteBuffer o = ByteBuffer.allocate(optLen).order(ByteOrder.LITTLE_ENDIAN);
                putOption(o, 1, comment);
                o.putInt(0);
                emit(o);
            }
            b = buf();
            b.putInt(len);
            emit(b);
        }

        private static int pad4(int n) {
            return (n + 3) & ~3;
        }
    }
}
