package org.jdissect.cli.story;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jdissect.cli.story.Story.DfMisfit;
import org.jdissect.cli.story.Story.End;
import org.jdissect.cli.story.Story.Fits;
import org.jdissect.cli.story.Story.Flagged;
import org.jdissect.cli.story.Story.Forged;
import org.jdissect.cli.story.Story.ForgottenConnection;
import org.jdissect.cli.story.Story.Handshake;
import org.jdissect.cli.story.Story.IpIdFar;
import org.jdissect.cli.story.Story.IpIdNotZero;
import org.jdissect.cli.story.Story.Message;
import org.jdissect.cli.story.Story.Misfit;
import org.jdissect.cli.story.Story.NoHistory;
import org.jdissect.cli.story.Story.ResetNote;
import org.jdissect.cli.story.Story.Retransmission;
import org.jdissect.cli.story.Story.Totals;
import org.jdissect.cli.story.Story.TtlMisfit;
import org.jdissect.cli.story.Story.Unanswered;

/**
 * {@code jdissect explain --json}: the {@link Story} of each conversation as data. Per conversation: its
 * endpoints and frame span, the handshake, byte totals, a time line of {@code events} (each with its frame), how it
 * ended, and {@code anomalies}, each with the packet values it was judged on ({@code evidence}). The shape is
 * described in the command's help and the README; names are snake_case, times are milliseconds.
 */
public final class ExplainJson {
    private ExplainJson() {
    }

    public static String render(Explanation e) {
        return JsonDoc.write(g -> {
            g.writeStartObject();
            g.writeStringField("file", e.file());
            g.writeStringField("filter", e.filter());
            g.writeArrayFieldStart("conversations");
            for (Story s : e.conversations()) {
                story(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void story(JsonGenerator g, Story s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("stream", s.stream());
        g.writeStringField("client", s.client());
        g.writeStringField("server", s.server());
        g.writeNumberField("first_frame", s.first().frame());
        g.writeNumberField("last_frame", s.last().frame());
        g.writeNumberField("packets", s.packets().size());
        JsonDoc.millis(g, "duration_ms", s.durationNanos());
        handshake(g, s.handshake());
        Totals t = s.totals();
        g.writeObjectFieldStart("data");
        g.writeNumberField("client_bytes", t.clientBytes());
        g.writeNumberField("client_segments", t.clientSegments());
        g.writeNumberField("server_bytes", t.serverBytes());
        g.writeNumberField("server_segments", t.serverSegments());
        g.writeEndObject();
        g.writeArrayFieldStart("events");
        for (Event ev : events(s)) {
            event(g, s, ev);
        }
        g.writeEndArray();
        end(g, s);
        g.writeBooleanField("suspicious", s.resets().suspicious());
        g.writeArrayFieldStart("anomalies");
        for (Unanswered u : s.unanswered()) {
            g.writeStartObject();
            g.writeStringField("kind", "unanswered_request");
            g.writeNumberField("frame", u.request().packet().frame());
            g.writeStringField("request", u.request().text());
            g.writeBooleanField("acknowledged", u.acknowledged());
            g.writeEndObject();
        }
        for (ResetNote n : s.resets().notes()) {
            reset(g, n);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void handshake(JsonGenerator g, Handshake h) throws IOException {
        g.writeObjectFieldStart("handshake");
        g.writeStringField("outcome", h.outcome().name().toLowerCase(Locale.ROOT));
        JsonDoc.frame(g, "syn_frame", h.syn());
        JsonDoc.frame(g, "syn_ack_frame", h.synAck());
        JsonDoc.frame(g, "ack_frame", h.ack());
        JsonDoc.frame(g, "refusal_frame", h.refusal());
        g.writeNumberField("syn_count", h.synCount());
        JsonDoc.millis(g, "rtt_ms", h.rttNanos());
        JsonDoc.millis(g, "syn_to_syn_ack_ms", h.synToSynAckNanos());
        JsonDoc.millis(g, "syn_ack_to_ack_ms", h.synAckToAckNanos());
        JsonDoc.millis(g, "syn_to_refusal_ms", h.refusal() == null ? -1 : h.refusal().time() - h.syn().time());
        host(g, "client", h.clientSample());
        host(g, "server", h.synAck() != null ? h.synAck() : h.refusal());
        g.writeEndObject();
    }

    /** The TTL and IP ID a side's handshake packet carried, or null when it was not captured. */
    private static void host(JsonGenerator g, String side, Pkt p) throws IOException {
        g.writeFieldName(side);
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("frame", p.frame());
        g.writeNumberField("ttl", p.ttl());
        JsonDoc.ipId(g, "ip_id", p);
        JsonDoc.df(g, "df", p);
        g.writeEndObject();
    }

    // ---- the time line ------------------------------------------------------------------------------------------

    /** One line of the time line: what happened in {@code packet}; {@code detail} is the message or retransmission. */
    private record Event(Pkt packet, String kind, Object detail) {
    }

    /** The conversation's events in frame order; in one frame, in the order the text tells them. */
    private static List<Event> events(Story s) {
        List<Event> out = new ArrayList<>();
        Handshake h = s.handshake();
        add(out, h.syn(), "syn", null);
        add(out, h.synAck(), "syn_ack", null);
        add(out, h.ack(), "ack", null);
        for (Message m : s.messages()) {
            add(out, m.packet(), m.request() ? "request" : "response", m);
        }
        for (Retransmission r : s.retransmissions()) {
            add(out, r.packet(), "retransmission", r);
        }
        for (Flagged f : s.flagged()) {
            for (Pkt p : f.packets()) {
                add(out, p, f.flag(), null);
            }
        }
        End end = s.end();
        add(out, end.fin(), "fin", null);
        add(out, end.otherFin(), "fin", null);
        for (Pkt p : s.packets()) {
            if (p.has(Pkt.RST)) {
                add(out, p, "rst", null);
            }
        }
        out.sort(Comparator.comparingLong(e -> e.packet().frame()));
        return out;
    }

    private static void add(List<Event> out, Pkt p, String kind, Object detail) {
        if (p != null) {
            out.add(new Event(p, kind, detail));
        }
    }

    private static void event(JsonGenerator g, Story s, Event e) throws IOException {
        Pkt p = e.packet();
        g.writeStartObject();
        g.writeNumberField("frame", p.frame());
        JsonDoc.millis(g, "time_ms", p.time() - s.first().time());
        g.writeStringField("event", e.kind());
        g.writeStringField("side", s.sideOf(p).word());
        if (e.detail() instanceof Message m) {
            g.writeStringField("http", m.text());
        } else if (e.detail() instanceof Retransmission r) {
            JsonDoc.frame(g, "original_frame", r.original());
            JsonDoc.millis(g, "after_ms", r.afterNanos());
            g.writeBooleanField("fast", r.fast());
        }
        g.writeEndObject();
    }

    private static void end(JsonGenerator g, Story s) throws IOException {
        End end = s.end();
        g.writeObjectFieldStart("end");
        g.writeStringField("closing", end.closing().name().toLowerCase(Locale.ROOT));
        sent(g, s, "fin", end.fin());
        sent(g, s, "other_fin", end.otherFin());
        sent(g, s, "rst", end.rst());
        g.writeNumberField("rsts", end.rsts());
        g.writeEndObject();
    }

    /** {@code <name>_frame} and {@code <name>_side}, both null without the packet. */
    private static void sent(JsonGenerator g, Story s, String name, Pkt p) throws IOException {
        JsonDoc.frame(g, name + "_frame", p);
        g.writeStringField(name + "_side", p == null ? null : s.sideOf(p).word());
    }

    // ---- anomalies ----------------------------------------------------------------------------------------------

    private static void reset(JsonGenerator g, ResetNote n) throws IOException {
        Pkt r = n.rst();
        g.writeStartObject();
        if (n instanceof NoHistory) {
            g.writeStringField("kind", "rst_without_history");
            g.writeNumberField("frame", r.frame());
            g.writeStringField("sender", r.srcEnd());
            g.writeArrayFieldStart("evidence");
            g.writeEndArray();
        } else if (n instanceof Forged f) {
            g.writeStringField("kind", "forged_rst");
            g.writeNumberField("frame", r.frame());
            g.writeStringField("sender", r.srcEnd());
            g.writeArrayFieldStart("evidence");
            for (Misfit m : f.misfits()) {
                misfit(g, r, m);
            }
            g.writeEndArray();
        } else if (n instanceof Fits f) {
            g.writeStringField("kind", "rst_fits_sender");
            g.writeNumberField("frame", r.frame());
            g.writeStringField("sender", r.srcEnd());
            g.writeArrayFieldStart("evidence");
            compared(g, JsonDoc.ttlField(r), r.ttl(), f.previous().ttl(), f.previous());
            if (!r.ipv6()) {
                compared(g, "ip.id", r.ipId(), f.previous().ipId(), f.previous());
            }
            g.writeEndArray();
        } else {
            ForgottenConnection c = (ForgottenConnection) n;
            g.writeStringField("kind", "rst_for_forgotten_connection");
            g.writeNumberField("frame", r.frame());
            g.writeStringField("sender", r.srcEnd());
            g.writeStringField("peer", r.dstEnd());
            g.writeBooleanField("forged", c.forged());
            g.writeBooleanField("peer_closed", c.peerClosed());
            g.writeArrayFieldStart("evidence");
            g.writeStartObject();
            g.writeStringField("field", "tcp.seq_raw");
            g.writeNumberField("value", r.seqRaw());
            g.writeStringField("compared_field", "tcp.ack_raw");
            g.writeNumberField("compared_with", c.peerAck().ackRaw());
            g.writeNumberField("compared_frame", c.peerAck().frame());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void misfit(JsonGenerator g, Pkt r, Misfit m) throws IOException {
        if (m instanceof TtlMisfit t) {
            g.writeStartObject();
            g.writeStringField("field", JsonDoc.ttlField(r));
            g.writeNumberField("value", t.ttl());
            g.writeArrayFieldStart("earlier_values");
            for (int v : t.earlier()) {
                g.writeNumber(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (m instanceof IpIdFar f) {
            compared(g, "ip.id", f.ipId(), f.counter().ipId(), f.counter());
        } else if (m instanceof IpIdNotZero z) {
            g.writeStartObject();
            g.writeStringField("field", "ip.id");
            g.writeNumberField("value", z.ipId());
            g.writeArrayFieldStart("earlier_values");
            g.writeNumber(0);
            g.writeEndArray();
            g.writeEndObject();
        } else {
            boolean df = ((DfMisfit) m).df();
            g.writeStartObject();
            g.writeStringField("field", "ip.flags.df");
            g.writeBooleanField("value", df);
            g.writeArrayFieldStart("earlier_values");
            g.writeBoolean(!df);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Evidence that compares a value with the same field of one earlier packet. */
    private static void compared(JsonGenerator g, String field, int value, int earlier, Pkt in) throws IOException {
        g.writeStartObject();
        g.writeStringField("field", field);
        g.writeNumberField("value", value);
        g.writeNumberField("compared_with", earlier);
        g.writeNumberField("compared_frame", in.frame());
        g.writeEndObject();
    }
}
