#!/bin/sh
# The tshark 4.0.17 oracles of nd.pcap, mip6.pcap, redirect.pcap and nodeinfo.pcap (run here after `python3 make.py`,
# `python3 mip6.py`, `python3 redirect.py`, `python3 nodeinfo.py` and `python3 echo-lla.py`).
set -e
export TZ=UTC
for c in nd.pcap mip6.pcap redirect.pcap nodeinfo.pcap echo-lla.pcap; do
  sh ../crafted-oracle.sh "$c"
  tshark -n -r "$c" > "$c.summary.txt"
done
