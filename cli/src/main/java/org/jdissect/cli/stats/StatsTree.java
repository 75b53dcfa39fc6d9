package org.jdissect.cli.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wireshark's stats_tree (epan/stats_tree.c) as tshark 4.0 runs it: a tree of named counters a statistic ticks once
 * a tap event, with averages, ranges, pivots and burst rates, drawn as tshark's plain-text table
 * (stats_tree_format_as_str). Node lookup follows stats_tree_manip_node_int: a node is found in its parent's own map
 * when the parent keeps one, otherwise in the tree-wide map of "parent" nodes, and made anew when not found.
 */
final class StatsTree {
    /** Node flags (stats_tree_priv.h's st_flags): averaged values; sorted before its siblings; a child of the root. */
    static final int AVERAGE = 1;
    static final int SORT_TOP = 2;
    static final int ROOT_CHILD = 4;
    /** What stat_node_set_flags may set that draws nothing on the command line (ST_FLG_DEF_NOEXPAND). */
    static final int NO_EXPAND = 8;

    /** stats_tree_priv.h's INDENT_MAX. */
    private static final int INDENT_MAX = 32;
    /** The default preferences: burst buckets of 5 ms in a window of 100 ms, the rate shown (not the count). */
    private static final int BURST_RESOLUTION = 5;
    private static final int BURST_WINDOW = 100;
    /** Count, Average, Min Val, Max Val, Rate (ms), Percent, Burst Rate, Burst Start. */
    private static final String[] COLUMNS = {"Count", "Average", "Min Val", "Max Val", "Rate (ms)", "Percent",
        "Burst Rate", "Burst Start"};
    /** Every numeric column is 12 wide (stats_tree_get_column_size). */
    private static final int COLUMN_SIZE = 12;

    /** One of burst_bucket's time slices. */
    private static final class Bucket {
        Bucket next;
        Bucket prev;
        int count;
        double bucketNo;
        double startTime;
    }

    /** stat_node: a counter, the values averaged into it, its burst buckets and its children in order of creation. */
    static final class Node {
        final String name;
        final int id;
        final Node parent;
        final boolean floating;
        final Map<String, Node> hash;
        final List<Node> children = new ArrayList<>(4);
        int counter;
        long intTotal;
        double floatTotal;
        int intMin = Integer.MAX_VALUE;
        int intMax = Integer.MIN_VALUE;
        float floatMin = Float.MAX_VALUE;
        float floatMax = Float.MIN_NORMAL;
        int flags;
        /** A range node's bounds (get_range), or none. */
        boolean range;
        int floor;
        int ceil;
        Bucket head = new Bucket();
        Bucket tail = head;
        int burstCount;
        int maxBurst;
        double burstTime = -1.0;

        Node(String name, int id, Node parent, boolean floating, boolean withHash) {
            this.name = name;
            this.id = id;
            this.parent = parent;
            this.floating = floating;
            this.hash = withHash ? new HashMap<>() : null;
        }
    }

    private final String title;
    private final Node root;
    private final Map<String, Node> names = new HashMap<>();
    private final List<Node> parents = new ArrayList<>();
    private double start = -1.0;
    private double elapsed;
    private double now;

    /** A tree registered as {@code title} ("HTTP/Packet Counter"), which names its root and its table. */
    StatsTree(String title) {
        this.title = title;
        this.root = new Node(displayName(title), 0, null, false, false);
        parents.add(root);
    }

    /**
     * stats_tree_packet: one tap event at {@code relativeMs} (nstime_to_msec of the frame's time since the first
     * frame), which the rate and burst columns measure from.
     */
    void tapped(double relativeMs) {
        now = relativeMs;
        if (start < 0.0) {
            start = now;
        }
        elapsed = now - start;
    }

    /** The frame's time relative to the first one, in ms, as nstime_to_msec makes it of seconds and nanoseconds. */
    static double msec(long secs, long nsecs) {
        return (double) secs * 1000 + (double) nsecs / 1000000;
    }

    // --- making nodes (stats_tree_create_node and friends) -------------------------------------------------------

    int createNode(String name, int parentId, boolean withHash) {
        return newNode(name, parentId, false, withHash, true).id;
    }

    int createFloatNode(String name, int parentId, boolean withHash) {
        return newNode(name, parentId, true, withHash, true).id;
    }

    int createPivot(String name, int parentId) {
        return newNode(name, parentId, false, true, true).id;
    }

    /** stats_tree_create_range_node_string: the last range is open-ended when it names one value. */
    int createRangeNode(String name, int parentId, String... ranges) {
        Node r = newNode(name, parentId, false, false, true);
        Node last = null;
        for (String s : ranges) {
            last = newNode(s, r.id, false, false, false);
            setRange(last, s);
        }
        if (last != null && last.floor == last.ceil) {
            last.ceil = Integer.MAX_VALUE;
        }
        return r.id;
    }

    private Node newNode(String name, int parentId, boolean floating, boolean withHash, boolean asParent) {
        if (parentId < 0 || parentId >= parents.size()) {
            throw new IllegalArgumentException("no stats_tree parent " + parentId);
        }
        Node parent = parents.get(parentId);
        Node n = new Node(name, asParent ? parents.size() : -1, parent, floating, withHash);
        n.flags = parentId != 0 ? 0 : ROOT_CHILD;
        if (asParent) {
            names.put(name, n);
            parents.add(n);
        }
        parent.children.add(n);
        if (parent.hash != null) {
            parent.hash.put(name, n);
        }
        return n;
    }

    /** get_range: "a-b", "-b", "a-", or one number a. */
    private static void setRange(Node n, String s) {
        n.range = true;
        int dash = s.indexOf('-');
        if (dash < 0) {
            n.floor = strtol(s);
            n.ceil = n.floor;
            return;
        }
        n.floor = dash == 0 ? Integer.MIN_VALUE : strtol(s.substring(0, dash));
        n.ceil = dash == s.length() - 1 ? Integer.MAX_VALUE : strtol(s.substring(dash + 1));
    }

    /** strtol(s, NULL, 10) cast to an int: leading blanks, a sign, then the digits there are. */
    private static int strtol(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && v < Long.MAX_VALUE / 20) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        return (int) (negative ? -v : v);
    }

    // --- counting (stats_tree_manip_node_int/float, tick_pivot, tick_range) ---------------------------------------

    private Node lookup(String name, int parentId, boolean withHash, boolean floating) {
        Node parent = parents.get(parentId);
        Node n = parent.hash != null ? parent.hash.get(name) : names.get(name);
        return n != null ? n : newNode(name, parentId, floating, withHash, withHash);
    }

    /** tick_stat_node: one more of {@code name} under the parent; returns its id (-1 for a leaf). */
    int tick(String name, int parentId, boolean withHash) {
        Node n = lookup(name, parentId, withHash, false);
        n.counter++;
        burst(n, 1);
        return n.id;
    }

    /** avg_stat_node_add_value_int: one more, and {@code value} into the average. */
    int average(String name, int parentId, boolean withHash, int value) {
        Node n = lookup(name, parentId, withHash, false);
        n.counter++;
        burst(n, 1);
        n.intTotal += value;
        n.intMin = Math.min(n.intMin, value);
        n.intMax = Math.max(n.intMax, value);
        n.flags |= AVERAGE;
        return n.id;
    }

    /** avg_stat_node_add_value_float. */
    int average(String name, int parentId, boolean withHash, float value) {
        Node n = lookup(name, parentId, withHash, true);
        n.counter++;
        burst(n, 1);
        n.floatTotal += value;
        if (n.floatMin > value) {
            n.floatMin = value;
        }
        if (n.floatMax < value) {
            n.floatMax = value;
        }
        n.flags |= AVERAGE;
        return n.id;
    }

    /** stat_node_set_flags. */
    void setFlags(String name, int parentId, boolean withHash, int flags) {
        lookup(name, parentId, withHash, false).flags |= flags;
    }

    /** stats_tree_tick_pivot: the pivot and its child named {@code value}. */
    int tickPivot(int pivotId, String value) {
        Node p = parents.get(pivotId);
        p.counter++;
        burst(p, 1);
        Node n = lookup(value, pivotId, false, false);
        n.counter++;
        burst(n, 1);
        return pivotId;
    }

    /** stats_tree_tick_range: the range node's average, and the first of its ranges that holds {@code value}. */
    int tickRange(String name, int parentId, int value) {
        Node parent = parents.get(parentId);
        Node n = parent.hash != null ? parent.hash.get(name) : names.get(name);
        if (n == null) {
            throw new IllegalStateException("no stats_tree range node " + name);
        }
        n.intTotal += value;
        n.intMin = Math.min(n.intMin, value);
        n.intMax = Math.max(n.intMax, value);
        n.flags |= AVERAGE;
        for (Node c : n.children) {
            if (value >= c.floor && value <= c.ceil) {
                c.counter++;
                c.intTotal += value;
                c.intMin = Math.min(c.intMin, value);
                c.intMax = Math.max(c.intMax, value);
                c.flags |= AVERAGE;
                burst(c, 1);
                break;
            }
        }
        return n.id;
    }

    /**
     * update_burst_calc: {@code value} into the node's bucket of the current 5 ms, then the window's total; the
     * most any 100 ms window held, and where it began, are the burst columns.
     */
    private void burst(Node n, int value) {
        double current = Math.floor(now / BURST_RESOLUTION);
        int window = BURST_WINDOW / BURST_RESOLUTION;
        if (current > n.tail.bucketNo) {
            Bucket b = bucket(value, current);
            b.prev = n.tail;
            n.tail.next = b;
            n.tail = b;
            n.burstCount += value;
            while (current >= n.head.bucketNo + window) {
                Bucket old = n.head;
                n.head = old.next;
                n.head.prev = null;
                n.burstCount -= old.count;
            }
        } else if (current < n.head.bucketNo) {
            // time went back: before the window's start, kept only while the window still reaches it
            if (current + window > n.tail.bucketNo) {
                Bucket b = bucket(value, current);
                b.next = n.head;
                n.head.prev = b;
                n.head = b;
                n.burstCount += value;
            }
        } else {
            Bucket at = n.tail;
            while (current < at.bucketNo) {
                at = at.prev;
            }
            if (current == at.bucketNo) {
                at.count += value;
                if (at.startTime > now) {
                    at.startTime = now;
                }
            } else {
                Bucket b = bucket(value, current);
                b.prev = at;
                b.next = at.next;
                at.next = b;
                b.next.prev = b;
            }
            n.burstCount += value;
        }
        if (n.burstCount > n.maxBurst) {
            n.maxBurst = n.burstCount;
            n.burstTime = n.head.startTime;
        }
    }

    private Bucket bucket(int count, double number) {
        Bucket b = new Bucket();
        b.count = count;
        b.bucketNo = number;
        b.startTime = now;
        return b;
    }

    // --- the text table (stats_tree_format_as_str, ST_FORMAT_PLAIN) -----------------------------------------------

    /** Appends the table as tshark's draw_stats_tree prints it: children by count, most first. */
    void draw(StringBuilder out) {
        int nameWidth = maxNameLength(root, 0);
        int separatorLength = nameWidth + COLUMNS.length * (COLUMN_SIZE + 2);
        out.append('\n').append("=".repeat(separatorLength)).append('\n');
        out.append(title).append(":\n");
        pad(out, "Topic / Item", nameWidth);
        for (String c : COLUMNS) {
            out.append(' ');
            pad(out, c, COLUMN_SIZE + 1);
        }
        out.append('\n').append("-".repeat(separatorLength)).append('\n');
        for (Node c : root.children) {
            drawNode(out, c, 0, nameWidth);
        }
        out.append('\n').append("-".repeat(separatorLength)).append('\n');
    }

    /** stats_tree_branch_max_namelen: the widest name plus its indentation, in bytes. */
    private static int maxNameLength(Node n, int indent) {
        indent = Math.min(indent, INDENT_MAX);
        int max = 0;
        for (Node c : n.children) {
            max = Math.max(max, maxNameLength(c, indent + 1));
        }
        return Math.max(max, bytes(shownName(n)) + indent);
    }

    private static String shownName(Node n) {
        return (n.flags & ROOT_CHILD) != 0 ? displayName(n.name) : n.name;
    }

    private void drawNode(StringBuilder out, Node n, int indent, int nameWidth) {
        out.append(" ".repeat(indent));
        pad(out, shownName(n), nameWidth - indent);
        column(out, Integer.toUnsignedString(n.counter));
        boolean averaged = (n.flags & AVERAGE) != 0 || n.range;
        if (!averaged) {
            column(out, "");
            column(out, "");
            column(out, "");
        } else if (n.counter == 0) {
            column(out, "-");
            column(out, "-");
            column(out, "-");
        } else if (n.floating) {
            column(out, fixed(n.floatTotal / n.counter, 2));
            column(out, fixed(n.floatMin, 6));
            column(out, fixed(n.floatMax, 6));
        } else {
            column(out, fixed((float) n.intTotal / n.counter, 2));
            column(out, Integer.toString(n.intMin));
            column(out, Integer.toString(n.intMax));
        }
        column(out, elapsed != 0 ? fixed((float) n.counter / elapsed, 4) : "");
        if (n.parent != null && n.parent.counter != 0) {
            column(out, fixed((n.counter * 100.0) / n.parent.counter, 2) + "%");
        } else {
            column(out, n.parent == root ? "100%" : "");
        }
        column(out, n.maxBurst != 0 ? fixed((double) n.maxBurst / BURST_WINDOW, 4) : "-");
        column(out, n.maxBurst != 0 ? fixed(n.burstTime / 1000.0, 3) : "-");
        out.append('\n');
        if (!n.children.isEmpty()) {
            List<Node> sorted = new ArrayList<>(n.children);
            sorted.sort(BY_COUNT_DESCENDING);
            int next = Math.min(indent + 1, INDENT_MAX);
            for (Node c : sorted) {
                drawNode(out, c, next, nameWidth);
            }
        }
    }

    /**
     * stats_tree_sort_compare for the default preferences (by count, descending; ranges by their floor, always
     * ascending; ties by name, case-sensitive, then reversed with the rest), nodes flagged to sort on top first.
     */
    private static final Comparator<Node> BY_COUNT_DESCENDING = (a, b) -> {
        if (a.range && b.range) {
            return a.floor - b.floor;
        }
        int result = a.counter - b.counter;
        if (result == 0) {
            result = compareBytes(a.name, b.name);
        }
        result = -result;
        if ((a.flags & SORT_TOP) != (b.flags & SORT_TOP)) {
            result = (a.flags & SORT_TOP) != 0 ? -1 : 1;
        }
        return result;
    };

    /** strcmp of the names' UTF-8 bytes (code point order). */
    private static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca - cb;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return (a.length() - i) - (b.length() - j);
    }

    /** One numeric column: " %-13s". */
    private static void column(StringBuilder out, String value) {
        out.append(' ');
        pad(out, value, COLUMN_SIZE + 1);
    }

    /** printf's "%-Ns": left-justified in N bytes, never cut. */
    private static void pad(StringBuilder out, String s, int width) {
        out.append(s);
        for (int n = bytes(s); n < width; n++) {
            out.append(' ');
        }
    }

    private static int bytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return s.length();
    }

    /**
     * stats_tree_get_displayname: the part after the last '/', a doubled "//" standing for one slash
     * (st_sort_showfullname is off by default).
     */
    static String displayName(String full) {
        StringBuilder buf = new StringBuilder(full);
        int sep = 0;
        while ((sep = buf.indexOf("/", sep)) >= 0) {
            sep++;
            if (sep < buf.length() && buf.charAt(sep) == '/') {
                buf.deleteCharAt(sep);
            } else {
                buf.delete(0, sep);
                sep = 0;
            }
        }
        return buf.toString();
    }

    /** printf's "%.Nf": the double's exact value rounded half to even, as glibc does, a sign kept for -0. */
    static String fixed(double v, int digits) {
        if (Double.isNaN(v)) {
            return Double.doubleToRawLongBits(v) < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? "-inf" : "inf";
        }
        String s = new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        if ((v < 0 || (v == 0 && 1 / v < 0)) && s.charAt(0) != '-') {
            s = "-" + s;
        }
        return s;
    }
}
