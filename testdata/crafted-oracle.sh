#!/bin/sh
# The three tshark 4.0.17 oracles every crafted capture folder has, read by CraftedOracle: the tree (-V), the JSON
# and the fields of the folder's fields.txt, for CAPTURE in the current folder. Called by each folder's oracle.sh.
# usage: sh ../crafted-oracle.sh CAPTURE
set -e
export TZ=UTC
c=${1:?capture}
tshark -n -r "$c" -V > "$c.V.txt"
tshark -n -r "$c" -T json > "$c.json"
set -- -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n
for f in $(cat fields.txt); do set -- "$@" -e "$f"; done
tshark -n -r "$c" -T fields "$@" > "$c.fields.tsv"
