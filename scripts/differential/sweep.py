#!/usr/bin/env python3
"""Writes CAPTURE.sweep: every frame of CAPTURE (a pcap of any link type, microsecond or nanosecond) again at every
snapshot length from FROM (default 14) to its whole length minus one, the original length kept, as libpcap writes a
frame cut by -s: the cuts tcpdump's ND_TCHECKs and tshark's "[Packet size limited during capture]" answer. Frames
are numbered in order, so frame k of the output is frame i cut at length L for the i and L of its position.
With NEWFLOWS=1 in the environment, each copy of an Ethernet/IPv4 TCP or UDP frame gets its own source port (the
copy's number added), so a TCP dissector sees a new connection each time rather than retransmissions.
usage: sweep.py CAPTURE [FROM] [MAXFRAMES]"""
import os
import struct
import sys


def new_flow(p, k):
    """The frame with k added to its TCP/UDP source port, when it is Ethernet/IPv4 with that port captured."""
    if len(p) < 34 or p[12:14] != b"\x08\x00" or p[23] not in (6, 17):
        return p
    at = 14 + (p[14] & 15) * 4
    if len(p) < at + 2:
        return p
    port = (struct.unpack("!H", p[at:at + 2])[0] + k) & 0xffff
    return p[:at] + struct.pack("!H", port) + p[at + 2:]


def main():
    path = sys.argv[1]
    start = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    most = int(sys.argv[3]) if len(sys.argv) > 3 else 1 << 30
    data = open(path, "rb").read()
    endian = "<" if data[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    out, off, n = [data[:24]], 24, 0
    while off + 16 <= len(data) and n < most:
        sec, frac, caplen, wire = struct.unpack(endian + "IIII", data[off:off + 16])
        pkt = data[off + 16:off + 16 + caplen]
        off += 16 + caplen
        n += 1
        for cut in range(min(start, len(pkt)), len(pkt)):
            copy = pkt[:cut]
            if os.environ.get("NEWFLOWS") == "1":
                copy = new_flow(copy, len(out))
            out.append(struct.pack(endian + "IIII", sec, frac, cut, wire) + copy)
    open(path + ".sweep", "wb").write(b"".join(out))


if __name__ == "__main__":
    main()
