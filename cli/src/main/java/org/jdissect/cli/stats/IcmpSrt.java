package org.jdissect.cli.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;

/**
 * {@code -z icmp,srt[,filter]} and {@code -z icmpv6,srt[,filter]}, tap-icmpstat.c and tap-icmpv6stat.c: echo requests, the replies matched to them, how many were lost, and
 * the response times' minimum, maximum, mean, median and sample standard deviation in milliseconds, with the frames
 * of the fastest and slowest reply.
 */
final class IcmpSrt implements Statistic {
    /** ICMP or ICMPv6: the protocol, its name in the title, its echo request type and fields. */
    enum Version {
        V4("icmp", "ICMP", 8, "icmp.type", "icmp.seq", "icmp.resptime"),
        V6("icmpv6", "ICMPv6", 128, "icmpv6.type", "icmpv6.echo.sequence_number", "icmpv6.resptime");

        final String protocol;
        final String title;
        final int request;
        final String typeField;
        final String seqField;
        final String timeField;

        Version(String protocol, String title, int request, String typeField, String seqField, String timeField) {
            this.protocol = protocol;
            this.title = title;
            this.request = request;
            this.typeField = typeField;
            this.seqField = seqField;
            this.timeField = timeField;
        }
    }

    private final Version version;
    private final String filter;
    private final List<Double> times = new ArrayList<>();
    private long requests;
    private long minFrame;
    private long maxFrame;
    private double min = 0xffffffffL; // icmpstat_reset's 1.0 * UINT_MAX
    private double max;
    private double total;
    private IcmpEchoTap tap;

    IcmpSrt(Version version, String filter) {
        this.version = version;
        this.filter = filter;
    }

    @Override
    public Collection<FieldDef> fieldsRead(FieldRegistry registry) {
        tap = new IcmpEchoTap(version, registry);
        return tap.fields();
    }

    @Override
    public void packet(PacketContext ctx) {
        tap.events(ctx, e -> {
            if (e.responseMs() != null) {
                response(e.responseMs(), ctx.frameNumber());
            } else {
                requests++;
            }
        });
    }

    private void response(double ms, long frame) {
        // nstime_to_msec: seconds * 1000 + nanoseconds / 1e6, from the exact delay the tree's value came from
        long ns = Math.round(ms * 1e6);
        double v = Math.floorDiv(ns, 1_000_000_000L) * 1000.0 + Math.floorMod(ns, 1_000_000_000L) / 1e6;
        times.add(v);
        if (min > v) {
            minFrame = frame;
            min = v;
        }
        if (max < v) {
            maxFrame = frame;
            max = v;
        }
        total += v;
    }

    @Override
    public void draw(StringBuilder out) {
        out.append('\n');
        out.append("==========================================================================\n");
        out.append(version.title).append(" Service Response Time (SRT) Statistics (all times in ms):\n");
        out.append("Filter: ").append(filter == null ? "<none>" : filter).append('\n');
        out.append("\nRequests  Replies   Lost      % Loss\n");
        if (requests == 0) {
            out.append("0         0         0           0.0%\n\n");
            out.append("Minimum   Maximum   Mean      Median    SDeviation     Min Frame Max Frame\n");
            out.append("0.000     0.000     0.000     0.000     0.000          0         0\n");
        } else {
            long replies = times.size();
            long lost = requests - replies; // unsigned in tshark: more replies than requests wrap around
            out.append(String.format(Locale.ROOT, "%-10d%-10d%-10d%5.1f%%\n\n", requests, replies,
                    lost & 0xffffffffL, 100.0 * (lost & 0xffffffffL) / requests));
            double mean = 0;
            double median = 0;
            double sdev = 0;
            if (replies > 0) {
                List<Double> sorted = new ArrayList<>(times);
                sorted.sort(null);
                mean = total / replies;
                int n = sorted.size();
                median = (n & 1) == 1 ? sorted.get(n / 2) : (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
                double sq = 0;
                for (double d : sorted) {
                    sq += (d - mean) * (d - mean);
                }
                sdev = n > 1 ? Math.sqrt(sq / (n - 1)) : 0;
            }
            out.append("Minimum   Maximum   Mean      Median    SDeviation     Min Frame Max Frame\n");
            out.append(Sizes.padRight(Sizes.fixed(min >= 0xffffffffL ? 0.0 : min, 0, 3), 10))
                    .append(Sizes.padRight(Sizes.fixed(max, 0, 3), 10))
                    .append(Sizes.padRight(Sizes.fixed(mean, 0, 3), 10))
                    .append(Sizes.padRight(Sizes.fixed(median, 0, 3), 10))
                    .append(Sizes.padRight(Sizes.fixed(sdev, 0, 3), 10)).append("     ")
                    .append(Sizes.padRight(Long.toString(minFrame), 10))
                    .append(Sizes.padRight(Long.toString(maxFrame), 10)).append('\n');
        }
        out.append("==========================================================================\n");
    }
}
