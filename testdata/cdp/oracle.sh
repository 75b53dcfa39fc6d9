#!/bin/sh
# The tshark 4.0.17 oracles of cdp.pcap and cdp-end.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh cdp.pcap
sh ../crafted-summary-filters.sh cdp.pcap select
sh ../crafted-oracle.sh cdp-end.pcap
sh ../crafted-summary-filters.sh cdp-end.pcap
