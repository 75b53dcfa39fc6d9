package org.jdissect.output.tcpdump;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;

/**
 * {@code --annotate}: under each 16-byte hex row, the fields that start in that row as {@code abbrev=value}, in
 * protocol (tree) order, wrapped to the width of the dump. A field with a value is named once (its bit fields and
 * address details are left to -V); containers such as {@code tcp.options} are opened up into their options.
 */
public final class Annotator {
    static final String INDENT = "\t         ";
    private static final int WIDTH = 96;
    private static final String RESET = "\u001b[0m";

    private final boolean color;

    /** An annotator whose labels are coloured by protocol (ANSI escapes) when {@code color}. */
    public Annotator(boolean color) {
        this.color = color;
    }

    /** One label: the frame bytes it covers and its text. */
    public record Label(int offset, int length, String protocol, String text) {
    }

    /** The labels of a packet's tree in tree order (public so tests can check coverage). */
    public static List<Label> labels(ProtoTree tree) {
        List<Label> out = new ArrayList<>();
        for (ProtoNode proto = tree.root().firstChild(); proto != null; proto = proto.next()) {
            if (proto.abbrev() == null || "frame".equals(proto.abbrev())) {
                continue;
            }
            collect(proto, proto.abbrev(), out);
        }
        return out;
    }

    private static void collect(ProtoNode parent, String protocol, List<Label> out) {
        for (ProtoNode n = parent.firstChild(); n != null; n = n.next()) {
            if (n.isHidden() || n.isGenerated() || n.length() <= 0 || n.source() == null || n.sourceOffset() < 0) {
                continue;
            }
            if (n.isProtocol()) {
                collect(n, n.abbrev(), out);
                continue;
            }
            if (n.def() == null) {
                // a text item (a bogus option…): open it if it has fields, else show nothing
                collect(n, protocol, out);
                continue;
            }
            FieldType t = n.def().type();
            boolean container = (t == FieldType.NONE || t == FieldType.BYTES) && n.hasChildren();
            if (container) {
                String abbrev = n.abbrev();
                if (abbrev.endsWith(".options") || abbrev.equals("ip.options")) {
                    collect(n, protocol, out);
                } else {
                    out.add(new Label(n.sourceOffset(), n.length(), protocol, abbrev));
                    collectValues(n, protocol, out);
                }
                continue;
            }
            out.add(new Label(n.sourceOffset(), n.length(), protocol, n.abbrev() + "=" + value(n)));
        }
    }

    /** An option's own values, without its kind and length bytes (the option's name already says those). */
    private static void collectValues(ProtoNode opt, String protocol, List<Label> out) {
        for (ProtoNode n = opt.firstChild(); n != null; n = n.next()) {
            if (n.isHidden() || n.isGenerated() || n.length() <= 0 || n.def() == null) {
                continue;
            }
            String a = n.abbrev();
            if (a.endsWith("option_kind") || a.endsWith("option_len") || a.equals("ip.opt.type")
                    || a.equals("ip.opt.len")) {
                continue;
            }
            out.add(new Label(n.sourceOffset(), n.length(), protocol, a + "=" + value(n)));
        }
    }

    private static String value(ProtoNode n) {
        String v = FieldFormat.value(n);
        if (n.def().type() == FieldType.STRING) {
            v = '"' + org.jdissect.api.tree.FieldFormat.formatText(v) + '"';
        }
        if (v.length() > 40) {
            v = v.substring(0, 37) + "...";
        }
        return v;
    }

    /** A row listener that appends, after each row, the labels starting in it. */
    HexDump.RowListener rows(ProtoTree tree) {
        List<Label> labels = labels(tree);
        return (out, from, to) -> {
            StringBuilder lineBuf = new StringBuilder();
            int col = 0;
            for (Label l : labels) {
                if (l.offset() < from || l.offset() >= to) {
                    continue;
                }
                if (col > 0 && col + 1 + l.text().length() > WIDTH) {
                    out.append('\n').append(INDENT).append(lineBuf);
                    lineBuf.setLength(0);
                    col = 0;
                }
                if (col > 0) {
                    lineBuf.append(' ');
                    col++;
                }
                lineBuf.append(color ? colour(l.protocol()) + l.text() + RESET : l.text());
                col += l.text().length();
            }
            if (col > 0) {
                out.append('\n').append(INDENT).append(lineBuf);
            }
        };
    }

    private static String colour(String protocol) {
        return switch (protocol) {
            case "eth" -> "\u001b[34m";
            case "ip" -> "\u001b[32m";
            case "tcp" -> "\u001b[33m";
            default -> "\u001b[35m";
        };
    }
}
