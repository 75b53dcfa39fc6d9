package org.jdissect.dissectors.x509;

import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * The parts of Wireshark 4.0's packet-ber.c the certificate dissectors use: identifiers and lengths (indefinite ones
 * measured by walking to their end-of-contents), SEQUENCE, SEQUENCE OF / SET OF and CHOICE driven by tables as
 * asn2wrs generates them, and the primitive types. Each element is handed to its dissector in a view of its own
 * bytes (ber_tvb_new_subset_length), so a length that lies is caught where tshark catches it; the "BER Error" items
 * are packet-ber.c's, with their expert findings.
 */
final class Ber {
    static final int UNI = 0;
    static final int APP = 1;
    static final int CON = 2;
    static final int PRI = 3;
    static final int ANY = 99;
    static final int OPT = 1;
    static final int IMPL = 2;
    static final int NOOWN = 4;
    static final int NOTCHK = 8;

    static final ExpertDef EI_FIELD_WRONG = ExpertDef.of("ber.error.sequence.field_wrong", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "BER Error: Wrong field in SEQUENCE");
    static final ExpertDef EI_UNKNOWN_FIELD = ExpertDef.of("ber.error.unknown_field.sequence", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "BER Error: Unknown field in Sequence");
    static final ExpertDef EI_EXPECTED_SEQUENCE = ExpertDef.of("ber.error.expected.sequence", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "BER Error: Sequence expected");
    static final ExpertDef EI_EXPECTED_SET = ExpertDef.of("ber.error.expected.set", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "BER Error: SET expected");
    static final ExpertDef EI_ERROR_LENGTH = ExpertDef.of("ber.error.length", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "BER Error: length is not valid");
    static final ExpertDef EI_OID_NOT_IMPLEMENTED = ExpertDef.of("ber.error.oid_not_implemented",
            ExpertGroup.UNDECODED, ExpertSeverity.WARN,
            "BER: Dissector for OID not implemented. Contact Wireshark developers if you want this supported");
    static final ExpertDef EI_EXPECTED_OCTET_STRING = ExpertDef.of("ber.error.expected.octet_string",
            ExpertGroup.MALFORMED, ExpertSeverity.WARN, "BER Error: OctetString expected");
    static final ExpertDef EI_EXPECTED_OID = ExpertDef.of("ber.error.expected.object_identifier",
            ExpertGroup.MALFORMED, ExpertSeverity.WARN, "BER Error: Object Identifier expected");
    static final ExpertDef EI_EXPECTED_BITSTRING = ExpertDef.of("ber.error.expected.bitstring",
            ExpertGroup.MALFORMED, ExpertSeverity.WARN, "BER Error: BitString expected");
    static final ExpertDef EI_EXPECTED_UTC_TIME = ExpertDef.of("ber.error.expected.utc_time", ExpertGroup.MALFORMED,
            ExpertSeverity.WARN, "BER Error: UTCTime expected");
    static final ExpertDef EI_INVALID_TIME = ExpertDef.of("ber.error.invalid_format.generalized_time",
            ExpertGroup.MALFORMED, ExpertSeverity.WARN, "BER Error: GeneralizedTime invalid format");
    static final ExpertDef EI_INVALID_UTC_TIME = ExpertDef.of("ber.error.invalid_format.utctime",
            ExpertGroup.MALFORMED, ExpertSeverity.WARN, "BER Error: malformed UTCTime encoding");
    static final ExpertDef[] EXPERTS = {EI_EXPECTED_UTC_TIME, EI_INVALID_TIME, EI_INVALID_UTC_TIME, EI_FIELD_WRONG, EI_UNKNOWN_FIELD, EI_EXPECTED_SEQUENCE, EI_EXPECTED_SET,
        EI_ERROR_LENGTH, EI_OID_NOT_IMPLEMENTED, EI_EXPECTED_OCTET_STRING, EI_EXPECTED_OID, EI_EXPECTED_BITSTRING};

    static final FieldDef PADDING = X509Fields.f("ber.bitstring.padding");

    /** An element's dissector: asn2wrs's {@code dissect_X(implicit_tag, tvb, offset, actx, tree, hf_index)}. */
    interface Fn {
        int apply(boolean implicit, ByteView tvb, int off, ProtoNode tree, FieldDef hf);
    }

    /** A SEQUENCE member or SEQUENCE OF item ({@code ber_sequence_t}). */
    record E(int cls, int tag, int flags, FieldDef hf, Fn fn) {
    }

    /** A CHOICE alternative ({@code ber_choice_t}). */
    record C(int value, int cls, int tag, int flags, FieldDef hf, Fn fn) {
    }

    final PacketContext ctx;
    // the header last read by id() and len()
    int cls;
    boolean pc;
    int tag;
    int len;
    boolean ind;
    private int depth;

    Ber(PacketContext ctx) {
        this.ctx = ctx;
    }

    // ---- identifiers and lengths

    /** Reads an identifier into cls, pc, tag; returns the offset after it. */
    int id(ByteView t, int off) {
        int b = t.u8(off++);
        cls = b >> 6;
        pc = (b & 0x20) != 0;
        tag = b & 0x1f;
        if (tag == 0x1f) {
            tag = 0;
            for (int i = 0; i < 4; i++) {
                b = t.u8(off++);
                tag = (tag << 7) | (b & 0x7f);
                if ((b & 0x80) == 0) {
                    break;
                }
            }
        }
        return off;
    }

    /** Reads a length into len and ind; returns the offset after it. */
    int len(ByteView t, int off) {
        int b = t.u8(off++);
        ind = false;
        if (b < 0x80) {
            len = b;
        } else if (b == 0x80) {
            ind = true;
            len = indefinite(t, off, 1);
        } else {
            // a guint32 in packet-ber.c: more than four octets wrap around, and an offset plus a length past
            // 2^31 goes negative, which the callers' "did we move forward" checks catch
            int l = 0;
            for (int n = b & 0x7f; n > 0; n--) {
                l = (l << 8) | t.u8(off++);
            }
            len = l;
        }
        return off;
    }

    /** The length of indefinite-length contents at {@code off}, their end-of-contents octets included. */
    private int indefinite(ByteView t, int off, int nest) {
        if (nest > 32) {
            throw BoundsException.MALFORMED;
        }
        int s = off;
        while (true) {
            if (t.u8(off) == 0 && t.u8(off + 1) == 0) {
                return off + 2 - s;
            }
            int o = off;
            int b = t.u8(o++);
            if ((b & 0x1f) == 0x1f) {
                while ((t.u8(o++) & 0x80) != 0) {
                    if (o - off > 6) {
                        throw BoundsException.MALFORMED;
                    }
                }
            }
            int l = t.u8(o++);
            if (l == 0x80) {
                o += indefinite(t, o, nest + 1);
            } else if (l > 0x80) {
                int v = 0;
                for (int n = l & 0x7f; n > 0; n--) {
                    v = (v << 8) | t.u8(o++);
                }
                o += v;
            } else {
                o += l;
            }
            if (o <= off) {
                throw BoundsException.MALFORMED;
            }
            off = o;
        }
    }

    /** The view an element is dissected in: at most {@code n} bytes from {@code off}, as many as were captured. */
    static ByteView sub(ByteView t, int off, int n) {
        int cap = t.remaining(off);
        return t.slice(off, Math.max(0, Math.min(cap, n)));
    }

    // ---- errors

    static String className(int c) {
        return switch (c) {
            case UNI -> "UNIVERSAL";
            case APP -> "APPLICATION";
            case CON -> "CONTEXT";
            case PRI -> "PRIVATE";
            default -> "Unknown";
        };
    }

    static String uniTag(int t) {
        return switch (t) {
            case 0 -> "EOC";
            case 1 -> "BOOLEAN";
            case 2 -> "INTEGER";
            case 3 -> "BIT STRING";
            case 4 -> "OCTET STRING";
            case 5 -> "NULL";
            case 6 -> "OBJECT IDENTIFIER";
            case 7 -> "ObjectDescriptor";
            case 8 -> "EXTERNAL";
            case 9 -> "REAL";
            case 10 -> "ENUMERATED";
            case 11 -> "EMBEDDED PDV";
            case 12 -> "UTF8String";
            case 13 -> "RELATIVE-OID";
            case 16 -> "SEQUENCE";
            case 17 -> "SET";
            case 18 -> "NumericString";
            case 19 -> "PrintableString";
            case 20 -> "TeletexString";
            case 21 -> "VideotexString";
            case 22 -> "IA5String";
            case 23 -> "UTCTime";
            case 24 -> "GeneralizedTime";
            case 25 -> "GraphicString";
            case 26 -> "VisibleString";
            case 27 -> "GeneralString";
            case 28 -> "UniversalString";
            case 29 -> "CHARACTER STRING";
            case 30 -> "BMPString";
            default -> "Unknown";
        };
    }

    /** proto_tree_add_expert_format: a line with the message carrying the finding. */
    void error(ProtoNode tree, ByteView t, int off, int n, ExpertDef def, String message) {
        int avail = Math.max(0, Math.min(n, t.remaining(Math.min(off, t.capturedLength()))));
        ProtoNode e = tree.addText(t, Math.min(off, t.capturedLength()), avail, message);
        Expert.add(ctx, e, def, message);
    }

    private void enter() {
        if (++depth > 64) {
            depth = 0;
            throw BoundsException.MALFORMED;
        }
    }

    // ---- constructed types

    int sequence(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf, E[] seq) {
        enter();
        try {
            return sequence0(implicit, t, off, tree, hf, seq);
        } finally {
            depth--;
        }
    }

    private int sequence0(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf, E[] seq) {
        int hoff = off;
        int lenx;
        int end;
        boolean indx = false;
        int cls0 = UNI;
        boolean pc0 = true;
        int tag0 = 16;
        if (!implicit) {
            off = id(t, off);
            cls0 = cls;
            pc0 = pc;
            tag0 = tag;
            off = len(t, off);
            lenx = len;
            indx = ind;
            end = off + lenx;
        } else {
            lenx = t.reportedRemaining(off);
            end = off + lenx;
        }
        int contentEnd = indx ? end - 2 : end;
        ProtoNode st = tree;
        if (hf != null) {
            t.ensure(hoff, end - hoff);
            st = hf.type() == FieldType.BYTES ? tree.addObj(hf, t, hoff, end - hoff, t.toArray(hoff, end - hoff))
                    : tree.addItem(hf, t, hoff, end - hoff);
            if (lenx == 0) {
                st.appendLabel(" [0 length]");
            }
        }
        if (!implicit && (!pc0 || cls0 != UNI || tag0 != 16)) {
            // packet-ber.c adds the item first, then finds the identifier wrong
            t.ensure(hoff, 2);
            error(st, t, off, lenx, EI_EXPECTED_SEQUENCE, "BER Error: Sequence expected but class:"
                    + className(cls0) + "(" + cls0 + ") " + (pc0 ? "Constructed" : "Primitive") + " tag:" + tag0
                    + " was unexpected");
            return end;
        }
        int si = 0;
        outer:
        while (off < contentEnd) {
            int h = off;
            off = id(t, off);
            int c = cls;
            int g = tag;
            off = len(t, off);
            int l = len;
            int eoff = off + l;
            if (eoff <= h) {
                throw BoundsException.MALFORMED;
            }
            while (true) {
                if (si >= seq.length) {
                    error(st, t, h, (off - h) + l, EI_UNKNOWN_FIELD,
                            "BER Error: This field lies beyond the end of the known sequence definition.");
                    off = eoff;
                    continue outer;
                }
                E e = seq[si];
                boolean tagged = (e.cls == CON || e.cls == APP || e.cls == PRI) && (e.flags & NOOWN) == 0;
                if ((tagged || (e.flags & NOTCHK) == 0) && e.cls != ANY && e.tag != -1
                        && (e.cls != c || e.tag != g)) {
                    if ((e.flags & OPT) != 0) {
                        si++;
                        continue;
                    }
                    String m = e.cls == UNI
                            ? "BER Error: Wrong field in SEQUENCE: expected class:" + className(e.cls) + "(" + e.cls
                              + ") tag:" + e.tag + "(" + uniTag(e.tag) + ") but found class:" + className(c) + "(" + c
                              + ") tag:" + g
                            : "BER Error: Wrong field in SEQUENCE: expected class:" + className(e.cls) + "(" + e.cls
                              + ") tag:" + e.tag + " but found class:" + className(c) + "(" + c + ") tag:" + g;
                    error(st, t, off, l, EI_FIELD_WRONG, m);
                    si++;
                    off = eoff;
                    continue outer;
                }
                ByteView next = (e.flags & NOOWN) == 0 ? sub(t, off, eoff - off) : sub(t, h, eoff - h);
                int count = e.fn.apply((e.flags & IMPL) != 0, next, 0, st, e.hf);
                if (l != 0 && count == 0 && (e.flags & OPT) != 0) {
                    si++;
                    continue;
                }
                off = eoff;
                si++;
                continue outer;
            }
        }
        if (off != contentEnd) {
            t.ensure(off - 2, 2); // what packet-ber.c checks here throws when the element ran past the end
            error(st, t, contentEnd - 2, 2, EI_ERROR_LENGTH, "BER Error: Sequence ate " + (off - contentEnd)
                    + " too many bytes");
        }
        return end;
    }

    /** SEQUENCE OF ({@code type} 16) or SET OF (17). */
    int sequenceOf(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf, int type, E item) {
        enter();
        try {
            return sequenceOf0(implicit, t, off, tree, hf, type, item);
        } finally {
            depth--;
        }
    }

    private int sequenceOf0(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf, int type, E item) {
        int hoff = off;
        int lenx;
        int end;
        if (!implicit) {
            off = id(t, off);
            int c = cls;
            boolean p = pc;
            int g = tag;
            off = len(t, off);
            lenx = len;
            end = off + lenx;
            if (c != APP && c != PRI && (!p || c != UNI || g != type)) {
                t.ensure(hoff, 2);
                error(tree, t, off, lenx, type == 16 ? EI_EXPECTED_SEQUENCE : EI_EXPECTED_SET, "BER Error: "
                        + (type == 16 ? "Set" : "Sequence") + " Of expected but class:" + className(c) + "(" + c + ") "
                        + (p ? "Constructed" : "Primitive") + " tag:" + g + " was unexpected");
                return end;
            }
        } else {
            lenx = t.reportedRemaining(off);
            end = off + lenx;
        }
        int cnt = 0;
        if (t.remaining(off) == t.reportedRemaining(off)) {
            int o = off;
            while (o < end) {
                int s = o;
                if (t.u8(o) == 0 && t.u8(o + 1) == 0) {
                    break;
                }
                o = id(t, o);
                o = len(t, o);
                o += len;
                cnt++;
                if (o <= s) {
                    throw BoundsException.MALFORMED;
                }
            }
        }
        ProtoNode st = tree;
        if (hf != null) {
            if (hf.type() == FieldType.NONE) {
                st = tree.addItem(hf, t, off, lenx).appendLabel(":");
            } else {
                st = tree.add(hf, t, off, lenx, cnt).appendLabel(cnt == 1 ? " item" : " items");
            }
        }
        while (off < end) {
            int h = off;
            if (t.u8(off) == 0 && t.u8(off + 1) == 0) {
                return off + 2;
            }
            off = id(t, off);
            int c = cls;
            int g = tag;
            off = len(t, off);
            int l = len;
            int eoff = off + l;
            if (eoff <= h) {
                throw BoundsException.MALFORMED;
            }
            if (c == UNI && g == 0) {
                return eoff;
            }
            if (item.cls != ANY && (item.cls != c || item.tag != g)) {
                String m = item.cls == UNI
                        ? "BER Error: Wrong field in SEQUENCE OF: expected class:" + className(item.cls) + "("
                          + item.cls + ") tag:" + item.tag + "(" + uniTag(item.tag) + ") but found class:"
                          + className(c) + "(" + c + ") tag:" + g
                        : "BER Error: Wrong field in SEQUENCE OF: expected class:" + className(item.cls) + "("
                          + item.cls + ") tag:" + item.tag + " but found class:" + className(c) + "(" + c + ") tag:"
                          + g;
                error(st, t, off, l, EI_FIELD_WRONG, m);
                off = eoff;
                continue;
            }
            int from = (item.flags & (NOOWN | IMPL)) == 0 ? off : h;
            item.fn.apply(item.flags == IMPL, sub(t, from, eoff - from), 0, st, item.hf);
            off = eoff;
        }
        if (off != end) {
            t.ensure(off - 2, 2);
            error(st, t, end - 2, 2, EI_ERROR_LENGTH, "BER Error: " + (type == 16 ? "Set" : "Sequence")
                    + " Of ate " + (off - end) + " too many bytes");
        }
        return end;
    }

    int choice(ByteView t, int off, ProtoNode tree, FieldDef hf, C[] choices) {
        enter();
        try {
            return choice0(t, off, tree, hf, choices);
        } finally {
            depth--;
        }
    }

    private int choice0(ByteView t, int off, ProtoNode tree, FieldDef hf, C[] choices) {
        int start = off;
        if (t.reportedRemaining(off) == 0) {
            return off;
        }
        off = id(t, off);
        int c = cls;
        int g = tag;
        off = len(t, off);
        int l = len;
        boolean indx = ind;
        int end = off + l;
        for (int pass = 0; pass < 2; pass++) {
            for (C ch : choices) {
                boolean take = pass == 0
                        ? ch.cls == c && (ch.tag == g || ch.tag == -1 && (ch.flags & NOOWN) != 0)
                        : ch.cls == ANY && ch.tag == -1;
                if (!take) {
                    continue;
                }
                int h = start;
                int length;
                if ((ch.flags & NOOWN) == 0) {
                    h = off;
                    length = indx ? l - 2 : l;
                } else {
                    length = end - h;
                }
                ProtoNode st = tree;
                if (hf != null) {
                    st = tree.add(hf, t, h, end - h, ch.value);
                }
                int count = ch.fn.apply((ch.flags & IMPL) != 0, sub(t, h, length), 0, st, ch.hf);
                if (count == 0 && (ch.cls == c && ch.tag == -1 && (ch.flags & NOOWN) != 0 || pass == 1)) {
                    if (hf != null) {
                        st.detach();
                    }
                    continue;
                }
                return end;
            }
        }
        return start;
    }

    // ---- primitive types

    /** Reads a primitive's header unless implicit; returns {offset of contents, length}. */
    private int[] primitive(boolean implicit, ByteView t, int off) {
        if (implicit) {
            return new int[] {off, t.reportedRemaining(off)};
        }
        off = id(t, off);
        off = len(t, off);
        return new int[] {off, len};
    }

    int integer(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int[] h = primitive(implicit, t, off);
        int o = h[0];
        int n = h[1];
        if (hf != null && hf.type() == FieldType.BYTES) {
            byte[] b = t.toArray(o, n);
            tree.addObj(hf, t, o, n, b).label(hf.name() + ": " + (n > 0 ? "0x" : "") + bytesText(b));
            return o + n;
        }
        long v = 0;
        for (int i = 0; i < Math.min(n, 8); i++) {
            int b = t.u8(o + i);
            v = i == 0 ? (byte) b : (v << 8) | b;
        }
        lastInteger = v;
        if (hf != null) {
            tree.add(hf, t, o, n, v);
        }
        return o + n;
    }

    long lastInteger;

    /** tvb_bytes_to_str: hex digits of at most 36 bytes, then an ellipsis. */
    static String bytesText(byte[] b) {
        int n = Math.min(b.length, 36);
        String s = FieldFormat.hex(b, 0, n, "");
        return b.length > 36 ? s + "\u2026" : s;
    }

    int bool(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int[] h = primitive(implicit, t, off);
        int v = 0;
        for (int i = 0; i < h[1]; i++) {
            v |= t.u8(h[0] + i);
        }
        if (hf != null) {
            tree.add(hf, t, h[0], h[1], v != 0 ? 1 : 0);
        }
        return h[0] + h[1];
    }

    /** The dotted text of the last OID read, or null. */
    String lastOid;

    int oid(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int[] h = primitive(implicit, t, off);
        int o = h[0];
        int n = h[1];
        byte[] b = t.toArray(o, n);
        String dotted = Oids.dotted(b);
        lastOid = dotted;
        if (hf != null && dotted != null) {
            String name = Oids.resolve(dotted);
            ProtoNode item = tree.addObj(hf, t, o, n, dotted);
            if (name != null) {
                item.label(hf.name() + ": " + dotted + " (" + name + ")");
            }
        }
        return o + n;
    }

    /** Text of a string of the given universal tag's encoding, as proto_tree_add_item decodes it. */
    static String decode(ByteView t, int off, int n, int type) {
        byte[] b = t.toArray(off, n);
        switch (type) {
            case 12 -> {
                return new String(b, StandardCharsets.UTF_8);
            }
            case 30 -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i + 1 < b.length; i += 2) {
                    sb.append((char) (((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)));
                }
                if ((b.length & 1) != 0) {
                    sb.append('\ufffd');
                }
                return sb.toString();
            }
            case 28 -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i + 3 < b.length; i += 4) {
                    int cp = ((b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8)
                            | (b[i + 3] & 0xff);
                    if (Character.isValidCodePoint(cp)) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append('\ufffd');
                    }
                }
                if ((b.length & 3) != 0) {
                    sb.append('\ufffd');
                }
                return sb.toString();
            }
            default -> {
                StringBuilder sb = new StringBuilder(b.length);
                for (byte x : b) {
                    sb.append(x >= 0 ? (char) x : '\ufffd');
                }
                return sb.toString();
            }
        }
    }

    /**
     * A restricted character string of universal tag {@code type} (or an OCTET STRING into a bytes field); the item
     * covers what of its contents the view holds (packet-ber.c clamps the length, then the next read fails).
     */
    int string(boolean implicit, int type, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int hoff = off;
        int o;
        int n;
        int stringType = type;
        if (!implicit) {
            o = id(t, off);
            int c = cls;
            int g = tag;
            boolean p = pc;
            o = len(t, o);
            n = len;
            if (c != APP && c != PRI && (c != UNI || g < 18 && g != 4 && g != 12)) {
                t.ensure(hoff, 2);
                error(tree, t, o, n, EI_EXPECTED_OCTET_STRING, "BER Error: OctetString expected but class:"
                        + className(c) + "(" + c + ") " + (p ? "Constructed" : "Primitive") + " tag:" + g
                        + " was unexpected");
                return o + n;
            }
            if (c == UNI && type < 0) {
                stringType = g;
            }
        } else {
            o = off;
            n = t.reportedRemaining(off);
        }
        int rem = t.reportedRemaining(o);
        int avail = Integer.compareUnsigned(n, rem) <= 0 ? n : rem; // guint32 against what is left
        if (hf != null) {
            if (hf.type() == FieldType.BYTES) {
                tree.addObj(hf, t, o, avail, t.toArray(o, avail));
            } else {
                tree.addObj(hf, t, o, avail, decode(t, o, avail, stringType));
            }
        }
        lastStringOff = o;
        lastStringLen = avail;
        return o + n;
    }

    int lastStringOff;
    int lastStringLen;

    /** A BIT STRING: its padding count, then its bytes, then one boolean per named bit ({@code bits[i]} is bit i). */
    int bitString(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf, FieldDef[] bits) {
        int[] h = primitive(implicit, t, off);
        int o = h[0];
        int n = h[1];
        if (n == 0) {
            return o;
        }
        int pad = t.u8(o);
        tree.add(PADDING, t, o, 1, pad);
        ProtoNode item = tree;
        if (hf != null) {
            item = tree.addObj(hf, t, o + 1, n - 1, t.toArray(o + 1, n - 1));
        }
        if (bits != null && n > 1) {
            // proto_tree_add_bitmask_list_value per byte of named bits, over that byte (the last one for bytes the
            // string lacks, which read as zero), the padding bits masked out
            int cl = n - 1;
            for (int i = 0; i < bits.length; i++) {
                int k = i / 8;
                int v = k < cl ? t.u8(o + 1 + k) : 0;
                if (k == cl - 1) {
                    v &= 0xff << pad;
                }
                item.add(bits[i], t, o + 1 + Math.min(k, cl - 1), 1, (v & (0x80 >> (i % 8))) != 0 ? 1 : 0);
            }
        }
        return o + n;
    }

    /** The contents of a BIT STRING after its padding byte, without adding anything. */
    ByteView bitStringContents(ByteView t, int off) {
        int o = id(t, off);
        o = len(t, o);
        int n = len;
        if (n == 0) {
            return null;
        }
        t.u8(o);
        return sub(t, o + 1, n - 1);
    }
}
