#!/bin/sh
# The tshark 4.0.17 oracles of icmp.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
tshark -n -r icmp.pcap -V > icmp.pcap.V.txt
tshark -n -r icmp.pcap -T json > icmp.pcap.json
set -- -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n
for f in $(cat fields.txt); do set -- "$@" -e "$f"; done
tshark -n -r icmp.pcap -T fields "$@" > icmp.pcap.fields.tsv
# the known differences (quoted TCP, a bare quoted UDP header): kept for reference, not compared by a test
tshark -n -r icmp-known.pcap -V > icmp-known.pcap.V.txt
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
