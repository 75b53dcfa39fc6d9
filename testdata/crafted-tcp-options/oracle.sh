#!/bin/sh
# The tshark 4.0.17 oracles of options.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh options.pcap
: > options.pcap.filters.tsv
while IFS= read -r flt; do
    printf '%s\t%s\n' "$flt" "$(tshark -n -r options.pcap -Y "$flt" -T fields -e frame.number | paste -sd, -)" >> options.pcap.filters.tsv
done < filters.txt
# lying-options.pcap (frames 1611, 1685 and 1738 of a MutationFuzzTest window): -V, a few fields, and its summary
tshark -n -r lying-options.pcap -V > lying-options.pcap.V.txt
tshark -n -r lying-options.pcap -T fields -e frame.number -e tcp.window_size_scalefactor -e _ws.malformed \
    -e tcp.analysis.flags > lying-options.pcap.scale.tsv
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
# ProtocolColumnsTest's protocol items of this capture
tshark -n -r options.pcap -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, \
    $(for f in frame eth ip tcp http udp dns arp icmp ipv6 icmpv6 data data-text-lines _ws.malformed urlencoded-form; do
        printf -- '-e %s ' "$f"; done) > ../oracle/fields/protocol-columns/options.pcap.tsv
