#!/bin/sh
# The tshark 4.0.17 oracles of icmp.pcap and icmp-quoted.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh icmp.pcap
# quoted TCP, a bare quoted UDP header, a cut echo (once known differences): IcmpQuotedOracleTest
sh ../crafted-oracle.sh icmp-quoted.pcap
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
