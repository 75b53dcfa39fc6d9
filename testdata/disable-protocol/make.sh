#!/bin/sh
# Expected outputs of tshark 4.0.17 --disable-protocol (cases.tsv: name, capture under testdata/, protocol):
# NAME.V.txt is `tshark -n -V`, NAME.fields.tsv `tshark -T fields` of a few fields. Run from testdata/disable-protocol.
set -eu
export TZ=UTC LC_ALL=C
while IFS="$(printf '\t')" read -r name capture proto; do
  tshark -n -r "../$capture" --disable-protocol "$proto" -V > "$name.V.txt" 2>/dev/null
  tshark -n -r "../$capture" --disable-protocol "$proto" -T fields -e frame.number -e frame.protocols \
    -e tcp.len -e data.len -e http.request.method -e dns.qry.name > "$name.fields.tsv" 2>/dev/null
done < cases.tsv
# the largest -V oracle is kept gzipped (CraftedOracle.read takes NAME.gz)
gzip -9nf tcp-loss.http.V.txt
