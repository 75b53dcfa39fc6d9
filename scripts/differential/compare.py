#!/usr/bin/env python3
"""Compares two -V outputs frame by frame (tshark's first): how many frames differ, and the first differing line of
each, grouped (the most common first, with a frame that shows it). usage: compare.py TSHARK.txt JDISSECT.txt"""
import collections
import re
import sys


def frames(path):
    out, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"Frame (\d+):", line)
        if m:
            cur = int(m.group(1))
            out[cur] = []
        if cur is not None:
            out[cur].append(line)
    return out


def main():
    a, b = frames(sys.argv[1]), frames(sys.argv[2])
    bad = [k for k in a if a[k] != b.get(k)]
    print(len(a), "frames,", len(bad), "differ")
    kinds, example = collections.Counter(), {}
    for k in bad:
        mine = b.get(k, [])
        for i, line in enumerate(a[k]):
            if i >= len(mine) or mine[i] != line:
                key = line.strip()[:60]
                kinds[key] += 1
                example.setdefault(key, k)
                break
    for key, n in kinds.most_common(20):
        print("%5d  frame %-6d %s" % (n, example[key], key))


if __name__ == "__main__":
    main()
