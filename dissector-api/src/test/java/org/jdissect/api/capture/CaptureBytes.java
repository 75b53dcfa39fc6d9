package org.jdissect.api.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test-only writer: builds pcap and pcapng files in memory, in either byte order, to feed the readers. */
final class CaptureBytes {
    private CaptureBytes() {
    }

    /** One packet as a test wants it written: timestamp parts in the file's units, original length, bytes. */
    record Pkt(long sec, long frac, int origLen, byte[] data) {
        static Pkt of(long sec, long frac, byte[] data) {
            return new Pkt(sec, frac, data.length, data);
        }
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            b[k] = (byte) (seed * 31 + k * 7);
        }
        return b;
    }

    // ---------------------------------------------------------------- pcap

    static final class Pcap {
        private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
        private final ByteOrder order;

        Pcap(ByteOrder order, boolean nanos, int linkType, int snaplen) {
            this.order = order;
            ByteBuffer h = ByteBuffer.allocate(24).order(order);
            h.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                    .putInt(snaplen).putInt(linkType);
            sink.writeBytes(h.array());
        }

        Pcap packet(Pkt p) {
            return record(p.sec(), p.frac(), p.data().length, p.origLen(), p.data());
        }

        /** A record with any header values, the data as given (may disagree with inclLen on purpose). */
        Pcap record(long sec, long frac, long inclLen, long origLen, byte[] data) {
            ByteBuffer h = ByteBuffer.allocate(16).order(order);
            h.putInt((int) sec).putInt((int) frac).putInt((int) inclLen).putInt((int) origLen);
            sink.writeBytes(h.array());
            sink.writeBytes(data);
            return this;
        }

        Pcap raw(byte[] b) {
            sink.writeBytes(b);
            return this;
        }

        byte[] bytes() {
            return sink.toByteArray();
        }
    }

    static byte[] pcap(ByteOrder order, boolean nanos, int linkType, List<Pkt> pkts) {
        Pcap p = new Pcap(order, nanos, linkType, 262144);
        pkts.forEach(p::packet);
        return p.bytes();
    }

    // ---------------------------------------------------------------- pcapng

    /** An option: code and value bytes (padding is added when written). */
    record Opt(int code, byte[] value) {
        static Opt comment(String s) {
            return new Opt(1, s.getBytes(StandardCharsets.UTF_8));
        }

        static Opt tsresol(int r) {
            return new Opt(9, new byte[] {(byte) r});
        }

        static Opt string(int code, String s) {
            return new Opt(code, s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final class Pcapng {
        private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
        private ByteOrder order;

        Pcapng(ByteOrder order) {
            this.order = order;
            shb(order);
        }

        /** Starts a new section, possibly in another byte order. */
        Pcapng shb(ByteOrder newOrder) {
            order = newOrder;
            ByteBuffer body = buf(16);
            body.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
            return block(0x0A0D0D0A, body.array());
        }

        Pcapng idb(int linkType, int snaplen, Opt... opts) {
            ByteBuffer body = buf(8);
            body.putShort((short) linkType).putShort((short) 0).putInt(snaplen);
            return block(1, concat(body.array(), options(opts)));
        }

        static Opt tsoffset(ByteOrder order, long seconds) {
            return new Opt(14, ByteBuffer.allocate(8).order(order).putLong(seconds).array());
        }

        Opt tsoffset(long seconds) {
            return tsoffset(order, seconds);
        }

        Pcapng epb(int ifId, long ts, byte[] data, Opt... opts) {
            return epb(ifId, ts, data.length, data.length, data, opts);
        }

        Pcapng epb(int ifId, long ts, long capLen, long origLen, byte[] data, Opt... opts) {
            ByteBuffer body = buf(20);
            body.putInt(ifId).putInt((int) (ts >>> 32)).putInt((int) ts).putInt((int) capLen).putInt((int) origLen);
            return block(6, concat(body.array(), pad(data), options(opts)));
        }

        /** Obsolete packet block (type 2): 16-bit interface id and drops count. */
        Pcapng opb(int ifId, long ts, byte[] data, Opt... opts) {
            ByteBuffer body = buf(20);
            body.putShort((short) ifId).putShort((short) 0).putInt((int) (ts >>> 32)).putInt((int) ts)
                    .putInt(data.length).putInt(data.length);
            return block(2, concat(body.array(), pad(data), options(opts)));
        }

        Pcapng spb(int origLen, byte[] data) {
            ByteBuffer body = buf(4);
            body.putInt(origLen);
            return block(3, concat(body.array(), pad(data)));
        }

        /** A well-formed block of any type; the body is padded to 4 bytes. */
        Pcapng block(int type, byte[] body) {
            byte[] b = pad(body);
            int len = 12 + b.length;
            return rawBlock(type, len, b, len);
        }

        /** A block with whatever lengths a test wants, the body written as given. */
        Pcapng rawBlock(int type, long leading, byte[] body, long trailing) {
            ByteBuffer h = buf(8);
            h.putInt(type).putInt((int) leading);
            sink.writeBytes(h.array());
            sink.writeBytes(body);
            sink.writeBytes(buf(4).putInt((int) trailing).array());
            return this;
        }

        Pcapng raw(byte[] b) {
            sink.writeBytes(b);
            return this;
        }

        ByteOrder order() {
            return order;
        }

        int size() {
            return sink.size();
        }

        byte[] bytes() {
            return sink.toByteArray();
        }

        private ByteBuffer buf(int n) {
            return ByteBuffer.allocate(n).order(order);
        }

        private byte[] options(Opt... opts) {
            if (opts.length == 0) {
                return new byte[0];
            }
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            for (Opt opt : opts) {
                o.writeBytes(buf(4).putShort((short) opt.code()).putShort((short) opt.value().length).array());
                o.writeBytes(pad(opt.value()));
            }
            o.writeBytes(buf(4).array()); // opt_endofopt
            return o.toByteArray();
        }
    }

    static byte[] pad(byte[] b) {
        return Arrays.copyOf(b, (b.length + 3) & ~3);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(o)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return o.toByteArray();
    }

    static Path write(Path dir, String name, byte[] b) {
        try {
            return Files.write(dir.resolve(name), b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- reading back

    /** What a reader delivered for one packet, copied out of the reused record. */
    record Frame(long number, long sec, int nanos, int capLen, int origLen, int ifId, int linkType, long offset,
                 String comment, byte[] data) {
        static Frame of(PacketRecord r) {
            return new Frame(r.number(), r.epochSeconds(), r.nanos(), r.capturedLength(), r.originalLength(),
                    r.interfaceId(), r.linkType(), r.fileOffset(), r.comment(), r.data().toArray());
        }

        /** Everything but the file offset, which differs between formats of the same packets. */
        String content() {
            return number + " " + sec + "." + nanos + " " + capLen + "/" + origLen + " if" + ifId + " lt" + linkType
                    + " " + comment + " " + Arrays.toString(data);
        }
    }

    static List<Frame> readAll(CaptureReader r) throws IOException {
        List<Frame> out = new ArrayList<>();
        PacketRecord p = new PacketRecord();
        while (r.next(p)) {
            out.add(Frame.of(p));
        }
        return out;
    }

    static List<Frame> readAll(Path path) throws IOException {
        try (CaptureReader r = Captures.open(path)) {
            return readAll(r);
        }
    }

    /** Reads until the reader throws; returns the frames delivered before and the exception (null if none). */
    record Outcome(List<Frame> frames, CaptureException error) {
    }

    static Outcome readUntilError(Path path) throws IOException {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = Captures.open(path)) {
            PacketRecord p = new PacketRecord();
            while (r.next(p)) {
                out.add(Frame.of(p));
            }
        } catch (CaptureException e) {
            return new Outcome(out, e);
        }
        return new Outcome(out, null);
    }
}
