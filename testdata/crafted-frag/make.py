"""Writes frag.pcap: IPv4 and IPv6 fragments put together in every way reassemble.c tells apart (see README.md).

Plain struct; each case a comment. Run: python3 make.py && sh oracle.sh
"""
import struct
import sys

sys.path.insert(0, "../crafted-icmp")
from ipcraft import csum, ip4, write_pcap  # noqa: E402

MAC_A = bytes.fromhex("020000000001")
MAC_B = bytes.fromhex("020000000002")
A = bytes([10, 1, 0, 1])
B = bytes([10, 1, 0, 2])
PUB_A = bytes([198, 51, 100, 1])
PUB_B = bytes([203, 0, 113, 2])
A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("20010db8000000000000000000000002")

frames = []
t = [1_700_000_000, 0]


def eth(payload, etype=0x0800, vlan=None):
    tag = b"" if vlan is None else struct.pack(">HH", 0x8100, vlan) 
    return MAC_B + MAC_A + tag + struct.pack(">H", etype if vlan is None else etype) + payload


def add(frame, gap_us=1000):
    t[1] += gap_us
    while t[1] >= 1_000_000:
        t[0] += 1
        t[1] -= 1_000_000
    frames.append((t[0], t[1], frame))


def frag4(payload, off, more, ident, proto=17, src=A, dst=B, vlan=None, gap_us=1000):
    """One IPv4 fragment of `payload` bytes at byte offset `off` (a multiple of 8)."""
    flags = (0x2000 if more else 0) | (off // 8)
    add(eth(ip4(proto, src, dst, payload, ident=ident, flags=flags), vlan=vlan), gap_us)


def udp(body, sport=40000, dport=7777):
    """A UDP header (checksum 0: not computed) and its body."""
    return struct.pack(">HHHH", sport, dport, 8 + len(body), 0) + body


def pattern(n, seed=0):
    return bytes((seed + i) & 0xff for i in range(n))


def ip6(nxt, payload, src=A6, dst=B6):
    return struct.pack(">IHBB", 0x60000000, len(payload), nxt, 64) + src + dst + payload


def frag6(payload, off, more, ident, nxt=17, gap_us=1000):
    fh = struct.pack(">BBHI", nxt, 0, off | (1 if more else 0), ident)
    add(eth(ip6(44, fh + payload), 0x86dd), gap_us)


# 1. in order, two fragments: the plain case
d = udp(pattern(100))
frag4(d[:64], 0, True, 0x1001)
frag4(d[64:], 64, False, 0x1001)
# 2. tail first, then the head
d = udp(pattern(100, 1))
frag4(d[64:], 64, False, 0x1002)
frag4(d[:64], 0, True, 0x1002)
# 3. a copy of the first fragment before the tail: overlap, the same bytes
d = udp(pattern(100, 2))
frag4(d[:64], 0, True, 0x1003)
frag4(d[:64], 0, True, 0x1003)
frag4(d[64:], 64, False, 0x1003)
# 4. the first fragment again with other bytes: overlap and conflict, the first copy's bytes are kept
d = udp(pattern(100, 3))
frag4(d[:64], 0, True, 0x1004)
frag4(d[:8] + b"\xee" * 56, 0, True, 0x1004)
frag4(d[64:], 64, False, 0x1004)
# 5. a fragment half over its neighbour (16-63 then 0-31): partial overlap, conflicting in the shared bytes
d = udp(pattern(120, 4))
frag4(d[32:64], 32, True, 0x1005)
frag4(d[:24] + b"\xaa" * 16, 0, True, 0x1005)
frag4(d[64:], 64, False, 0x1005)
# 6. partial overlap with the same bytes (0-47 then 40-79, tail 80-)
d = udp(pattern(120, 5))
frag4(d[:48], 0, True, 0x1006)
frag4(d[40:80], 40, True, 0x1006)
frag4(d[80:], 80, False, 0x1006)
# 7. two tails of different lengths: multiple tails, the first one's length holds
d = udp(pattern(100, 6))
frag4(d[64:], 64, False, 0x1007)
frag4(d[64:100], 64, False, 0x1007)
frag4(d[:64], 0, True, 0x1007)
# 8. a middle fragment running past the tail's end: too long, cut to the datagram
d = udp(pattern(100, 7))
frag4(d[64:], 64, False, 0x1008)
frag4(d[32:64] + b"\x55" * 48, 32, True, 0x1008)
frag4(d[:32], 0, True, 0x1008)
# 9. a fragment starting past the end the tail gives: too long, nothing of it placed
d = udp(pattern(100, 8))
frag4(pattern(16, 9), 200, True, 0x1009)
frag4(d[64:], 64, False, 0x1009)
frag4(d[:64], 0, True, 0x1009)
# 10. a copy of a fragment after its datagram completed: a new datagram, never complete
d = udp(pattern(100, 10))
frag4(d[:64], 0, True, 0x100a)
frag4(d[64:], 64, False, 0x100a)
frag4(d[64:], 64, False, 0x100a)
# 11. two datagrams with the same identification and protocol interleaved: merged (conflicts)
d = udp(pattern(100, 11))
e = udp(pattern(100, 12), sport=40001)
frag4(d[:64], 0, True, 0x100b)
frag4(e[:64], 0, True, 0x100b)
frag4(e[64:], 64, False, 0x100b)
frag4(d[64:], 64, False, 0x100b)
# 12. protocol folded into the identification: UDP (17) id 0x1011 and ICMP (1) id 0x1001 ^ 17 ^ 1 = 0x1011 ... the
# same key: ICMP's head with UDP's tail make one datagram
d = udp(pattern(100, 13))
frag4(d[:64], 0, True, 0x1011 ^ 17 ^ 1, proto=1)
frag4(d[64:], 64, False, 0x1011, proto=17)
# 13. the same private addresses and identification on two VLANs: two datagrams
d = udp(pattern(100, 14))
e = udp(pattern(100, 15), sport=40002)
frag4(d[:64], 0, True, 0x100d, vlan=10)
frag4(e[:64], 0, True, 0x100d, vlan=20)
frag4(d[64:], 64, False, 0x100d, vlan=10)
frag4(e[64:], 64, False, 0x100d, vlan=20)
# 14. public addresses on two VLANs: the VLAN is not part of the key, the fragments meet
d = udp(pattern(100, 16))
frag4(d[:64], 0, True, 0x100e, src=PUB_A, dst=PUB_B, vlan=10)
frag4(d[64:], 64, False, 0x100e, src=PUB_A, dst=PUB_B, vlan=20)
# 15. the tail two minutes after the head: no expiry
d = udp(pattern(100, 17))
frag4(d[:64], 0, True, 0x100f)
frag4(d[64:], 64, False, 0x100f, gap_us=120_000_000)
# 16. an illegal datagram of an unknown protocol (253): Info "[Illegal IPv4 fragments]"
d = pattern(100, 18)
frag4(d[:64], 0, True, 0x1010, proto=253)
frag4(b"\x01" * 64, 0, True, 0x1010, proto=253)
frag4(d[64:], 64, False, 0x1010, proto=253)
# 17. the same, legal: Info names the protocol
frag4(d[:64], 0, True, 0x1012, proto=253)
frag4(d[64:], 64, False, 0x1012, proto=253)
# 18. three copies of the middle and the tail, mixed (ICMP echo: its checksum is checked on the result)
body = struct.pack(">BBHHH", 8, 0, 0, 0x77, 1) + pattern(192, 19)
body = body[:2] + struct.pack(">H", csum(body)) + body[4:]
frag4(body[64:128], 64, True, 0x1013, proto=1)
frag4(body[128:], 128, False, 0x1013, proto=1)
frag4(body[64:128], 64, True, 0x1013, proto=1)
frag4(body[128:136] + b"\x99" * 64, 128, False, 0x1013, proto=1)
frag4(body[64:72] + b"\x11" * 56, 64, True, 0x1013, proto=1)
frag4(body[:64], 0, True, 0x1013, proto=1)
# 19. the head with MF set completes it last: the result is not a fragment (ICMP verifies its checksum)
body = struct.pack(">BBHHH", 8, 0, 0, 0x77, 2) + pattern(92, 20)
body = body[:2] + struct.pack(">H", csum(body)) + body[4:]
frag4(body[64:], 64, False, 0x1014, proto=1)
frag4(body[:64], 0, True, 0x1014, proto=1)

# IPv6: the same rules through the fragment header
# 20. in order
d = udp(pattern(100, 21))
frag6(d[:64], 0, True, 0x2001)
frag6(d[64:], 64, False, 0x2001)
# 21. overlap with conflict, then multiple tails
d = udp(pattern(100, 22))
frag6(d[64:], 64, False, 0x2002)
frag6(d[64:96], 64, False, 0x2002)
frag6(d[:64], 0, True, 0x2002)
d = udp(pattern(100, 23))
frag6(d[:64], 0, True, 0x2003)
frag6(b"\x42" * 64, 0, True, 0x2003)
frag6(d[64:], 64, False, 0x2003)
# 22. too long in the middle
d = udp(pattern(100, 24))
frag6(d[64:], 64, False, 0x2004)
frag6(d[32:64] + b"\x55" * 48, 32, True, 0x2004)
frag6(d[:32], 0, True, 0x2004)
# 23. an empty fragment in the middle ("no data")
d = udp(pattern(100, 25))
frag6(d[:64], 0, True, 0x2005)
frag6(b"", 64, True, 0x2005)
frag6(d[64:], 64, False, 0x2005)
# 24. an atomic fragment (offset 0, M clear)
frag6(udp(pattern(20, 26)), 0, False, 0x2006)
# 25. datagrams of an unknown protocol (253), conflicting and not: Info names the protocol, not the fragment
d = pattern(100, 27)
frag6(d[:64], 0, True, 0x2007, nxt=253)
frag6(b"\x01" * 64, 0, True, 0x2007, nxt=253)
frag6(d[64:], 64, False, 0x2007, nxt=253)
frag6(d[:64], 0, True, 0x2008, nxt=253)
frag6(d[64:], 64, False, 0x2008, nxt=253)

write_pcap("frag.pcap", frames)
print(len(frames), "frames")
