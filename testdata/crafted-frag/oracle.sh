#!/bin/sh
# The tshark 4.0.17 oracles of frag.pcap (run here after `python3 make.py`): FragmentOracleTest.
set -e
export TZ=UTC
sh ../crafted-oracle.sh frag.pcap
# the default summary lines (-T text): SummaryOracleTest
tshark -n -r frag.pcap > frag.pcap.summary.txt
