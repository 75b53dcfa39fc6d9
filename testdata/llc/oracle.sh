#!/bin/sh
# The tshark 4.0.17 oracles of llc.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
for c in llc.pcap stp.pcap mstp.pcap; do
  sh ../crafted-oracle.sh $c
  tshark -n -r $c > $c.summary.txt
done
# the frames each filter of filters.txt selects
while read -r f; do
  printf '%s\t%s\n' "$f" "$(tshark -n -r llc.pcap -Y "$f" -T fields -e frame.number | paste -sd, -)"
done < filters.txt > filters.tsv
