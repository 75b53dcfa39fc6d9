#!/bin/sh
# The tshark 4.0.17 oracles of icmp.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh icmp.pcap
# the known differences (quoted TCP, a bare quoted UDP header): kept for reference, not compared by a test
tshark -n -r icmp-known.pcap -V > icmp-known.pcap.V.txt
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
