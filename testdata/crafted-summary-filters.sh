#!/bin/sh
# tshark 4.0.17's summary lines of CAPTURE (CAPTURE.summary.txt, read by SummaryOracleTest) and, when SELECT is
# given, the frames each display filter of STEM.txt (filters.txt) selects in it (STEM.tsv, read by the folder's
# test). Called by each folder's oracle.sh after ../crafted-oracle.sh.
# usage: sh ../crafted-summary-filters.sh CAPTURE [SELECT [STEM]]
set -e
export TZ=UTC
c=${1:?capture}
tshark -n -r "$c" > "$c.summary.txt"
if [ -n "${2:-}" ]; then
  while read -r f; do
    printf '%s\t%s\n' "$f" "$(tshark -n -r "$c" -Y "$f" -T fields -e frame.number | paste -sd, -)"
  done < "${3:-filters}.txt" > "${3:-filters}.tsv"
fi
