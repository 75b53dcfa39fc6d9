#!/bin/sh
# The tshark 4.0.17 oracles of sll.pcap and sll2.pcap (run here after `python3 make.py`).
set -e
export TZ=UTC
for c in sll.pcap sll2.pcap; do
  tshark -n -r $c -V > $c.V.txt
  tshark -n -r $c -T json > $c.json
  set -- -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n
  for f in $(cat fields.txt); do set -- "$@" -e "$f"; done
  tshark -n -r $c -T fields "$@" > $c.fields.tsv
  tshark -n -r $c > $c.summary.txt
done
