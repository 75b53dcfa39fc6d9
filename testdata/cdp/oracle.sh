#!/bin/sh
# The tshark 4.0.17 oracles of cdp.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh cdp.pcap
tshark -n -r cdp.pcap > cdp.pcap.summary.txt
# the frames each filter of filters.txt selects
while read -r f; do
  printf '%s\t%s\n' "$f" "$(tshark -n -r cdp.pcap -Y "$f" -T fields -e frame.number | paste -sd, -)"
done < filters.txt > filters.tsv
