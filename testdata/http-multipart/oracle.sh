#!/bin/sh
# The tshark 4.0.17 oracles of multipart.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
sh ../crafted-oracle.sh multipart.pcap
tshark -n -r multipart.pcap > multipart.pcap.summary.txt
