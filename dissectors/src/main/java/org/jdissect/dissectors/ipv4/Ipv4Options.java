package org.jdissect.dissectors.ipv4;

import static org.jdissect.dissectors.ipv4.Ipv4Fields.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/** IPv4 header options: EOL, NOP, Record Route, Time Stamp, Router Alert, and any other as type/length/data. */
final class Ipv4Options {
    private Ipv4Options() {
    }

    /**
     * Where the final destination of a loose or strict source route option lies in the header (its last address),
     * or -1: Wireshark shows that address as the destination ("Dst: final, Via: header's").
     */
    static int finalDestination(ByteView tvb, int hlen) {
        int off = 20;
        while (off < hlen) {
            int type = tvb.u8(off);
            if (type == 0) {
                return -1;
            }
            if (type == 1) {
                off++;
                continue;
            }
            if (off + 1 >= hlen) {
                return -1;
            }
            int olen = tvb.u8(off + 1);
            if (olen < 2 || off + olen > hlen) {
                return -1;
            }
            if ((type == 0x83 || type == 0x89) && olen >= 7) {
                return off + olen - 4;
            }
            off += olen;
        }
        return -1;
    }

    static void dissect(ByteView tvb, int start, int len, ProtoNode ip, PacketContext ctx) {
        // a text item in Wireshark 4.0 (there is no ip.options field)
        ProtoNode opts = ip.addText(tvb, start, len, "Options");
        StringBuilder names = new StringBuilder();
        int off = start;
        int end = start + len;
        while (off < end) {
            int type = tvb.u8(off);
            String name = NAMES.get(type);
            boolean known = name != null;
            if (!known) {
                name = "Unknown (0x" + FieldFormat.hexPadded(type, 2) + ")";
            }
            if (type == 0 || type == 1) {
                // the two one-byte options are not named in the Options line
                ProtoNode o = opts.addObj(OPTION_ITEMS.get(type), tvb, off, 1, tvb.toArray(off, 1)).label("IP Option - "
                        + (type == 0 ? name : "No-Operation (NOP)"));
                typeTree(o, tvb, off, type);
                off++;
                if (type == 0) {
                    break;
                }
                continue;
            }
            // dissect_ip_tcp_options' length checks, each a warning item that ends the options
            if (off + 1 >= end) {
                invalid(ctx, opts, tvb, off, 1, name + " (length byte past end of options)");
                break;
            }
            int olen = tvb.u8(off + 1);
            if (olen < 2) {
                invalid(ctx, opts, tvb, off, 2, name + " (with too-short option length = " + olen + " byte"
                        + (olen == 1 ? "" : "s") + ")");
                break;
            }
            if (olen - 2 > end - off - 2) {
                // over the bytes left after the type and length bytes, as packet-ip.c measures it
                invalid(ctx, opts, tvb, off, Math.max(0, end - off - 2), name + " (option length = " + olen + " byte"
                        + (olen == 1 ? "" : "s") + " says option goes past end of options)");
                break;
            }
            if (!known) {
                // an unknown option is a bare line: no type tree, and not named in the Options line
                opts.addText(tvb, off, olen, name + " (" + olen + " byte" + (olen == 1 ? "" : "s") + ")");
                off += olen;
                continue;
            }
            ProtoNode o = opts.addObj(OPTION_ITEMS.get(type), tvb, off, olen, tvb.toArray(off, olen))
                    .label("IP Option - " + name + " (" + olen
                    + " bytes)");
            typeTree(o, tvb, off, type);
            o.add(OPT_LEN, tvb, off + 1, 1, olen);
            switch (type) {
                case 7 -> {
                    if (olen >= 3) {
                        int ptr = tvb.u8(off + 2);
                        o.add(OPT_PTR, tvb, off + 2, 1, ptr);
                        // slots before the pointer were recorded; the one it points at is next, the rest empty
                        for (int slot = 3; slot + 4 <= olen; slot += 4) {
                            long route = tvb.u32(off + slot);
                            String text = FieldFormat.ipv4(route);
                            if (ptr > slot + 1) {
                                o.add(OPT_RECR, tvb, off + slot, 4, route);
                                o.addObj(OPT_RECR_HOST, tvb, off + slot, 4, text).hidden();
                            } else {
                                ProtoNode e = o.add(OPT_EMPTY_RT, tvb, off + slot, 4, route);
                                if (ptr == slot + 1) {
                                    e.label("Empty Route: " + text + " <- (next)");
                                }
                                o.addObj(OPT_EMPTY_RT_HOST, tvb, off + slot, 4, text).hidden();
                            }
                        }
                    }
                }
                case 0x94 -> {
                    if (olen == 4) {
                        int ra = tvb.u16(off + 2);
                        String what = OPT_RA.valueName(ra);
                        o.appendLabel(": " + (what == null ? "Reserved" : what) + " (" + ra + ")");
                        o.add(OPT_RA, tvb, off + 2, 2, ra).label("Router Alert: " + (what == null ? "Reserved" : what)
                                + " (" + ra + ")");
                    }
                }
                case 0x88 -> {
                    if (olen == 4) {
                        o.add(OPT_SID, tvb, off + 2, 2, tvb.u16(off + 2));
                    }
                }
                case 0x83, 0x89 -> route(tvb, off, olen, o);
                case 0x82 -> security(tvb, off, olen, o, ctx);
                case 0x44 -> {
                    if (olen >= 4) {
                        int ptr = tvb.u8(off + 2);
                        o.add(OPT_PTR, tvb, off + 2, 1, ptr).appendLabel(ptr == 1 ? " (header is full)"
                                : ptr < 5 ? " (points before first address)"
                                : ((ptr - 1) & 3) != 0 ? " (points to middle of field)" : "");
                        int of = tvb.u8(off + 3);
                        o.add(OPT_TS_OVERFLOW, tvb, off + 3, 1, of >> 4);
                        o.add(OPT_TS_FLG, tvb, off + 3, 1, of & 0x0f);
                        // dissect_ipopt_timestamp: address and time stamp pairs for flags 1 and 3, time stamps
                        // alone otherwise; what is left too short for one more is a finding of its own
                        boolean withAddr = (of & 0x0f) == 1 || (of & 0x0f) == 3;
                        int step = withAddr ? 8 : 4;
                        int a = off + 4;
                        for (; a < off + olen; a += step) {
                            if (a + step > off + olen) {
                                ProtoNode b = o.addText(tvb, a, off + olen - a, EI_SUBOPT_TOO_LONG.summary());
                                Expert.add(ctx, b, EI_SUBOPT_TOO_LONG);
                                break;
                            }
                            if (withAddr) {
                                long addr = tvb.u32(a);
                                ProtoNode an = o.add(OPT_TS_ADDR, tvb, a, 4, addr);
                                if (addr == 0) {
                                    an.label("Address: -");
                                }
                            }
                            o.add(OPT_TS, tvb, a + step - 4, 4, tvb.u32(a + step - 4));
                        }
                    }
                }
                default -> {
                    if (olen > 2) {
                        o.addObj(OPT_DATA, tvb, off + 2, olen - 2, tvb.toArray(off + 2, olen - 2));
                    }
                }
            }
            names.append(names.length() == 0 ? "" : ", ").append(name);
            off += olen;
        }
        opts.label("Options: (" + len + " bytes)" + (names.length() == 0 ? "" : ", " + names));
    }

    /** RFC 1108 basic security: the classification level, then protection authority bytes while FTI is set. */
    private static void security(ByteView tvb, int off, int olen, ProtoNode o, PacketContext ctx) {
        if (olen < 3) {
            return;
        }
        o.add(OPT_SEC_CL, tvb, off + 2, 1, tvb.u8(off + 2));
        int p = off + 3;
        int remaining = olen - 3;
        if (remaining <= 0) {
            return;
        }
        boolean first = true;
        int v;
        do {
            v = tvb.u8(p);
            ProtoNode f = o.add(OPT_SEC_FLAGS, tvb, p, 1, v);
            StringBuilder sb = new StringBuilder("Protection Authority Flags: 0x").append(FieldFormat.hexPadded(v, 2));
            if (first) {
                for (int i = 0; i < OPT_SEC_BITS.length; i++) {
                    int bit = 0x80 >> i;
                    f.add(OPT_SEC_BITS[i], tvb, p, 1, (v & bit) != 0 ? 1 : 0);
                    if ((v & bit) != 0) {
                        sb.append(", ").append(OPT_SEC_BITS[i].name());
                    }
                }
                f.add(OPT_SEC_UNASSIGNED, tvb, p, 1, (v >> 1) & 3);
            } else {
                // packet-ip.c's second unassigned field (mask 0xfe) shares the abbreviation
                f.add(OPT_SEC_UNASSIGNED_2, tvb, p, 1, v >> 1).label(FieldFormat.bitPattern(0xfe, v >> 1, 8)
                        + " = Unassigned: 0x" + FieldFormat.hexPadded(v >> 1, 2));
            }
            f.add(OPT_SEC_FTI, tvb, p, 1, v & 1);
            if ((v & 1) != 0) {
                sb.append(", Field Termination Indicator");
            }
            f.label(sb.toString());
            first = false;
            p++;
            remaining--;
        } while ((v & 1) != 0 && remaining > 0);
        if (remaining > 0) {
            Expert.add(ctx, o, EI_OPT_LEN_INVALID, "Extraneous data in option");
        }
    }

    private static void invalid(PacketContext ctx, ProtoNode opts, ByteView tvb, int off, int len, String message) {
        ProtoNode n = opts.addText(tvb, off, len, message);
        Expert.add(ctx, n, EI_OPT_LEN_INVALID, message);
    }

    /**
     * Loose and strict source routes (dissect_ipopt_route): the pointer, then each address: recorded before the
     * pointer, the next one at it, source routes after it, and the last one the final destination (ip.dst).
     */
    private static void route(ByteView tvb, int off, int olen, ProtoNode o) {
        int ptr = tvb.u8(off + 2);
        o.add(OPT_PTR, tvb, off + 2, 1, ptr);
        if (ptr < 4 || (ptr & 3) != 0) {
            return;
        }
        for (int p = 3; p < olen; p += 4) {
            long a = tvb.u32(off + p);
            String text = FieldFormat.ipv4(a);
            if (ptr > olen || p == olen - 4) {
                o.add(DST, tvb, off + p, 4, a);
                o.add(ADDR, tvb, off + p, 4, a).hidden();
                o.addObj(DST_HOST, tvb, off + p, 4, text).hidden();
                o.addObj(HOST, tvb, off + p, 4, text).hidden();
            } else if (p + 1 < ptr) {
                o.add(OPT_RECR, tvb, off + p, 4, a);
                o.addObj(OPT_RECR_HOST, tvb, off + p, 4, text).hidden();
            } else {
                ProtoNode r = o.add(SRC_RT, tvb, off + p, 4, a);
                if (p + 1 == ptr) {
                    r.label("Source Route: " + text + " <- (next)");
                }
                o.addObj(SRC_RT_HOST, tvb, off + p, 4, text).hidden();
            }
        }
    }

    /** Options by their type byte, as Wireshark names them ("IP Option - Record Route", "…, Record Route"). */
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "End of Options List (EOL)"), Map.entry(0x01, "No Operation (NOP)"),
            Map.entry(0x82, "Security"), Map.entry(0x83, "Loose Source Route"),
            Map.entry(0x44, "Time Stamp"), Map.entry(0x85, "Extended Security"),
            Map.entry(0x86, "Commercial Security"), Map.entry(0x07, "Record Route"),
            Map.entry(0x88, "Stream ID"), Map.entry(0x89, "Strict Source Route"),
            Map.entry(0x0b, "MTU Probe"), Map.entry(0x0c, "MTU Reply"),
            Map.entry(0x52, "Traceroute"), Map.entry(0x94, "Router Alert"),
            Map.entry(0x95, "Selective Directed Broadcast"), Map.entry(0x19, "Quick-Start"));

    private static void typeTree(ProtoNode o, ByteView tvb, int off, int type) {
        ProtoNode t = o.add(OPT_TYPE, tvb, off, 1, type);
        t.add(OPT_TYPE_COPY, tvb, off, 1, type >> 7);
        t.add(OPT_TYPE_CLASS, tvb, off, 1, (type >> 5) & 3);
        t.add(OPT_TYPE_NUMBER, tvb, off, 1, type & 0x1f);
    }
}
