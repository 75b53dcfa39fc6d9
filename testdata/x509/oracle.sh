#!/bin/sh
# The tshark 4.0.17 oracles of x509.pcap (run here after `python3 make.py`): -V, -T json, -T fields of fields.txt,
# the summary lines and the frames each filter of filters.txt selects (filters.tsv).
set -e
sh ../crafted-oracle.sh x509.pcap
sh ../crafted-summary-filters.sh x509.pcap select
# the offset and length of every item under each Certificate item (read by X509SubtreeOracleTest)
TZ=UTC tshark -n -r x509.pcap -T json -x | python3 raw-subtrees.py > x509.pcap.raw.tsv
# Debian 12's Mozilla roots, one per frame: -V and the items' places, gzip'd (1.5 MB of text)
TZ=UTC tshark -n -r roots.pcap -V | gzip -9 -n > roots.pcap.V.txt.gz
TZ=UTC tshark -n -r roots.pcap -T json -x | python3 raw-subtrees.py | gzip -9 -n > roots.pcap.raw.tsv.gz
