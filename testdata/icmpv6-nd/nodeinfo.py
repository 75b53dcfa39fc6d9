"""ICMPv6 Node Information queries and replies (RFC 4620): each query subject (IPv6 address, DNS name, IPv4 address),
each reply Qtype (node names, node addresses, IPv4 addresses, NOOP, the obsolete supported Qtypes), flags, a refusal,
and cut data; right checksums. Deterministic: run here with python3 nodeinfo.py (it takes make.py's helpers), then
sh oracle.sh."""
import struct

from make import icmp6, name

A1 = bytes.fromhex("20010db8000100000000000000000001")
A2 = bytes.fromhex("fe800000000000000211223344556677")
NONCE = 0x0123456789abcdef


def ni(type_, code, qtype, flags, data=b""):
    return struct.pack(">BBHHHQ", type_, code, 0, qtype, flags, NONCE) + data


frames = [
    # queries: node addresses of an IPv6 subject (G, L and A set), the node name of a DNS name, IPv4 addresses of an
    # IPv4 subject, NOOP without a subject
    ni(139, 0, 3, 0x002a, A1),
    ni(139, 1, 2, 0, name("host.example.com")),
    ni(139, 2, 4, 0x0002, bytes([192, 0, 2, 1])),
    ni(139, 0, 0, 0),
    # replies: two names after the TTL; two address pairs (truncated flag); two IPv4 pairs; a refusal; NOOP with every
    # reserved bit; a name and a zero byte that ends the list; the obsolete Qtype 1 (its data not read)
    ni(140, 0, 2, 0, struct.pack(">I", 300) + name("host.example.com") + name("alias.example.com")),
    ni(140, 0, 3, 0x0039, struct.pack(">I", 60) + A1 + struct.pack(">I", 0xffffffff) + A2),
    ni(140, 0, 4, 0x0001, struct.pack(">I", 60) + bytes([192, 0, 2, 1]) + struct.pack(">I", 7)
       + bytes([198, 51, 100, 7])),
    ni(140, 1, 2, 0),
    ni(140, 0, 0, 0xffc0),
    ni(140, 0, 2, 0, struct.pack(">I", 300) + name("a.b") + b"\0"),
    ni(140, 0, 1, 0, b"\x01\x02\x03\x04"),
    # cut: an address pair, a subject name without its end
    ni(140, 0, 3, 0, struct.pack(">I", 60) + A1[:6]),
    ni(139, 1, 2, 0, b"\x04host"),
]
out = [struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1)]
for i, body in enumerate(frames):
    f = icmp6(body, dst=A1)
    out.append(struct.pack("<IIII", 1700000000 + i, 0, len(f), len(f)) + f)
open("nodeinfo.pcap", "wb").write(b"".join(out))
