package org.jdissect.output.print;

import java.io.IOException;
import org.jdissect.api.dissect.PacketContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.output.PacketPrinter;
import org.jdissect.output.summary.SummaryLine;
import org.jdissect.output.TimeFormat;

/**
 * tshark's default one-line summary ({@code tshark -n -r FILE}): No., Time, Source, Destination, Protocol, Length,
 * Info. The tree keeps only what the Info column draws on ({@link #fieldsRead}): for the layers of nearly every
 * packet (Ethernet, IPv4, TCP) the fields named in org.jdissect.output.summary, for the rarer ones all their fields.
 */
public final class SummaryPrinter implements PacketPrinter {
    /** Fields of the bulk layers the column classes read by name. */
    private static final Set<String> READ = Set.of("eth.src", "eth.dst", "eth.type", "frame.time_relative",
            "frame.time_delta", "frame.time_delta_displayed", "frame.time_epoch", "ip.src", "ip.dst",
            "ip.version", "ip.hdr_len", "ip.len", "ip.proto", "ip.id", "ip.ttl", "ip.flags.mf", "ip.frag_offset",
            "ip.bogus_ip_length", "ip.reassembled_in", "ip.fragments", "ip.fragment.error", "tcp.srcport",
            "tcp.dstport", "tcp.flags", "tcp.flags.ace", "tcp.seq", "tcp.ack", "tcp.window_size",
            "tcp.window_size_value",
            "tcp.hdr_len", "tcp.urgent_pointer", "tcp.len", "tcp.options", "tcp.checksum.status");
    /** Whole families: TCP's options and analysis, and every layer the summary reads that is not in nearly all. */
    private static final String[] READ_ALL = {"tcp.options.", "tcp.option_", "tcp.analysis.", "tcp.segment", "_ws.",
        "udp.", "ipv6.", "arp.", "llc.", "basicxid.", "sll.", "vlan.", "icmp.", "icmpv6.", "dns.", "mdns.", "llmnr.",
        "http.", "json", "media", "mime_multipart", "stp", "ntp", "cdp", "vxlan", "lldp", "slow", "lacp", "marker", "dtp",
        "udld", "loop", "vtp", "tls", "websocket", "ssdp", "nbns", "esp", "ah", "udpencap", "gre", "vrrp",
        "data-text-lines", "urlencoded-form", "xml", "png", "image-"};

    private final Appendable out;
    private final StringBuilder sb = new StringBuilder(256);
    private final SummaryLine line;
    private final List<FieldDef> read;

    public SummaryPrinter(Appendable out, FieldRegistry registry) {
        this(out, registry, TimeFormat.RELATIVE);
    }

    /** The summary with the Time column of {@code timeFormat} (tshark's {@code -t}). */
    public SummaryPrinter(Appendable out, FieldRegistry registry, TimeFormat timeFormat) {
        this.out = out;
        this.line = new SummaryLine(registry, timeFormat);
        this.read = fieldsRead(registry);
    }

    /** The fields of {@code registry} the columns read (PSML's sections are the same columns). */
    static List<FieldDef> fieldsRead(FieldRegistry registry) {
        List<FieldDef> read = new ArrayList<>();
        for (FieldDef f : registry.all()) {
            if (READ.contains(f.abbrev()) || startsWithAny(f.abbrev())) {
                read.add(f);
            }
        }
        return read;
    }

    private static boolean startsWithAny(String abbrev) {
        for (String p : READ_ALL) {
            if (abbrev.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return read;
    }

    @Override
    public void packet(PacketContext ctx) throws IOException {
        sb.setLength(0);
        line.append(sb, ctx);
        // tshark ends each line with '\n' whatever the platform
        sb.append('\n');
        out.append(sb);
    }
}
