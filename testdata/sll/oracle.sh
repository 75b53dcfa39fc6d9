#!/bin/sh
# The tshark 4.0.17 oracles of sll.pcap and sll2.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
for c in sll.pcap sll2.pcap; do
  sh ../crafted-oracle.sh $c
  tshark -n -r $c > $c.summary.txt
done
