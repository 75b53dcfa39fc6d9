#!/bin/sh
# The tshark 4.0.17 oracles of this folder's captures (run here after `python3 make.py`): -V, -T json, -T fields and
# the summary lines of each; the frames each filter of filters.txt selects in llc.pcap (filters.tsv), and of
# bpdu-filters.txt in bpdu.pcap (bpdu-filters.tsv).
set -e
export TZ=UTC
for c in llc.pcap stp.pcap mstp.pcap bpdu.pcap cut.pcap; do
  sh ../crafted-oracle.sh $c
done
sh ../crafted-summary-filters.sh llc.pcap select
sh ../crafted-summary-filters.sh stp.pcap
sh ../crafted-summary-filters.sh mstp.pcap
sh ../crafted-summary-filters.sh bpdu.pcap select bpdu-filters
sh ../crafted-summary-filters.sh cut.pcap
