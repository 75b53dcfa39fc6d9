package org.jdissect.cli.story;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The JSON documents of {@code explain --json} and {@code diff --json}: written member by member through Jackson's
 * generator, so the field order is the code's and never a map's, pretty-printed with two spaces and "\n" on every
 * platform (golden files compare byte for byte).
 */
final class JsonDoc {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonDoc() {
    }

    /** Writes one document's members. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** The document {@code body} writes as the root value, ending in a newline. */
    static String write(Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                    .withObjectIndenter(indent).withArrayIndenter(indent));
            // durations are exact decimals; never let a BigDecimal print as 1E+1
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.append('\n').toString();
    }

    /** {@code nanos} as milliseconds, exactly (a µs capture gives at most 3 decimals), or null when negative. */
    static void millis(JsonGenerator g, String field, long nanos) throws IOException {
        g.writeFieldName(field);
        if (nanos < 0) {
            g.writeNull();
        } else {
            g.writeNumber(millis(nanos));
        }
    }

    static BigDecimal millis(long nanos) {
        BigDecimal ms = BigDecimal.valueOf(nanos, 6).stripTrailingZeros();
        return ms.scale() < 0 ? ms.setScale(0) : ms;
    }

    /** A frame number, or null when there is no such packet. */
    static void frame(JsonGenerator g, String field, Pkt p) throws IOException {
        g.writeFieldName(field);
        if (p == null) {
            g.writeNull();
        } else {
            g.writeNumber(p.frame());
        }
    }

    /** The IPv4 identification, null for IPv6 (which has none in its fixed header). */
    static void ipId(JsonGenerator g, String field, Pkt p) throws IOException {
        g.writeFieldName(field);
        if (p.ipv6()) {
            g.writeNull();
        } else {
            g.writeNumber(p.ipId());
        }
    }

    /** The Don't Fragment flag, null for IPv6. */
    static void df(JsonGenerator g, String field, Pkt p) throws IOException {
        g.writeFieldName(field);
        if (p.ipv6()) {
            g.writeNull();
        } else {
            g.writeBoolean(p.df());
        }
    }

    /** The Wireshark field that holds a packet's TTL: {@code ip.ttl}, or {@code ipv6.hlim}. */
    static String ttlField(Pkt p) {
        return p.ipv6() ? "ipv6.hlim" : "ip.ttl";
    }
}
