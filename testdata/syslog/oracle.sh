#!/bin/sh
# The tshark 4.0.17 oracles of syslog.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh syslog.pcap
tshark -n -r syslog.pcap > syslog.pcap.summary.txt
# the frames each filter of filters.txt selects
while read -r f; do
  printf '%s\t%s\n' "$f" "$(tshark -n -r syslog.pcap -Y "$f" -T fields -e frame.number | paste -sd, -)"
done < filters.txt > filters.tsv
