# Sourced by tcpdump-link/make.sh and tcpdump-udp/make.sh (run from their folder): the cases.tsv header, `add` for one
# case (TZ=GMT0 tcpdump 4.99.3 -r captures/CAPTURE ARGS > expected/NAME.out, as the shared suite's outputs were
# made) and `variants` for the suite's 11 flag sets plus -nn -q -e over each capture given.
tcpdump --version 2>&1 | grep -q '^tcpdump version 4.99.3$' || { echo "needs tcpdump 4.99.3" >&2; exit 1; }
printf 'case\tcapture\targs\texpected\torigin\n' > cases.tsv
add() { # name capture args origin
  printf '%s\tcaptures/%s\t%s\texpected/%s.out\t%s\n' "$1" "$2" "$3" "$1" "$4" >> cases.tsv
  # shellcheck disable=SC2086
  env -i PATH="$PATH" TZ=GMT0 tcpdump -r "captures/$2" $3 > "expected/$1.out" 2>/dev/null
}
variants() { # capture...
  for c in "$@"; do
    stem=${c%.pcap*}
    add "$stem--nn" "$c" "-nn" variant
    add "$stem--nn-e" "$c" "-nn -e" variant
    add "$stem--nn-v" "$c" "-nn -v" variant
    add "$stem--nn-vv" "$c" "-nn -vv" variant
    add "$stem--nn-vvv" "$c" "-nn -vvv" variant
    add "$stem--nn-capX" "$c" "-nn -X" variant
    add "$stem--nn-capXX" "$c" "-nn -XX" variant
    add "$stem--nn-x" "$c" "-nn -x" variant
    add "$stem--nn-vvcapXe" "$c" "-nn -vvXe" variant
    add "$stem--nn-q" "$c" "-nn -q" variant
    add "$stem--nn-tttt-vvcapXe" "$c" "-nn -tttt -vvXe" variant
    add "$stem--nn-q-e" "$c" "-nn -q -e" variant
  done
}
