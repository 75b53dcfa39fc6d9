#!/bin/sh
# The tshark 4.0.17 oracles of nbns.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh nbns.pcap
sh ../crafted-summary-filters.sh nbns.pcap select
