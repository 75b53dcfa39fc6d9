package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.tcp.BogusHeader;
import org.jdissect.dissectors.tcp.TcpModule;

/**
 * TCP (packet-tcp.c dissect_tcp): "sport → dport [FLAGS] Seq= Ack= Win= Urg= Len=", then each option's words in
 * header order, then the sequence analysis prefixes ("[TCP Retransmission] "…) fenced in front, and, for a segment
 * whose PDU is still being reassembled, " [TCP segment of a reassembled PDU]" (dissect_tcp_payload).
 */
final class TcpColumns {
    private TcpColumns() {
    }

    static void tcp(Columns c, ProtoNode p) {
        c.protocol = "TCP";
        c.info.clear();
        ProtoNode sp = Nodes.find(p, "tcp.srcport");
        ProtoNode dp = Nodes.find(p, "tcp.dstport");
        if (sp == null || dp == null) {
            return;
        }
        c.info.append(sp.num() + " \u2192 " + dp.num());
        ProtoNode flagsNode = Nodes.find(p, "tcp.flags");
        BogusHeader bogus = c.ctx == null ? null : c.ctx.get(BogusHeader.class);
        if (flagsNode == null && bogus != null) {
            // a data offset below 5: the tree stops after the sequence number, Info does not
            c.info.append(" [").append(TcpModule.flagNames(bogus.flags())).append("]");
            c.info.append(" Seq=").append(Nodes.num(p, "tcp.seq", 0));
            if ((bogus.flags() & 0x10) != 0) {
                c.info.append(" Ack=").append(bogus.ack());
            }
            c.info.append(" Win=").append(bogus.window());
            c.info.append(", bogus TCP header length (" + Nodes.num(p, "tcp.hdr_len", 0) + ", must be at least 20)");
            return;
        }
        if (flagsNode == null) {
            return;
        }
        int flags = (int) flagsNode.num();
        boolean ace = Nodes.has(flagsNode, "tcp.flags.ace"); // Accurate ECN agreed in the handshake
        c.info.append(" [").append(TcpModule.flagNames(flags, ace)).append("]");
        c.info.append(" Seq=").append(Nodes.num(p, "tcp.seq", 0));
        if ((flags & 0x10) != 0) {
            c.info.append(" Ack=").append(Nodes.num(p, "tcp.ack", 0));
        }
        // th_win is the window after scaling, when the scale is known (tcp.window_size, "Calculated window size")
        ProtoNode win = Nodes.find(p, "tcp.window_size");
        if (win == null) {
            win = Nodes.find(p, "tcp.window_size_value");
        }
        c.info.append(" Win=").append(win == null ? 0 : win.num());
        ProtoNode hdrLen = Nodes.find(p, "tcp.hdr_len");
        if (hdrLen != null && hdrLen.num() < 20) {
            c.info.append(", bogus TCP header length (" + hdrLen.num() + ", must be at least 20)");
            return;
        }
        ProtoNode status = Nodes.find(p, "tcp.checksum.status");
        if (status != null && status.num() == 0) {
            c.info.append(" [TCP CHECKSUM INCORRECT]"); // checked (tcp.check_checksum) and found bad
        } else if (status != null && status.num() == 4) {
            c.info.append(" [TCP CHECKSUM 0xFFFF]");
        }
        if ((flags & 0x20) != 0 && Nodes.has(p, "tcp.urgent_pointer")) {
            c.info.append(" Urg=").append(Nodes.num(p, "tcp.urgent_pointer", 0));
        }
        ProtoNode len = Nodes.find(p, "tcp.len");
        if (len != null) {
            c.info.append(" Len=").append(len.num());
        }
        ProtoNode options = Nodes.find(p, "tcp.options");
        if (options != null) {
            options(c, options);
        }
        ProtoNode analysis = Nodes.find(p, "tcp.analysis.flags");
        if (analysis != null) {
            analysis(c, p);
        }
        ProtoNode segment = Nodes.find(p, "tcp.segment_data");
        if (segment != null && !upperLayerFollows(p) && !retransmitted(segment)) {
            // dissect_tcp_payload, desegment_offset == 0: the subdissector kept nothing of this segment
            String pending = c.ctx.pendingInfo;
            if (pending != null) {
                c.info.set(HttpColumns.firstLine(pending));
            } else if (HttpColumns.pastTunnel(p.next()) != null
                    && "tls".equals(Nodes.abbrev(HttpColumns.pastTunnel(p.next())))) {
                c.info.set(""); // dissect_ssl clears the column before it asks for the rest of the record
            }
            c.protocol = "TCP";
            c.info.appendSep(" ", "[TCP segment of a reassembled PDU]");
        }
    }

    /**
     * A segment that resends the start of a PDU another frame opened: desegment_tcp says "Retransmitted" in its
     * data item and, unlike for the first transmission, adds nothing to the Info column.
     */
    private static boolean retransmitted(ProtoNode segment) {
        String label = segment.label();
        return label != null && label.startsWith("Retransmitted ");
    }

    /** Whether a layer above TCP follows it in the tree (the segment completed a PDU, or carried a whole one). */
    private static boolean upperLayerFollows(ProtoNode p) {
        for (ProtoNode n = p.next(); n != null; n = n.next()) {
            String a = Nodes.abbrev(n);
            // packet-tls.c adds its protocol item before it finds the first record incomplete: an empty TLS item is
            // no layer of its own, and TCP's text stands
            if (a != null && !a.startsWith("_ws.") && !(a.equals("tls") && !n.hasChildren())
                    && !HttpColumns.isTunnel(n)) {
                return true;
            }
        }
        return false;
    }


    /** The words each option dissector appends (dissect_tcpopt_*), in the order of the options in the header. */
    private static void options(Columns c, ProtoNode options) {
        long[] tsval = {-1};
        long[] sle = {-1};
        options.walk(n -> {
            String a = Nodes.abbrev(n);
            if (a == null) {
                return;
            }
            switch (a) {
                case "tcp.options.mss_val" -> c.info.append(" MSS=").append(n.num());
                case "tcp.options.wscale.multiplier" -> c.info.append(" WS=").append(n.num());
                case "tcp.options.sack_perm" -> {
                    if (n.isProtocol() || !"tcp.options.sack_perm".equals(parentAbbrev(n))) {
                        c.info.append(" SACK_PERM");
                    }
                }
                case "tcp.options.timestamp.tsval" -> tsval[0] = n.num();
                case "tcp.options.acc_ecn" -> {
                    // dissect_tcpopt_acc_ecn: a valid option without counters, by its Length field (the item of an
                    // option the capture cut is shorter than the option, whose counters then throw: no text)
                    ProtoNode len = Nodes.find(n, "tcp.option_len");
                    if (len != null ? len.num() == 2 : n.length() == 2) {
                        c.info.append(" AccECN");
                    }
                }
                case "tcp.options.acc_ecn.ee0b" -> c.info.append(" EE0B=").append(n.num());
                case "tcp.options.acc_ecn.eceb" -> c.info.append(" ECEB=").append(n.num());
                case "tcp.options.acc_ecn.ee1b" -> c.info.append(" EE1B=").append(n.num());
                case "tcp.options.timestamp.tsecr" -> c.info.append(" TSval=").append(tsval[0]).append(" TSecr=")
                        .append(n.num());
                // dissect_tcpopt_sack appends both edges once the right one is read: a lone left edge adds none
                case "tcp.options.sack_le" -> sle[0] = n.num();
                case "tcp.options.sack_re" -> c.info.append(" SLE=").append(sle[0]).append(" SRE=").append(n.num());
                case "tcp.options.tfo.request" -> c.info.append(" TFO=R");
                case "tcp.options.tfo.cookie" -> c.info.append(" TFO=C");
                case "tcp.options.md5" -> c.info.append(" MD5");
                case "tcp.options.experimental.exid" -> {
                    if (n.num() != 0xf989) { // 0xF989 is TCP Fast Open, which says TFO=R/C instead
                        c.info.append(" ExID=").append(Long.toHexString(n.num()).toUpperCase(java.util.Locale.ROOT));
                    }
                }
                // dissect_tcpopt_tcp_ao appends without a leading space ("Len=0TCP AO"), as 4.0.17 does
                case "tcp.options.ao" -> c.info.append("TCP AO");
                case "tcp.options.echo_value" -> c.info.append(" ECHO=").append(n.num());
                case "tcp.options.cc_value" -> c.info.append(" CC=").append(n.num());
                case "tcp.options.user_to_val" -> c.info.append(" USER_TO=").append(n.num());
                default -> {
                }
            }
        });
    }

    private static String parentAbbrev(ProtoNode n) {
        ProtoNode parent = n.parent();
        return parent == null ? null : Nodes.abbrev(parent);
    }

    /**
     * tcp_print_sequence_number_analysis: each finding prepends its tag and moves the fence past it, so the tags
     * read in the reverse of the order they are printed in (reused ports, retransmissions, lost segments, window,
     * keep-alive, duplicate ACK, zero window).
     */
    private static void analysis(Columns c, ProtoNode p) {
        if (Nodes.has(p, "tcp.analysis.reused_ports")) {
            c.info.prependFence("[TCP Port numbers reused] ");
        }
        if (Nodes.has(p, "tcp.analysis.retransmission") && !Nodes.has(p, "tcp.analysis.fast_retransmission")
                && !Nodes.has(p, "tcp.analysis.spurious_retransmission")) {
            c.info.prependFence("[TCP Retransmission] ");
        }
        if (Nodes.has(p, "tcp.analysis.fast_retransmission")) {
            c.info.prependFence("[TCP Fast Retransmission] ");
        }
        if (Nodes.has(p, "tcp.analysis.spurious_retransmission")) {
            c.info.prependFence("[TCP Spurious Retransmission] ");
        }
        if (Nodes.has(p, "tcp.analysis.out_of_order")) {
            c.info.prependFence("[TCP Out-Of-Order] ");
        }
        if (Nodes.has(p, "tcp.analysis.lost_segment")) {
            c.info.prependFence("[TCP Previous segment not captured] ");
        }
        if (Nodes.has(p, "tcp.analysis.ack_lost_segment")) {
            c.info.prependFence("[TCP ACKed unseen segment] ");
        }
        if (Nodes.has(p, "tcp.analysis.window_update")) {
            c.info.prependFence("[TCP Window Update] ");
        }
        if (Nodes.has(p, "tcp.analysis.window_full")) {
            c.info.prependFence("[TCP Window Full] ");
        }
        if (Nodes.has(p, "tcp.analysis.keep_alive")) {
            c.info.prependFence("[TCP Keep-Alive] ");
        }
        if (Nodes.has(p, "tcp.analysis.keep_alive_ack")) {
            c.info.prependFence("[TCP Keep-Alive ACK] ");
        }
        ProtoNode dupNum = Nodes.find(p, "tcp.analysis.duplicate_ack_num");
        if (dupNum != null && Nodes.has(p, "tcp.analysis.duplicate_ack")) {
            c.info.prependFence("[TCP Dup ACK " + Nodes.num(p, "tcp.analysis.duplicate_ack_frame", 0) + "#"
                    + dupNum.num() + "] ");
        }
        if (Nodes.has(p, "tcp.analysis.zero_window_probe")) {
            c.info.prependFence("[TCP ZeroWindowProbe] ");
        }
        if (Nodes.has(p, "tcp.analysis.zero_window")) {
            c.info.prependFence("[TCP ZeroWindow] ");
        }
        if (Nodes.has(p, "tcp.analysis.zero_window_probe_ack")) {
            c.info.prependFence("[TCP ZeroWindowProbeAck] ");
        }
    }
}
