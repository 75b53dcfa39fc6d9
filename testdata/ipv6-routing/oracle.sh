#!/bin/sh
# The tshark 4.0.17 oracles of mipv6.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh mipv6.pcap
tshark -n -r mipv6.pcap > mipv6.pcap.summary.txt
