#!/bin/sh
# The tshark 4.0.17 oracles of mipv6.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
tshark -n -r mipv6.pcap -V > mipv6.pcap.V.txt
tshark -n -r mipv6.pcap -T json > mipv6.pcap.json
set -- -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n
for f in $(cat fields.txt); do set -- "$@" -e "$f"; done
tshark -n -r mipv6.pcap -T fields "$@" > mipv6.pcap.fields.tsv
tshark -n -r mipv6.pcap > mipv6.pcap.summary.txt
