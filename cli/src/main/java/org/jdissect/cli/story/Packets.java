package org.jdissect.cli.story;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.Captures;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Dissection;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.cli.EngineOptions;
import org.jdissect.dissectors.frame.FrameModule;
import org.jdissect.dsl.CompiledFilter;

/** Reads a capture through the engine and hands each dissected packet (or its TCP facts) to a visitor. */
public final class Packets {
    private Packets() {
    }

    /** Sees each dissected packet; the tree is only valid during the call. */
    public interface Visitor {
        void packet(PacketContext ctx) throws IOException;
    }

    /** Dissects every packet of {@code file} ("-" for standard input) in order. */
    public static void walk(Engine engine, String file, Visitor v) throws IOException {
        walk(engine, file, v, null);
    }

    /**
     * As {@link #walk(Engine, String, Visitor)}; the limits the capture reached, if any, are reported on
     * {@code notes} (may be null) at the end, even when reading failed.
     */
    public static void walk(Engine engine, String file, Visitor v, PrintWriter notes) throws IOException {
        Dissection d = engine.newDissection();
        try (CaptureReader reader = "-".equals(file) ? Captures.open(System.in, "standard input", engine.limits())
                : Captures.open(Path.of(file), Captures.ReadMode.WINDOWED, engine.limits())) {
            FrameModule.captureFile(d.session(), reader);
            PacketRecord rec = new PacketRecord();
            while (reader.next(rec)) {
                v.packet(d.dissect(rec));
            }
        } finally {
            if (notes != null) {
                EngineOptions.reportLimits(notes, d.limitHits(), engine.limits());
            }
        }
    }

    /** The TCP packets of {@code file} that {@code filter} (may be null) matches, as facts. */
    public static List<Pkt> tcp(Engine engine, String file, CompiledFilter filter, boolean payloads)
            throws IOException {
        return tcp(engine, file, filter, payloads, null);
    }

    /** As {@link #tcp(Engine, String, CompiledFilter, boolean)}, reporting reached limits on {@code notes}. */
    public static List<Pkt> tcp(Engine engine, String file, CompiledFilter filter, boolean payloads,
                                PrintWriter notes) throws IOException {
        List<Pkt> out = new ArrayList<>();
        walk(engine, file, ctx -> {
            if (filter != null && !filter.test(ctx.tree())) {
                return;
            }
            Pkt p = facts(ctx, payloads);
            if (p != null) {
                out.add(p);
            }
        }, notes);
        return out;
    }

    /** The TCP facts of the current packet, or null when it has no (outermost) TCP header. */
    public static Pkt facts(PacketContext ctx, boolean payloads) {
        ProtoTree t = ctx.tree();
        ProtoNode stream = t.find("tcp.stream");
        if (stream == null) {
            return null;
        }
        boolean v6 = false;
        ProtoNode src = t.find("ip.src");
        ProtoNode dst = t.find("ip.dst");
        int ttl;
        int id = -1;
        boolean df = false;
        if (src == null) {
            src = t.find("ipv6.src");
            dst = t.find("ipv6.dst");
            v6 = true;
            ttl = (int) num(t, "ipv6.hlim", 0);
        } else {
            ttl = (int) num(t, "ip.ttl", 0);
            id = (int) num(t, "ip.id", -1);
            df = num(t, "ip.flags.df", 0) != 0;
        }
        if (src == null || dst == null) {
            return null;
        }
        byte[] payload = new byte[0];
        if (payloads) {
            ProtoNode pl = t.find("tcp.payload");
            if (pl != null) {
                payload = pl.bytes();
            }
        }
        List<String> analysis = new ArrayList<>();
        t.walk(n -> {
            String a = n.abbrev();
            if (a != null && a.startsWith("tcp.analysis.") && !a.equals("tcp.analysis.flags")) {
                analysis.add(a.substring("tcp.analysis.".length()));
            }
        });
        List<String> http = new ArrayList<>();
        t.walk(n -> {
            String a = n.abbrev();
            if ("http.request.method".equals(a)) {
                ProtoNode uri = n.parent() == null ? null : n.parent().find("http.request.uri");
                // packet text, printed by explain: escaped as the tree escapes it, never raw to a terminal
                http.add(FieldFormat.formatText(FieldFormat.value(n) + (uri == null ? "" : " "
                        + FieldFormat.value(uri))));
            } else if ("http.response.code".equals(a)) {
                ProtoNode phrase = n.parent() == null ? null : n.parent().find("http.response.phrase");
                http.add(FieldFormat.formatText(FieldFormat.value(n) + (phrase == null ? "" : " "
                        + FieldFormat.value(phrase))));
            }
        });
        ProtoNode irtt = t.find("tcp.analysis.initial_rtt");
        return new Pkt(ctx.frameNumber(), ctx.record().epochSeconds() * 1_000_000_000L + ctx.record().nanos(),
                FieldFormat.value(src), (int) num(t, "tcp.srcport", 0), FieldFormat.value(dst),
                (int) num(t, "tcp.dstport", 0), v6, ttl, id, df, (int) stream.num(), num(t, "tcp.seq", 0),
                num(t, "tcp.ack", 0), num(t, "tcp.seq_raw", 0), num(t, "tcp.ack_raw", 0),
                (int) num(t, "tcp.flags", 0), num(t, "tcp.window_size", 0),
                (int) num(t, "tcp.window_size_value", 0), (int) num(t, "tcp.len", 0), payload,
                analysis, http, irtt == null ? -1 : irtt.num());
    }

    private static long num(ProtoTree t, String abbrev, long dflt) {
        ProtoNode n = t.find(abbrev);
        return n == null ? dflt : n.num();
    }
}
