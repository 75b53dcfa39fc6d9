#!/bin/sh
# Makes expected/eo-NAME.txt for each line of eo-cases.tsv (NAME, capture relative to testdata/): the files
# `tshark -n -q --export-objects http,DIR -r CAPTURE` (tshark 4.0.17) writes to an empty DIR, one line each,
# "MD5  NAME" (md5sum's form), sorted by name. Run from this folder: sh eo-oracle.sh
set -e
cd "$(dirname "$0")"
tab="$(printf '\t')"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while IFS="$tab" read -r name capture; do
    [ -z "$name" ] && continue
    rm -rf "$tmp/out"
    mkdir "$tmp/out"
    TZ=UTC tshark -n -q --export-objects "http,$tmp/out" -r "../$capture" > /dev/null 2>&1
    # every file, dot files too ("/.." is saved as ".(1).")
    (cd "$tmp/out" && find . -maxdepth 1 -type f | sed 's|^\./||' | while IFS= read -r f; do md5sum "$f"; done) \
        | LC_ALL=C sort -k2 > "expected/eo-$name.txt"
done < eo-cases.tsv
