#!/usr/bin/env python3
"""tcpdump-mode differential: runs tcpdump 4.99.3 and jdissect with `-#` and the given flags over CAPTURE (TZ=UTC),
splits both outputs into frames by the frame number tcpdump's -# puts first, and prints, per differing frame, its
number and the first differing lines. With --pick OUT, also writes those frames to OUT (editcap -r), to keep as a
regression capture; --most N keeps N of them, evenly spread (nearby cuts of one frame usually differ alike). Needs a built cli/target/jdissect.jar (or JDISSECT_JAR).
usage: tcpdiff.py CAPTURE [--pick OUT] [--most N] [--show N] FLAGS..."""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.environ.get("JDISSECT_JAR", os.path.join(HERE, "..", "..", "cli", "target", "jdissect.jar"))
FRAME = re.compile(r"^\s*(\d+)  ")


def run(cmd):
    env = dict(os.environ, TZ="UTC")
    return subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode(
        "utf-8", "replace")


def split(text):
    frames, cur = {}, None
    for line in text.splitlines():
        m = FRAME.match(line)
        if m:
            cur = int(m.group(1))
            frames[cur] = []
        if cur is not None:
            frames[cur].append(line)
    return frames


def main():
    args = sys.argv[1:]
    cap = args.pop(0)
    pick, show, most = None, 3, 0
    while args and args[0] in ("--pick", "--show", "--most"):
        opt = args.pop(0)
        if opt == "--pick":
            pick = args.pop(0)
        elif opt == "--most":
            most = int(args.pop(0))
        else:
            show = int(args.pop(0))
    t = split(run(["tcpdump", "-#"] + args + ["-r", cap]))
    j = split(run(["java", "-jar", JAR, "-#"] + args + ["-r", cap]))
    bad = [k for k in sorted(set(t) | set(j)) if t.get(k) != j.get(k)]
    for n, k in enumerate(bad):
        if n < show:
            a, b = t.get(k, []), j.get(k, [])
            i = next((i for i in range(max(len(a), len(b))) if (a[i:i + 1] != b[i:i + 1])), 0)
            print("frame %d:\n  tcpdump:  %s\n  jdissect: %s" % (k, (a[i:i + 1] or ["<none>"])[0],
                                                                (b[i:i + 1] or ["<none>"])[0]))
    print("%d of %d frames differ [%s]" % (len(bad), len(t), " ".join(args)))
    if pick and bad:
        kept = bad if not most or len(bad) <= most else [bad[i * len(bad) // most] for i in range(most)]
        subprocess.run(["editcap", "-F", "pcap", "-r", cap, pick] + [str(k) for k in kept], check=True)


if __name__ == "__main__":
    main()
