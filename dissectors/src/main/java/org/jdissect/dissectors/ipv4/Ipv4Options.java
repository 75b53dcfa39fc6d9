package org.jdissect.dissectors.ipv4;

import static org.jdissect.dissectors.ipv4.Ipv4Fields.*;

import org.jdissect.api.bytes.ByteView;
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
            int number = type & 0x1f;
            String name = OPT_TYPE_NUMBER.valueName(number);
            if (name == null) {
                name = "Unknown";
            }
            if (type == 0 || type == 1) {
                ProtoNode o = opts.addItem(OPT_TYPE, tvb, off, 1).label("IP Option - " + name);
                typeTree(o, tvb, off, type);
                names.append(names.length() == 0 ? "" : ", ").append(name);
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
                        o.add(OPT_PTR, tvb, off + 2, 1, tvb.u8(off + 2));
                        for (int a = off + 3; a + 4 <= off + olen; a += 4) {
                            o.add(OPT_RECR, tvb, a, 4, tvb.u32(a));
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
        opts.label("Options: (" + len + " bytes), " + names);
    }

    private static void typeTree(ProtoNode o, ByteView tvb, int off, int type) {
        ProtoNode t = o.add(OPT_TYPE, tvb, off, 1, type);
        t.add(OPT_TYPE_COPY, tvb, off, 1, type >> 7);
        t.add(OPT_TYPE_CLASS, tvb, off, 1, (type >> 5) & 3);
        t.add(OPT_TYPE_NUMBER, tvb, off, 1, type & 0x1f);
    }
}
