#!/bin/sh
# The tshark 4.0.17 oracles of dns.pcap and edns.pcap (run here after `python3 make.py` and `python3 edns.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh dns.pcap
# odd EDNS options (python3 edns.py): DnsCraftedOracleTest.Edns
sh ../crafted-oracle.sh edns.pcap
# the frames each display filter of filters.txt selects: filtersMatchTsharksFrames
: > dns.pcap.filters.tsv
while IFS= read -r flt; do
    printf '%s\t%s\n' "$flt" "$(tshark -n -r dns.pcap -Y "$flt" -T fields -e frame.number | paste -sd, -)" >> dns.pcap.filters.tsv
done < filters.txt
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
