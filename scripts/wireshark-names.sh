#!/bin/sh
# Makes dissector-api/src/main/resources/org/jdissect/api/field/wireshark-fields.txt.gz (and wireshark-prefixes.txt
# beside it, the names' first parts): every field and protocol
# name tshark registers, with its type, so that a display filter naming one jdissect does not dissect compiles (and
# matches nothing) as it does in tshark. Needs the tshark the oracles came from (Debian bookworm's 4.0.17).
# Lines: abbreviation TAB ftype (FT_ dropped), then for an integer field with value names (tshark -G values: V, V64,
# R or E lines) TAB "v", for a boolean with its own true/false words TAB true-word TAB false-word.
# usage: scripts/wireshark-names.sh
set -eu
out=$(dirname "$0")/../dissector-api/src/main/resources/org/jdissect/api/field/wireshark-fields.txt.gz
ver=$(tshark --version | head -1)
tmp=$(mktemp -d)
tshark -G values 2>/dev/null > "$tmp/values"
tshark -G fields 2>/dev/null > "$tmp/fields"
{
  echo "# $ver: tshark -G fields and -G values, one line per name: abbreviation, tab, ftype (FT_ dropped), then \"v\" for an integer with value names or a boolean's true and false words; sorted bytewise"
  awk -F'\t' '
    FNR == NR { if ($1 == "V" || $1 == "V64" || $1 == "R" || $1 == "E") named[$2] = 1;
                else if ($1 == "T") tf[$2] = $3 "\t" $4; next }
    $1 == "F" { t = $4; sub(/^FT_/, "", t); line = $3 "\t" t;
                if (t == "BOOLEAN" && ($3 in tf)) line = line "\t" tf[$3];
                else if (t != "BOOLEAN" && ($3 in named)) line = line "\tv";
                print line }
    $1 == "P" { print $3 "\tPROTOCOL" }' "$tmp/values" "$tmp/fields" \
    | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -u
} | gzip -9n > "$out"
# the first dot-separated part of every name, so that a word no name starts with (80, 10.0.0.1, a MAC address) is
# known not to be a field without reading the table
zcat "$out" | grep -v '^#' | cut -f1 | cut -d. -f1 | LC_ALL=C sort -u > "${out%/*}/wireshark-prefixes.txt"
rm -rf "$tmp"
ls -l "$out" "${out%/*}/wireshark-prefixes.txt"
