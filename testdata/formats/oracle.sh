#!/bin/sh
# Makes expected/NAME.FORMAT for each line of cases.tsv (a line: NAME, FORMAT, capture relative to testdata/, then
# tshark's further arguments, tab-separated) with tshark 4.0.17: what `tshark -n -r CAPTURE -T FORMAT ARGS` prints on
# standard output, with TZ=UTC. PDML's header holds the time of the run (time="…"), which the test masks: after a
# rerun, keep the committed version of a file whose only change is that line.
# Run from anywhere: sh testdata/formats/oracle.sh
set -e
cd "$(dirname "$0")"
tab="$(printf '\t')"
grep -v '^#' cases.tsv | while IFS="$tab" read -r name format capture rest; do
    [ -z "$name" ] && continue
    set -f
    oldifs=$IFS; IFS="$tab"; set -- $rest; IFS=$oldifs
    set +f
    # run from testdata/ so that PDML's capture_file="…" is the path the test passes
    # (a capture cut short makes tshark exit non-zero after the output it is compared on)
    (cd .. && TZ=UTC tshark -n -r "$capture" -T "$format" "$@") > "expected/$name.$format" 2>/dev/null || true
done
