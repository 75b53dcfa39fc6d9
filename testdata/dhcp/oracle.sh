#!/bin/sh
# The tshark 4.0.17 oracles of dhcp.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh dhcp.pcap
tshark -n -r dhcp.pcap > dhcp.pcap.summary.txt
# the frames each filter of filters.txt selects
while read -r f; do
  printf '%s\t%s\n' "$f" "$(tshark -n -r dhcp.pcap -Y "$f" -T fields -e frame.number | paste -sd, -)"
done < filters.txt > filters.tsv
