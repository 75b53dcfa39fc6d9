#!/bin/sh
# Rebuilds this folder: the synthetic captures (make.py), then every expected output with the local tcpdump 4.99.3,
# as the shared suite's were made: env -i PATH=... TZ=GMT0 tcpdump -r CAPTURE ARGS > EXPECTED.
# dns-badcookie.pcap is tcpdump 4.99.3's tests/dns-badcookie.pcap, copied unchanged (not rebuilt here).
set -eu
cd "$(dirname "$0")"
tcpdump --version 2>&1 | grep -q '^tcpdump version 4.99.3$' || { echo "needs tcpdump 4.99.3" >&2; exit 1; }
python3 make.py
# CDP's crafted capture (../cdp, made for the tshark side) is also print-cdp.c's test here
cp ../cdp/cdp.pcap captures/cdp.pcap
printf 'case\tcapture\targs\texpected\torigin\n' > cases.tsv
add() { # name capture args origin
  printf '%s\tcaptures/%s\t%s\texpected/%s.out\t%s\n' "$1" "$2" "$3" "$1" "$4" >> cases.tsv
  # shellcheck disable=SC2086
  env -i PATH="$PATH" TZ=GMT0 tcpdump -r "captures/$2" $3 > "expected/$1.out" 2>/dev/null
}
add dns-badcookie dns-badcookie.pcap "-# -n" upstream:dns-badcookie
for c in dns-badcookie.pcap llc.pcap loop.pcap null.pcap sll-llc.pcap sll-vlan.pcap sll2.pcap cdp.pcap; do
  stem=${c%.pcap}
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
