#!/usr/bin/env bash
# Differential run: mutate a capture (mutate.py), dissect it with tshark and jdissect (-V), compare frame by frame
# (compare.py). Needs tshark 4.0.17 and a built cli/target/jdissect.jar. A frame that differs is a fidelity finding
# (or a protocol jdissect does not dissect); "Dissector bug" in jdissect's output is a crash it caught.
#   scripts/differential/run.sh CAPTURE [FRAMES] [SEED] [WORKDIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../../cli/target/jdissect.jar
cap=${1:?capture}
n=${2:-3000}
seed=${3:-1}
work=${4:-/tmp/jdissect-differential}
mkdir -p "$work"
base=$work/$(basename "$cap")
cp "$cap" "$base"
python3 "$here/mutate.py" "$base" "$n" "$seed"
TZ=UTC tshark -n -V -r "$base.mut" > "$base.tshark.txt" 2>/dev/null || true
TZ=UTC java -jar "$jar" -V -r "$base.mut" > "$base.jdissect.txt"
echo "dissector bugs: $(grep -c 'Dissector bug' "$base.jdissect.txt" || true)"
python3 "$here/compare.py" "$base.tshark.txt" "$base.jdissect.txt"
