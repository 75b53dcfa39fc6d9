package org.jdissect.output.print;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.NsTime;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.output.PacketPrinter;

/**
 * {@code -T pdml}: tshark's XML of the whole tree, as print.c's write_pdml_proto_tree and proto_tree_write_node_pdml
 * write it. Each packet opens with a "geninfo" protocol made from the frame; protocols are {@code <proto>}, other items
 * {@code <field>} (Expert Info and the Data protocol among them, a top-level field wrapped in a "fake-field-wrapper"
 * protocol), each with its -V label as {@code showname}, {@code hide="yes"} when hidden, its length and its offset in
 * its data source, the value as -T json shows it, and the bytes it covers in hex (a bit field's value in upper-case
 * hex, its bytes as {@code unmaskedvalue}). Text items are fields without a name, their label as {@code show}.
 *
 * <p>The header names the capture and the time the run started, as tshark does.
 */
public final class PdmlPrinter implements PacketPrinter {
    /** asctime's layout: "Sat Nov 28 10:11:38 2026", the day of the month padded with a space. */
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.US);
    private final Appendable out;
    private final String captureFile;
    private final ZonedDateTime started;
    private final StringBuilder sb = new StringBuilder(8192);
    private boolean preamble;
    /** The packet being written's own bytes, against which items' bytes are measured (see JsonPrinter#bytesHex). */
    private ByteView frame;

    /**
     * A printer writing to {@code out}.
     *
     * @param captureFile the capture as it was named (the header's capture_file), or null for none
     * @param started     the time of the run the header states
     */
    public PdmlPrinter(Appendable out, String captureFile, ZonedDateTime started) {
        this.out = out;
        this.captureFile = captureFile;
        this.started = started;
    }

    private void preamble() throws IOException {
        if (preamble) {
            return;
        }
        preamble = true;
        StringBuilder h = new StringBuilder(400);
        h.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        h.append("<?xml-stylesheet type=\"text/xsl\" href=\"pdml2html.xsl\"?>\n");
        h.append("<!-- You can find pdml2html.xsl in /usr/share/wireshark or at"
                + " https://gitlab.com/wireshark/wireshark/-/raw/master/pdml2html.xsl. -->\n");
        h.append("<pdml version=\"0\" creator=\"wireshark/4.0.17\" time=\"").append(ASCTIME.format(started))
                .append("\" capture_file=\"");
        if (captureFile != null) {
            escape(h, captureFile);
        }
        h.append("\">\n");
        out.append(h);
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        preamble();
        frame = ctx.record().data();
        sb.setLength(0);
        sb.append("<packet>\n");
        geninfo(ctx);
        for (ProtoNode c = ctx.tree().root().firstChild(); c != null; c = c.next()) {
            node(c, 0);
        }
        // write_pdml_proto_tree ends with a blank line, and tshark's print_packet adds another
        sb.append("</packet>\n\n\n");
        out.append(sb);
    }

    /** print_pdml_geninfo: the frame's number, lengths and time, over the frame's length; nothing without a frame. */
    private void geninfo(PacketContext ctx) {
        ProtoNode f = ctx.tree().root().firstChild();
        if (f == null || !"frame".equals(f.abbrev())) {
            return;
        }
        int size = f.length();
        long num = ctx.record().number();
        long len = ctx.record().originalLength();
        long cap = ctx.record().capturedLength();
        sb.append("  <proto name=\"geninfo\" pos=\"0\" showname=\"General information\" size=\"").append(size)
                .append("\">\n");
        geninfoField("num", num, "Number", Long.toHexString(num), size);
        geninfoField("len", len, "Frame Length", Long.toHexString(len), size);
        geninfoField("caplen", cap, "Captured Length", Long.toHexString(cap), size);
        ProtoNode time = EkPrinter.frameTime(ctx);
        NsTime t = EkPrinter.arrival(ctx);
        String shown = time != null ? FieldFormat.value(time) : "";
        // "%d.%09d" of (int) secs: a time past 2038 shows as a negative number of seconds
        geninfoField("timestamp", shown, "Captured Time", (int) t.secs() + "." + String.format("%09d", t.nsecs()),
                size);
        sb.append("  </proto>\n");
    }

    private void geninfoField(String name, Object show, String showname, String value, int size) {
        sb.append("    <field name=\"").append(name).append("\" pos=\"0\" show=\"").append(show)
                .append("\" showname=\"").append(showname).append("\" value=\"").append(value).append("\" size=\"")
                .append(size).append("\"/>\n");
    }

    private void indent(int level) {
        for (int i = 0; i < level; i++) {
            sb.append("  ");
        }
    }

    /** proto_tree_write_node_pdml. */
    private void node(ProtoNode n, int level) {
        FieldDef d = n.def();
        boolean expert = d != null && d.sameField(Expert.EXPERT);
        boolean protocol = d != null && d.type() == FieldType.PROTOCOL;
        boolean data = protocol && "data".equals(d.abbrev());
        // a top-level item that is no protocol (or is Data, written as a field) goes in a protocol of its own
        boolean wrap = (!(protocol || expert) || data) && level == 0;
        indent(level + 1);
        if (wrap) {
            sb.append("<proto name=\"fake-field-wrapper\">\n");
            level++;
            indent(level + 1);
        }
        boolean children = n.hasChildren();
        if (d == null) {
            sb.append("<field name=\"\" show=\"");
            escape(sb, showname(n));
            sizeAndPos(n);
            if (n.length() > 0) {
                sb.append("\" value=\"").append(JsonPrinter.bytesHex(n, frame));
            }
            sb.append(children ? "\">\n" : "\"/>\n");
        } else if (data) {
            sb.append("<field name=\"data\" value=\"").append(JsonPrinter.bytesHex(n, frame)).append("\">\n");
        } else {
            sb.append(protocol ? "<proto name=\"" : "<field name=\"");
            escape(sb, d.abbrev());
            sb.append("\" showname=\"");
            escape(sb, showname(n));
            if (n.isHidden()) {
                sb.append("\" hide=\"yes");
            }
            sizeAndPos(n);
            if (!protocol && !expert) {
                value(n, d);
            }
            sb.append(children ? "\">\n" : "\"/>\n");
        }
        if (children) {
            for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
                node(c, level + 1);
            }
        }
        if (wrap) {
            level--;
        }
        if (children) {
            indent(level + 1);
            sb.append(protocol && !data ? "</proto>\n" : "</field>\n");
        }
        if (wrap) {
            indent(level + 1);
            sb.append("</proto>\n");
        }
    }

    /** The label as -V prints it, without the brackets of a generated item. */
    private static String showname(ProtoNode n) {
        return FieldFormat.formatText(FieldFormat.label(n));
    }

    /**
     * size, then pos: the item's start in its data source, or, for an item that starts before its parent (one added
     * over another data source, or without one), the two added as print.c adds them.
     */
    private void sizeAndPos(ProtoNode n) {
        sb.append("\" size=\"").append(n.length());
        int pos = start(n);
        ProtoNode p = n.parent();
        if (p != null && p.parent() != null && pos < start(p)) {
            pos += start(p);
        }
        sb.append("\" pos=\"").append(pos);
    }

    /**
     * Where tshark's field_info starts: expert.c adds a finding's items without a data source, at 0, which jdissect
     * places at the item annotated (so that they point somewhere); the finding itself then shows at its parent's
     * start through the rule above, its items at 0.
     */
    private static int start(ProtoNode n) {
        ProtoNode p = n.parent();
        if (isExpert(n) || p != null && isExpert(p)) {
            return 0;
        }
        return n.sourceOffset();
    }

    private static boolean isExpert(ProtoNode n) {
        return n.def() != null && n.def().sameField(Expert.EXPERT);
    }

    /** show, value and unmaskedvalue. */
    private void value(ProtoNode n, FieldDef d) {
        if (d.type() == FieldType.NONE) {
            sb.append("\" show=\"\" value=\"");
            return;
        }
        sb.append("\" show=\"");
        escape(sb, JsonPrinter.value(n));
        if (n.length() <= 0) {
            return;
        }
        sb.append("\" value=\"");
        String masked = d.bitmask() != 0 ? JsonPrinter.maskedHex(n.num(), d.type()) : null;
        if (masked != null) {
            sb.append(masked).append("\" unmaskedvalue=\"");
        }
        sb.append(JsonPrinter.bytesHex(n, frame));
    }

    /**
     * print_escaped_xml as tshark 4.0 has it: the five XML characters as entities, control characters other than tab,
     * line feed and carriage return (and DEL) as {@code \x} and their hex digits, all else (UTF-8 text) as it is.
     */
    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#x27;");
                case '\t', '\n', '\r' -> sb.append(c);
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append("\\x").append(Integer.toHexString(c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    @Override
    public void finish() throws IOException {
        preamble();
        out.append("</pdml>\n");
    }
}
