#!/usr/bin/env bash
# Long coverage-guided fuzzing with Jazzer, outside Maven's target/ folders.
#   scripts/fuzz.sh TARGET SECONDS [WORKDIR]
# TARGET: capture-stream | capture-gzipped | capture-mapped | dissect | filter
# Each run keeps its corpus in WORKDIR/corpus (default /tmp/jdissect-fuzz/TARGET), so repeated runs continue where
# the last stopped; crashes land in WORKDIR as crash-*. The libFuzzer log is WORKDIR/log.txt; its last
# "Done N runs in S second(s)" line is the execution count. Run several targets at once, one per core.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?target}
secs=${2:-600}
case $target in
  capture-stream) sel='org.jdissect.cli.fuzz.CaptureFuzzTest#stream(byte[])' ;;
  capture-gzipped) sel='org.jdissect.cli.fuzz.CaptureFuzzTest#gzipped(byte[])' ;;
  capture-mapped) sel='org.jdissect.cli.fuzz.CaptureFuzzTest#mapped(byte[])' ;;
  dissect) sel='org.jdissect.cli.fuzz.DissectFuzzTest#dissect(byte[])' ;;
  filter) sel='org.jdissect.cli.fuzz.FilterFuzzTest#compile(byte[])' ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
work=${3:-/tmp/jdissect-fuzz/$target}
mkdir -p "$work/corpus"
# FUZZ_SNAPSHOT: where the frozen classes go (default shared by all runs; give each worktree its own when several
# people fuzz on one machine, or one rebuild would swap the classes under another's run)
snap=${FUZZ_SNAPSHOT:-/tmp/jdissect-fuzz/classes}
mkdir -p "$(dirname "$snap")"
if [[ ! -f $snap/cp.txt || ${FUZZ_REBUILD:-0} = 1 ]]; then
  (cd "$here" && mvn -B -q -o test-compile dependency:build-classpath -pl cli -am \
     -Dmdep.outputFile="$snap.deps.txt" -Dmdep.includeScope=test)
  rm -rf "$snap" && mkdir -p "$snap"
  # a frozen copy: the build may go on in the worktree while this fuzzes. Every module cli depends on (read from
  # the class path Maven computed, so a new module such as output is not forgotten) is copied, then cli itself.
  modules=$(grep -o '[^:]*' "$snap.deps.txt" | grep '/target/classes$' | sed "s|^$here/||; s|/target/classes$||")
  cp_line=$snap/cli-test-classes:$snap/cli-classes
  for m in $modules; do
    cp -r "$here/$m/target/classes" "$snap/$m-classes"
    cp_line=$cp_line:$snap/$m-classes
  done
  cp -r "$here/cli/target/classes" "$snap/cli-classes"
  cp -r "$here/cli/target/test-classes" "$snap/cli-test-classes"
  grep -o '[^:]*' "$snap.deps.txt" | grep -v '/target/classes$' | paste -sd: > "$snap/deps.txt"
  echo "$cp_line:$(cat "$snap/deps.txt")" > "$snap/cp.txt"
fi
cd "$work"
# the test resources' Inputs/ folders are found on the class path; the corpus and the time budget go to libFuzzer.
# Inputs stay under 16 KiB: a 40-60 KB DNS message of thousands of records takes seconds (four in the CLI, five in
# tshark) and, instrumented, the whole timeout, so the fuzzer would stop on it instead of searching on.
# FUZZ_MAX_LEN (default 16384) and FUZZ_TIMEOUT (seconds, default 10) change both: a run aimed at the small
# protocols (NTP, CDP, LLC) goes further with inputs of a few KiB, where such DNS messages do not fit
JAZZER_FUZZ=1 timeout $((secs + 120)) java -Xmx1g -cp "$(cat "$snap/cp.txt")" \
  -Djazzer.internal.basedir="$work" -Djdissect.testdata="$here/testdata" \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$secs" \
  -Djazzer.internal.arg.2=-rss_limit_mb=2048 -Djazzer.internal.arg.3=-timeout="${FUZZ_TIMEOUT:-10}" \
  -Djazzer.internal.arg.4=-max_len="${FUZZ_MAX_LEN:-16384}" \
  org.jdissect.cli.fuzz.FuzzMain "$sel" > "$work/log.txt" 2>&1 || true
grep -E 'Done [0-9]+ runs|fuzz tests:|Exception|Error' "$work/log.txt" | grep -v 'INFO: Instrumented' | tail -5
