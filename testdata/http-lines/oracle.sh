#!/bin/sh
# The tshark 4.0.17 oracles of lines.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh lines.pcap
sh ../crafted-summary-filters.sh lines.pcap select
