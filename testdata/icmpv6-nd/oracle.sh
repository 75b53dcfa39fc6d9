#!/bin/sh
# The tshark 4.0.17 oracles of nd.pcap, mip6.pcap and redirect.pcap (run here after `python3 make.py`,
# `python3 mip6.py` and `python3 redirect.py`).
set -e
export TZ=UTC
for c in nd.pcap mip6.pcap redirect.pcap; do
  sh ../crafted-oracle.sh "$c"
  tshark -n -r "$c" > "$c.summary.txt"
done
