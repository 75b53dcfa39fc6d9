package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The text sequence diagram of sequence_analysis_dump_to_file, as tshark 4.0 prints a {@code -z flow} statistic:
 * a column 20 characters wide for each address (node), in the order the items name them, the time (and the
 * conversation when there are several) at the left, two lines an item (its label over the span between its nodes,
 * then the arrow with the ports at its ends), and the comment at the right of the label line.
 */
final class FlowDiagram {
    /** NODE_CHARS_WIDTH: one node's column. */
    private static final int NODE_WIDTH = 20;
    /** MAX_NUM_NODES: the nodes sequence_analysis.c keeps; an item's address beyond them is NODE_OVERFLOW. */
    private static final int MAX_NODES = 40;
    private static final int OVERFLOW = MAX_NODES + 1;
    private static final String CONV_TIME_HEADER = "Conv.| Time    ";
    private static final String TIME_HEADER = "|Time     ";
    private static final String CONV_TIME_EMPTY_HEADER = "     |         ";
    private static final String TIME_EMPTY_HEADER = "|         ";

    private FlowDiagram() {
    }

    /** Appends the diagram of {@code items}: nothing at all when there is no item. */
    static void draw(List<FlowItem> items, StringBuilder out) {
        if (items.isEmpty()) {
            return;
        }
        List<String> nodes = new ArrayList<>();
        int[] srcNode = new int[items.size()];
        int[] dstNode = new int[items.size()];
        boolean severalConvs = false;
        for (int i = 0; i < items.size(); i++) {
            FlowItem it = items.get(i);
            srcNode[i] = node(nodes, it.src());
            dstNode[i] = node(nodes, it.dst());
            severalConvs |= it.conversation() != items.get(0).conversation();
        }
        String emptyHeader = severalConvs ? CONV_TIME_EMPTY_HEADER : TIME_EMPTY_HEADER;
        StringBuilder emptyLine = header(nodes, severalConvs, out);
        String separator = "-".repeat(emptyLine.length() + (severalConvs ? 16 : 10));

        int conv = items.get(0).conversation();
        for (int i = 0; i < items.size(); i++) {
            FlowItem it = items.get(i);
            int start = srcNode[i] * NODE_WIDTH + NODE_WIDTH / 2;
            int end = dstNode[i] * NODE_WIDTH + NODE_WIDTH / 2;
            int width = Math.abs(end - start);
            if (start == end) {
                // an item from a node to itself spans the next column
                end = start + NODE_WIDTH;
                width = NODE_WIDTH;
            }
            if (it.conversation() != conv) {
                out.append(separator).append('\n');
                conv = it.conversation();
            }
            if (severalConvs) {
                out.append(padded(Integer.toString(it.conversation()), 5));
            }
            out.append(padded("|" + it.time(), 10));

            StringBuilder line = new StringBuilder(emptyLine);
            overwrite(line, it.label(), start, end);
            out.append(line).append(it.comment()).append('\n');

            out.append(emptyHeader);
            line = new StringBuilder(emptyLine);
            // one short of the span: the tip stops a character before the far node's middle
            String arrow = start < end ? "-".repeat(width - 2) + ">" : "<" + "-".repeat(width - 2);
            overwrite(line, arrow, start, end);
            String srcPort = "(" + it.srcPort() + ")";
            String dstPort = "(" + it.dstPort() + ")";
            if (start < end) {
                overwrite(line, srcPort, start - 9, start - 1);
                overwrite(line, dstPort, end + 1, end + 9);
            } else {
                overwrite(line, srcPort, start + 1, start + 9);
                overwrite(line, dstPort, end - 9, end + 1);
            }
            out.append(line).append('\n');
        }
    }

    /** add_or_get_node: the node's index, a new one while there is room, else NODE_OVERFLOW. */
    private static int node(List<String> nodes, String address) {
        int i = nodes.indexOf(address);
        if (i >= 0) {
            return i;
        }
        if (nodes.size() >= MAX_NODES) {
            return OVERFLOW;
        }
        nodes.add(address);
        return nodes.size() - 1;
    }

    /**
     * The two header lines: the even nodes' addresses on the first, each over two columns, the odd ones' on the
     * second, offset by a column (an address shorter than a column gets the next column's bar after it). Returns the
     * line an item is drawn on: a bar and blanks for each node, a last bar.
     */
    private static StringBuilder header(List<String> nodes, boolean severalConvs, StringBuilder out) {
        String column = padded("| ", NODE_WIDTH);
        StringBuilder emptyLine = new StringBuilder();
        out.append(severalConvs ? CONV_TIME_HEADER : TIME_HEADER);
        for (int i = 0; i < nodes.size(); i += 2) {
            out.append(padded("| " + nodes.get(i), 2 * NODE_WIDTH));
            emptyLine.append(column);
        }
        out.append("|\n").append(severalConvs ? CONV_TIME_EMPTY_HEADER : TIME_EMPTY_HEADER).append(column);
        for (int i = 1; i < nodes.size(); i += 2) {
            String label = "| " + nodes.get(i);
            if (label.length() < NODE_WIDTH) {
                label = padded(label, NODE_WIDTH) + "| ";
            }
            out.append(padded(label, 2 * NODE_WIDTH));
            emptyLine.append(column);
        }
        out.append('\n');
        emptyLine.append('|');
        return emptyLine;
    }

    /** enlarge_string: {@code s} padded with blanks to {@code width}, or as it is when longer. */
    private static String padded(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /**
     * overwrite(): replaces the characters between {@code p1} and {@code p2} (either way round) with {@code text},
     * cut to that span. It keeps GString's quirks, which show when a position lies past the line (an item's node
     * beyond the 40th, an item from the last node to itself): the position is moved back to the line's end, and an
     * erasure that would run past the end is refused (g_string_erase's assertion), the text still inserted.
     */
    private static void overwrite(StringBuilder line, String text, int p1, int p2) {
        if (p1 == p2) {
            return;
        }
        int pos = Math.min(p1, p2);
        int len = Math.abs(p2 - p1);
        int chars = text.codePointCount(0, text.length());
        String insert = text;
        if (len > chars) {
            len = chars;
        } else if (len < chars) {
            insert = text.substring(0, text.offsetByCodePoints(0, len)); // g_utf8_substring: whole characters
        }
        // the line is ASCII wherever this erases (the label is the only text that may not be, and is put in last),
        // so counting chars here counts bytes as GString does
        pos = Math.min(pos, line.length());
        if (pos + len <= line.length()) {
            line.delete(pos, pos + len);
        }
        line.insert(pos, insert);
    }
}
