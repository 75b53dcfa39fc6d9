#!/bin/sh
# The tshark 4.0.17 oracles of dhcp.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh dhcp.pcap
sh ../crafted-summary-filters.sh dhcp.pcap select
