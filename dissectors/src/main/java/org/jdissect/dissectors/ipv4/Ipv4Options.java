package org.jdissect.dissectors.ipv4;

import static org.jdissect.dissectors.ipv4.Ipv4Fields.*;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/** IPv4 header options: EOL, NOP, Record Route, Time Stamp, Router Alert, and any other as type/length/data. */
final class Ipv4Options {
    private Ipv4Options() {
    }

    static void dissect(ByteView tvb, int start, int len, ProtoNode ip) {
        ProtoNode opts = ip.addObj(OPTIONS, tvb, start, len, tvb.toArray(start, len));
        StringBuilder names = new StringBuilder();
        int off = start;
        int end = start + len;
        while (off < end) {
            int type = tvb.u8(off);
            String name = NAMES.getOrDefault(type, "Unknown (0x" + FieldFormat.hexPadded(type, 2) + ")");
            if (type == 0 || type == 1) {
                // the two one-byte options are not named in the Options line
                ProtoNode o = opts.addItem(OPT_TYPE, tvb, off, 1).label("IP Option - "
                        + (type == 0 ? name : "No-Operation (NOP)"));
                typeTree(o, tvb, off, type);
                off++;
                if (type == 0) {
                    break;
                }
                continue;
            }
            if (off + 1 >= end) {
                opts.addText(tvb, off, 1, "IP Option - " + name + ": option runs past the header");
                break;
            }
            int olen = tvb.u8(off + 1);
            if (olen < 2 || off + olen > end) {
                opts.addText(tvb, off, end - off, "IP Option - " + name + " (length " + olen + " bogus)");
                break;
            }
            ProtoNode o = opts.addItem(OPT_TYPE, tvb, off, olen).label("IP Option - " + name + " (" + olen
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
                        o.appendLabel(": " + (what == null ? "Unknown" : what) + " (" + ra + ")");
                        o.add(OPT_RA, tvb, off + 2, 2, ra);
                    }
                }
                case 0x44 -> {
                    if (olen >= 4) {
                        o.add(OPT_PTR, tvb, off + 2, 1, tvb.u8(off + 2));
                        int of = tvb.u8(off + 3);
                        o.add(OPT_TS_OVERFLOW, tvb, off + 3, 1, of >> 4);
                        o.add(OPT_TS_FLG, tvb, off + 3, 1, of & 0x0f);
                        boolean withAddr = (of & 0x0f) != 0;
                        int step = withAddr ? 8 : 4;
                        for (int a = off + 4; a + step <= off + olen; a += step) {
                            if (withAddr) {
                                o.add(OPT_TS_ADDR, tvb, a, 4, tvb.u32(a));
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
