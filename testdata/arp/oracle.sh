#!/bin/sh
# The tshark 4.0.17 oracles of arp.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
tshark -n -r arp.pcap -V > arp.pcap.V.txt
tshark -n -r arp.pcap -T json > arp.pcap.json
set -- -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n
for f in $(cat fields.txt); do set -- "$@" -e "$f"; done
tshark -n -r arp.pcap -T fields "$@" > arp.pcap.fields.tsv
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
