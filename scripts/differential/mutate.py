#!/usr/bin/env python3
"""Writes CAPTURE.mut: N frames, each a random frame of CAPTURE (a pcap of any link type) with 1 to 6 mutations
past its first SKIP bytes (default 14, an Ethernet header): a byte replaced, the frame cut, a byte inserted.
Deterministic for a seed. usage: mutate.py CAPTURE N [SEED] [SKIP]"""
import random
import struct
import sys


def frames(path):
    data = open(path, "rb").read()
    header, off, out = data[:24], 24, []
    while off + 16 <= len(data):
        caplen = struct.unpack("<IIII", data[off:off + 16])[2]
        off += 16
        out.append(data[off:off + caplen])
        off += caplen
    return header, out


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    skip = int(sys.argv[4]) if len(sys.argv) > 4 else 14
    header, pkts = frames(path)
    out = [header]
    for i in range(n):
        p = bytearray(rnd.choice(pkts))
        for _ in range(rnd.randint(1, 6)):
            k = rnd.random()
            if k < 0.6 and len(p) > skip:
                p[rnd.randrange(skip, len(p))] = rnd.randrange(256)
            elif k < 0.8 and len(p) > skip + 1:
                p = p[:rnd.randrange(skip, len(p))]
            else:
                j = rnd.randrange(min(skip, len(p)), len(p) + 1)
                p[j:j] = bytes([rnd.randrange(256)])
        out.append(struct.pack("<IIII", 1700000000 + i, 0, len(p), len(p)) + bytes(p))
    open(path + ".mut", "wb").write(b"".join(out))


if __name__ == "__main__":
    main()
