#!/bin/sh
# The tshark 4.0.17 oracles of nd.pcap and mip6.pcap (run here after `python3 make.py` and `python3 mip6.py`).
set -e
export TZ=UTC
for c in nd.pcap mip6.pcap; do
  sh ../crafted-oracle.sh "$c"
  tshark -n -r "$c" > "$c.summary.txt"
done
