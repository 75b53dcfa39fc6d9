#!/bin/sh
# The tshark 4.0.17 oracles of vxlan.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh vxlan.pcap
sh ../crafted-summary-filters.sh vxlan.pcap select
