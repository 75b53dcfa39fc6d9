package org.jdissect.output.summary;

import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * ICMP (packet-icmp.c dissect_icmp) and ICMPv6 (packet-icmpv6.c dissect_icmpv6). In a single pass a request never
 * shows "(reply in N)"; a reply shows "(request in N)" when the request came first. In the second of two passes
 * (tshark -2) a request shows its reply, "(no response found!)", or why none was looked for.
 */
final class IcmpColumns {
    private IcmpColumns() {
    }

    static void icmp(Columns c, ProtoNode p) {
        c.protocol = "ICMP";
        c.info.clear();
        ProtoNode typeNode = Nodes.find(p, "icmp.type");
        ProtoNode codeNode = Nodes.find(p, "icmp.code");
        if (typeNode == null || codeNode == null) {
            return;
        }
        int type = (int) typeNode.num();
        int code = (int) codeNode.num();
        // "%-20s": the type's name padded to twenty
        StringBuilder sb = new StringBuilder(IcmpNames.v4Type(type, code));
        while (sb.length() < 20) {
            sb.append(' ');
        }
        c.info.set(sb.toString());
        String codeName = IcmpNames.v4Code(type, code);
        if (codeName != null) {
            c.info.append(" (" + codeName + ")");
        }
        switch (type) {
            case 0, 8, 13, 14, 15, 16, 17, 18 -> {
                ProtoNode id = Nodes.find(p, "icmp.ident");
                ProtoNode seq = Nodes.find(p, "icmp.seq");
                ProtoNode seqLe = Nodes.find(p, "icmp.seq_le");
                if (id == null || seq == null || seqLe == null) {
                    return;
                }
                c.info.append(" id=0x" + IpColumns.hex4(id.num()) + ", seq=" + seq.num() + "/" + seqLe.num());
                if (c.ipTtl >= 0) {
                    c.info.append(", ttl=" + c.ipTtl);
                }
            }
            default -> {
            }
        }
        ProtoNode respIn = direct(p, "icmp.resp_in");
        if (respIn != null) {
            c.info.append(" (reply in " + respIn.num() + ")");
        }
        requestEnd(c, p, "icmp.no_resp");
        ProtoNode respTo = direct(p, "icmp.resp_to");
        if (respTo != null) {
            c.info.append(" (request in " + respTo.num() + ")");
        }
    }

    /** What a second pass of two adds to a request the first found no reply to. */
    private static void requestEnd(Columns c, ProtoNode p, String noResp) {
        org.jdissect.dissectors.icmp.EchoTo to = c.ctx == null ? null
                : c.ctx.get(org.jdissect.dissectors.icmp.EchoTo.class);
        if (direct(p, noResp) != null) {
            c.info.append(" (no response found!)");
        } else if (to != null) {
            c.info.append(to.info());
        }
    }

    static void icmpv6(Columns c, ProtoNode p) {
        c.protocol = "ICMPv6";
        c.info.clear();
        ProtoNode typeNode = Nodes.find(p, "icmpv6.type");
        if (typeNode == null) {
            return;
        }
        int type = (int) typeNode.num();
        c.info.set(IcmpNames.v6Type(typeNode.def(), type));
        ProtoNode codeNode = Nodes.find(p, "icmpv6.code");
        if (codeNode == null) {
            return;
        }
        String codeName = IcmpNames.v6Code(type, (int) codeNode.num());
        if (codeName != null) {
            c.info.append(" (" + codeName + ")");
        }
        switch (type) {
            case 128, 129 -> {
                ProtoNode id = Nodes.find(p, "icmpv6.echo.identifier");
                ProtoNode seq = Nodes.find(p, "icmpv6.echo.sequence_number");
                if (id == null || seq == null) {
                    return;
                }
                c.info.append(" id=0x" + IpColumns.hex4(id.num()) + ", seq=" + seq.num());
                if (c.ipv6Hlim >= 0) {
                    c.info.append(", hop limit=" + c.ipv6Hlim);
                }
                ProtoNode respIn = direct(p, "icmpv6.resp_in");
                if (respIn != null) {
                    c.info.append(" (reply in " + respIn.num() + ")");
                }
                requestEnd(c, p, "icmpv6.no_resp");
                ProtoNode respTo = direct(p, "icmpv6.resp_to");
                if (respTo != null) {
                    c.info.append(" (request in " + respTo.num() + ")");
                }
            }
            case 135 -> {
                ProtoNode target = Nodes.find(p, "icmpv6.nd.ns.target_address");
                if (target != null) {
                    c.info.append(" for " + FieldFormat.value(target));
                }
                linkOptions(c, p);
            }
            case 136 -> {
                ProtoNode target = Nodes.find(p, "icmpv6.nd.na.target_address");
                if (target != null) {
                    StringBuilder f = new StringBuilder();
                    if (Nodes.num(p, "icmpv6.nd.na.flag.r", 0) != 0) {
                        f.append("rtr, ");
                    }
                    if (Nodes.num(p, "icmpv6.nd.na.flag.s", 0) != 0) {
                        f.append("sol, ");
                    }
                    if (Nodes.num(p, "icmpv6.nd.na.flag.o", 0) != 0) {
                        f.append("ovr, ");
                    }
                    String flags = f.length() > 2 ? f.substring(0, f.length() - 2) : "none";
                    c.info.append(" " + FieldFormat.value(target) + " (" + flags + ")");
                }
                linkOptions(c, p);
            }
            case 133, 134, 137 -> linkOptions(c, p);
            default -> {
            }
        }
    }

    /**
     * dissect_icmpv6_nd_opt: a six-byte link-layer address option says " from X" (source) or " is at X" (target), an
     * EUI-64 one " from X" either way.
     */
    private static void linkOptions(Columns c, ProtoNode p) {
        p.walk(n -> {
            String a = Nodes.abbrev(n);
            if ("icmpv6.opt.src_linkaddr".equals(a) && n.length() == 6) {
                c.info.append(" from " + FieldFormat.value(n));
            } else if ("icmpv6.opt.target_linkaddr".equals(a) && n.length() == 6) {
                c.info.append(" is at " + FieldFormat.value(n));
            } else if ("icmpv6.opt.src_linkaddr_eui64".equals(a) || "icmpv6.opt.target_linkaddr_eui64".equals(a)) {
                c.info.append(" from " + FieldFormat.value(n)); // an EUI-64 is " from " either way
            }
        });
    }

    /** A generated item right under the protocol (not one of an ICMP error's quoted packet). */
    private static ProtoNode direct(ProtoNode p, String abbrev) {
        for (ProtoNode n = p.firstChild(); n != null; n = n.next()) {
            if (abbrev.equals(Nodes.abbrev(n))) {
                return n;
            }
        }
        return null;
    }
}
