#!/bin/sh
# The tshark 4.0.17 oracles of snaplen.pcap (run here after `sh make.sh`).
set -e
sh ../crafted-oracle.sh snaplen.pcap
# the tree and the JSON (over 1 MB) are kept gzipped; CraftedOracle reads NAME.gz
for f in snaplen.pcap.V.txt snaplen.pcap.json; do gzip -9nf "$f"; done
