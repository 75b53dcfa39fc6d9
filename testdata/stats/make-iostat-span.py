#!/usr/bin/env python3
"""Builds the io,stat edge captures from http-basic.pcap's first frames (Ethernet/IPv6/ICMPv6 and ARP):
iostat-one.pcap, a single frame (a capture of no duration: tshark draws no rows); iostat-span.pcap, three frames
whose times jump by 150000.5 s and 100000.25 s (a duration of six digits overflows the header's five-digit width,
and most intervals between them are empty); iostat-round.pcap, two frames 9.96 s apart (a duration that rounds up
to two digits at whole seconds or tenths: tshark prints the header's numbers at the unrounded width and pads them for
the rounded one). Run `python3 make-iostat-span.py` here, then
`sh oracle.sh cases-iostat.tsv`."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, '..', 'captures', 'http-basic.pcap'), 'rb') as f:
    header = f.read(24)
    frames = []
    for _ in range(3):
        sec, usec, incl, orig = struct.unpack('<IIII', f.read(16))
        frames.append((incl, orig, f.read(incl)))


def write(name, times):
    with open(os.path.join(HERE, name), 'wb') as out:
        out.write(header)
        for (incl, orig, data), (sec, usec) in zip(frames, times):
            out.write(struct.pack('<IIII', sec, usec, incl, orig) + data)


T0 = 1700000000
write('iostat-one.pcap', [(T0, 0)])
write('iostat-span.pcap', [(T0, 0), (T0 + 150000, 500000), (T0 + 250000, 750000)])
write('iostat-round.pcap', [(T0, 0), (T0 + 9, 960000)])
