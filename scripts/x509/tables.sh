#!/bin/sh
# Makes the X.509 dissector's two tables from tshark 4.0.17 itself (run from the repository root):
#  fields.tsv     the fields of x509af, x509ce, x509sat, x509if, pkcs1, pkix1explicit, pkix1implicit and pkixalgs as
#                 `tshark -G fields` lists them, with their value strings (`-G values`): F and V lines
#  oid-names.tsv  every OID tshark names (epan/oids.c's tree, filled by the dissectors that register OIDs): the
#                 dotted OIDs found in libwireshark, each with every prefix of it and one arc below it, are put in the
#                 extKeyUsage extension of probe certificates (oid-probe.py); tshark prints each KeyPurposeId with its
#                 resolved name, and a node is named when that name is not its parent's name plus ".arc".
set -e
out=dissectors/src/main/resources/org/jdissect/dissectors/x509
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
P="(x509af|x509ce|x509sat|x509if|pkcs1|pkix1explicit|pkix1implicit|pkixalgs|ns_cert_exts)"
tshark -G fields 2>/dev/null | grep -P "^P\t.*\t($P|pkcs-1|ber)\$|^F\t[^\t]*\t($P\.|ns\.cert\.exts\.|ber\.bitstring\.padding\t)" > $t/f
tshark -G values 2>/dev/null | grep -P "^V\t$P\." > $t/v
cat $t/f $t/v > $out/fields.tsv
strings -n 3 "$(ldconfig -p | grep -o '/.*libwireshark.so.*' | head -1)" | grep -E '^[0-2](\.[0-9]+)+$' | sort -u |
python3 -c '
import sys
s = set()
for o in sys.stdin.read().split():
    a = o.split(".")
    if any(len(x) > 1 and x[0] == "0" for x in a) or (int(a[0]) < 2 and int(a[1]) > 39) or any(int(x) >= 2**32 for x in a):
        continue
    for i in range(2, len(a) + 1):
        s.add(".".join(a[:i]))
    s.add(o + ".99999")
print("\n".join(sorted(s)))' > $t/all
python3 scripts/x509/oid-probe.py $t/all $t/probe.pcap
tshark -n -r $t/probe.pcap -V 2>/dev/null | grep -o 'KeyPurposeId: .*' | python3 -c '
import re, sys
res = {}
for l in sys.stdin:
    m = re.match(r"KeyPurposeId: ([0-9.]+) \((.*)\)$", l.rstrip("\n"))
    res[m.group(1)] = m.group(2)
roots = {"0": "itu-t", "1": "iso", "2": "joint-iso-itu-t"}
named = {}
for o, r in res.items():
    p, _, last = o.rpartition(".")
    pr = res.get(p, roots.get(p))
    if r != "%s.%s" % (pr, last):
        named[o] = r
for o in sorted(named, key=lambda o: [int(x) for x in o.split(".")]):
    print(o + "\t" + named[o])' > $out/oid-names.tsv
