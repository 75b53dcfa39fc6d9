package org.jdissect.output.tcpdump;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.limits.Limit;
import org.jdissect.output.AsciiSink;
import org.jdissect.output.PacketPrinter;
import org.jdissect.output.TcpdumpOptions;

/**
 * tcpdump 4.99.3's text output ({@code print.c pretty_print_packet}): packet number, header sanity checks,
 * timestamp, the link-layer printer (with truncation caught as tcpdump's {@code longjmp}), then the hex/ASCII dump
 * and the newline. State that spans packets (relative sequence numbers, the delta-time reference) lives here, one
 * printer per capture.
 */
public final class TcpdumpPrinter implements PacketPrinter {
    private static final int MAXIMUM_SNAPLEN = 262144;
    private byte[] scratch = new byte[2048];

    private final Appendable out;
    private final TcpdumpOptions o;
    private final Layers layers;
    private final SeqTracker seqs = new SeqTracker();
    private boolean limitsRead;
    private final Annotator annotator;
    private final StringBuilder line = new StringBuilder(256);
    private long refSec;
    private long refFrac;

    public TcpdumpPrinter(Appendable out, TcpdumpOptions o) {
        this.out = out;
        this.o = o;
        this.layers = new Layers(o, seqs);
        this.annotator = o.annotate() ? new Annotator(o.color()) : null;
    }

    /**
     * Like tcpdump, this printer decodes headers from the bytes; it takes a header field from the tree only where a
     * dissector put one, so without annotations it needs no dissection at all (a display filter still makes one).
     */
    @Override
    public boolean readsTree() {
        return annotator != null;
    }

    @Override
    public java.util.Collection<org.jdissect.api.field.FieldDef> fieldsRead() {
        return annotator == null ? java.util.List.of() : null;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        if (!limitsRead) {
            seqs.maxEntries = ctx.limits().getInt(Limit.TCPDUMP_TCP_STREAMS);
            limitsRead = true;
        }
        PacketRecord rec = ctx.record();
        StringBuilder sb = line;
        sb.setLength(0);
        if (o.number()) {
            String n = Long.toString(rec.number());
            for (int i = n.length(); i < 5; i++) {
                sb.append(' ');
            }
            sb.append(n).append("  ");
        }
        int cap = rec.capturedLength();
        int snap = rec.fileSnaplen();
        if (snap > 0 && snap <= MAXIMUM_SNAPLEN && cap > snap) {
            cap = snap; // libpcap's savefile reader keeps only the file's snapshot length of a longer record
        }
        long caplen = cap;
        long len = rec.originalLength();
        if (invalidHeader(sb, caplen, len)) {
            out.append(sb);
            return;
        }
        timestamp(sb, rec);
        // one buffer reused for every packet rather than a copy each
        if (scratch.length < cap) {
            scratch = new byte[Math.max(cap, scratch.length * 2)];
        }
        byte[] data = scratch;
        rec.data().copyTo(0, data, 0, cap);
        Pkt p = new Pkt(data, cap, rec.originalLength(), sb, o);
        int hdrlen;
        try {
            hdrlen = layers.link(p, rec.linkType(), ctx.tree());
        } catch (Truncated t) {
            p.trunc();
            hdrlen = 0;
        }
        if (seqs.evicted) {
            // tcpdump's output has no place for a note: the front end reports the tally at the end
            seqs.evicted = false;
            ctx.countLimit(Limit.TCPDUMP_TCP_STREAMS, "tcpdump sequence-number table full: least recently seen"
                    + " connection forgotten (it prints absolute numbers if it comes back)");
        }
        dumpAndWrite(sb, data, cap, hdrlen, ctx);
    }

    /** Room for a hex dump in bytes, reused from packet to packet. */
    private byte[] dumpBytes = new byte[8192];

    private static boolean invalidHeader(StringBuilder sb, long caplen, long len) {
        boolean invalid = false;
        if (caplen == 0) {
            invalid = true;
            sb.append("[Invalid header: caplen==0");
        }
        if (len == 0) {
            sb.append(invalid ? "," : "[Invalid header:").append(" len==0");
            invalid = true;
        } else if (len < caplen) {
            sb.append(invalid ? "," : "[Invalid header:").append(" len(").append(len).append(") < caplen(")
                    .append(caplen).append(')');
            invalid = true;
        }
        if (caplen > MAXIMUM_SNAPLEN) {
            sb.append(invalid ? "," : "[Invalid header:").append(" caplen(").append(caplen).append(") > ")
                    .append(MAXIMUM_SNAPLEN);
            invalid = true;
        }
        if (len > MAXIMUM_SNAPLEN) {
            sb.append(invalid ? "," : "[Invalid header:").append(" len(").append(len).append(") > ")
                    .append(MAXIMUM_SNAPLEN);
            invalid = true;
        }
        if (invalid) {
            sb.append("]\n");
        }
        return invalid;
    }

    // ---- time -------------------------------------------------------------------------------------------------

    /** The record's time as libpcap hands it to tcpdump: raw seconds, fraction in the chosen precision. */
    private long fraction(PacketRecord rec) {
        long units = rec.rawFractionUnits();
        long f = rec.rawFraction();
        if (o.nano()) {
            return units == 1_000_000L ? f * 1000 : units == 1_000_000_000L ? f : f * 1_000_000_000L / units;
        }
        return units == 1_000_000L ? f : units == 1_000_000_000L ? f / 1000 : f * 1_000_000L / units;
    }

    private final char[] fracDigits = new char[9];

    private void frac(StringBuilder sb, long f) {
        long v = f & 0xffffffffL;
        int width = o.nano() ? 9 : 6;
        sb.append('.');
        if (v >= (o.nano() ? 1_000_000_000L : 1_000_000L)) {
            sb.append(v); // a lying record's fraction: printed whole, as %06u would
            return;
        }
        for (int i = width - 1; i >= 0; i--) {
            fracDigits[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        sb.append(fracDigits, 0, width);
    }

    private void timestamp(StringBuilder sb, PacketRecord rec) {
        long sec = rec.rawSeconds();
        long f = fraction(rec);
        switch (o.time()) {
            case 0 -> {
                clock(sb, sec, f, false, true);
                sb.append(' ');
            }
            case 1 -> {
            }
            case 2 -> {
                if ((sec & 0x80000000L) != 0) {
                    sb.append("[Error converting time]");
                } else {
                    sb.append(sec & 0xffffffffL);
                    frac(sb, f);
                }
                sb.append(' ');
            }
            case 4 -> {
                clock(sb, sec, f, true, true);
                sb.append(' ');
            }
            default -> {
                // -ttt: since the previous packet; -ttttt: since the first (netdissect_timevalsub's borrow)
                if (refSec == 0 && refFrac == 0) {
                    refSec = sec;
                    refFrac = f;
                }
                boolean negative = sec < refSec || (sec == refSec && f < refFrac);
                long rs;
                long rf;
                long unit = o.nano() ? 1_000_000_000L : 1_000_000L;
                if (negative) {
                    rs = refSec - sec;
                    rf = refFrac - f;
                } else {
                    rs = sec - refSec;
                    rf = f - refFrac;
                }
                if (rf < 0) {
                    rs--;
                    rf += unit;
                }
                sb.append(negative ? '-' : ' ');
                clock(sb, rs, rf, false, false);
                sb.append(' ');
                if (o.time() == 3) {
                    refSec = sec;
                    refFrac = f;
                }
            }
        }
    }

    /** ts_date_hmsfrac_print: "%H:%M:%S" or "%Y-%m-%d %H:%M:%S" in local time or UTC, then the fraction. */
    private void clock(StringBuilder sb, long sec, long f, boolean withDate, boolean local) {
        if ((sec & 0x80000000L) != 0) {
            sb.append("[Error converting time]");
            return;
        }
        long s = sec & 0xffffffffL;
        // the text of one second is made once: a capture has many packets a second, and the zone rules are costly
        if (s != clockSec || withDate != clockDate || local != clockLocal) {
            ZonedDateTime t = Instant.ofEpochSecond(s).atZone(local ? o.zone() : ZoneOffset.UTC);
            StringBuilder c = new StringBuilder(20);
            if (withDate) {
                pad(c, t.getYear(), 4).append('-');
                pad(c, t.getMonthValue(), 2).append('-');
                pad(c, t.getDayOfMonth(), 2).append(' ');
            }
            pad(c, t.getHour(), 2).append(':');
            pad(c, t.getMinute(), 2).append(':');
            pad(c, t.getSecond(), 2);
            clockText = c.toString();
            clockSec = s;
            clockDate = withDate;
            clockLocal = local;
        }
        sb.append(clockText);
        frac(sb, f);
    }

    private long clockSec = -1;
    private boolean clockDate;
    private boolean clockLocal;
    private String clockText;

    /** {@code %0Nd} for a non-negative value. */
    private static StringBuilder pad(StringBuilder sb, int v, int digits) {
        for (int p = 10, i = 1; i < digits; i++, p *= 10) {
            if (v < p) {
                sb.append('0');
            }
        }
        return sb.append(v);
    }

    // ---- dumps ------------------------------------------------------------------------------------------------

    /**
     * Writes the packet's line with the dump -x/-X/-A ask for (from the link header with two of the letters, past it
     * with one). A hex dump to an {@link AsciiSink} goes as bytes, without the round trip through characters.
     */
    private void dumpAndWrite(StringBuilder sb, byte[] data, int caplen, int hdrlen, PacketContext ctx)
            throws IOException {
        int xx = o.hexAscii();
        if (xx == 0 && annotator != null && o.hex() == 0) {
            xx = 2; // --annotate alone: the whole frame, with ASCII
        }
        int hex = xx > 0 ? 0 : o.hex();
        int ascii = xx > 0 || hex > 0 ? 0 : o.ascii();
        int level = Math.max(xx, Math.max(hex, ascii));
        boolean dump = level > 1 || (level == 1 && caplen > hdrlen);
        int from = level > 1 ? 0 : hdrlen;
        if (dump && ascii == 0 && annotator == null && out instanceof AsciiSink sink) {
            out.append(sb);
            int n = caplen - from;
            int need = HexDump.bytesNeeded(INDENT, n);
            if (dumpBytes.length < need) {
                dumpBytes = new byte[need];
            }
            int end = xx > 0 ? HexDump.hexAndAscii(dumpBytes, 0, INDENT, data, from, n)
                    : HexDump.hex(dumpBytes, 0, INDENT, data, from, n);
            sink.writeAscii(dumpBytes, 0, end);
            out.append('\n');
            return;
        }
        if (dump) {
            HexDump.RowListener rows = annotator == null ? null : annotator.rows(ctx.tree());
            if (xx > 0) {
                HexDump.hexAndAscii(sb, INDENT, data, from, caplen - from, rows);
            } else if (hex > 0) {
                HexDump.hex(sb, INDENT, data, from, caplen - from, rows);
            } else {
                HexDump.ascii(sb, data, from, caplen - from);
            }
        }
        sb.append('\n');
        out.append(sb);
    }

    /** What each dump row starts with. */
    private static final String INDENT = "\n\t";
}
