#!/bin/sh
# The tshark 4.0.17 oracles of x509.pcap, roots.pcap and mutants.pcap (run here after `python3 make.py`).
# The summary lines are NAME.tshark-summary.txt, not NAME.summary.txt: SummaryOracleTest takes every .summary.txt for
# itself, and these lines need TLS to hand its certificates to X.509 (X509FramesOracleTest waits for that).
set -e
export TZ=UTC
sh ../crafted-oracle.sh x509.pcap
sh ../crafted-summary-filters.sh x509.pcap select
mv x509.pcap.summary.txt x509.pcap.tshark-summary.txt
tshark -n -r x509.pcap -T json -x | gzip -9 -n > x509.pcap.json-x.gz
# the offset and length of every item under each Certificate item (read by X509SubtreeOracleTest)
for c in x509 roots mutants; do
  tshark -n -r $c.pcap > $c.pcap.tshark-summary.txt
  tshark -n -r $c.pcap -T json -x | python3 raw-subtrees.py > $c.pcap.raw.tsv
done
# the large ones gzip'd: Debian's Mozilla roots and the damaged certificates
for c in roots mutants; do
  tshark -n -r $c.pcap -V | gzip -9 -n > $c.pcap.V.txt.gz
  gzip -9 -n -f $c.pcap.raw.tsv
done
tshark -n -r roots.pcap -T json | gzip -9 -n > roots.pcap.json.gz
