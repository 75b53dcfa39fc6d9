"""EDNS options as packet-dns.c 4.0 shows them when they are odd, found by the differential run on a mutated
dns-http.pcap: an option of unknown code ("Option: Unknown (60)"), and one whose length runs past the record (its code
and length show, then the packet is malformed). Run here with python3 edns.py (it takes make.py's helpers, and so
rewrites dns.pcap, byte for byte the same), then sh oracle.sh."""
import struct

from make import A, QR, RA, RD, T0, eopt, hdr, opt, question, udp4

frames = [
    udp4(hdr(0x730c, QR | RD | RA, 1, 0, 0, 1) + question('edns.example.com', A) + opt(eopt(60, bytes(range(8)))),
         False),
    udp4(hdr(0x730d, QR | RD | RA, 1, 0, 0, 1) + question('edns.example.com', A) +
         opt(struct.pack('!HH', 15, 75) + b'\0\0'), False),
]
with open('edns.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack('<IIII', T0 + i, 0, len(fr), len(fr)) + fr)
