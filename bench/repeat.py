#!/usr/bin/env python3
"""bench/repeat.py IN.pcap OUT.pcap N — N copies of a pcap's packets, each copy shifted in time past the last.

For memory tests on a file many times larger than the million-packet capture (BENCHMARKS.md): the copies repeat the
same conversations later in time, so TCP/HTTP state keeps being created and forgotten as in a long capture.
Streams the input; handles microsecond and nanosecond pcap in either byte order.
"""
import struct
import sys


def records(path, rec):
    """(seconds, fraction, captured, original, data) of every record of the pcap at path."""
    with open(path, 'rb') as f:
        f.seek(24)
        while True:
            h = f.read(16)
            if len(h) < 16:
                return
            sec, frac, incl, orig = rec.unpack(h)
            yield sec, frac, incl, orig, f.read(incl)


def main():
    src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(src, 'rb') as f:
        head = f.read(24)
    endian = {b'\xd4\xc3\xb2\xa1': '<', b'\x4d\x3c\xb2\xa1': '<', b'\xa1\xb2\xc3\xd4': '>',
              b'\xa1\xb2\x3c\x4d': '>'}[head[:4]]
    rec = struct.Struct(endian + 'IIII')
    first = last = None
    for sec, _, _, _, _ in records(src, rec):
        first = sec if first is None else first
        last = sec
    span = (last - first) + 1
    with open(dst, 'wb') as out:
        out.write(head)
        for k in range(n):
            for sec, frac, incl, orig, data in records(src, rec):
                out.write(rec.pack(sec + k * span, frac, incl, orig))
                out.write(data)


if __name__ == '__main__':
    main()
