#!/bin/sh
# The tshark 4.0.17 oracles of syslog.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh syslog.pcap
sh ../crafted-summary-filters.sh syslog.pcap select
