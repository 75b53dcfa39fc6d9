#!/bin/sh
# The tshark 4.0.17 oracles of gre.pcap (run here after `python3 make.py`): GreOracleTest.
set -e
export TZ=UTC
sh ../crafted-oracle.sh gre.pcap
# the default summary lines (-T text): SummaryOracleTest
tshark -n -r gre.pcap > gre.pcap.summary.txt
