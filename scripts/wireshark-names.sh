#!/bin/sh
# Makes dissector-api/src/main/resources/org/jdissect/api/field/wireshark-fields.txt.gz: every field and protocol name tshark
# registers, with its type, so that a display filter naming one jdissect does not dissect compiles (and matches
# nothing) as it does in tshark. Needs the tshark the oracles came from (Debian bookworm's 4.0.17).
# usage: scripts/wireshark-names.sh
set -eu
out=$(dirname "$0")/../dissector-api/src/main/resources/org/jdissect/api/field/wireshark-fields.txt.gz
ver=$(tshark --version | head -1)
{
  echo "# $ver: tshark -G fields, one line per name: abbreviation, tab, ftype (FT_ dropped); sorted bytewise"
  tshark -G fields | awk -F'\t' '$1=="F"{sub(/^FT_/,"",$4); print $3"\t"$4} $1=="P"{print $3"\tPROTOCOL"}' \
    | LC_ALL=C sort -u -t "$(printf '\t')" -k1,1
} | gzip -9n > "$out"
ls -l "$out"
