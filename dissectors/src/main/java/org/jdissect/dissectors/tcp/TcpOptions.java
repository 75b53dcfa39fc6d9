package org.jdissect.dissectors.tcp;

import static org.jdissect.dissectors.tcp.TcpFields.*;

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
        while (off < end) {
            int kind = tvb.u8(off);
            if (kind == 0 || kind == 1) {
                // Wireshark 4.0 reads on past an EOL: what follows is parsed as options too
                off++;
                continue;
            }
            if (off + 1 >= end) {
                break;
            }
            int olen = tvb.u8(off + 1);
            if (olen < 2 || off + olen > end) {
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

    /**
     * The options subtree. {@code lab}: whether labels are built (see {@code PacketContext.labels}); without them the
     * items keep their values and only the text-only items (unknown or bogus options) their text.
     */
    static void tree(ByteView tvb, int start, int len, ProtoNode tcp, TcpStreams.Flow sackBase, boolean lab) {
        ProtoNode opts = tcp.addObj(OPTIONS, tvb, start, len, tvb.toArray(start, len));
        StringBuilder names = lab ? new StringBuilder() : null;
        int off = start;
        int end = start + len;
        while (off < end) {
            int kind = tvb.u8(off);
            if (kind == 0 || kind == 1) {
                String n = kind == 0 ? "End of Option List (EOL)" : "No-Operation (NOP)";
                ProtoNode o = opts.addObj(kind == 0 ? OPT_EOL : OPT_NOP, tvb, off, 1, tvb.toArray(off, 1));
                if (lab) {
                    o.label("TCP Option - " + n);
                }
                o.add(OPTION_KIND, tvb, off, 1, kind);
                append(names, n);
                // an EOL does not end the list: Wireshark 4.0 shows what follows as options (usually more EOLs)
                off++;
                continue;
            }
            String kindName = OPTION_KINDS.getOrDefault((long) kind, "Unknown");
            if (off + 1 >= end) {
                opts.addText(tvb, off, 1, "TCP Option - " + kindName + ": option length missing");
                break;
            }
            int olen = tvb.u8(off + 1);
            if (olen < 2 || off + olen > end) {
                ProtoNode bad = opts.addText(tvb, off, end - off, "TCP Option - " + kindName + " (bogus length "
                        + olen + ")");
                bad.add(OPTION_KIND, tvb, off, 1, kind);
                bad.add(OPTION_LEN, tvb, off + 1, 1, olen);
                break;
            }
            switch (kind) {
                case 2 -> {
                    int mss = olen == 4 ? tvb.u16(off + 2) : 0;
                    ProtoNode o = opts.addItem(OPT_MSS, tvb, off, olen);
                    if (lab) {
                        o.label("TCP Option - Maximum segment size: " + mss + " bytes");
                    }
                    o.add(OPTION_KIND, tvb, off, 1, kind);
                    o.add(OPTION_LEN, tvb, off + 1, 1, olen);
                    if (olen == 4) {
                        o.add(OPT_MSS_VAL, tvb, off + 2, 2, mss);
                    }
                    append(names, "Maximum segment size");
                }
                case 3 -> {
                    int shift = olen == 3 ? tvb.u8(off + 2) : 0;
                    int mult = 1 << Math.min(shift, 14);
                    ProtoNode o = opts.addItem(OPT_WSCALE, tvb, off, olen);
                    if (lab) {
                        o.label("TCP Option - Window scale: " + shift + " (multiply by " + mult + ")");
                    }
                    o.add(OPTION_KIND, tvb, off, 1, kind);
                    o.add(OPTION_LEN, tvb, off + 1, 1, olen);
                    if (olen == 3) {
                        o.add(OPT_WSCALE_SHIFT, tvb, off + 2, 1, shift);
                        o.add(OPT_WSCALE_MULT, tvb, off + 2, 1, mult).generated();
                    }
                    append(names, "Window scale");
                }
                case 4 -> {
                    ProtoNode o = opts.addItem(OPT_SACK_PERM, tvb, off, olen);
                    if (lab) {
                        o.label("TCP Option - SACK permitted");
                    }
                    o.add(OPTION_KIND, tvb, off, 1, kind);
                    o.add(OPTION_LEN, tvb, off + 1, 1, olen);
                    append(names, "SACK permitted");
                }
                case 5 -> {
                    ProtoNode o = opts.addItem(OPT_SACK, tvb, off, olen);
                    o.add(OPTION_KIND, tvb, off, 1, kind);
                    o.add(OPTION_LEN, tvb, off + 1, 1, olen);
                    StringBuilder edges = lab ? new StringBuilder() : null;
                    int count = 0;
                    long base = sackBase != null && sackBase.baseSet ? sackBase.baseSeq : 0;
                    for (int b = off + 2; b + 8 <= off + olen; b += 8) {
                        long le = (tvb.u32(b) - base) & 0xffffffffL;
                        long re = (tvb.u32(b + 4) - base) & 0xffffffffL;
                        ProtoNode left = o.add(OPT_SACK_LE, tvb, b, 4, le);
                        ProtoNode right = o.add(OPT_SACK_RE, tvb, b + 4, 4, re);
                        if (lab) {
                            left.label("left edge = " + le + " (relative)");
                            right.label("right edge = " + re + " (relative)");
                            edges.append(' ').append(le).append('-').append(re);
                        }
                        count++;
                    }
                    o.add(OPT_SACK_COUNT, tvb, off, 0, count).generated();
                    if (count > 0 && sackBase != null && dsack(tvb, off, count)) {
                        // RFC 2883: the first block reports data received twice (Wireshark's D-SACK test)
                        long le = (tvb.u32(off + 2) - base) & 0xffffffffL;
                        long re = (tvb.u32(off + 6) - base) & 0xffffffffL;
                        o.add(OPT_SACK_DSACK_LE, tvb, off + 2, 4, le).generated()
                                .label("D-SACK Left Edge = " + le + " (relative)");
                        o.add(OPT_SACK_DSACK_RE, tvb, off + 6, 4, re).generated()
                                .label("D-SACK Right Edge = " + re + " (relative)");
                        // proto_tree_add_expert: a text line carrying the finding (whose field is the only one)
                        ProtoNode d = o.addText(tvb, off + 2, 8, EI_DSACK.summary());
                        Expert.add(d, EI_DSACK, EI_DSACK.summary(), "TCP");
                    }
                    if (lab) {
                        o.label("TCP Option - SACK" + edges);
                    }
                    append(names, "SACK");
                }
                case 8 -> {
                    long tsval = olen == 10 ? tvb.u32(off + 2) : 0;
                    long tsecr = olen == 10 ? tvb.u32(off + 6) : 0;
                    ProtoNode o = opts.addItem(OPT_TIMESTAMP, tvb, off, olen);
                    if (lab) {
                        o.label("TCP Option - Timestamps: TSval " + tsval + ", TSecr " + tsecr);
                    }
                    o.add(OPTION_KIND, tvb, off, 1, kind);
                    o.add(OPTION_LEN, tvb, off + 1, 1, olen);
                    if (olen == 10) {
                        o.add(OPT_TSVAL, tvb, off + 2, 4, tsval);
                        o.add(OPT_TSECR, tvb, off + 6, 4, tsecr);
                    }
                    append(names, "Timestamps");
                }
                default -> {
                    ProtoNode o = opts.addText(tvb, off, olen, "TCP Option - " + kindName);
                    o.add(OPTION_KIND, tvb, off, 1, kind);
                    o.add(OPTION_LEN, tvb, off + 1, 1, olen);
                    if (olen > 2) {
                        o.addObj(OPT_UNKNOWN, tvb, off + 2, olen - 2, tvb.toArray(off + 2, olen - 2));
                    }
                    append(names, kindName);
                }
            }
            off += olen;
        }
        if (lab) {
            opts.label("Options: (" + len + " bytes), " + names);
        }
    }

    /**
     * Whether the SACK option at {@code off} starts with a D-SACK block (RFC 2883, section 4): one wholly below the
     * cumulative acknowledgment of this segment, or one whose right edge falls inside the second block.
     */
    private static boolean dsack(ByteView tvb, int off, int count) {
        long ack = tvb.u32(8);
        long le0 = tvb.u32(off + 2);
        long re0 = tvb.u32(off + 6);
        if ((int) (ack - re0) >= 0 && (int) (re0 - le0) > 0) {
            return true;
        }
        if (count > 1) {
            long le1 = tvb.u32(off + 10);
            long re1 = tvb.u32(off + 14);
            return (int) (re0 - le1) > 0 && (int) (re1 - re0) >= 0;
        }
        return false;
    }

    /** Adds an option's name to the list for the label; {@code sb} is null when no labels are built. */
    private static void append(StringBuilder sb, String s) {
        if (sb != null) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s);
        }
    }
}
