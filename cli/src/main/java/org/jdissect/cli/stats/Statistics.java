package org.jdissect.cli.stats;

import java.util.List;
import java.util.stream.Stream;
import org.jdissect.dsl.CompiledFilter;
import org.jdissect.dsl.DisplayFilterException;
import org.jdissect.output.TimeFormat;

/**
 * The {@code -z} arguments jdissect knows, each made into a {@link Tap} as tshark's stat_tap_ui init functions
 * parse theirs: the statistic's name, then its own arguments, a display filter last.
 */
public final class Statistics {
    private Statistics() {
    }

    /** Compiles a statistic's display filter (the CLI's registry and limits). */
    @FunctionalInterface
    public interface Filters {
        CompiledFilter compile(String text) throws DisplayFilterException;
    }

    /** A {@code -z} argument tshark would refuse, with tshark's words. */
    public static final class BadArgument extends Exception {
        private static final long serialVersionUID = 1L;

        public BadArgument(String message) {
            super(message);
        }
    }

    /** The names {@code -z} takes, as tshark lists them when it does not know one. */
    public static final List<String> NAMES = Stream.of(Stream.of("conv,eth", "conv,ip", "conv,ipv6", "conv,sll",
            "conv,tcp", "conv,udp", "credentials", "dhcp,stat", "endpoints,eth", "endpoints,ip", "endpoints,ipv6",
            "endpoints,sll", "endpoints,tcp", "endpoints,udp", "expert", "follow,http", "follow,tcp", "follow,tls",
            "follow,udp", "hosts", "http,stat", "icmp,srt", "icmpv6,srt", "io,phs", "io,stat", "proto,colinfo"),
            FlowKind.NAMES.stream().map(n -> Flow.PREFIX + n), StatsTrees.NAMES.stream())
            .flatMap(s -> s).sorted().toList();

    /** The statistic {@code arg} names, behind its filter, with tshark's default times (since the first packet). */
    public static Tap parse(String arg, Filters filters) throws BadArgument, DisplayFilterException {
        return parse(arg, filters, TimeFormat.RELATIVE);
    }

    /**
     * The statistic {@code arg} names, behind its filter; {@code time} is tshark's {@code -t}, which io,stat's rows,
     * the conversations' start and the flows' Time follow.
     */
    public static Tap parse(String arg, Filters filters, TimeFormat time)
            throws BadArgument, DisplayFilterException {
        if (arg.equals("io,phs") || arg.startsWith("io,phs,")) {
            String filter = arg.length() > "io,phs,".length() ? arg.substring("io,phs,".length()) : null;
            return new Tap(new ProtocolHierarchy(filter), compile(filter, filters));
        }
        Tap tree = StatsTrees.parse(arg, filters);
        if (tree != null) {
            return tree;
        }
        if (arg.startsWith(IoStatArguments.PREFIX)) {
            return new Tap(IoStatArguments.parse(arg, filters, time), null);
        }
        for (String table : new String[] {"conv,", "endpoints,"}) {
            if (arg.startsWith(table)) {
                // conversation_table.c's init: the type up to the next comma, a filter after it
                String rest = arg.substring(table.length());
                int comma = rest.indexOf(',');
                AddressKind kind = AddressKind.named(comma < 0 ? rest : rest.substring(0, comma));
                if (kind != null) {
                    String filter = comma < 0 ? null : rest.substring(comma + 1);
                    Statistic s = table.equals("conv,") ? new Conversations(kind, filter, time) : new Endpoints(kind, filter);
                    return new Tap(s, compile(filter, filters));
                }
            }
        }
        for (IcmpSrt.Version v : IcmpSrt.Version.values()) {
            String name = v.protocol + ",srt";
            if (arg.equals(name) || arg.startsWith(name + ",")) {
                // icmpstat_init: whatever follows "icmp,srt," is the filter
                String filter = arg.length() > name.length() + 1 ? arg.substring(name.length() + 1) : null;
                return new Tap(new IcmpSrt(v, filter), compile(filter, filters));
            }
        }
        if (arg.equals("dhcp,stat") || arg.startsWith("dhcp,stat,")) {
            String filter = arg.length() > "dhcp,stat,".length() ? arg.substring("dhcp,stat,".length()) : null;
            return new Tap(new DhcpStat(filter, filters), compile(filter, filters));
        }
        if (arg.startsWith("hosts")) {
            return new Tap(Hosts.parse(arg, filters), null);
        }
        if (arg.startsWith("http,stat")) {
            // httpstat_init: a filter only after "http,stat,"; anything else after the name is ignored
            String filter = arg.startsWith("http,stat,") ? arg.substring("http,stat,".length()) : null;
            return new Tap(new HttpStat(filter, filters), compile(filter, filters));
        }
        if (arg.equals("credentials") || arg.startsWith("credentials,")) {
            // tap-credentials.c registers its listener without the filter it is given: every entry is listed
            return new Tap(new Credentials(), null);
        }
        if (arg.startsWith(Flow.PREFIX)) {
            Tap flow = Flow.parse(arg, filters, time);
            if (flow != null) {
                return flow;
            }
        }
        if (arg.startsWith(ColumnInfo.PREFIX)) {
            return ColumnInfo.parse(arg, filters);
        }
        if (arg.startsWith("follow,")) {
            return FollowStream.parse(arg.substring("follow,".length()), filters);
        }
        if (arg.startsWith("expert")) {
            return ExpertInfo.parse(arg.substring("expert".length()), filters);
        }
        StringBuilder m = new StringBuilder("invalid -z argument \"").append(arg).append("\"; it must be one of:");
        for (String n : NAMES) {
            m.append("\n     ").append(n);
        }
        throw new BadArgument(m.toString());
    }

    /** A statistic's filter, or null for none (tshark takes an empty one as none). */
    static CompiledFilter compile(String filter, Filters filters) throws DisplayFilterException {
        return filter == null || filter.isEmpty() ? null : filters.compile(filter);
    }
}
