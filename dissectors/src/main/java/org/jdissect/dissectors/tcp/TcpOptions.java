package org.jdissect.dissectors.tcp;

import static org.jdissect.dissectors.tcp.TcpFields.*;

import org.jdissect.api.bytes.BoundsException;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.ProtoNode;

/** TCP options: a quick scan for what the stream state needs, and the tree as tshark lays it out. */
final class TcpOptions {
    private TcpOptions() {
    }

    /** What the handshake state needs from the options. */
    static final class Parsed {
        int wscale = -1;
        int mss = -1;
        /** SACK blocks (raw edges) and how many; -1 when the segment has no SACK option. */
        int sackCount = -1;
        final long[] sackLeft = new long[4];
        final long[] sackRight = new long[4];

        /** Back to "no options seen", for the next segment. */
        Parsed clear() {
            wscale = -1;
            mss = -1;
            sackCount = -1;
            return this;
        }
    }

    static void scan(ByteView tvb, int start, int len, Parsed out) {
        int off = start;
        int end = start + len;
        int captured = Math.min(end, tvb.capturedLength()); // an option not all captured is not read
        boolean eol = false;
        while (off < captured) {
            int kind = tvb.u8(off);
            if (kind == 0 || kind == 1) {
                if (eol && kind != 0) {
                    break; // "Non-zero header padding": Wireshark 4.0 reads nothing more
                }
                // Wireshark 4.0 reads on past an EOL as long as only more EOLs (zero padding) follow
                eol |= kind == 0;
                off++;
                continue;
            }
            if (eol || off + 1 >= end) {
                break;
            }
            if (off + 1 >= captured) {
                break;
            }
            int olen = tvb.u8(off + 1);
            if (olen < 2 || off + olen > end || off + olen > captured) {
                break;
            }
            if (kind == 3 && olen == 3) {
                out.wscale = Math.min(14, tvb.u8(off + 2));
            } else if (kind == 2 && olen == 4) {
                out.mss = tvb.u16(off + 2);
            } else if (kind == 5 && olen >= 2) {
                int n = Math.min(4, (olen - 2) / 8);
                for (int i = 0; i < n; i++) {
                    out.sackLeft[i] = tvb.u32(off + 2 + 8 * i);
                    out.sackRight[i] = tvb.u32(off + 6 + 8 * i);
                }
                out.sackCount = n;
            }
            off += olen;
        }
    }

    private static final int SYN = 0x02;
    private static final int ACK = 0x10;

    /**
     * The "Options: (N bytes)" item alone, over the option bytes captured: packet-tcp.c adds it before the stream's
     * times and dissects the options after them, so options cut by the snapshot length end the header there.
     */
    static ProtoNode item(ByteView tvb, int start, int len, ProtoNode tcp, boolean lab) {
        ProtoNode opts = tcp.addItem(OPTIONS, tvb, start, Math.min(len, tvb.remaining(start)));
        if (lab) {
            opts.label("Options: (" + len + " bytes)");
        }
        return opts;
    }

    /**
     * The options under {@link #item}, as tcp_dissect_options lays them out in Wireshark 4.0: each option an item
     * valued by its bytes, the options' short names appended to "Options: (N bytes)", and the loop's own findings (4
     * NOPs in a row, non-zero padding after an EOL, a bogus length, a SYN without MSS option). {@code tvb} is the
     * TCP header's view (the flags are byte 13). {@code lab}: whether labels are built (see
     * {@code PacketContext.labels}); without them the items keep their values and only the text-only items their
     * text. An option cut short throws after its items, the names so far in the text.
     */
    /**
     * Whether the options hold a SACK option, found by walking kinds and lengths only: its dissection can end the
     * packet malformed (a block cut short), which a filter on {@code _ws.malformed} sees even when no option item
     * is kept, so such options are dissected into phantoms rather than skipped.
     */
    static boolean hasSack(ByteView tvb, int start, int len) {
        return has(tvb, start, len, 5, 5, false);
    }

    /**
     * Whether the options are all captured and all of kinds whose dissection cannot throw at their length: NOP, EOL
     * with only zeros after it, MSS of 4 bytes, window scale of 3, SACK permitted of 2, timestamps of 10 (what nearly
     * every segment carries). Others are dissected, into phantoms, even for a tree that keeps no option item.
     */
    static boolean plain(ByteView tvb, int start, int len) {
        if (!tvb.has(start, len)) {
            return false;
        }
        int end = start + len;
        int off = start;
        while (off < end) {
            int kind = tvb.u8(off);
            if (kind == 0) {
                for (int i = off + 1; i < end; i++) {
                    if (tvb.u8(i) != 0) {
                        return false;
                    }
                }
                return true;
            }
            if (kind == 1) {
                off++;
                continue;
            }
            if (off + 1 >= end) {
                return false;
            }
            int olen = tvb.u8(off + 1);
            int fixed = switch (kind) {
                case 2 -> 4;
                case 3 -> 3;
                case 4 -> 2;
                case 8 -> 10;
                default -> -1;
            };
            if (olen != fixed || off + olen > end) {
                return false;
            }
            off += olen;
        }
        return true;
    }

    /**
     * Whether an Accurate ECN option (172, 174) of a length dissect_tcpopt_acc_ecn accepts (2, 5, 8 or 11; another
     * is only noted) stands among the options: it turns the conversation's ACE counter on.
     */
    static boolean hasAccurateEcn(ByteView tvb, int start, int len) {
        return has(tvb, start, len, 172, 174, true);
    }

    /**
     * Whether an option of kind {@code k1} or {@code k2} (with {@code accEcnLength}, of length 2, 5, 8 or 11) stands
     * among the options, walked as far as they go.
     */
    private static boolean has(ByteView tvb, int start, int len, int k1, int k2, boolean accEcnLength) {
        int end = Math.min(start + len, tvb.capturedLength());
        int off = start;
        while (off < end) {
            int kind = tvb.u8(off);
            if (kind == 0) {
                return false;
            }
            if (kind == 1) {
                off++;
                continue;
            }
            if ((kind == k1 || kind == k2) && !accEcnLength) {
                return true;
            }
            if (off + 1 >= end || tvb.u8(off + 1) < 2) {
                return false;
            }
            int olen = tvb.u8(off + 1);
            // the whole option captured too: dissect_tcpopt_acc_ecn reads its counters before it notes the option
            if ((kind == k1 || kind == k2) && (olen == 2 || olen == 5 || olen == 8 || olen == 11)
                    && off + olen <= start + len && off + olen <= end) {
                return true;
            }
            off += olen;
        }
        return false;
    }

    /**
     * The options' items under {@code opts}; {@code tree} false when tshark would dissect without a tree (tshark -q
     * -z expert), where packet-tcp.c raises no "4 NOP in a row" finding.
     */
    static void fill(ProtoNode opts, ByteView tvb, int start, int len, TcpStreams.Flow sackBase, boolean relative,
                     boolean lab, boolean tree) {
        StringBuilder label = lab ? new StringBuilder("Options: (").append(len).append(" bytes)") : null;
        try {
            options(opts, tvb, start, len, relative ? sackBase : null, relative, lab, label, tree);
        } finally {
            finish(opts, label);
        }
    }

    private static void options(ProtoNode opts, ByteView tvb, int start, int len, TcpStreams.Flow sackBase,
                                boolean relative, boolean lab, StringBuilder label, boolean tree) {
        int flags = tvb.u8(13);
        boolean mssSeen = false;
        boolean eolSeen = false;
        int nopCount = 0;
        int off = start;
        int end = start + len;
        while (off < end) {
            int kind = tvb.u8(off);
            if (eolSeen && kind != 0) {
                ProtoNode pad = opts.addText(tvb, off, end - off, EI_NON_ZERO_AFTER_EOL.summary());
                Expert.add(pad, EI_NON_ZERO_AFTER_EOL, EI_NON_ZERO_AFTER_EOL.summary(), "TCP");
                // its range is checked after the item (as bogus's): padding cut by the snapshot is truncated, past
                // the segment's reported end malformed (tshark 4.0.17)
                tvb.ensure(off, end - off);
                return;
            }
            if (kind == 0 || kind == 1) {
                if (kind == 0) {
                    eolSeen = true;
                } else if (nopCount == 0 || (off & 3) != 0) {
                    // NOPs counted within a 32-bit word of the header (an aligned NOP after some starts over)
                    if (++nopCount == 4 && tree) {
                        Expert.add(opts, EI_NOP, EI_NOP.summary(), "TCP");
                    }
                } else {
                    nopCount = 0;
                }
                FieldDef f = kind == 0 ? OPT_EOL : OPT_NOP;
                ProtoNode o = opts.addItem(f, tvb, off, 1);
                if (lab) {
                    o.label(f.name());
                }
                o.add(OPTION_KIND, tvb, off, 1, kind);
                append(label, kind == 0 ? "End of Option List (EOL)" : "No-Operation (NOP)");
                off++;
                continue;
            }
            if (off + 1 >= end) {
                bogus(opts, tvb, off, 1, name(kind) + " (length byte past end of options)");
                return;
            }
            int olen = tvb.u8(off + 1);
            if (olen < 2) {
                bogus(opts, tvb, off, 2, name(kind) + " (with too-short option length = " + olen
                        + (olen == 1 ? " byte)" : " bytes)"));
                return;
            }
            if (off + olen > end) {
                bogus(opts, tvb, off, end - off - 2, name(kind) + " (option length = " + olen
                        + " bytes says option goes past end of options)");
                return;
            }
            mssSeen |= kind == 2;
            boolean pastOption;
            try {
                pastOption = option(tvb, off, olen, kind, opts, flags, sackBase, relative, lab);
            } catch (BoundsException e) {
                // each option is dissected in a tvb of its own length (tvb_new_subset_length), which may claim bytes
                // past the segment's reported end: reading there is ContainedBoundsError, not ReportedBoundsError
                throw e.kind() == BoundsException.Kind.MALFORMED ? BoundsException.CONTAINED : e;
            }
            if (pastOption) {
                throw BoundsException.MALFORMED; // read past the option's own length: ReportedBoundsError
            }
            if (label != null) {
                append(label, name(kind));
            }
            off += olen;
        }
        if ((flags & SYN) != 0 && !mssSeen) {
            Expert.add(opts, EI_MSS_ABSENT, EI_MSS_ABSENT.summary(), "TCP");
        }
    }

    /** One option with a length byte; true when its dissection read past its own length (a lone SACK edge). */
    private static boolean option(ByteView tvb, int off, int olen, int kind, ProtoNode opts, int flags,
                                  TcpStreams.Flow sackBase, boolean relative, boolean lab) {
        switch (kind) {
            case 2 -> mss(tvb, off, olen, opts, flags, lab);
            case 3 -> wscale(tvb, off, olen, opts, lab);
            case 4 -> {
                ProtoNode o = named(opts, OPT_SACK_PERM, tvb, off, olen, kind, lab);
                lengthCheck(o.add(OPTION_LEN, tvb, off + 1, 1, olen), olen, 2);
            }
            case 5 -> {
                return sack(tvb, off, olen, opts, sackBase, relative ? " (relative)" : "", lab);
            }
            case 6, 7 -> echo(tvb, off, olen, opts, kind, lab);
            case 172, 174 -> accurateEcn(tvb, off, olen, opts, kind, lab);
            case 8 -> timestamps(tvb, off, olen, opts, lab);
            case 11, 12, 13 -> {
                ProtoNode o = named(opts, OPT_CC, tvb, off, olen, kind, lab);
                if (lengthCheck(o.add(OPTION_LEN, tvb, off + 1, 1, olen), olen, 6)) {
                    o.add(OPT_CC_VALUE, tvb, off + 2, 4, tvb.u32(off + 2));
                }
            }
            case 19 -> md5(tvb, off, olen, opts, lab);
            case 28 -> userTimeout(tvb, off, olen, opts, lab);
            case 29 -> authentication(tvb, off, olen, opts, lab);
            case 34 -> {
                ProtoNode o = named(opts, OPT_TFO, tvb, off, olen, kind, lab);
                o.add(OPTION_LEN, tvb, off + 1, 1, olen);
                fastOpen(tvb, off, olen, o, flags);
            }
            case 253, 254 -> experimental(tvb, off, olen, opts, flags, lab);
            default -> unknown(tvb, off, olen, opts, kind, lab);
        }
        return false;
    }

    /** An option's item labelled with its field's name, and its kind. */
    private static ProtoNode named(ProtoNode opts, FieldDef f, ByteView tvb, int off, int olen, int kind,
                                   boolean lab) {
        ProtoNode o = opts.addItem(f, tvb, off, olen);
        if (lab) {
            o.label(f.name());
        }
        o.add(OPTION_KIND, tvb, off, 1, kind);
        return o;
    }

    /**
     * An option's bytes item: read, so an option the snapshot length cuts throws here, after its other items (each
     * option is dissected in a tvb of its own length in packet-tcp.c).
     */
    private static ProtoNode bytes(ProtoNode o, FieldDef f, ByteView tvb, int off, int n) {
        tvb.ensure(off, n);
        return o.addItem(f, tvb, off, n);
    }

    private static void finish(ProtoNode opts, StringBuilder label) {
        if (label != null) {
            // Wireshark appends each option's name to "Options: (N bytes)" (proto_item_append_text), so a long list
            // is cut silently at the label limit rather than marked "[truncated]" as a long base label is
            int head = label.indexOf(")") + 1;
            opts.label(label.substring(0, head));
            if (head < label.length()) {
                opts.appendLabel(label.substring(head));
            }
        }
    }

    /**
     * An option whose length does not fit (proto_tree_add_expert_format: a line carrying the finding), its range
     * checked after it is added: past the segment's end the item shows and the segment is malformed (tshark 4.0.17).
     */
    private static void bogus(ProtoNode opts, ByteView tvb, int off, int len, String message) {
        ProtoNode b = opts.addText(tvb, off, len, message);
        Expert.add(b, EI_OPT_LEN_INVALID, message, "TCP");
        tvb.ensure(off, len);
    }

    /**
     * tcp_option_len_check: whether an option of fixed length has it; if not, the finding goes under its Length
     * item and the option shows nothing more.
     */
    private static boolean lengthCheck(ProtoNode lenItem, int olen, int expected) {
        if (olen == expected) {
            return true;
        }
        Expert.add(lenItem, EI_OPT_LEN_INVALID, "option length should be " + expected, "TCP");
        return false;
    }

    /**
     * The length item of an option whose length is fixed: when it is another, the finding under it and the option
     * shown by its name alone, without its value (true when the length is right).
     */
    private static boolean fixedLength(ProtoNode o, ByteView tvb, int off, int olen, int expected, boolean lab) {
        if (lengthCheck(o.add(OPTION_LEN, tvb, off + 1, 1, olen), olen, expected)) {
            return true;
        }
        if (lab && !o.isPhantom()) { // a phantom (an option the tree does not keep) has no definition
            o.label(o.def().name());
        }
        return false;
    }

    private static void mss(ByteView tvb, int off, int olen, ProtoNode opts, int flags, boolean lab) {
        ProtoNode o = opts.addItem(OPT_MSS, tvb, off, olen);
        if ((flags & SYN) == 0) {
            Expert.add(o, EI_MSS_PRESENT, EI_MSS_PRESENT.summary(), "TCP");
        }
        o.add(OPTION_KIND, tvb, off, 1, 2);
        if (!fixedLength(o, tvb, off, olen, 4, lab)) {
            return;
        }
        int mss = tvb.u16(off + 2);
        o.add(OPT_MSS_VAL, tvb, off + 2, 2, mss);
        if (lab) {
            o.label("TCP Option - Maximum segment size: " + mss + " bytes");
        }
    }

    private static void wscale(ByteView tvb, int off, int olen, ProtoNode opts, boolean lab) {
        ProtoNode o = opts.addItem(OPT_WSCALE, tvb, off, olen);
        o.add(OPTION_KIND, tvb, off, 1, 3);
        if (!fixedLength(o, tvb, off, olen, 3, lab)) {
            return;
        }
        int shift = tvb.u8(off + 2);
        ProtoNode sh = o.add(OPT_WSCALE_SHIFT, tvb, off + 2, 1, shift);
        if (shift > 14) {
            // RFC 7323: a shift above 14 is logged and taken as 14
            Expert.add(sh, EI_WSCALE_SHIFT_INVALID, EI_WSCALE_SHIFT_INVALID.summary(), "TCP");
        }
        int mult = 1 << Math.min(shift, 14);
        o.add(OPT_WSCALE_MULT, tvb, off + 2, 1, mult).generated();
        if (lab) {
            o.label("TCP Option - Window scale: " + shift + " (multiply by " + mult + ")");
        }
    }

    private static boolean sack(ByteView tvb, int off, int olen, ProtoNode opts, TcpStreams.Flow sackBase,
                                String relative, boolean lab) {
        ProtoNode o = opts.addItem(OPT_SACK, tvb, off, olen);
        o.add(OPTION_KIND, tvb, off, 1, 5);
        o.add(OPTION_LEN, tvb, off + 1, 1, olen);
        StringBuilder edges = lab ? new StringBuilder("TCP Option - SACK") : null;
        int count = 0;
        long base = sackBase != null && sackBase.baseSet ? sackBase.baseSeq : 0;
        // dissect_tcpopt_sack: edges four bytes at a time; fewer than four left where an edge should start is a
        // malformed suboption (its item where the block started: packet-tcp.c does not move past a lone left edge)
        int b = off + 2;
        int rem = olen - 2;
        try {
            while (rem > 0) {
                if (rem < 4) {
                    suboptionMalformed(o, tvb, b, rem);
                    break;
                }
                long le = (tvb.u32(b) - base) & 0xffffffffL;
                ProtoNode left = o.add(OPT_SACK_LE, tvb, b, 4, le);
                if (lab) {
                    left.label("left edge = " + le + relative);
                }
                rem -= 4;
                if (rem < 4) {
                    suboptionMalformed(o, tvb, b, rem);
                    break;
                }
                long re = (tvb.u32(b + 4) - base) & 0xffffffffL;
                rem -= 4;
                ProtoNode right = o.add(OPT_SACK_RE, tvb, b + 4, 4, re);
                if (lab) {
                    right.label("right edge = " + re + relative);
                    edges.append(' ').append(le).append('-').append(re);
                }
                count++;
                b += 8;
            }
        } finally {
            if (lab) {
                o.label(edges.toString()); // each block is appended as read: a cut option keeps those before
            }
        }
        o.add(OPT_SACK_COUNT, tvb, off, 0, count).generated();
        if (count == 0) {
            // no whole block: packet-tcp.c's D-SACK test takes a lone left edge for a D-SACK block and shows it,
            // then reads a right edge past the option's end (tshark: "[Malformed Packet: TCP]")
            if (olen >= 6) {
                dsackLeft(o, tvb, off, (tvb.u32(off + 2) - base) & 0xffffffffL, relative);
            }
            return true;
        }
        if (dsack(tvb, off, count)) {
            // RFC 2883: the first block reports data received twice (Wireshark's D-SACK test)
            long re = (tvb.u32(off + 6) - base) & 0xffffffffL;
            dsackLeft(o, tvb, off, (tvb.u32(off + 2) - base) & 0xffffffffL, relative);
            o.add(OPT_SACK_DSACK_RE, tvb, off + 6, 4, re).generated()
                    .label("D-SACK Right Edge = " + re + relative);
            // proto_tree_add_expert: a text line carrying the finding (whose field is the only one)
            ProtoNode d = o.addText(tvb, off + 2, 8, EI_DSACK.summary());
            Expert.add(d, EI_DSACK, EI_DSACK.summary(), "TCP");
        }
        return false;
    }

    /** The generated "D-SACK Left Edge" item of the SACK option at {@code off}. */
    private static void dsackLeft(ProtoNode o, ByteView tvb, int off, long le, String relative) {
        o.add(OPT_SACK_DSACK_LE, tvb, off + 2, 4, le).generated().label("D-SACK Left Edge = " + le + relative);
    }

    /** proto_tree_add_expert: "suboption would go past end of option" over what is left of the option. */
    private static void suboptionMalformed(ProtoNode o, ByteView tvb, int off, int len) {
        ProtoNode t = o.addText(tvb, off, len, EI_SUBOPTION_MALFORMED.summary());
        Expert.add(t, EI_SUBOPTION_MALFORMED, EI_SUBOPTION_MALFORMED.summary(), "TCP");
        if (!tvb.has(off, len)) {
            // over bytes the capture cut: tshark 4.0.17 shows the finding, then nothing more of the option (no count,
            // no D-SACK, no ", SACK" in the options' text), as when a read there throws
            throw BoundsException.TRUNCATED;
        }
    }

    private static void timestamps(ByteView tvb, int off, int olen, ProtoNode opts, boolean lab) {
        ProtoNode o = opts.addItem(OPT_TIMESTAMP, tvb, off, olen);
        o.add(OPTION_KIND, tvb, off, 1, 8);
        if (!fixedLength(o, tvb, off, olen, 10, lab)) {
            return;
        }
        long tsval = tvb.u32(off + 2); // each value read as its item is added: a cut option keeps the first
        o.add(OPT_TSVAL, tvb, off + 2, 4, tsval);
        long tsecr = tvb.u32(off + 6);
        o.add(OPT_TSECR, tvb, off + 6, 4, tsecr);
        if (lab) {
            o.label("TCP Option - Timestamps: TSval " + tsval + ", TSecr " + tsecr);
        }
    }

    /** RFC 1072's echo and echo reply (kinds 6, 7): a 32-bit value. */
    private static void echo(ByteView tvb, int off, int olen, ProtoNode opts, int kind, boolean lab) {
        ProtoNode o = opts.addItem(OPT_ECHO, tvb, off, olen);
        o.add(OPTION_KIND, tvb, off, 1, kind);
        if (!fixedLength(o, tvb, off, olen, 6, lab)) {
            return;
        }
        long v = tvb.u32(off + 2);
        o.add(OPT_ECHO_VALUE, tvb, off + 2, 4, v);
        if (lab) {
            o.label("TCP Option - Echo: " + v);
        }
    }

    /**
     * Accurate ECN (kinds 172 and 174, draft-ietf-tcpm-accurate-ecn): up to three 24-bit byte counters, ECT(0), CE,
     * ECT(1) for order 0 and ECT(1), CE, ECT(0) for order 1; a length other than 2, 5, 8 or 11 shows none.
     */
    private static void accurateEcn(ByteView tvb, int off, int olen, ProtoNode opts, int kind, boolean lab) {
        ProtoNode o = opts.addItem(OPT_ACC_ECN, tvb, off, olen);
        o.add(OPTION_KIND, tvb, off, 1, kind);
        ProtoNode len = o.add(OPTION_LEN, tvb, off + 1, 1, olen);
        if (lab) {
            o.label(OPT_ACC_ECN.name());
        }
        if (olen != 2 && olen != 5 && olen != 8 && olen != 11) {
            Expert.add(len, EI_OPT_LEN_INVALID, "option length should be 2, 5, 8, or 11 instead of " + olen, "TCP");
            return;
        }
        FieldDef[] order = kind == 172 ? new FieldDef[] {OPT_ACC_ECN_EE0B, OPT_ACC_ECN_ECEB, OPT_ACC_ECN_EE1B}
                : new FieldDef[] {OPT_ACC_ECN_EE1B, OPT_ACC_ECN_ECEB, OPT_ACC_ECN_EE0B};
        StringBuilder text = lab ? new StringBuilder("TCP Option - Accurate ECN (Order ").append(kind == 172 ? 0 : 1)
                .append("):") : null;
        for (int i = 0; i < (olen - 2) / 3; i++) {
            long v = tvb.u24(off + 2 + 3 * i);
            o.add(order[i], tvb, off + 2 + 3 * i, 3, v);
            if (lab) {
                String abbrev = order[i].abbrev();
                text.append(i == 0 ? " " : ", ").append(abbrev.substring(abbrev.lastIndexOf('.') + 1)
                        .toUpperCase(java.util.Locale.ROOT)).append(' ').append(v);
            }
        }
        if (lab && olen > 2) {
            o.label(text.toString());
        }
    }

    /** RFC 5925's TCP Authentication Option (kind 29): key ids, then the MAC. */
    private static void authentication(ByteView tvb, int off, int olen, ProtoNode opts, boolean lab) {
        ProtoNode o = opts.addItem(OPT_AO, tvb, off, olen);
        if (lab) {
            o.label(OPT_AO.name());
        }
        o.add(OPTION_KIND, tvb, off, 1, 29);
        ProtoNode lenItem = o.add(OPTION_LEN, tvb, off + 1, 1, olen);
        if (olen < 4) {
            Expert.add(lenItem, EI_OPT_LEN_INVALID, "option length should be >= than 4", "TCP");
            return;
        }
        o.add(OPT_AO_KEYID, tvb, off + 2, 1, tvb.u8(off + 2));
        o.add(OPT_AO_RNEXTKEYID, tvb, off + 3, 1, tvb.u8(off + 3));
        if (olen > 4) {
            bytes(o, OPT_AO_MAC, tvb, off + 4, olen - 4);
        }
    }

    /** RFC 2385's MD5 signature (kind 19): a 16-byte digest. */
    private static void md5(ByteView tvb, int off, int olen, ProtoNode opts, boolean lab) {
        ProtoNode o = opts.addItem(OPT_MD5, tvb, off, olen);
        if (lab) {
            o.label(OPT_MD5.name());
        }
        o.add(OPTION_KIND, tvb, off, 1, 19);
        if (lengthCheck(o.add(OPTION_LEN, tvb, off + 1, 1, olen), olen, 18)) {
            bytes(o, OPT_MD5_DIGEST, tvb, off + 2, 16);
        }
    }

    /** RFC 5482's user timeout (kind 28): a granularity bit and a 15-bit timeout. */
    private static void userTimeout(ByteView tvb, int off, int olen, ProtoNode opts, boolean lab) {
        ProtoNode o = opts.addItem(OPT_USER_TO, tvb, off, olen);
        if (lab) {
            o.label(OPT_USER_TO.name());
        }
        o.add(OPTION_KIND, tvb, off, 1, 28);
        if (lengthCheck(o.add(OPTION_LEN, tvb, off + 1, 1, olen), olen, 4)) {
            int v = tvb.u16(off + 2);
            o.add(OPT_USER_TO_GRANULARITY, tvb, off + 2, 2, v >>> 15);
            o.add(OPT_USER_TO_VAL, tvb, off + 2, 2, v & 0x7fff);
        }
    }

    /**
     * A TCP Fast Open payload (dissect_tcpopt_tfo_payload) of {@code len} bytes at {@code off}, counting the two bytes
     * before the cookie (kind and length, or the experiment identifier): a cookie request when there is no cookie,
     * else the cookie, flagged on a SYN.
     */
    private static void fastOpen(ByteView tvb, int off, int len, ProtoNode o, int flags) {
        if (len == 2) {
            o.addItem(OPT_TFO_REQUEST, tvb, off, 2);
        } else if (len > 2) {
            ProtoNode cookie = bytes(o, OPT_TFO_COOKIE, tvb, off + 2, len - 2);
            if ((flags & (SYN | ACK)) == SYN) {
                Expert.add(cookie, EI_TFO_SYN, EI_TFO_SYN.summary(), "TCP");
            }
        }
    }

    /** RFC 6994's experimental options (kinds 253, 254): an experiment identifier, then its data. */
    private static void experimental(ByteView tvb, int off, int olen, ProtoNode opts, int flags, boolean lab) {
        ProtoNode o = opts.addItem(OPT_EXPERIMENTAL, tvb, off, olen);
        o.add(OPTION_KIND, tvb, off, 1, tvb.u8(off));
        ProtoNode lenItem = o.add(OPTION_LEN, tvb, off + 1, 1, olen);
        if (olen < 4) {
            if (lab) {
                o.label(OPT_EXPERIMENTAL.name());
            }
            Expert.add(lenItem, EI_OPT_LEN_INVALID, "option length " + olen + " smaller than 4", "TCP");
            return;
        }
        int exid = tvb.u16(off + 2);
        o.add(OPT_EXP_EXID, tvb, off + 2, 2, exid);
        if (lab) {
            String n = EXIDS.get((long) exid);
            o.label("TCP Option - Experimental: " + (n == null ? "Unknown" : n));
        }
        if (exid == 0xf989) {
            fastOpen(tvb, off + 2, olen - 2, o, flags);
        } else if (olen > 4) {
            bytes(o, OPT_EXP_DATA, tvb, off + 4, olen - 4);
        }
    }

    /** A kind Wireshark 4.0 has no dissector for (or one jdissect does not dissect yet: see {@link #name}). */
    private static void unknown(ByteView tvb, int off, int olen, ProtoNode opts, int kind, boolean lab) {
        ProtoNode o = opts.addItem(OPT_UNKNOWN, tvb, off, olen);
        if (lab) {
            o.label(OPT_UNKNOWN.name());
        }
        o.add(OPTION_KIND, tvb, off, 1, kind);
        o.add(OPTION_LEN, tvb, off + 1, 1, olen);
        if (olen > 2) {
            bytes(o, OPT_UNKNOWN_PAYLOAD, tvb, off + 2, olen - 2);
        }
    }

    /**
     * The short name of the protocol Wireshark 4.0 registers for an option kind (what the "Options:" line lists), or
     * "Unknown (0xNN)" for a kind it has no dissector for. Kinds 20-23 (SCPS), 27 (Quick-Start), 30 (MPTCP, a
     * protocol of its own), 76 and 78 (Riverbed) and 172 and 174 (Accurate ECN) have Wireshark dissectors that
     * jdissect lacks: they keep their name here but show as an unknown option.
     */
    static String name(int kind) {
        return switch (kind) {
            case 2 -> "Maximum segment size";
            case 3 -> "Window scale";
            case 4 -> "SACK permitted";
            case 5 -> "SACK";
            case 6 -> "Echo";
            case 7 -> "Echo reply";
            case 8 -> "Timestamps";
            case 11 -> "CC";
            case 12 -> "CC.NEW";
            case 13 -> "CC.ECHO";
            case 19 -> "TCP MD5 signature";
            case 20 -> "SCPS capabilities";
            case 21 -> "Selective Negative Acknowledgment";
            case 22 -> "SCPS record boundary";
            case 23 -> "SCPS corruption experienced";
            case 27 -> "Quick-Start";
            case 28 -> "User Timeout";
            case 29 -> "TCP AO";
            case 30 -> "MPTCP";
            case 34 -> "TCP Fast Open";
            case 76 -> "Riverbed Probe";
            case 78 -> "Riverbed Transparency";
            case 172, 174 -> "Accurate ECN";
            case 253, 254 -> "Experimental";
            default -> "Unknown (0x" + HEX[kind >> 4] + HEX[kind & 15] + ")";
        };
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Whether the SACK option at {@code off} starts with a D-SACK block (RFC 2883, section 4), as Wireshark 4.0 tests
     * it: a first block whose right edge is at or below this segment's acknowledgment number (the number as shown,
     * without looking at the ACK flag or the block's left edge), or one whose right edge falls inside the second
     * block. The edges and the acknowledgment number are relative to the same base, so the raw values compare alike
     * (tshark 4.0.17 on crafted SACKs: 0-0 on a SYN, empty and reversed blocks below the ACK, no ACK flag).
     */
    private static boolean dsack(ByteView tvb, int off, int count) {
        long ack = tvb.u32(8);
        long re0 = tvb.u32(off + 6);
        if ((int) (re0 - ack) <= 0) {
            return true;
        }
        if (count > 1) {
            long le1 = tvb.u32(off + 10);
            long re1 = tvb.u32(off + 14);
            return (int) (le1 - re0) < 0 && (int) (re1 - re0) >= 0;
        }
        return false;
    }

    /** Adds an option's name to the "Options:" label; {@code sb} is null when no labels are built. */
    private static void append(StringBuilder sb, String s) {
        if (sb != null) {
            sb.append(", ").append(s);
        }
    }
}
