#!/usr/bin/env bash
# bench/compare.sh CAPTURE — jdissect against tshark and tcpdump on the same file, in the same run.
#
# For each mode it runs jdissect (java -jar cli/target/jdissect.jar) and the reference tool with the equivalent
# command, output to /dev/null, under /usr/bin/time -v, and prints one table: wall seconds, packets/s, MB/s (capture
# bytes over wall time), CPU seconds (user+sys, all threads: the JVM's JIT and GC count), packets per CPU second, peak
# RSS, and jdissect's speed as a multiple of the reference's (>1: jdissect faster), by wall time (packets/s, what a
# user waits for; jdissect uses a second core to print while it dissects). On a shared, loaded machine wall time
# mostly measures the neighbours: BASIS=cpu compares CPU seconds instead. Both are printed.
# A reference tool that is not installed is skipped with a note; jdissect's rows are still measured.
#
# Environment:
#   MODES       modes to run, default "count summary filter1 filter2 filter3 fields verbose nn vvXe"; also
#               "dissect" and "dissect-tcp": every layer of every packet dissected and nothing shown, jdissect's
#               lazy dissection (bench's DissectFile, one pass in a fresh JVM; bench/target/benchmarks.jar) against
#               tshark -Y frame -q (which dissects every packet for its filter); dissect-tcp with HTTP disabled in
#               both (--disable-protocol http): Ethernet, IPv4, TCP and data only
#   JAVA_OPTS   JVM options for jdissect (default: a small serial-GC heap, see BENCHMARKS.md); with the default
#               jar, the launcher's class-data archive is added as ./jdissect adds it
#   JAR         the CLI jar (default cli/target/jdissect.jar; build it with mvn -B -q -o verify)
#   RUNS        runs per command; the fastest is reported (default 1)
#   BASIS       wall (default) or cpu: what vs_ref compares
# The capture: see BENCHMARKS.md (../shared/tools/mkbig.sh makes a million-packet one; never commit it).
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cap="${1:?usage: bench/compare.sh CAPTURE}"
[ -r "$cap" ] || { echo "compare.sh: cannot read $cap" >&2; exit 2; }
jar="${JAR:-$here/cli/target/jdissect.jar}"
[ -f "$jar" ] || { echo "compare.sh: $jar missing: run mvn -B -q -o verify first" >&2; exit 2; }
java_opts="${JAVA_OPTS:--XX:+UseSerialGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=80 -Xms32m -Xmx160m -XX:MaxDirectMemorySize=64m}"
modes="${MODES:-count summary filter1 filter2 filter3 fields verbose nn vvXe}"
runs="${RUNS:-1}"
basis="${BASIS:-wall}"
[ -x /usr/bin/time ] || { echo "compare.sh: /usr/bin/time (GNU time) is needed for peak RSS" >&2; exit 2; }
export TZ=UTC LC_ALL=C

# the three filters of the display-filter issue's benchmark
F1='http.request.method == "GET" && tcp.len > 0'
F2='ip.addr == 10.0.0.0/8 && tcp.flags.reset == 1'
F3='tcp.port in {80, 8080} && !(http.response.code == 200)'
FIELDS=(frame.number ip.src ip.dst tcp.srcport http.request.method)

# the launcher's class-data archive, as ./jdissect uses it (made by its first run after a build)
jsa="$here/cli/target/jdissect.jsa"
if [ "$jar" = "$here/cli/target/jdissect.jar" ]; then
  [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ] || "$here/jdissect" -r "$here/samples/seed-rst.pcap" >/dev/null
  [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ] && java_opts="-XX:SharedArchiveFile=$jsa -Xshare:auto -Xlog:cds*=off $java_opts"
fi
jd=(java $java_opts -jar "$jar" -r "$cap")
ts=(tshark -n -r "$cap")
td=(tcpdump -r "$cap")

# mode → jdissect arguments, reference tool, reference arguments
bench_jar="$here/bench/target/benchmarks.jar"
mode_cmds() {
  JX=()
  case "$1" in
    dissect)     J=(lazy); JX=(java $java_opts -cp "$bench_jar" org.jdissect.bench.DissectFile "$cap" 1 lazy)
                 R=tshark; A=(-Y frame -q) ;;
    dissect-tcp) J=(lazy --disable-protocol http)
                 JX=(java $java_opts -Ddisable=http -cp "$bench_jar" org.jdissect.bench.DissectFile "$cap" 1 lazy)
                 R=tshark; A=(--disable-protocol http -Y frame -q) ;;
    count)   J=(--count);                    R=tshark;  A=(-q) ;;
    summary) J=(-T text);                    R=tshark;  A=() ;;
    filter1) J=(-Y "$F1");                   R=tshark;  A=(-Y "$F1") ;;
    filter2) J=(-Y "$F2");                   R=tshark;  A=(-Y "$F2") ;;
    filter3) J=(-Y "$F3");                   R=tshark;  A=(-Y "$F3") ;;
    fields)  J=(-T fields); A=(-T fields)
             for f in "${FIELDS[@]}"; do J+=(-e "$f"); A+=(-e "$f"); done; R=tshark ;;
    verbose) J=(-V);                         R=tshark;  A=(-V) ;;
    nn)      J=(-nn);                        R=tcpdump; A=(-nn) ;;
    vvXe)    J=(-vvXe);                      R=tcpdump; A=(-vvXe) ;;
    *) echo "compare.sh: unknown mode $1" >&2; return 1 ;;
  esac
}

# run CMD… → sets SEC (wall seconds, best of $runs by CPU), CPU (user+sys seconds), RSS (peak KB); output to /dev/null
measure() {
  SEC=""; RSS=""; CPU=""
  local t; t="$(mktemp)"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$t" "$@" >/dev/null 2>"$t.err"
    local rc=$?
    if [ $rc -ne 0 ]; then
      echo "compare.sh: exit $rc from: $*" >&2; sed -n 1,5p "$t.err" >&2
    fi
    local s r
    s="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); v=0; for(i=1;i<=n;i++) v=v*60+a[i]; print v}' "$t")"
    r="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$t")"
    c="$(awk -F': ' '/User time|System time/ {v += $2} END {print v}' "$t")"
    local key="$s" best="$SEC"
    [ "$basis" = cpu ] && { key="$c"; best="$CPU"; }
    if [ -z "$best" ] || awk -v a="$key" -v b="$best" 'BEGIN{exit !(a<b)}'; then SEC="$s"; RSS="$r"; CPU="$c"; fi
  done
  rm -f "$t" "$t.err"
}

bytes=$(stat -c %s "$cap")
# packets in the file, from jdissect itself (the count mode prints "N packets")
packets=$(java $java_opts -jar "$jar" -r "$cap" --count 2>/dev/null | awk '{print $1}')
[ -n "$packets" ] || { echo "compare.sh: could not count packets with $jar" >&2; exit 1; }

echo "capture: $cap ($packets packets, $((bytes / 1000000)) MB)   machine: $(nproc) cores, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdissect JVM: $java_opts   vs_ref by: $basis"
printf '%-8s %-9s %8s %10s %7s %8s %10s %8s %7s  %s\n' mode tool wall_s pkts/s MB/s cpu_s pkts/cpu_s peakRSS vs_ref command
notes=()
row() { # mode tool sec cpu rss ratio cmd
  awk -v m="$1" -v t="$2" -v s="$3" -v u="$4" -v r="$5" -v x="$6" -v p="$packets" -v b="$bytes" -v c="$7" 'BEGIN{
    if (s <= 0) s = 0.01; if (u <= 0) u = 0.01
    printf "%-8s %-9s %8.2f %10.0f %7.1f %8.2f %10.0f %6.0fMB %7s  %s\n", m, t, s, p / s, b / s / 1e6, u, p / u, r / 1024, x, c }'
}
for m in $modes; do
  mode_cmds "$m" || continue
  if [ ${#JX[@]} -gt 0 ]; then
    [ -f "$bench_jar" ] || { echo "compare.sh: $bench_jar missing: run mvn -B -q -o verify first" >&2; continue; }
    measure "${JX[@]}"
  else
    measure "${jd[@]}" "${J[@]}"
  fi
  js=$SEC; jr=$RSS; jc=$CPU
  ratio="-"
  if command -v "$R" >/dev/null 2>&1; then
    if [ "$R" = tshark ]; then ref=("${ts[@]}" "${A[@]}"); else ref=("${td[@]}" "${A[@]}"); fi
    measure "${ref[@]}"; rs=$SEC; rr=$RSS; rc=$CPU
    if [ "$basis" = cpu ]; then ra=$rc; rb=$jc; else ra=$rs; rb=$js; fi
    ratio=$(awk -v a="$ra" -v b="$rb" 'BEGIN{ if (b <= 0) b = 0.01; printf "%.2fx", a / b }')
    row "$m" jdissect "$js" "$jc" "$jr" "$ratio" "jdissect ${J[*]}"
    row "$m" "$R" "$rs" "$rc" "$rr" "1.00x" "$R ${A[*]}"
  else
    row "$m" jdissect "$js" "$jc" "$jr" "$ratio" "jdissect ${J[*]}"
    notes+=("$m: $R is not installed; no reference measured")
  fi
done
for n in "${notes[@]+"${notes[@]}"}"; do echo "note: $n"; done
