#!/bin/sh
# The tshark 4.0.17 oracles of http.pcap and layers.pcap (run here after `sh make.sh`).
set -e
sh ../crafted-oracle.sh http.pcap
sh ../crafted-oracle.sh layers.pcap
# the trees and the JSON (each over 1 MB) are kept gzipped; CraftedOracle reads NAME.gz
for f in http.pcap.V.txt http.pcap.json layers.pcap.V.txt layers.pcap.json; do gzip -9nf "$f"; done
# the default summary lines (-T text), read by SummaryOracleTest (lines still different are listed, with their
# reasons, in ../oracle/tshark/summary-exceptions.tsv)
for f in http.pcap layers.pcap; do TZ=UTC tshark -n -r "$f" > "$f.summary.txt"; done
