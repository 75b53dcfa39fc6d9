"""Writes gre.pcap: GRE headers of every shape packet-gre.c and print-gre.c tell apart (see README.md).

Plain struct; each case a comment. Run: python3 make.py && sh oracle.sh
"""
import struct
import sys

sys.path.insert(0, "../crafted-icmp")
from ipcraft import csum, ip4, write_pcap  # noqa: E402

MAC_A = bytes.fromhex("020000000001")
MAC_B = bytes.fromhex("020000000002")
A = bytes([192, 0, 2, 1])
B = bytes([192, 0, 2, 2])
C = bytes([10, 9, 0, 1])
D = bytes([10, 9, 0, 2])
A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("20010db8000000000000000000000002")
frames = []


def eth(p, et=0x0800):
    return MAC_B + MAC_A + struct.pack(">H", et) + p


def ip6(nxt, p):
    return struct.pack(">IHBB", 0x60000000, len(p), nxt, 64) + A6 + B6 + p


echo = struct.pack(">BBHHH", 8, 0, 0, 1, 1) + b"abcdefgh"
echo = echo[:2] + struct.pack(">H", csum(echo)) + echo[4:]
inner = ip4(1, C, D, echo)


def gre(proto, payload, ck=None, key=None, seq=None, extra=0, ver=0, routing=None, flags=None):
    """A GRE header: ck "good" or "bad" adds a checksum, routing is the SRE bytes (with their end marker)."""
    f = extra | ver
    opt = b""
    if ck is not None or routing is not None:
        f |= 0x8000 if ck is not None else 0
        f |= 0x4000 if routing is not None else 0
        opt += struct.pack(">HH", 0, 0)
    if key is not None:
        f |= 0x2000
        opt += struct.pack(">I", key)
    if seq is not None:
        f |= 0x1000
        opt += struct.pack(">I", seq)
    if routing is not None:
        opt += routing
    if flags is not None:
        f = flags
    pkt = struct.pack(">HH", f, proto) + opt + payload
    if ck is not None:
        c = csum(pkt) if ck == "good" else 0x1234
        pkt = pkt[:4] + struct.pack(">H", c) + pkt[6:]
    return pkt


def gre4(g):
    frames.append(eth(ip4(47, A, B, g)))


# the plain header before IPv4; checksum (good), key and sequence number; a bad checksum
gre4(gre(0x0800, inner))
gre4(gre(0x0800, inner, ck="good", key=42, seq=7))
gre4(gre(0x0800, inner, ck="bad"))
# IPv6 inside, transparent Ethernet bridging (an Ethernet frame inside), an unknown type (data inside GRE's item)
gre4(gre(0x86dd, ip6(59, b"")))
gre4(gre(0x6558, MAC_A + MAC_B + b"\x08\x00" + inner))
gre4(gre(0x1234, b"opaque"))
# a keepalive (type 0, no payload); a header alone with the S bit (an empty payload handed on); a header alone
gre4(gre(0x0000, b""))
gre4(gre(0x0800, b"", seq=1))
gre4(gre(0x0800, b""))
# RFC 1701 source routes: IPv4 entries (the active one starred by tcpdump), AS numbers, another family, the end
sre_ip = struct.pack(">HBB", 0x0800, 4, 8) + bytes([10, 0, 0, 1, 10, 0, 0, 2])
sre_asn = struct.pack(">HBB", 0xfffe, 0, 4) + struct.pack(">HH", 65001, 65002)
sre_other = struct.pack(">HBB", 0x0101, 0, 2) + b"\x01\x02"
end = struct.pack(">HBB", 0, 0, 0)
gre4(gre(0x0800, inner, routing=sre_ip + sre_asn + sre_other + end))
# a routing entry with a bad offset (tcpdump: invalid)
gre4(gre(0x0800, inner, routing=struct.pack(">HBB", 0x0800, 2, 8) + bytes(8) + end))
# recursion control and strict source route bits set, reserved flags set
gre4(gre(0x0800, inner, extra=0x0800 | 0x0300 | 0x0040))
# version 2 and 7 (tcpdump: unknown version), a WCCP v2 redirect header, WCCP without one (IPv4 right away)
gre4(gre(0x0800, inner, ver=2))
gre4(gre(0x883e, bytes([0x05, 0, 3, 9]) + inner))
gre4(gre(0x883e, inner))
# the header cut: 2 bytes, 3 bytes, a key cut in half
gre4(b"\x00\x00")
gre4(b"\x00\x00\x08")
gre4(struct.pack(">HHH", 0x2000, 0x0800, 0))
# GRE over IPv6, and GRE in UDP (RFC 8086, port 4754)
frames.append(eth(ip6(47, gre(0x0800, inner)), 0x86dd))
frames.append(eth(ip4(17, A, B, struct.pack(">HHHH", 40000, 4754, 8 + 4 + len(inner), 0) + gre(0x0800, inner))))

write_pcap("gre.pcap", frames)
print(len(frames), "frames")
