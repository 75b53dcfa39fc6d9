#!/bin/sh
# The tshark 4.0.17 oracles of igmp.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh igmp.pcap
sh ../crafted-summary-filters.sh igmp.pcap select
