"""Writes vrrp.pcap: VRRP v2 and v3 advertisements as packet-vrrp.c and print-vrrp.c tell them apart (README.md).

Plain struct; each case a comment. Run: python3 make.py && sh oracle.sh
"""
import struct
import sys

sys.path.insert(0, "../crafted-icmp")
from ipcraft import csum, ip4, write_pcap  # noqa: E402

SRC_MAC = bytes.fromhex("00005e000101")
A = bytes([192, 0, 2, 1])
G = bytes([224, 0, 0, 18])
A6 = bytes.fromhex("fe800000000000000000000000000001")
G6 = bytes.fromhex("ff020000000000000000000000000012")
frames = []


def eth(p, et=0x0800):
    return bytes.fromhex("01005e000012") + SRC_MAC + struct.pack(">H", et) + p


def ip6(p, hlim=255):
    return struct.pack(">IHBB", 0x60000000, len(p), 112, hlim) + A6 + G6 + p


def v2(vrid=1, prio=100, addrs=(bytes([192, 0, 2, 254]),), auth=0, adv=1, tail=bytes(8), typ=1, good=True,
       count=None):
    """A VRRPv2 message; tail is the authentication data after the addresses."""
    n = len(addrs) if count is None else count
    h = struct.pack(">BBBBBBH", 0x20 | typ, vrid, prio, n, auth, adv, 0) + b"".join(addrs) + tail
    c = csum(h) if good else 0x1234
    return h[:6] + struct.pack(">H", c) + h[8:]


def v3(vrid=1, prio=100, addrs=(bytes([192, 0, 2, 254]),), maxadv=100, typ=1, v6=False, good=True, rsvd=0):
    """A VRRPv3 message, its checksum over RFC 5798's pseudo-header."""
    h = struct.pack(">BBBBH", 0x30 | typ, vrid, prio, len(addrs), (rsvd << 12) | (maxadv & 0xfff)) + b"\0\0" \
        + b"".join(addrs)
    ph = (A6 + G6 + struct.pack(">IxxxB", len(h), 112)) if v6 else (A + G + struct.pack(">BBH", 0, 112, len(h)))
    c = csum(ph + h) if good else 0xbeef
    return h[:6] + struct.pack(">H", c) + h[8:]


def v4(p, ttl=255):
    frames.append(eth(ip4(112, A, G, p, ttl=ttl)))


# v2: one address, no authentication; two addresses and simple text authentication; a bad checksum
v4(v2())
v4(v2(prio=255, addrs=(bytes([192, 0, 2, 254]), bytes([192, 0, 2, 253])), auth=1, tail=b"secret\0\0"))
v4(v2(good=False))
# priorities 0 (master stopping), a non-default backup value; simple text of 8 characters and an empty one
v4(v2(prio=0, auth=1, tail=b"abcdefgh"))
v4(v2(prio=150, auth=1, tail=bytes(8)))
# the IP authentication header type, Cisco's MD5 (16 bytes of digest after the addresses), an unknown type
v4(v2(auth=2))
v4(v2(auth=254, tail=bytes(range(16))))
v4(v2(auth=7))
# v3 over IPv4 and over IPv6 (pseudo-header checksums), a bad v3 checksum, reserved bits, no addresses
v4(v3())
frames.append(eth(ip6(v3(addrs=(bytes.fromhex("fe800000000000000000000000000099"),), v6=True)), 0x86dd))
v4(v3(good=False))
v4(v3(rsvd=5, maxadv=4095))
v4(v3(addrs=()))
# another type than advertisement; a TTL other than 255 (tcpdump shows it); an unknown version
v4(v2(typ=2))
v4(v2(), ttl=64)
frames.append(eth(ip4(112, A, G, b"\x51" + v2()[1:], ttl=255)))
# cut: in the addresses, in the header, a count of addresses past the message
v4(v2()[:10])
v4(v2()[:3])
v4(v2(count=5))

write_pcap("vrrp.pcap", frames)
print(len(frames), "frames")
