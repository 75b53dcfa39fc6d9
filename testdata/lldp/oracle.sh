#!/bin/sh
# The tshark 4.0.17 oracles of lldp.pcap and lldp-med.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh lldp.pcap
sh ../crafted-summary-filters.sh lldp.pcap select
sh ../crafted-oracle.sh lldp-med.pcap
sh ../crafted-summary-filters.sh lldp-med.pcap
