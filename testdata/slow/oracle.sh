#!/bin/sh
# The tshark 4.0.17 oracles of slow.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh slow.pcap
sh ../crafted-summary-filters.sh slow.pcap select
