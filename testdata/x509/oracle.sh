#!/bin/sh
# The tshark 4.0.17 oracles of x509.pcap (run here after `python3 make.py`): -V, -T json, -T fields of fields.txt,
# the summary lines and the frames each filter of filters.txt selects (filters.tsv).
set -e
sh ../crafted-oracle.sh x509.pcap
sh ../crafted-summary-filters.sh x509.pcap select
