#!/bin/bash
# Run jdissect over every capture in CAPDIR, mirroring ../shared/tools/oracle.sh and fields-oracle.sh.
# usage: run.sh CAPDIR OUTDIR     (JAR=path overrides the jar, default cli/target/jdissect.jar; PAR=jobs, default 2;
#        SHARED=path to the shared folder, default ../shared beside the repository)
# Layout of OUTDIR mirrors the oracle: tcpdump/<cap>.<tag>.txt, tshark/<cap>.{json,V.txt,summary.txt},
# fields/<cap>.<set>.tsv.  For every run, stderr goes to err/<name>.err and the exit code to err/<name>.rc.
set -u
CAP=${1:?captures dir}; OUT=${2:?output dir}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR=${JAR:-$here/cli/target/jdissect.jar}
SHARED=${SHARED:-$here/../shared}
export TZ=UTC
mkdir -p "$OUT/tcpdump" "$OUT/tshark" "$OUT/fields" "$OUT/err"
FLAGSETS=("-nn" "-nn -e" "-nn -v" "-nn -vv" "-nn -vvv" "-nn -x" "-nn -X" "-nn -XX" "-nn -vvXe" "-nn -tttt -vvXe" "-nn -q" "-nn -t -vv")
SETS=("$SHARED/fieldsets/core.txt" "$SHARED/fieldsets/tcp-analysis.txt")

jd() { # outfile errname args...
  local o=$1 e=$2; shift 2
  java -XX:+UseSerialGC -Xmx256m -jar "$JAR" "$@" > "$o" 2> "$OUT/err/$e.err"
  echo $? > "$OUT/err/$e.rc"
}

jobs_list() {
  shopt -s nullglob
  for f in "$CAP"/*.pcap "$CAP"/*.pcapng "$CAP"/*.pcap.gz "$CAP"/*.pcapng.gz; do
    b=$(basename "$f"); sz=$(stat -c %s "$f")
    for fl in "${FLAGSETS[@]}"; do
      tag=$(printf '%s' "$fl" | tr -d ' -')
      case "$tag" in nnx|nnX|nnXX|nnttttvvXe) [ $sz -ge 200000 ] && continue;; esac
      echo "tcpdump/$b.$tag.txt|$b.$tag|$fl -r $f"
    done
    if [ $sz -lt 200000 ]; then
      echo "tshark/$b.json|$b.json|-n -r $f -T json"
      echo "tshark/$b.V.txt|$b.V|-n -r $f -V"
    fi
    echo "tshark/$b.summary.txt|$b.summary|-n -r $f -T text"
  done
  # fields-oracle.sh globs only *.pcap *.pcapng *.pcap.gz
  for f in "$CAP"/*.pcap "$CAP"/*.pcapng "$CAP"/*.pcap.gz; do
    b=$(basename "$f")
    for s in "${SETS[@]}"; do
      n=$(basename "$s" .txt); ef=""
      while read -r x; do [ -n "$x" ] && ef="$ef -e $x"; done < "$s"
      echo "fields/$b.$n.tsv|$b.$n|-n -r $f -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, -E quote=n$ef"
    done
  done
}

export -f jd; export OUT JAR
jobs_list | while IFS='|' read -r o e a; do printf '%s\0' "jd '$OUT/$o' '$e' $a"; done \
  | xargs -0 -P "${PAR:-2}" -I{} bash -c '{}'
echo "runs: $(ls "$OUT/err"/*.rc | wc -l); non-zero exits: $(grep -lv '^0$' "$OUT/err"/*.rc | wc -l)"
