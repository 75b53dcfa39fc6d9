#!/bin/sh
# The tshark 4.0.17 oracles of ipsec.pcap (run here after `python3 make.py`): IpsecOracleTest.
set -e
export TZ=UTC
sh ../crafted-oracle.sh ipsec.pcap
# the default summary lines (-T text): SummaryOracleTest
tshark -n -r ipsec.pcap > ipsec.pcap.summary.txt
