#!/bin/sh
# The tshark 4.0.17 oracles of nd.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
tshark -n -r nd.pcap -V > nd.pcap.V.txt
tshark -n -r nd.pcap -T json > nd.pcap.json
set -- -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n
for f in $(cat fields.txt); do set -- "$@" -e "$f"; done
tshark -n -r nd.pcap -T fields "$@" > nd.pcap.fields.tsv
tshark -n -r nd.pcap > nd.pcap.summary.txt
