#!/bin/sh
# The tshark 4.0.17 oracles of cisco-l2.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh cisco-l2.pcap
sh ../crafted-summary-filters.sh cisco-l2.pcap select
