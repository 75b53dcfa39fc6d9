#!/bin/bash
# heldout.sh: the held-out check of the issues, end to end: record new traffic of the corpus's kinds (fresh
# captures jdissect's tests have never seen), make tcpdump's and tshark's outputs for them with the shared oracle
# scripts, run jdissect the same way, and compare every output (text byte for byte, JSON as values, field TSVs cell
# by cell). Needs root (network namespaces) and:
#   apt-get install tshark tcpdump nginx-light dnsmasq dnsutils netcat-openbsd iptables iproute2 ethtool curl
# usage: scripts/heldout/heldout.sh WORKDIR     (SHARED=path to the shared folder, default ../shared)
# WORKDIR/cmp/summary.txt is the capture × mode table; cmp/details.txt and cmp/diffs/ say what differs.
set -eu
W=${1:?work dir}; mkdir -p "$W"; W=$(cd "$W" && pwd)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARED=${SHARED:-$here/../../../shared}; export SHARED
export TZ=UTC
[ -f "$here/../../cli/target/jdissect.jar" ] || (cd "$here/../.." && mvn -B -q -DskipTests package -pl cli -am)
if [ ! -d "$W/cap" ]; then
  bash "$SHARED/tools/mkcorpus.sh" "$W/cap" > "$W/mkcorpus.log" 2>&1
  bash "$SHARED/tools/mkmiddlebox.sh" "$W/cap" > "$W/mkmiddlebox.log" 2>&1
fi
if [ ! -d "$W/oracle" ]; then
  bash "$SHARED/tools/oracle.sh" "$W/cap" "$W/oracle"
  for s in core tcp-analysis; do
    bash "$SHARED/tools/fields-oracle.sh" "$W/cap" "$SHARED/fieldsets/$s.txt" "$W/oracle/fields"
  done
fi
rm -rf "$W/ours" "$W/cmp"
bash "$here/run.sh" "$W/cap" "$W/ours"
python3 "$here/compare.py" "$W/oracle" "$W/ours" "$W/cmp"
