#!/bin/sh
# The tshark 4.0.17 oracles of uri.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
tshark -n -r uri.pcap -V > uri.pcap.V.txt
tshark -n -r uri.pcap -T json > uri.pcap.json
set -- -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n
for f in $(cat fields.txt); do set -- "$@" -e "$f"; done
tshark -n -r uri.pcap -T fields "$@" > uri.pcap.fields.tsv
: > uri.pcap.filters.tsv
while IFS= read -r flt; do
    printf '%s\t%s\n' "$flt" "$(tshark -n -r uri.pcap -Y "$flt" -T fields -e frame.number | paste -sd, -)" >> uri.pcap.filters.tsv
done < filters.txt
# the default summary lines (-T text): SummaryOracleTest
for f in *.pcap; do tshark -n -r "$f" > "$f.summary.txt"; done
