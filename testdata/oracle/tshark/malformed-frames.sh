#!/usr/bin/env bash
# Regenerates malformed-frames.tsv: every frame of the hostile corpora (tcpdump-suite, filter-cases, damaged,
# fuzz-regressions captures) that tshark marks [Malformed Packet] or [Packet size limited during capture], with the
# protocols tshark saw in it. Read by HostileCorporaTest. Needs tshark 4.0.17; run from testdata/.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=oracle/tshark/malformed-frames.tsv
printf 'capture\tframe\tframe.protocols\n' > "$out"
for f in tcpdump-suite/captures/* filter-cases/captures/* damaged/*.pcap fuzz-regressions/*.pcap; do
  TZ=UTC tshark -n -r "$f" -Y '_ws.malformed || _ws.short' -T fields -e frame.number -e frame.protocols 2>/dev/null \
    | awk -v f="$f" -F'\t' '{print f "\t" $1 "\t" $2}' >> "$out"
done
