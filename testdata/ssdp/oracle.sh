#!/bin/sh
# The tshark 4.0.17 oracles of ssdp.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh ssdp.pcap
sh ../crafted-summary-filters.sh ssdp.pcap select
