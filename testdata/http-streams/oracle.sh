#!/bin/sh
# The tshark 4.0.17 oracles of streams.pcap (run here after `python3 make.py`).
set -e
sh ../crafted-oracle.sh streams.pcap
sh ../crafted-summary-filters.sh streams.pcap select
# the tree and the JSON (over 1 MB: some 300 whole frames) are kept gzipped; CraftedOracle reads NAME.gz
for f in streams.pcap.V.txt streams.pcap.json; do gzip -9nf "$f"; done
