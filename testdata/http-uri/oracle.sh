#!/bin/sh
# The tshark 4.0.17 oracles of uri.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh uri.pcap
: > uri.pcap.filters.tsv
while IFS= read -r flt; do
    printf '%s\t%s\n' "$flt" "$(tshark -n -r uri.pcap -Y "$flt" -T fields -e frame.number | paste -sd, -)" >> uri.pcap.filters.tsv
done < filters.txt
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
