package org.jdissect.cli.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdissect.dsl.DisplayFilterException;

/**
 * The {@code NAME,tree[,filter]} statistics (ui/cli/tap-stats_tree.c registers each stats_tree as "ABBR,tree"):
 * the arguments they take and the statistic each makes.
 */
final class StatsTrees {
    private StatsTrees() {
    }

    /** Makes one tree statistic, its fields looked up through the CLI's filter compiler. */
    @FunctionalInterface
    private interface Factory {
        TreeStatistic make(Statistics.Filters filters) throws DisplayFilterException;
    }

    private static final Map<String, Factory> TREES = new LinkedHashMap<>();

    static {
        TREES.put("http,tree", HttpPacketCounter::new);
        TREES.put("http_req,tree", HttpRequests::new);
        TREES.put("http_srv,tree", HttpLoadDistribution::new);
        TREES.put("http_seq,tree", HttpRequestSequences::new);
        TREES.put("plen,tree", PacketLengths::new);
        TREES.put("ip_hosts,tree", f -> new IpHosts(f, 4));
        TREES.put("ip_srcdst,tree", f -> new IpSourceDestination(f, 4));
        TREES.put("ptype,tree", f -> new IpProtocolTypes(f, 4));
        TREES.put("dests,tree", f -> new IpDestinations(f, 4));
        TREES.put("ipv6_hosts,tree", f -> new IpHosts(f, 6));
        TREES.put("ipv6_srcdst,tree", f -> new IpSourceDestination(f, 6));
        TREES.put("ipv6_ptype,tree", f -> new IpProtocolTypes(f, 6));
        TREES.put("ipv6_dests,tree", f -> new IpDestinations(f, 6));
        TREES.put("dns,tree", DnsMessages::new);
    }

    /** The {@code -z} names, as tshark lists them. */
    static final List<String> NAMES = List.copyOf(TREES.keySet());

    /**
     * The tree statistic {@code arg} names, behind its filter; null when it names none. As tshark matches its
     * statistics, the name is a prefix of the argument, and the filter is what follows the comma after it.
     */
    static Tap parse(String arg, Statistics.Filters filters) throws DisplayFilterException {
        for (Map.Entry<String, Factory> e : TREES.entrySet()) {
            String name = e.getKey();
            if (arg.startsWith(name)) {
                String filter = arg.length() > name.length() && arg.charAt(name.length()) == ','
                        ? arg.substring(name.length() + 1) : null;
                return new Tap(e.getValue().make(filters), Statistics.compile(filter, filters));
            }
        }
        return null;
    }
}
