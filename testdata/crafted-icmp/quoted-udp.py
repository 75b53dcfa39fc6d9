#!/usr/bin/env python3
"""Builds quoted-udp.pcap: DNS and syslog over UDP quoted by ICMP and ICMPv6 errors, and DNS messages cut short, for
tshark 4.0.17 to judge. UDP hands its payload to the tree's root, so the quoted datagram's DNS or syslog shows at
the top level while the error's columns stay; bytes that run out inside the quoted message end it silently (and a
message cut before its ID and flags leaves no DNS layer), while the same message outside an error is malformed.
Run `python3 quoted-udp.py` here, then `sh oracle.sh`."""
import struct

import ipcraft
from ipcraft import csum

A, B = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
S6 = bytes.fromhex("fe800000000000000211223344556677")
D6 = bytes.fromhex("20010db8000100000000000000000099")
E6 = bytes.fromhex("20010db8000200000000000000000001")


def ip4(proto, src, dst, payload, total=None):
    return ipcraft.ip4(proto, src, dst, payload, flags=0, total=total)


def v6(body, nxt, src, dst, plen=None):
    return struct.pack(">IHBB", 0x60000000, len(body) if plen is None else plen, nxt, 64) + src + dst + body


def icmp4_err(quoted):
    m = struct.pack(">BBHI", 3, 3, 0, 0) + quoted
    return b"\x08\x00" + ip4(1, B, A, m[:2] + struct.pack(">H", csum(m)) + m[4:])


def icmp6_err(quoted):
    body = struct.pack(">BBHI", 1, 4, 0, 0) + quoted
    c = csum(S6 + D6 + struct.pack(">IxxxB", len(body), 58) + body)
    body = body[:2] + struct.pack(">H", c) + body[4:]
    return b"\x86\xdd" + v6(body, 58, S6, D6)


dns = struct.pack(">HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0) + b"\x07example\x03com\x00" + struct.pack(">HH", 1, 1)
full = struct.pack(">HHHH", 40000, 53, 8 + len(dns), 0) + dns
syslog = b"<13>hello world"
frames = [
    # a whole DNS query and a syslog message quoted by ICMP and ICMPv6 port unreachables
    icmp4_err(ip4(17, A, B, full)),
    icmp6_err(v6(full, 17, D6, E6)),
    icmp4_err(ip4(17, A, B, struct.pack(">HHHH", 40000, 514, 8 + len(syslog), 0) + syslog)),
    icmp6_err(v6(struct.pack(">HHHH", 40000, 514, 8 + len(syslog), 0) + syslog, 17, D6, E6)),
    # four bytes of "DNS" that the UDP length ends (past the reported end: malformed, silent in a quote)
    icmp6_err(v6(struct.pack(">HHHH", 1234, 53, 12, 0) + b"abcd", 17, D6, E6)),
]
# the quoted query cut inside its name, after its counts, and before its flags (no DNS layer), by ICMP and ICMPv6
for n in (20, 6, 4, 3, 2, 0):
    frames.append(icmp4_err(ip4(17, A, B, full[:8 + n], total=20 + len(full))))
    frames.append(icmp6_err(v6(full[:8 + n], 17, D6, E6, plen=len(full))))
# the same cut messages outside an error: malformed, and no DNS item before its ID and flags are read
for p in (b"\x12", b"\x12\x34", b"\x12\x34\x01", b"\x12\x34\x01\x00\x00"):
    frames.append(b"\x08\x00" + ip4(17, A, B, struct.pack(">HHHH", 40000, 53, 8 + len(p), 0) + p))

with open("quoted-udp.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        pkt = bytes.fromhex("020000000001020000000002") + fr
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(pkt), len(pkt)) + pkt)
print("quoted-udp.pcap", len(frames), "frames")
