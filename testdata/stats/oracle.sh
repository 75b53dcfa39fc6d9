#!/bin/sh
# Makes expected/NAME.txt for each line of the cases-*.tsv files given (all when none; a line: NAME, capture relative
# to testdata/, then tshark's arguments, tab-separated) with tshark 4.0.17: what `tshark -n ARGS -r CAPTURE` prints
# on standard output (gzip'd as NAME.txt.gz when over 256 KiB), with TZ=UTC; without -n for the files named
# cases-*-resolving.tsv (-z hosts lists the names tshark learns from DNS packets, which -n stops).
# Run from this folder: sh oracle.sh [cases-TOPIC.tsv ...]
set -e
cd "$(dirname "$0")"
tab="$(printf '\t')"
[ $# -eq 0 ] && set -- cases-*.tsv
for file in "$@"; do
numeric=-n
case "$file" in *-resolving.tsv) numeric= ;; esac
while IFS="$tab" read -r name capture rest; do
    [ -z "$name" ] && continue
    # the remaining tab-separated columns are the arguments, one each
    set -f
    oldifs=$IFS; IFS="$tab"; set -- $rest; IFS=$oldifs
    set +f
    TZ=UTC tshark $numeric "$@" -r "../$capture" > "expected/$name.txt" 2>/dev/null
    # an output over 256 KiB is kept gzip'd (the test reads NAME.txt.gz when there is no NAME.txt)
    rm -f "expected/$name.txt.gz"
    if [ "$(wc -c < "expected/$name.txt")" -gt 262144 ]; then gzip -n -9 "expected/$name.txt"; fi
done < "$file"
done
