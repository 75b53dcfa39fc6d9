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
 * The parts of Wireshark 4.0's packet-ber.c the certificate dissectors use, with its quirks: identifiers and
 * lengths (a length is a guint32 that more than four octets wrap; an indefinite one is measured by walking to its
 * end-of-contents), SEQUENCE, SEQUENCE OF / SET OF and CHOICE driven by tables as asn2wrs generates them, and the
 * primitive types. Each element is handed to its dissector in a view of its own bytes, clamped to what its parent
 * holds (ber_tvb_new_subset_length), so a length that lies is caught where tshark catches it; implicitly tagged
 * strings take the length of the last header dissected, as packet-ber.c's get_last_ber_length does. The "BER Error"
 * items are packet-ber.c's, with their expert findings.
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

    private static ExpertDef warn(String abbrev, String summary) {
        return ExpertDef.of(abbrev, ExpertGroup.MALFORMED, ExpertSeverity.WARN, summary);
    }

    static final ExpertDef EI_FIELD_WRONG = warn("ber.error.sequence.field_wrong", "BER Error: Wrong field in SEQUENCE");
    static final ExpertDef EI_UNKNOWN_FIELD = warn("ber.error.unknown_field.sequence",
            "BER Error: Unknown field in Sequence");
    static final ExpertDef EI_EXPECTED_SEQUENCE = warn("ber.error.expected.sequence", "BER Error: Sequence expected");
    static final ExpertDef EI_EXPECTED_SET = warn("ber.error.expected.set", "BER Error: SET expected");
    static final ExpertDef EI_ERROR_LENGTH = warn("ber.error.length", "BER Error: length is not valid");
    static final ExpertDef EI_OID_NOT_IMPLEMENTED = ExpertDef.of("ber.error.oid_not_implemented",
            ExpertGroup.UNDECODED, ExpertSeverity.WARN,
            "BER: Dissector for OID not implemented. Contact Wireshark developers if you want this supported");
    static final ExpertDef EI_EXPECTED_OCTET_STRING = warn("ber.error.expected.octet_string",
            "BER Error: OctetString expected");
    static final ExpertDef EI_EXPECTED_STRING = warn("ber.error.expected.string", "BER Error: String expected");
    static final ExpertDef EI_EXPECTED_OID = warn("ber.error.expected.object_identifier",
            "BER Error: Object Identifier expected");
    static final ExpertDef EI_EXPECTED_BITSTRING = warn("ber.error.expected.bitstring", "BER Error: BitString expected");
    static final ExpertDef EI_EXPECTED_UTC_TIME = warn("ber.error.expected.utc_time", "BER Error: UTCTime expected");
    static final ExpertDef EI_EXPECTED_GENERALIZED_TIME = warn("ber.error.expected.generalized_time",
            "BER Error: GeneralizedTime expected");
    static final ExpertDef EI_INVALID_TIME = warn("ber.error.invalid_format.generalized_time",
            "BER Error: GeneralizedTime invalid format");
    static final ExpertDef EI_INVALID_UTC_TIME = warn("ber.error.invalid_format.utctime",
            "BER Error: malformed UTCTime encoding");
    static final ExpertDef EI_EMPTY_CHOICE = warn("ber.error.empty_choice", "BER Error: Empty choice was found");
    static final ExpertDef EI_NO_OID = warn("ber.error.no_oid", "BER Error: No OID supplied to call_ber_oid_callback");
    static final ExpertDef EI_BITS_UNKNOWN = ExpertDef.of("ber.error.bits_unknown", ExpertGroup.UNDECODED,
            ExpertSeverity.WARN, "BER Error: Bits unknown");
    static final ExpertDef EI_BITS_SET_PADDED = ExpertDef.of("ber.error.bits_set_padded", ExpertGroup.UNDECODED,
            ExpertSeverity.WARN, "BER Error: Bits set in padded area");
    static final ExpertDef EI_ILLEGAL_PADDING = ExpertDef.of("ber.error.illegal_padding", ExpertGroup.UNDECODED,
            ExpertSeverity.WARN, "Illegal padding");
    static final ExpertDef EI_CONSTR_BITSTRING = warn("ber.error.constr_bitstr.len",
            "BER Error: malformed Bitstring encoding");
    static final ExpertDef[] EXPERTS = {EI_FIELD_WRONG, EI_UNKNOWN_FIELD, EI_EXPECTED_SEQUENCE, EI_EXPECTED_SET,
        EI_ERROR_LENGTH, EI_OID_NOT_IMPLEMENTED, EI_EXPECTED_OCTET_STRING, EI_EXPECTED_STRING, EI_EXPECTED_OID,
        EI_EXPECTED_BITSTRING, EI_EXPECTED_UTC_TIME, EI_EXPECTED_GENERALIZED_TIME, EI_INVALID_TIME,
        EI_INVALID_UTC_TIME, EI_EMPTY_CHOICE, EI_NO_OID, EI_BITS_UNKNOWN, EI_BITS_SET_PADDED, EI_ILLEGAL_PADDING,
        EI_CONSTR_BITSTRING};

    static final FieldDef PADDING = X509Fields.f("ber.bitstring.padding");
    static final FieldDef EMPTY = FieldDef.builder("ber.bitstring.empty", "Empty", FieldType.UINT8)
            .blurb("This is an empty bitstring").build();
    static final FieldDef INT64_AS_BYTES = FieldDef.builder("ber.64bit_uint_as_bytes", "64bits unsigned integer",
            FieldType.BYTES).build();

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
    // the header last read
    int cls;
    boolean pc;
    int tag;
    int len;
    boolean ind;
    // packet-ber.c's last_class/last_pc/last_tag (any identifier read) and last_length/last_ind (dissect_ber_length)
    private int lastCls;
    private boolean lastPc;
    private int lastTag;
    private int lastLen;
    private boolean lastInd;
    private int depth;

    Ber(PacketContext ctx) {
        this.ctx = ctx;
    }

    // ---- identifiers and lengths

    /** get_ber_identifier: reads an identifier into cls, pc, tag; returns the offset after it. */
    int id(ByteView t, int off) {
        int b = t.u8(off++);
        cls = (b >> 6) & 3;
        pc = (b & 0x20) != 0;
        tag = b & 0x1f;
        if (tag == 0x1f) {
            tag = 0;
            while (t.reportedRemaining(off) > 0) {
                int x = t.u8(off++);
                tag = (tag << 7) | (x & 0x7f);
                if ((x & 0x80) == 0) {
                    break;
                }
            }
        }
        lastCls = cls;
        lastPc = pc;
        lastTag = tag;
        return off;
    }

    /** get_ber_length: reads a length into len and ind; returns the offset after it. */
    int len(ByteView t, int off) {
        int[] r = length(t, off, 1);
        len = r[1];
        ind = r[2] != 0;
        return r[0];
    }

    /** dissect_ber_length: {@link #len}, remembered for the implicitly tagged types that follow. */
    int dlen(ByteView t, int off) {
        off = len(t, off);
        lastLen = len;
        lastInd = ind;
        return off;
    }

    /** try_get_ber_length: {offset after, length (a guint32, wrapped), indefinite 0/1}. */
    private int[] length(ByteView t, int off, int nest) {
        if (nest > 100) {
            throw BoundsException.MALFORMED;
        }
        int oct = t.u8(off++);
        int l = 0;
        boolean indefinite = false;
        if ((oct & 0x80) == 0) {
            l = oct;
        } else if ((oct & 0x7f) != 0) {
            for (int n = oct & 0x7f; n > 0; n--) {
                l = (l << 8) + t.u8(off++);
            }
        } else {
            int o = off;
            while (t.u8(o) != 0 || t.u8(o + 1) != 0) {
                int s = o;
                o = skipId(t, o);
                int[] inner = length(t, o, nest + 1);
                l += inner[1] + (inner[0] - s);
                o = inner[0] + inner[1];
                if (o <= s) {
                    throw BoundsException.MALFORMED;
                }
            }
            l += 2;
            indefinite = true;
        }
        return new int[] {off, l, indefinite ? 1 : 0};
    }

    private static int skipId(ByteView t, int off) {
        int b = t.u8(off++);
        if ((b & 0x1f) == 0x1f) {
            while (t.reportedRemaining(off) > 0) {
                if ((t.u8(off++) & 0x80) == 0) {
                    break;
                }
            }
        }
        return off;
    }

    /**
     * ber_tvb_new_subset_length: {@code n} bytes from {@code off}, or what the view reports is left if less (what
     * was not captured stays a truncation).
     */
    static ByteView sub(ByteView t, int off, int n) {
        int rem = t.reportedRemaining(off);
        if (off < 0 || off > t.reportedLength()) {
            throw BoundsException.MALFORMED;
        }
        return t.sliceReported(off, n < 0 || rem < n ? rem : n);
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

    private static String unexpected(int c, boolean p, int g) {
        return "class:" + className(c) + "(" + c + ") " + (p ? "Constructed" : "Primitive") + " tag:" + g
                + " was unexpected";
    }

    /** proto_tree_add_expert_format: a line with the message carrying the finding; returns the line. */
    ProtoNode error(ProtoNode tree, ByteView t, int off, int n, ExpertDef def, String message) {
        int at = Math.max(0, Math.min(off, t.capturedLength()));
        int avail = Math.max(0, Math.min(n, t.capturedLength() - at));
        ProtoNode e = tree.addText(t, at, avail, message);
        Expert.add(ctx, e, def, message);
        return e;
    }

    /**
     * proto_tree_add_item of an FT_NONE field: proto.c's get_hfi_length cuts a length running past the captured
     * bytes to what is there, so only a start past them fails.
     */
    static ProtoNode none(ProtoNode parent, FieldDef hf, ByteView t, int off, int n) {
        if (n > 0) {
            int rem = off > t.capturedLength() ? -1 : t.capturedLength() - off;
            if (rem < n) {
                n = rem;
            }
        }
        if (n < 0) {
            throw BoundsException.MALFORMED;
        }
        t.ensure(off, n);
        return parent.addItem(hf, t, off, n);
    }

    private void enter() {
        if (++depth > 100) {
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

    private int sequence0(boolean implicit, ByteView t, int off, ProtoNode parent, FieldDef hf, E[] seq) {
        int hoff = off;
        int lenx;
        int end = 0;
        if (!implicit) {
            off = id(t, off);
            off = len(t, off);
            lenx = len;
        } else {
            lenx = t.reportedRemaining(off);
            end = off + lenx;
        }
        ProtoNode item = null;
        ProtoNode tree = parent;
        if (hf != null) {
            int n = lenx + off - hoff;
            if (hf.type() == FieldType.BYTES) {
                t.ensure(hoff, n);
                item = parent.addObj(hf, t, hoff, n, t.toArray(hoff, n));
            } else {
                item = none(parent, hf, t, hoff, n);
            }
            tree = item;
        }
        off = hoff;
        boolean indx = false;
        if (!implicit) {
            off = id(t, off);
            int c = cls;
            boolean p = pc;
            int g = tag;
            off = dlen(t, off);
            lenx = len;
            indx = ind;
            end = indx ? off + lenx - 2 : off + lenx;
            if (c != APP && c != PRI && (!p || c != UNI || g != 16)) {
                t.ensure(hoff, 2);
                // over the identifier at the element's start, where tshark 4.0 shows it
                error(tree, t, hoff, id(t, hoff) - hoff, EI_EXPECTED_SEQUENCE, "BER Error: Sequence expected but "
                        + unexpected(c, p, g));
                return end;
            }
        }
        if (off == end && item != null) {
            item.appendLabel(" [0 length]");
        }
        int si = 0;
        while (off < end) {
            if (t.u8(off) == 0 && t.u8(off + 1) == 0) {
                dlen(t, id(t, off));
                if (item != null) {
                    item.appendLabel(" 0 items");
                }
                return end;
            }
            int h = off;
            off = id(t, off);
            int c = cls;
            int g = tag;
            off = len(t, off);
            int l = len;
            boolean indField = ind;
            int eoff = off + l;
            if (eoff <= h) {
                throw BoundsException.MALFORMED;
            }
            boolean next = false;
            while (!next) {
                if (si >= seq.length) {
                    off = dlen(t, id(t, h));
                    // from the element's start to the end of the sequence, as tshark 4.0 shows it
                    error(tree, t, h, end - h, EI_UNKNOWN_FIELD,
                            "BER Error: This field lies beyond the end of the known sequence definition.");
                    off = eoff;
                    break;
                }
                E e = seq[si];
                boolean tagged = (e.cls == CON || e.cls == APP || e.cls == PRI) && (e.flags & NOOWN) == 0;
                if ((tagged || (e.flags & NOTCHK) == 0) && e.cls != ANY && e.tag != -1
                        && (e.cls != c || e.tag != g)) {
                    if ((e.flags & OPT) != 0) {
                        si++;
                        continue;
                    }
                    off = dlen(t, id(t, h));
                    String m = e.cls == UNI
                            ? "BER Error: Wrong field in SEQUENCE: expected class:" + className(e.cls) + "(" + e.cls
                              + ") tag:" + e.tag + "(" + uniTag(e.tag) + ") but found class:" + className(c) + "(" + c
                              + ") tag:" + g
                            : "BER Error: Wrong field in SEQUENCE: expected class:" + className(e.cls) + "(" + e.cls
                              + ") tag:" + e.tag + " but found class:" + className(c) + "(" + c + ") tag:" + g;
                    // over the identifier, as packet-ber.c adds it (at the element's start)
                    error(tree, t, h, id(t, h) - h, EI_FIELD_WRONG, m);
                    si++;
                    off = eoff;
                    break;
                }
                ByteView nt;
                if ((e.flags & NOOWN) == 0) {
                    if (indField && l == 2) {
                        nt = sub(t, off, l);
                        h = eoff;
                    } else {
                        h = dlen(t, id(t, h));
                        nt = sub(t, h, eoff - h - (indField ? 2 : 0));
                    }
                } else {
                    nt = sub(t, h, eoff - h);
                }
                int count = e.fn.apply((e.flags & IMPL) != 0, nt, 0, tree, e.hf);
                if (l != 0 && count == 0 && (e.flags & OPT) != 0) {
                    si++;
                    continue;
                }
                off = eoff;
                si++;
                next = true;
            }
        }
        if (off != end) {
            t.ensure(off - 2, 2);
            error(tree, t, off - 2, 2, EI_ERROR_LENGTH, "BER Error: Sequence ate " + (off - end)
                    + " too many bytes");
        }
        return indx ? end + 2 : end;
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

    private int sequenceOf0(boolean implicit, ByteView t, int off, ProtoNode parent, FieldDef hf, int type, E seq) {
        int lenx;
        int end;
        if (!implicit) {
            int hoff = off;
            off = id(t, off);
            int c = cls;
            boolean p = pc;
            int g = tag;
            off = dlen(t, off);
            lenx = len;
            end = off + lenx;
            if (c != APP && c != PRI && (!p || c != UNI || g != type)) {
                t.ensure(hoff, 2);
                error(parent, t, off, lenx, type == 16 ? EI_EXPECTED_SEQUENCE : EI_EXPECTED_SET, "BER Error: "
                        + (type == 16 ? "SEQUENCE" : "SET") + " OF expected but " + unexpected(c, p, g));
                return end;
            }
        } else {
            lenx = t.reportedRemaining(off);
            end = off + lenx;
        }
        int cnt = 0;
        boolean haveCnt = false;
        if (t.remaining(off) == t.reportedRemaining(off)) {
            haveCnt = true;
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
                    haveCnt = false;
                    cnt = 0;
                    break;
                }
            }
        }
        ProtoNode tree = parent;
        if (hf != null) {
            if (hf.type() == FieldType.NONE) {
                tree = none(parent, hf, t, off, lenx).appendLabel(":");
            } else if (haveCnt) {
                tree = parent.add(hf, t, off, lenx, cnt).appendLabel(cnt == 1 ? " item" : " items");
            } else {
                tree = parent.add(hf, t, off, lenx, cnt).label(hf.name() + ": unknown number of items");
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
                dlen(t, id(t, h));
                return eoff;
            }
            if (seq.cls != ANY && (seq.cls != c || seq.tag != g) && (seq.flags & NOTCHK) == 0) {
                String m = seq.cls == UNI
                        ? "BER Error: Wrong field in SEQUENCE OF: expected class:" + className(seq.cls) + "("
                          + seq.cls + ") tag:" + seq.tag + "(" + uniTag(seq.tag) + ") but found class:"
                          + className(c) + "(" + c + ") tag:" + g
                        : "BER Error: Wrong field in SEQUENCE OF: expected class:" + className(seq.cls) + "("
                          + seq.cls + ") tag:" + seq.tag + " but found class:" + className(c) + "(" + c + ") tag:"
                          + g;
                // over the identifier, as packet-ber.c adds it (at the element's start)
                error(tree, t, h, id(t, h) - h, EI_FIELD_WRONG, m);
                off = eoff;
                continue;
            }
            if ((seq.flags & NOOWN) == 0 && (seq.flags & IMPL) == 0) {
                h = dlen(t, id(t, h));
            }
            if (seq.flags == IMPL && seq.cls == CON) {
                h = dlen(t, id(t, h));
            }
            seq.fn.apply(seq.flags == IMPL, sub(t, h, eoff - h), 0, tree, seq.hf);
            off = eoff;
        }
        if (off != end) {
            t.ensure(off - 2, 2);
            error(tree, t, off - 2, 2, EI_ERROR_LENGTH, "BER Error: " + (type == 16 ? "SEQUENCE" : "SET")
                    + " OF ate " + (off - end) + " too many bytes");
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

    private int choice0(ByteView t, int off, ProtoNode parent, FieldDef hf, C[] choices) {
        int start = off;
        int hoff = off;
        if (t.reportedRemaining(off) == 0) {
            error(parent, t, off, 0, EI_EMPTY_CHOICE, "BER Error: Empty choice was found");
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
            for (int i = 0; i < choices.length; i++) {
                C ch = choices[i];
                boolean take = pass == 0
                        ? ch.cls == c && (ch.tag == g || ch.tag == -1 && (ch.flags & NOOWN) != 0)
                        : ch.cls == ANY && ch.tag == -1;
                if (!take) {
                    continue;
                }
                int length;
                if ((ch.flags & NOOWN) == 0) {
                    hoff = dlen(t, id(t, start));
                    start = hoff;
                    length = indx ? l - 2 : l;
                } else {
                    length = end - hoff;
                }
                ProtoNode tree = parent;
                if (hf != null) {
                    tree = parent.add(hf, t, hoff, end - hoff, ch.value);
                }
                int count = ch.fn.apply((ch.flags & IMPL) != 0, sub(t, hoff, length), 0, tree, ch.hf);
                if (count == 0 && (ch.cls == c && ch.tag == -1 && (ch.flags & NOOWN) != 0 || pass == 1)) {
                    continue; // packet-ber.c tries the next alternative, leaving this one's item in the tree
                }
                return end;
            }
        }
        return start;
    }

    // ---- primitive types

    int integer(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int n;
        if (!implicit) {
            off = id(t, off);
            off = dlen(t, off);
            n = len;
        } else {
            n = Math.max(0, t.reportedRemaining(off));
        }
        int first = t.u8(off);
        if (Integer.compareUnsigned(n, 9) > 0 || n == 9 && first != 0) {
            if (hf != null) {
                FieldDef f = hf.type() == FieldType.BYTES ? hf : INT64_AS_BYTES;
                byte[] b = t.toArray(off, n);
                tree.addObj(f, t, off, n, b).label(hf.name() + ": 0x" + bytesText(b));
            }
            return off + n;
        }
        long v = 0;
        if (n > 0) {
            if ((first & 0x80) != 0 && hf != null && hf.type().isSigned()) {
                v = -1;
            }
            for (int i = 0; i < n; i++) {
                v = (v << 8) | t.u8(off + i);
            }
        }
        lastInteger = v;
        off += n;
        if (hf != null) {
            if (n < 1) {
                error(tree, t, off - n, n, EI_ERROR_LENGTH, "BER Error: Can't handle integer length: " + n);
            } else if (hf.type() == FieldType.BYTES) {
                byte[] b = t.toArray(off - n, n);
                tree.addObj(hf, t, off - n, n, b).label(hf.name() + ": 0x" + bytesText(b));
            } else if (hf.type() == FieldType.INT32) {
                tree.add(hf, t, off - n, n, (int) v);
            } else if (hf.type() == FieldType.UINT32) {
                tree.add(hf, t, off - n, n, v & 0xffffffffL);
            } else {
                tree.add(hf, t, off - n, n, v);
            }
        }
        return off;
    }

    long lastInteger;

    /** tvb_bytes_to_str: hex digits of at most 36 bytes, then an ellipsis. */
    static String bytesText(byte[] b) {
        int n = Math.min(b.length, 36);
        String s = FieldFormat.hex(b, 0, n, "");
        return b.length > 36 ? s + "\u2026" : s;
    }

    /** dissect_ber_boolean: one byte, whatever the length says. */
    int bool(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        if (!implicit) {
            off = id(t, off);
            off = dlen(t, off);
        }
        int v = t.u8(off);
        off += 1;
        if (hf != null) {
            tree.add(hf, t, off - 1, 1, v != 0 ? 1 : 0);
        }
        return off;
    }

    /** The dotted text of the last OID read, or null. */
    String lastOid;

    int oid(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int n;
        lastOid = null;
        if (!implicit) {
            int hoff = off;
            off = id(t, off);
            int c = cls;
            boolean p = pc;
            int g = tag;
            off = dlen(t, off);
            n = len;
            if (c != UNI || g != 6) {
                t.ensure(hoff, 2);
                error(tree, t, off, n, EI_EXPECTED_OID, "BER Error: Object Identifier expected but "
                        + unexpected(c, p, g));
                return off + n;
            }
        } else {
            n = t.reportedRemaining(off);
        }
        byte[] b = t.toArray(off, n);
        String dotted = Oids.dotted(b);
        lastOid = dotted;
        if (hf != null) {
            String text = dotted;
            String name = dotted.isEmpty() ? null : Oids.resolve(dotted);
            ProtoNode item = tree.addObj(hf, t, off, n, text);
            if (name != null) {
                item.label(hf.name() + ": " + text + " (" + name + ")");
            }
        }
        return off + n;
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


    /** dissect_ber_restricted_string: a string whose identifier must be universal {@code type}. */
    int restricted(boolean implicit, int type, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        if (!implicit) {
            int hoff = off;
            int o = id(t, off);
            int c = cls;
            boolean p = pc;
            int g = tag;
            o = len(t, o);
            int n = len;
            if (c != UNI || g != type) {
                t.ensure(hoff, 2);
                error(tree, t, o, n, EI_EXPECTED_STRING, "BER Error: String with tag=" + type + " expected but "
                        + unexpected(c, p, g));
                return o + n;
            }
        }
        return octets(implicit, t, off, tree, hf);
    }

    /**
     * dissect_ber_octet_string into a string or bytes field; the item covers what of its contents the view holds
     * (packet-ber.c clamps the length, then the next read fails). Strings are decoded by their identifier's tag.
     */
    int octets(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        int n;
        int end;
        int g;
        boolean p;
        if (!implicit) {
            int hoff = off;
            off = id(t, off);
            int c = cls;
            p = pc;
            g = tag;
            off = dlen(t, off);
            n = len;
            end = off + n;
            if (c != APP && c != PRI && (c != UNI || g < 18 && g != 4 && g != 12)) {
                t.ensure(hoff, 2);
                error(tree, t, off, n, EI_EXPECTED_OCTET_STRING, "BER Error: OctetString expected but "
                        + unexpected(c, p, g));
                return end;
            }
        } else {
            g = lastTag;
            p = lastPc;
            n = lastLen;
            boolean i = lastInd;
            end = off + n;
            int remain = t.reportedRemaining(off);
            if (i && remain == n - 2) {
                n -= 2;
                end -= 2;
            } else if (Integer.compareUnsigned(remain, n) < 0) {
                error(tree, t, off, n, EI_ERROR_LENGTH, "BER Error: length " + Integer.toUnsignedString(n)
                        + " longer than tvb_reported_length_remaining: " + remain);
                return end;
            }
        }
        int rem = t.reportedRemaining(off);
        int avail = Integer.compareUnsigned(n, rem) <= 0 ? n : rem;
        if (hf != null) {
            if (hf.type() == FieldType.BYTES) {
                tree.addObj(hf, t, off, avail, t.toArray(off, avail));
            } else {
                tree.addObj(hf, t, off, avail, decode(t, off, avail, g));
            }
        }
        return end;
    }

    /** Compatibility: a string of universal tag {@code type} checked as dissect_ber_restricted_string checks it. */
    int string(boolean implicit, int type, ByteView t, int off, ProtoNode tree, FieldDef hf) {
        return type == 4 ? octets(implicit, t, off, tree, hf) : restricted(implicit, type, t, off, tree, hf);
    }

    /**
     * reassemble_octet_string without a tree: the contents of the strings inside a constructed string, joined, or
     * null for none (a length of 0); a part that is no string fails, as packet-ber.c throws then.
     */
    byte[] reassemble(ByteView t, int off, int conLen, boolean indefinite, int nest) {
        if (nest > 100) {
            throw BoundsException.MALFORMED;
        }
        if (conLen == 0) {
            return null;
        }
        int start = off;
        ctx.fragmented = true; // pinfo->fragmented, left set when a part fails
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            int o = id(t, off);
            int c = cls;
            boolean p = pc;
            int g = tag;
            o = dlen(t, o);
            int n = len;
            boolean ind2 = ind;
            int end = o + n;
            if (c != APP && c != PRI && (c != UNI || g < 18 && g != 4 && g != 12)) {
                throw BoundsException.MALFORMED; // no part: packet-ber.c throws ReportedBoundsError
            }
            if (p) {
                byte[] inner = reassemble(t, o, n, ind2, nest + 1);
                if (inner == null) {
                    throw BoundsException.MALFORMED;
                }
                out.writeBytes(inner);
            } else {
                int rem = t.reportedRemaining(o);
                int avail = Integer.compareUnsigned(n, rem) <= 0 ? n : rem;
                out.writeBytes(t.toArray(o, avail));
            }
            off = end;
            boolean last;
            if (indefinite) {
                last = t.u8(off) == 0 && t.u8(off + 1) == 0;
                if (last) {
                    off += 2;
                }
            } else {
                last = Integer.compareUnsigned(off - start, conLen) >= 0;
            }
            if (last) {
                ctx.fragmented = false;
                return out.toByteArray();
            }
        }
    }

    /** A BIT STRING: its padding count, then its bytes, then one boolean per named bit ({@code bits[i]} is bit i). */
    int bitString(boolean implicit, ByteView t, int off, ProtoNode tree, FieldDef hf, FieldDef[] bits) {
        int n;
        int end;
        if (!implicit) {
            int hoff = off;
            off = id(t, off);
            int c = cls;
            boolean p = pc;
            int g = tag;
            off = dlen(t, off);
            n = len;
            end = off + n;
            if (c != APP && (c != UNI || g != 3)) {
                t.ensure(hoff, 2);
                error(tree, t, off, n, EI_EXPECTED_BITSTRING, "BER Error: BitString expected but "
                        + unexpected(c, p, g));
                return end;
            }
        } else {
            n = t.reportedRemaining(off);
            end = off + n;
        }
        if (n == 0) {
            error(tree, t, off, 0, EI_CONSTR_BITSTRING, "dissect_ber_constrained_bitstring(): frame:"
                    + ctx.frameNumber() + " offset:" + off + " Was passed an illegal length of 0");
            return off;
        }
        int pad = t.u8(off);
        if (pad == 0 && n == 1) {
            tree.add(EMPTY, t, off, 1, pad);
        } else {
            ProtoNode padItem = tree.add(PADDING, t, off, 1, pad);
            if (pad > 7) {
                Expert.add(ctx, padItem, EI_ILLEGAL_PADDING, "Illegal padding (0 .. 7): " + pad);
            }
        }
        off++;
        int cl = n - 1;
        ProtoNode item = null;
        if (hf != null) {
            t.ensure(off, cl);
            item = tree.addObj(hf, t, off, cl, t.toArray(off, cl));
        }
        if (bits != null && item != null && cl > 0) {
            // proto_tree_add_bitmask_list_value per byte of named bits, over that byte (the last one for bytes the
            // string lacks, which read as zero), the padding bits masked out
            for (int i = 0; i < bits.length; i++) {
                int k = i / 8;
                int v = k < cl ? t.u8(off + k) : 0;
                if (k == cl - 1) {
                    v &= 0xff << pad;
                }
                item.add(bits[i], t, off + Math.min(k, cl - 1), 1, (v & (0x80 >> (i % 8))) != 0 ? 1 : 0);
            }
        }
        if (pad > 0 && pad < 8 && cl > 0) {
            int inPad = t.u8(off + cl - 1) & (0xff >> (8 - pad));
            if (inPad != 0 && item != null) {
                Expert.add(ctx, item, EI_BITS_SET_PADDED, "Bits set in padded area: 0x"
                        + FieldFormat.hexPadded(inPad, 2));
            }
        }
        return end;
    }

    /** The contents of a BIT STRING after its padding byte, without adding anything (null if it is empty). */
    ByteView bitStringContents(ByteView t, int off) {
        int o = id(t, off);
        o = dlen(t, o);
        int n = len;
        if (n == 0) {
            return null;
        }
        t.u8(o);
        return sub(t, o + 1, n - 1);
    }
}
