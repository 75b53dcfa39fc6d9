"""Flattens tshark's -T json -x output (standard input) to the items under each TLS Certificate item: one line per
item with a "_raw" member, in tree order: certificate number (from 0, over the whole capture), field, offset in the
frame, length. Read by X509SubtreeOracleTest until the TLS layers above are jdissect's too."""
import json
import sys


def pairs(p):
    return p  # keep duplicate keys, in order


doc = json.load(sys.stdin, object_pairs_hook=pairs)
n = [0]


def walk(o, inside, out):
    if isinstance(o, list) and all(isinstance(x, tuple) for x in o):
        for k, v in o:
            if k == "tls.handshake.certificate_raw":
                n[0] += 1
                out.append("%d\t%s\t%d\t%d" % (n[0] - 1, k[:-4], v[1], v[2]))
            elif k == "tls.handshake.certificate_tree":
                walk(v, True, out)
            elif inside and k.endswith("_raw") and not k.startswith("_ws"):
                out.append("%d\t%s\t%d\t%d" % (n[0] - 1, k[:-4], v[1], v[2]))
            else:
                walk(v, inside, out)
    elif isinstance(o, list):
        for x in o:
            walk(x, inside, out)


out = []
walk(doc, False, out)
print("\n".join(out))
