#!/bin/sh
# The tshark 4.0.17 oracles of lldp.pcap and lldp-med.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh lldp.pcap
tshark -n -r lldp.pcap > lldp.pcap.summary.txt
sh ../crafted-oracle.sh lldp-med.pcap
tshark -n -r lldp-med.pcap > lldp-med.pcap.summary.txt
# the frames each filter of filters.txt selects
while read -r f; do
  printf '%s\t%s\n' "$f" "$(tshark -n -r lldp.pcap -Y "$f" -T fields -e frame.number | paste -sd, -)"
done < filters.txt > filters.tsv
