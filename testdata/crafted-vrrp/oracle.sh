#!/bin/sh
# The tshark 4.0.17 oracles of vrrp.pcap (run here after `python3 make.py`): VrrpOracleTest.
set -e
export TZ=UTC
sh ../crafted-oracle.sh vrrp.pcap
# the default summary lines (-T text): SummaryOracleTest
tshark -n -r vrrp.pcap > vrrp.pcap.summary.txt
