#!/bin/sh
# The tshark 4.0.17 oracles of tls-crafted.pcap and tls-mutants.pcap (run here after `python3 make.py`) and of
# tls.pcap (recorded once by capture.sh: real OpenSSL handshakes on the loopback interface).
set -e
sh ../crafted-oracle.sh tls-crafted.pcap
sh ../crafted-summary-filters.sh tls-crafted.pcap select
sh ../crafted-oracle.sh tls-mutants.pcap
sh ../crafted-summary-filters.sh tls-mutants.pcap
sh ../crafted-oracle.sh tls.pcap
sh ../crafted-summary-filters.sh tls.pcap select filters-real
# the large oracles (over 1 MB: real handshakes' application data, the mutants' many hellos) are kept gzipped;
# CraftedOracle reads NAME.gz where NAME is missing
for f in tls.pcap.V.txt tls.pcap.json tls-mutants.pcap.V.txt tls-mutants.pcap.json; do gzip -9nf "$f"; done
