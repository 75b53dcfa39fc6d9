package org.jdissect.cli.stats;

import java.util.Collection;
import java.util.List;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z proto,colinfo,FILTER,FIELD}, tap-protocolinfo.c: for each packet the filter passes, every occurrence of
 * the field is appended to the Info column as a filter that would match it ("  ip.ttl == 64"). As in tshark, the
 * field is found only when some display filter of the run names it (the tap's own, say): tshark looks it up in the
 * tree's primed fields. It draws nothing.
 */
public final class ColumnInfo implements Statistic {
    static final String PREFIX = "proto,colinfo,";
    /**
     * tshark's complaint when the Info column is not printed (tshark makes it at the first packet the tap is given,
     * after printing the packets before; jdissect before reading any).
     */
    public static final String NO_INFO = "the proto,colinfo tap doesn't work if the INFO column isn't being printed.";

    private final String abbrev;
    private boolean primed;

    private ColumnInfo(String abbrev) {
        this.abbrev = abbrev;
    }

    /** protocolinfo_init: the filter up to the first comma after the name, the field after it. */
    static Tap parse(String arg, Statistics.Filters filters) throws Statistics.BadArgument, DisplayFilterException {
        String rest = arg.substring(PREFIX.length());
        int comma = rest.indexOf(',');
        if (comma < 0) {
            throw new Statistics.BadArgument("invalid \"-z proto,colinfo,<filter>,<field>\" argument");
        }
        String field = rest.substring(comma + 1);
        try {
            filters.compile(field); // a field's name alone is a filter when the field exists
        } catch (DisplayFilterException e) {
            throw new Statistics.BadArgument("Field \"" + field + "\" doesn't exist.");
        }
        return new Tap(new ColumnInfo(field), Statistics.compile(rest.substring(0, comma), filters));
    }

    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        return List.of(registry.get(abbrev));
    }

    @Override
    public void primedFields(java.util.Set<String> abbrevs) {
        primed = abbrevs.contains(abbrev);
    }

    @Override
    public boolean writesInfoColumn() {
        return true;
    }

    /**
     * Appends every occurrence, in the order the tree holds them (hidden ones too: the tree's finfo arrays keep them),
     * under any registration of the name: tshark finds one registration's (the last made: packet-tls-utils.c's
     * common tls.handshake.type, packet-ipv6.c's ip.version, which leaves IPv4's out), jdissect all of them.
     */
    @Override
    public void packet(PacketContext ctx) {
        if (!primed) {
            return;
        }
        List<ProtoNode> all = ctx.tree().findAll(abbrev);
        // an expert finding's item often has its protocol field's name (tcp.analysis.duplicate_ack): two fields
        // of one name, of which tshark's lookup by name finds one; it finds a finding's own field when only that is
        // there
        List<ProtoNode> outsideExperts = all.stream().filter(n -> !inExpert(n)).toList();
        StringBuilder tail = new StringBuilder();
        for (ProtoNode n : outsideExperts.isEmpty() ? all : outsideExperts) {
            String match = FieldFormat.filterString(n);
            if (match != null) {
                tail.append("  ").append(match);
            }
        }
        if (tail.length() > 0) {
            ctx.appendInfo(tail.toString());
        }
    }

    private static boolean inExpert(ProtoNode n) {
        for (ProtoNode p = n.parent(); p != null; p = p.parent()) {
            if (p.def() != null && "_ws.expert".equals(p.def().abbrev())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void draw(StringBuilder out) {
        // a column, not a table
    }
}
