#!/bin/sh
# The tshark 4.0.17 oracles of nd.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh nd.pcap
tshark -n -r nd.pcap > nd.pcap.summary.txt
