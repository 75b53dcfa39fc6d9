#!/bin/sh
# Makes dissectors/src/main/resources/org/jdissect/dissectors/tls/tls-fields.tsv: the TLS fields as tshark 4.0.17
# registers them (tshark -G fields), with their value names (tshark -G values: V and V64 lines), unit words (U) and
# true/false words (T), so that TlsFields builds each FieldDef as packet-tls.c/packet-tls-utils.c declare it.
# Lines: F abbrev name ftype base blurb | V abbrev value name | U abbrev singular plural | T abbrev true false.
# Needs the tshark the oracles came from (Debian bookworm's 4.0.17). usage: scripts/tls-fields.sh
set -eu
out=$(dirname "$0")/../dissectors/src/main/resources/org/jdissect/dissectors/tls/tls-fields.tsv
{
  echo "# $(tshark --version | head -1): tshark -G fields (protocol tls) and -G values for those fields"
  tshark -G fields 2>/dev/null | awk -F'\t' '$1 == "F" && $5 == "tls" { print "F\t" $3 "\t" $2 "\t" $4 "\t" $6 "\t" $8 }'
  tshark -G values 2>/dev/null | awk -F'\t' '($1 == "V" || $1 == "V64") && $2 ~ /^tls\./ { print "V\t" $2 "\t" $3 "\t" $4 }
                                             ($1 == "U" || $1 == "T") && $2 ~ /^tls\./ { print $1 "\t" $2 "\t" $3 "\t" $4 }'
} > "$out"
wc -l "$out"
