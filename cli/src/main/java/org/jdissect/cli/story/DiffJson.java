package org.jdissect.cli.story;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.jdissect.cli.story.DiffReport.Direction;
import org.jdissect.cli.story.DiffReport.FieldChange;
import org.jdissect.cli.story.DiffReport.Genuine;
import org.jdissect.cli.story.DiffReport.Group;
import org.jdissect.cli.story.DiffReport.Lone;
import org.jdissect.cli.story.DiffReport.Pair;
import org.jdissect.cli.story.DiffReport.Source;
import org.jdissect.cli.story.DiffReport.Span;
import org.jdissect.cli.story.DiffReport.Timing;
import org.jdissect.cli.story.DiffReport.TtlStep;

/**
 * {@code jdissect diff --json}: the {@link DiffReport} as data, in the user's terms: {@code a} is the capture given
 * first, {@code b} the second, whichever of them is nearer the client. Per connection: {@code only_in_a} and
 * {@code only_in_b} (the packets one capture lacks, with frame numbers and why), {@code changed} (the packets both
 * have whose fields differ, with both frame numbers and each field's two values), then the path's TTL steps, the
 * timing and the clocks' offset.
 */
public final class DiffJson {
    private final DiffReport report;

    private DiffJson(DiffReport report) {
        this.report = report;
    }

    public static String render(DiffReport report) {
        DiffJson j = new DiffJson(report);
        return JsonDoc.write(j::document);
    }

    private boolean clientIsA() {
        return report.clientFirst();
    }

    private void document(JsonGenerator g) throws IOException {
        g.writeStartObject();
        source(g, "a", clientIsA() ? report.client() : report.server(), clientIsA() ? "client" : "server");
        source(g, "b", clientIsA() ? report.server() : report.client(), clientIsA() ? "server" : "client");
        g.writeArrayFieldStart("conversations");
        for (Group group : report.groups()) {
            group(g, group);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, String name, Source s, String vantage) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("file", s.file());
        g.writeStringField("vantage", vantage);
        g.writeNumberField("tcp_packets", s.tcpPackets());
        g.writeEndObject();
    }

    private void group(JsonGenerator g, Group group) throws IOException {
        Span a = clientIsA() ? group.atClient() : group.atServer();
        Span b = clientIsA() ? group.atServer() : group.atClient();
        // the connection as the client side names it, else as the only capture that has it
        Span named = group.atClient() != null ? group.atClient() : group.atServer();
        g.writeStartObject();
        g.writeStringField("client", named.client());
        g.writeStringField("server", named.server());
        span(g, "a", a);
        span(g, "b", b);
        g.writeBooleanField("translated", group.translated());
        g.writeNumberField("matched", group.pairs().size());
        lones(g, "only_in_a", clientIsA() ? group.onlyAtClient() : group.onlyAtServer());
        lones(g, "only_in_b", clientIsA() ? group.onlyAtServer() : group.onlyAtClient());
        g.writeArrayFieldStart("changed");
        for (Pair p : group.changed()) {
            changed(g, p);
        }
        g.writeEndArray();
        if (group.paired()) {
            path(g, group);
            timing(g, group.timing());
        } else {
            g.writeNullField("path");
            g.writeNullField("timing");
        }
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String name, Span s) throws IOException {
        if (s == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeNumberField("stream", s.stream());
        g.writeStringField("client", s.client());
        g.writeStringField("server", s.server());
        g.writeNumberField("first_frame", s.firstFrame());
        g.writeNumberField("last_frame", s.lastFrame());
        g.writeNumberField("packets", s.packets());
        g.writeEndObject();
    }

    private static void lones(JsonGenerator g, String name, List<Lone> lones) throws IOException {
        g.writeArrayFieldStart(name);
        for (Lone l : lones) {
            Pkt p = l.packet();
            g.writeStartObject();
            g.writeNumberField("frame", p.frame());
            g.writeStringField("direction", l.direction().json());
            g.writeStringField("verdict", l.verdict().json());
            g.writeStringField("summary", DiffText.describe(p));
            g.writeStringField("src", p.srcEnd());
            g.writeStringField("dst", p.dstEnd());
            g.writeStringField("flags", p.flagText());
            g.writeNumberField("seq", p.seq());
            g.writeFieldName("ack");
            if (p.has(Pkt.ACK)) {
                g.writeNumber(p.ack());
            } else {
                g.writeNull();
            }
            g.writeNumberField("len", p.len());
            g.writeNumberField("ttl", p.ttl());
            JsonDoc.ipId(g, "ip_id", p);
            JsonDoc.df(g, "df", p);
            g.writeBooleanField("retransmission", p.flagged("retransmission"));
            g.writeArrayFieldStart("http");
            for (String h : p.http()) {
                g.writeString(h);
            }
            g.writeEndArray();
            genuine(g, l.genuine());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The claimed sender's last real packet at the same point, for an injected one; else null. */
    private static void genuine(JsonGenerator g, Genuine genuine) throws IOException {
        if (genuine == null) {
            g.writeNullField("genuine");
            return;
        }
        Pkt p = genuine.last();
        g.writeObjectFieldStart("genuine");
        g.writeNumberField("frame", p.frame());
        g.writeNumberField("ttl", p.ttl());
        JsonDoc.ipId(g, "ip_id", p);
        JsonDoc.df(g, "df", p);
        g.writeBooleanField("fits", genuine.fits());
        g.writeEndObject();
    }

    private void changed(JsonGenerator g, Pair p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("a_frame", (clientIsA() ? p.atClient() : p.atServer()).frame());
        g.writeNumberField("b_frame", (clientIsA() ? p.atServer() : p.atClient()).frame());
        g.writeStringField("direction", p.direction().json());
        g.writeArrayFieldStart("fields");
        for (FieldChange c : p.changes()) {
            g.writeStartObject();
            g.writeStringField("field", c.field());
            g.writeFieldName("a");
            g.writeObject(clientIsA() ? c.atClient() : c.atServer());
            g.writeFieldName("b");
            g.writeObject(clientIsA() ? c.atServer() : c.atClient());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void path(JsonGenerator g, Group group) throws IOException {
        g.writeObjectFieldStart("path");
        ttlSteps(g, "ttl_client_to_server", group.ttlSteps(Direction.CLIENT_TO_SERVER));
        ttlSteps(g, "ttl_server_to_client", group.ttlSteps(Direction.SERVER_TO_CLIENT));
        g.writeNumberField("ip_id_rewritten", group.ipIdRewrites());
        g.writeEndObject();
    }

    private static void ttlSteps(JsonGenerator g, String name, List<TtlStep> steps) throws IOException {
        g.writeArrayFieldStart(name);
        for (TtlStep s : steps) {
            g.writeStartObject();
            g.writeNumberField("sent", s.sent());
            g.writeNumberField("received", s.received());
            g.writeNumberField("hops", s.hops());
            g.writeNumberField("packets", s.packets());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void timing(JsonGenerator g, Timing t) throws IOException {
        g.writeObjectFieldStart("timing");
        signedMillis(g, "client_to_server_ms", t.upMedian());
        g.writeNumberField("client_to_server_samples", t.up().size());
        signedMillis(g, "server_to_client_ms", t.downMedian());
        g.writeNumberField("server_to_client_samples", t.down().size());
        signedMillis(g, "round_trip_ms", t.roundTripNanos());
        Long offset = t.clockOffsetNanos();
        // the model's offset is the server side's clock minus the client side's; here it is b's minus a's
        signedMillis(g, "clock_offset_ms", offset == null || clientIsA() ? offset : -offset);
        g.writeEndObject();
    }

    /** Delays may be negative when the clocks disagree, so only a missing value is null. */
    private static void signedMillis(JsonGenerator g, String field, Long nanos) throws IOException {
        g.writeFieldName(field);
        if (nanos == null) {
            g.writeNull();
        } else {
            g.writeNumber(JsonDoc.millis(nanos));
        }
    }
}
