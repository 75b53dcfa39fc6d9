package org.jdissect.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureException;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.FrameTally;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.output.print.FieldsPrinter;
import org.jdissect.output.print.JsonPrinter;
import org.jdissect.output.print.TreePrinter;
import org.jdissect.output.TcpdumpOptions;
import org.jdissect.output.tcpdump.TcpdumpPrinter;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilter;
import org.jdissect.dsl.DisplayFilterException;

/**
 * The fuzz targets proper, shared by the Jazzer {@code @FuzzTest}s (coverage-guided, {@code JAZZER_FUZZ=1}) and the
 * seeded {@link ShortFuzzRunTest} that {@code mvn verify} runs. Each states its contract by what it lets escape:
 * anything else thrown is a finding.
 */
final class FuzzTargets {
    static final Engine ENGINE = Engine.standard();
    /** Every link type some module dissects, plus one nobody does; fuzz input byte 0 picks one. */
    static final int[] LINK_TYPES = linkTypes();
    private static final int MAX_PACKETS = 16;
    private static final String[] FIELDS = {"frame.number", "eth.src", "ip.src", "ipv6.dst", "tcp.srcport",
        "tcp.payload", "http.request.uri", "http.host", "http.user_agent", "dns.qry.name", "dns.resp.name",
        "data.data", "_ws.malformed", "frame.protocols"};

    private FuzzTargets() {
    }

    private static int[] linkTypes() {
        List<Integer> keys = new ArrayList<>(ENGINE.table(Engine.LINK_TABLE).entries().keySet());
        keys.sort(null);
        keys.add(0xfffe);
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---------------------------------------------------------------- capture readers

    /** A capture from a stream (stdin, gzip): only {@link CaptureException}/{@link IOException} may escape. */
    static int readStream(byte[] data) {
        try (CaptureReader r = Captures.open(new ByteArrayInputStream(data), "fuzz")) {
            return drain(r);
        } catch (IOException expected) {
            return -1;
        }
    }

    /** The same bytes gzip-compressed, so that the gunzip path sees every capture layout. */
    static int readGzipped(byte[] data) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readStream(bos.toByteArray());
    }

    /**
     * A capture from a file, read by the windowed reader, and counted by {@link Captures#tally} on three threads,
     * whose count must be the reader's, or empty where the reader stops on an error or the file is no plain pcap.
     */
    static int readMapped(byte[] data) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("jdissect-fuzz", ".cap");
            Files.write(tmp, data);
            int n;
            FrameTally read = null;
            try (CaptureReader r = Captures.open(tmp)) {
                n = drain(r);
            } catch (IOException expected) {
                n = -1;
            }
            if (n >= 0) {
                read = count(tmp);
            }
            Optional<FrameTally> tally = Captures.tally(tmp, 3);
            boolean pcap = read != null && pcapMagic(data);
            if (tally.isPresent() && !(pcap && tally.get().equals(read))) {
                throw new AssertionError("tally " + tally.get() + " where the reader read " + read);
            }
            if (tally.isEmpty() && pcap) {
                throw new AssertionError("no tally of a pcap file the reader read whole: " + read);
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("test harness: temp file", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the next run creates another
                }
            }
        }
    }

    private static boolean pcapMagic(byte[] data) {
        if (data.length < 4) {
            return false;
        }
        int m = ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
        return m == 0xa1b2c3d4 || m == 0xd4c3b2a1 || m == 0xa1b23c4d || m == 0x4d3cb2a1;
    }

    /** The reader's frames and captured bytes of a file it reads without error. */
    private static FrameTally count(Path file) throws IOException {
        long frames = 0;
        long bytes = 0;
        try (CaptureReader r = Captures.open(file)) {
            PacketRecord rec = new PacketRecord();
            while (r.next(rec)) {
                frames++;
                bytes += rec.capturedLength();
            }
        }
        return new FrameTally(frames, bytes);
    }

    private static int drain(CaptureReader r) throws IOException {
        PacketRecord rec = new PacketRecord();
        int n = 0;
        long sum = 0;
        while (r.next(rec)) {
            ByteView v = rec.data();
            if (v.capturedLength() != rec.capturedLength()) {
                throw new AssertionError("record view disagrees with its captured length");
            }
            // touch every byte: a view past its mapping would throw here
            for (int i = 0; i < v.capturedLength(); i++) {
                sum += v.u8(i);
            }
            r.interfaces();
            n++;
        }
        return n + (int) (sum & 1);
    }

    // ---------------------------------------------------------------- dissection and printers

    /**
     * Input: byte 0 picks the link type, byte 1 the printer options and length lies, then packets as
     * {@code [u16 length][bytes]}, dissected in one {@link Dissection} so stream state is fuzzed too. Nothing may
     * escape {@link Dissection#dissect}, nor any printer.
     */
    static void dissect(byte[] data) {
        if (data.length < 2) {
            return;
        }
        int linkType = LINK_TYPES[(data[0] & 0xff) % LINK_TYPES.length];
        int flags = data[1] & 0xff;
        Dissection d = ENGINE.newDissection();
        StringBuilder text = new StringBuilder();
        StringWriter json = new StringWriter();
        try {
            TreePrinter tree = new TreePrinter(text);
            JsonPrinter js = new JsonPrinter(json);
            FieldsPrinter fields = new FieldsPrinter(text, ENGINE.registry(), List.of(FIELDS),
                    org.jdissect.output.FieldsOptions.defaults());
            TcpdumpOptions o = new TcpdumpOptions(flags & 3, (flags & 4) != 0, (flags >> 3) & 3,
                    (flags & 0x20) != 0 ? 1 : 0, (flags & 0x40) != 0 ? 2 : 0, 0, 0, 0, false, false, false, false,
                    ZoneId.of("UTC"), (flags & 0x80) != 0, false);
            TcpdumpPrinter tcpdump = new TcpdumpPrinter(text, o);
            PacketRecord rec = new PacketRecord();
            int at = 2;
            for (int n = 1; n <= MAX_PACKETS && at + 2 <= data.length; n++) {
                int len = Math.min(((data[at] & 0xff) << 8 | (data[at + 1] & 0xff)), data.length - at - 2);
                byte[] pkt = java.util.Arrays.copyOfRange(data, at + 2, at + 2 + len);
                at += 2 + len;
                // a lying record: more on the wire than captured (snaplen), sometimes absurdly more
                int reported = switch ((flags >> 5) & 3) {
                    case 1 -> len + (n * 37);
                    case 2 -> len + 65535;
                    default -> len;
                };
                rec.set(n, 1_700_000_000L + n, n * 1000, reported, linkType, ByteView.of(pkt));
                PacketContext ctx = d.dissect(rec);
                tree.packet(ctx);
                js.packet(ctx);
                fields.packet(ctx);
                tcpdump.packet(ctx);
                if (text.length() > 1 << 20) {
                    text.setLength(0);
                }
            }
            js.finish();
            tcpdump.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("printing to memory cannot fail", e);
        }
    }

    // ---------------------------------------------------------------- filters

    private static List<Dissection> filterTrees;

    /** Trees from real packets, one dissection each so every tree stays valid. */
    static synchronized List<Dissection> filterTrees(List<Path> captures) {
        if (filterTrees == null) {
            List<Dissection> trees = new ArrayList<>();
            for (Path f : captures) {
                try (CaptureReader r = Captures.open(f)) {
                    PacketRecord rec = new PacketRecord();
                    Dissection state = ENGINE.newDissection();
                    for (int n = 0; n < 6 && r.next(rec); n++) {
                        state.dissect(rec);
                        Dissection one = ENGINE.newDissection();
                        one.dissect(rec.copy());
                        trees.add(one);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            filterTrees = trees;
        }
        return filterTrees;
    }

    /** A filter from arbitrary text: only {@link DisplayFilterException} may escape compile; evaluation never throws. */
    static void filter(byte[] data, List<Dissection> trees) {
        String text = new String(data, StandardCharsets.UTF_8);
        CompiledFilter f;
        try {
            f = DisplayFilter.compile(text, ENGINE.registry());
        } catch (DisplayFilterException expected) {
            String rendered = expected.render();
            if (rendered == null || rendered.isEmpty()) {
                throw new AssertionError("filter error renders as nothing");
            }
            return;
        }
        for (Dissection d : trees) {
            f.test(d.tree());
        }
    }
}
