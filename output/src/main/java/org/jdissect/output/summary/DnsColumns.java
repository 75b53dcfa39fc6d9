package org.jdissect.output.summary;

import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.dns.DnsModule;

/**
 * DNS, mDNS and LLMNR (packet-dns.c dissect_dns_common, dissect_dns_query, dissect_dns_answer): "Standard query
 * [response] 0xID [rcode]", then " TYPE name" per question and " TYPE data" per resource record, in message order.
 */
final class DnsColumns {
    private DnsColumns() {
    }

    static void dns(Columns c, ProtoNode p, String protocol) {
        c.protocol = protocol;
        boolean mdns = "MDNS".equals(protocol);
        c.info.clear();
        ProtoNode id = Nodes.find(p, "dns.id");
        ProtoNode flags = Nodes.find(p, "dns.flags");
        if (id == null || flags == null) {
            return;
        }
        int f = (int) flags.num();
        int opcode = (f >> 11) & 0xf;
        int rcode = f & 0xf;
        boolean response = (f & 0x8000) != 0;
        ProtoNode opNode = Nodes.find(p, "dns.flags.opcode");
        c.info.set(name(opNode == null ? null : opNode.def(), opcode, "Unknown operation (" + opcode + ")")
                + (response ? " response" : "") + " 0x" + IpColumns.hex4(id.num()));
        if (response && rcode != 0) {
            ProtoNode rc = Nodes.find(p, "dns.flags.rcode");
            c.info.append(" " + name(rc == null ? null : rc.def(), rcode, "Unknown error (" + rcode + ")"));
        }
        Records r = new Records(c, mdns);
        p.walk(r::node);
        DnsModule.CutRecord cut = c.ctx == null ? null : c.ctx.get(DnsModule.CutRecord.class);
        if (cut != null && cut.dns() == p) {
            c.info.append(cut.info());
        }
    }

    private static String name(FieldDef def, long v, String dflt) {
        String s = def == null ? null : def.valueName(v);
        return s == null ? dflt : s;
    }

    /** Walks the message in order, appending each question's and record's words as the dissector does. */
    private static final class Records {
        private final Columns c;
        private final boolean mdns;
        private String qname;
        private String owner;
        private long rrType = -1;
        private boolean expectType;
        /** The A6 record's prefix length, whose suffix and name follow. */
        private long a6Prefix;

        Records(Columns c, boolean mdns) {
            this.c = c;
            this.mdns = mdns;
        }

        void node(ProtoNode n) {
            String a = Nodes.abbrev(n);
            if (a == null) {
                return;
            }
            switch (a) {
                case "dns.qry.name" -> qname = FieldFormat.formatText(FieldFormat.value(n));
                case "dns.qry.type" -> {
                    c.info.append(" " + typeName(n) + " " + (qname == null ? "" : qname));
                    rrType = -1;
                }
                case "dns.qry.class" -> {
                    if (mdns) {
                        c.info.append(", \"" + ((n.num() & 0x8000) != 0 ? "QU" : "QM") + "\" question");
                    }
                }
                case "dns.resp.name", "dns.srv.name", "dns.srv.service" -> {
                    if ("dns.resp.name".equals(a)) {
                        owner = FieldFormat.formatText(FieldFormat.value(n));
                    }
                    expectType = true; // a record's name comes before its type (SRV's as service and name)
                }
                case "dns.resp.type" -> {
                    if (!expectType) {
                        return; // a type listed in a record's data (an NSEC bitmap), not a record's own
                    }
                    expectType = false;
                    c.info.append(" " + typeName(n));
                    rrType = n.num();
                }
                case "dns.resp.len" -> {
                    // packet-dns.c decodes a record's data, and writes what it writes of it, only when there is some
                    if (rrType >= 0 && n.num() > 0) {
                        ownerData();
                    }
                }
                case "dns.resp.cache_flush" -> {
                    if (mdns && n.num() != 0) {
                        c.info.append(", cache flush");
                    }
                }
                case "dns.a", "dns.aaaa", "dns.ns", "dns.cname", "dns.ptr.domain_name", "dns.soa.mname",
                        "dns.nsec.next_domain_name", "dns.dname", "dns.wks.address", "dns.nxt.next_domain_name",
                        "dns.winsr.name_result_domain" -> c.info.append(" " + FieldFormat.value(n));
                // A6: " prefix suffix name", the suffix "::" when the prefix takes all 128 bits (no suffix item),
                // the name empty when the prefix is 0 (no name item)
                case "dns.a6.prefix_len" -> {
                    a6Prefix = n.num();
                    c.info.append(" " + a6Prefix + (a6Prefix == 128 ? " ::" : ""));
                }
                case "dns.a6.address_suffix" -> c.info.append(" " + FieldFormat.value(n) + (a6Prefix == 0 ? " " : ""));
                case "dns.a6.prefix_name" -> c.info.append(" " + FieldFormat.value(n));
                case "dns.mx.preference", "dns.srv.priority", "dns.srv.weight", "dns.srv.port",
                        "dns.naptr.order", "dns.naptr.preference", "dns.kx.preference" -> c.info.append(" " + n.num());
                case "dns.mx.mail_exchange", "dns.srv.target", "dns.naptr.flags", "dns.hinfo.cpu",
                        "dns.hinfo.os", "dns.kx.key_exchange" -> c.info.append(" " + FieldFormat.value(n));
                default -> {
                }
            }
        }

        /** The record types whose data packet-dns.c shows as the record's owner name ("%s", name). */
        private void ownerData() {
            switch ((int) rrType) {
                case 3, 4, 7, 8, 9, 10, 14, 17, 18, 19, 20, 21, 22, 23, 26, 27, 42, 49, 51, 52, 55 ->
                        c.info.append(" " + (owner == null ? "" : owner));
                default -> {
                }
            }
        }

        private static String typeName(ProtoNode n) {
            return DnsModule.typeName((int) n.num());
        }
    }
}
