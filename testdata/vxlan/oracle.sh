#!/bin/sh
# The tshark 4.0.17 oracles of vxlan.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh vxlan.pcap
tshark -n -r vxlan.pcap > vxlan.pcap.summary.txt
# the frames each filter of filters.txt selects
while read -r f; do
  printf '%s\t%s\n' "$f" "$(tshark -n -r vxlan.pcap -Y "$f" -T fields -e frame.number | paste -sd, -)"
done < filters.txt > filters.tsv
