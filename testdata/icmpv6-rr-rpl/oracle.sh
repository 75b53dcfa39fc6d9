#!/bin/sh
# The tshark 4.0.17 oracles of rr-rpl.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh rr-rpl.pcap
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
