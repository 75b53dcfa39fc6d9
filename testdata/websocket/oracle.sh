#!/bin/sh
# The tshark 4.0.17 oracles of websocket.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh websocket.pcap
sh ../crafted-summary-filters.sh websocket.pcap select
