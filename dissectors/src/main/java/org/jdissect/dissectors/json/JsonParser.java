package org.jdissect.dissectors.json;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.api.bytes.ByteView;

/**
 * What Wireshark 4.0's JSON dissector accepts, parsed as its tvbparse grammar parses (packet-json.c, tvbparse.c), so
 * that the same bodies are JSON and the same ones fall back to text lines:
 * <ul>
 * <li>a JSON text is one or more objects or arrays, whitespace ( \t\r\n) around them;</li>
 * <li>whitespace is skipped after every element of a sequence, even inside tokens: "1 .5" is one number and
 * "\ u0041" an escape;</li>
 * <li>alternatives are tried in order and the first that matches wins ("01" is the number 0 followed by garbage);</li>
 * <li>NaN is a value; a string may hold any byte but an unescaped quote or backslash.</li>
 * </ul>
 * The result is a tree of {@link Node}s for the top-level values that matched; nesting deeper than {@link #MAX_DEPTH}
 * fails the value (Wireshark's recursion has no bound; ours must not overflow the stack).
 */
final class JsonParser {
    static final int MAX_DEPTH = 200;

    enum Kind { OBJECT, ARRAY, MEMBER, STRING, NUMBER, FALSE, NULL, TRUE, NAN }

    /** A matched element: its token's extent [start, end), and for a member the key's. */
    static final class Node {
        final Kind kind;
        final int start;
        int end;
        int keyStart;
        int keyEnd;
        final List<Node> children = new ArrayList<>(0);

        Node(Kind kind, int start) {
            this.kind = kind;
            this.start = start;
        }
    }

    private final ByteView b;
    private final int limit;
    /** The node the last successful match built. */
    private Node last;

    JsonParser(ByteView b) {
        this.b = b;
        this.limit = b.capturedLength();
    }

    /**
     * Parses the top-level values from {@code off} on, into {@code out}; returns where parsing stopped (past the
     * whitespace after the last value that matched, or where the first one that did not match began).
     */
    int parse(int off, List<Node> out) {
        int at = off;
        while (true) {
            int p = skip(at);
            int e = object(p, 0);
            if (e < 0) {
                e = array(p, 0);
            }
            if (e < 0) {
                return at;
            }
            out.add(last);
            at = e;
        }
    }

    private boolean ws(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private int skip(int off) {
        while (off < limit && ws(b.u8(off))) {
            off++;
        }
        return off;
    }

    private int at(int off) {
        return off < limit ? b.u8(off) : -1;
    }

    /** value = false / null / true / NaN / object / array / number / string; returns the end, -1 if none. */
    private int value(int off, int depth) {
        if (depth > MAX_DEPTH) {
            return -1;
        }
        Kind lit = literal(off);
        if (lit != null) {
            Node n = new Node(lit, off);
            n.end = off + (lit == Kind.FALSE ? 5 : lit == Kind.NAN ? 3 : 4);
            last = n;
            return n.end;
        }
        int e = object(off, depth + 1);
        if (e >= 0) {
            return e;
        }
        e = array(off, depth + 1);
        if (e >= 0) {
            return e;
        }
        e = number(off);
        if (e >= 0) {
            return e;
        }
        return string(off);
    }

    private Kind literal(int off) {
        if (matches(off, "false")) {
            return Kind.FALSE;
        }
        if (matches(off, "null")) {
            return Kind.NULL;
        }
        if (matches(off, "true")) {
            return Kind.TRUE;
        }
        return matches(off, "NaN") ? Kind.NAN : null;
    }

    private boolean matches(int off, String s) {
        if (off + s.length() > limit) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b.u8(off + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** object = "{" [ member *( "," member ) ] "}". */
    private int object(int off, int depth) {
        return container(off, depth, '{', '}', Kind.OBJECT);
    }

    /** array = "[" [ value *( "," value ) ] "]". */
    private int array(int off, int depth) {
        return container(off, depth, '[', ']', Kind.ARRAY);
    }

    /** An object or array: its brackets around a list of members or values. */
    private int container(int off, int depth, char open, char close, Kind kind) {
        if (at(off) != open || depth > MAX_DEPTH) {
            return -1;
        }
        Node n = new Node(kind, off);
        int o = list(skip(off + 1), n, kind == Kind.OBJECT, depth);
        if (at(o) != close) {
            return -1;
        }
        n.end = o + 1;
        last = n;
        return skip(o + 1);
    }

    /**
     * [ item *( "," item ) ] from {@code o}, items being members or values, added to {@code into}; returns where the
     * list ends (past its whitespace), or {@code o} when it is empty.
     */
    private int list(int o, Node into, boolean members, int depth) {
        int e = members ? member(o, depth) : value(o, depth);
        if (e < 0) {
            return o;
        }
        into.children.add(last);
        o = skip(e);
        while (at(o) == ',') {
            int n = members ? member(skip(o + 1), depth) : value(skip(o + 1), depth);
            if (n < 0) {
                break;
            }
            into.children.add(last);
            o = skip(n);
        }
        return skip(o);
    }

    /** member = string ":" value; the member's token runs from the key to the end of the value. */
    private int member(int off, int depth) {
        int e = string(off);
        if (e < 0) {
            return -1;
        }
        Node key = last;
        if (at(e) != ':') {
            return -1;
        }
        int v = value(skip(e + 1), depth);
        if (v < 0) {
            return -1;
        }
        Node m = new Node(Kind.MEMBER, off);
        m.keyStart = key.start;
        m.keyEnd = key.end;
        m.end = last.end;
        m.children.add(last);
        last = m;
        return skip(v);
    }

    /** The end of the run of digits starting at {@code p} ({@code p} itself when there is none). */
    private int digitsEnd(int p) {
        while (at(p) >= '0' && at(p) <= '9') {
            p++;
        }
        return p;
    }

    /** number = [ "-" ] int [ "." 1*DIGIT ] [ ("e" / "E") [ "-" / "+" ] 1*DIGIT ], whitespace between parts. */
    private int number(int off) {
        int start = -1;
        int tokEnd = -1;
        int o = off;
        if (at(o) == '-') {
            start = o;
            tokEnd = o + 1;
            o++;
        }
        o = skip(o);
        int c = at(o);
        if (c == '0') {
            start = start < 0 ? o : start;
            tokEnd = o + 1;
            o = skip(o + 1);
        } else if (c >= '1' && c <= '9') {
            start = start < 0 ? o : start;
            tokEnd = o + 1;
            o = skip(o + 1);
            int d = digitsEnd(o);
            if (d > o) {
                tokEnd = d;
                o = skip(d);
            }
        } else {
            return -1;
        }
        if (at(o) == '.') {
            int p = skip(o + 1);
            int d = digitsEnd(p);
            if (d > p) {
                tokEnd = d;
                o = skip(d);
            }
        }
        if (at(o) == 'e' || at(o) == 'E') {
            int p = skip(o + 1);
            if (at(p) == '-' || at(p) == '+') {
                p = skip(p + 1);
            }
            int d = digitsEnd(p);
            if (d > p) {
                tokEnd = d;
                o = skip(d);
            }
        }
        Node n = new Node(Kind.NUMBER, start);
        n.end = tokEnd;
        last = n;
        return o;
    }

    private static boolean hex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** string = quote *( unescaped / "\" escape ) quote; the token includes the quotes. */
    private int string(int off) {
        if (at(off) != '"') {
            return -1;
        }
        int o = skip(off + 1);
        while (true) {
            int c = at(o);
            if (c < 0 || c == '"') {
                break;
            }
            if (c != '\\') {
                o++;
                continue;
            }
            int p = skip(o + 1);
            int e = at(p);
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                o = skip(p + 1);
            } else if (e == 'u') {
                int q = skip(p + 1);
                if (!(hex(at(q)) && hex(at(q + 1)) && hex(at(q + 2)) && hex(at(q + 3)))) {
                    break;
                }
                o = skip(skip(q + 4));
            } else {
                break;
            }
        }
        o = skip(o);
        if (at(o) != '"') {
            return -1;
        }
        Node n = new Node(Kind.STRING, off);
        n.end = o + 1;
        last = n;
        return skip(o + 1);
    }
}
