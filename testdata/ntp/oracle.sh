#!/bin/sh
# The tshark 4.0.17 oracles of ntp.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh ntp.pcap
sh ../crafted-summary-filters.sh ntp.pcap select
