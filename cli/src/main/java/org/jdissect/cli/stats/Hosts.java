package org.jdissect.cli.stats;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.dns.DnsModule;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z hosts[,ip|ipv4|ipv6]} (tap-hosts.c): the address-to-name pairs name resolution learnt, in /etc/hosts
 * form. jdissect resolves nothing itself, so these are what tshark learns by default from the capture: the A and AAAA
 * records of class IN in DNS messages (packet-dns.c's add_ipv4_name/add_ipv6_name, also in a message an ICMP error
 * quotes), a later name for the same address replacing an earlier one unless they differ only in case, names cut to
 * 63 characters (MAXNAMELEN). {@code -n} turns that learning off, so only the header is printed. tshark walks hash
 * tables seeded at random, so the order of several entries changes from run to run; here it is first learnt, first
 * printed, IPv4 before IPv6 as in tshark.
 */
final class Hosts implements Statistic {
    /** addr_resolv.h's MAXNAMELEN, the name buffer g_strlcpy fills. */
    private static final int MAX_NAME = 63;

    private final boolean ipv4;
    private final boolean ipv6;
    private final TreeStatistic.Fields fields;
    private final FieldDef name;
    private final FieldDef rrClass;
    private final FieldDef a;
    private final FieldDef aaaa;
    private final Map<String, String> v4 = new LinkedHashMap<>();
    private final Map<String, String> v6 = new LinkedHashMap<>();
    private String captureName = "";
    private boolean learning = true;

    private Hosts(boolean ipv4, boolean ipv6, Statistics.Filters filters) throws DisplayFilterException {
        this.ipv4 = ipv4;
        this.ipv6 = ipv6;
        fields = new TreeStatistic.Fields(filters, "dns", "dns.resp.name", "dns.resp.class", "dns.a", "dns.aaaa");
        name = fields.get("dns.resp.name");
        rrClass = fields.get("dns.resp.class");
        a = fields.get("dns.a");
        aaaa = fields.get("dns.aaaa");
    }

    /**
     * hosts_init: the bare name lists both families; otherwise each comma-separated word after the first picks one,
     * the first word (the name, or whatever stood for it) picking nothing unless it is a family itself.
     */
    static Hosts parse(String arg, Statistics.Filters filters) throws Statistics.BadArgument, DisplayFilterException {
        if (arg.equals("hosts")) {
            return new Hosts(true, true, filters);
        }
        boolean v4 = false;
        boolean v6 = false;
        // g_strsplit keeps empty words, trailing ones included
        String[] words = arg.split(",", -1);
        for (int i = 0; i < words.length; i++) {
            switch (words[i]) {
                case "ip", "ipv4" -> v4 = true;
                case "ipv6" -> v6 = true;
                default -> {
                    if (i > 0) {
                        throw new Statistics.BadArgument("invalid \"-z hosts[,ip|ipv4|ipv6]\" argument");
                    }
                }
            }
        }
        return new Hosts(v4, v6, filters);
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return fields.all();
    }

    @Override
    public void source(String captureName, boolean resolveNames) {
        this.captureName = captureName == null ? "" : captureName;
        this.learning = resolveNames;
    }

    @Override
    public void packet(PacketContext ctx) {
        if (!learning) {
            return;
        }
        // DNS at the top of the tree, where UDP hands its payload, also that of a datagram an ICMP error quotes:
        // packet-dns.c learns names from those too
        for (ProtoNode n = ctx.tree().root().firstChild(); n != null; n = n.next()) {
            if ("dns".equals(n.abbrev())) {
                records(n);
            }
        }
    }

    /**
     * Every address record under {@code n}, with the owner name and class that come before it: a record's items in
     * order, whether under the record's text item or, in a tree that keeps only some fields (no text items), all in a
     * row under the DNS item.
     */
    private void records(ProtoNode n) {
        ProtoNode owner = null;
        ProtoNode cls = null;
        for (ProtoNode c = n.firstChild(); c != null; c = c.next()) {
            FieldDef d = c.def();
            if (name.equals(d)) {
                owner = c;
            } else if (rrClass.equals(d)) {
                cls = c;
            } else if ((a.equals(d) || aaaa.equals(d)) && owner != null && cls != null) {
                learn(owner, cls, c);
            } else if (c.firstChild() != null) {
                records(c);
            }
        }
    }

    private void learn(ProtoNode owner, ProtoNode cls, ProtoNode address) {
        if ((cls.num() & 0x7f) != 1) {
            return;
        }
        String host = owner.obj() instanceof String s ? DnsModule.learnedName(owner.source(), owner.offset(), s) : "";
        if (host.isEmpty()) {
            return; // add_ipv4_name ignores an empty name (the root's is "<Root>" by then, and learnt)
        }
        if (host.length() > MAX_NAME) {
            host = host.substring(0, MAX_NAME);
        }
        boolean four = a.equals(address.def());
        String addr = four ? FieldFormat.ipv4(address.num()) : FieldFormat.ipv6((byte[]) address.obj());
        Map<String, String> table = four ? v4 : v6;
        String old = table.get(addr);
        if (old == null || !old.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
            table.put(addr, host);
        }
    }

    @Override
    public void draw(StringBuilder out) {
        out.append("# TShark hosts output\n#\n# Host data gathered from ").append(captureName).append("\n\n");
        if (ipv4) {
            list(v4, out);
        }
        if (ipv6) {
            list(v6, out);
        }
    }

    private static void list(Map<String, String> table, StringBuilder out) {
        table.forEach((addr, host) -> out.append(addr).append('\t').append(host).append('\n'));
    }
}
