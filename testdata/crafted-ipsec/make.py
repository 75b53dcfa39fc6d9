"""Writes ipsec.pcap: ESP, AH and ESP through NAT (UDP 4500) as packet-ipsec.c and print-esp.c/print-ah.c see them
without security associations (see README.md). Plain struct; each case a comment. Run: python3 make.py && sh oracle.sh
"""
import struct
import sys

sys.path.insert(0, "../crafted-icmp")
from ipcraft import csum, ip4, write_pcap  # noqa: E402

MAC_A = bytes.fromhex("020000000001")
MAC_B = bytes.fromhex("020000000002")
A = bytes([10, 1, 0, 1])
B = bytes([10, 1, 0, 2])
A6 = bytes.fromhex("20010db8000000000000000000000001")
B6 = bytes.fromhex("20010db8000000000000000000000002")
frames = []


def eth(p, et=0x0800):
    return MAC_B + MAC_A + struct.pack(">H", et) + p


def ip6(nxt, p):
    return struct.pack(">IHBB", 0x60000000, len(p), nxt, 64) + A6 + B6 + p


def esp(spi, seq, body):
    return struct.pack(">II", spi, seq) + body


def ah(nxt, spi, seq, icv, plen=None, res=0):
    """An AH header; plen is the length field (32-bit words minus 2), by default the true one."""
    if plen is None:
        plen = (12 + len(icv)) // 4 - 2
    return struct.pack(">BBHII", nxt, plen, res, spi, seq) + icv


def udp4(sport, dport, body):
    return ip4(17, A, B, struct.pack(">HHHH", sport, dport, 8 + len(body), 0) + body)


echo = struct.pack(">BBHHH", 8, 0, 0, 1, 1) + b"abcdefgh"
echo = echo[:2] + struct.pack(">H", csum(echo)) + echo[4:]
# ESP in IPv4: a header and opaque bytes; a header alone (tcpdump wants a byte more); cut in its sequence number
frames.append(eth(ip4(50, A, B, esp(0x1234, 1, bytes(range(48))))))
frames.append(eth(ip4(50, A, B, esp(0xdeadbeef, 0xffffffff, b""))))
frames.append(eth(ip4(50, A, B, b"\x00\x00\x12\x34")))
# ESP in IPv6
frames.append(eth(ip6(50, esp(0x4321, 7, bytes(range(32)))), 0x86dd))
# AH before ICMP (ICMP's Info then has no TTL), before UDP to 4500 (ESP through NAT, cut) with a reserved field set
frames.append(eth(ip4(51, A, B, ah(1, 0x1000, 5, bytes(12)) + echo)))
frames.append(eth(ip4(51, A, B, ah(17, 0x1001, 6, bytes(range(12)), res=0x0102)
                  + struct.pack(">HHHH", 40000, 4500, 12, 0) + b"abcd")))
# AH in IPv6: an extension header under the IPv6 item; before ICMPv6, before an unknown protocol, before a
# destination options header and UDP
frames.append(eth(ip6(51, ah(58, 0x2000, 9, bytes(12)) + b"\x80\x00\x00\x00\x00\x01\x00\x01"), 0x86dd))
frames.append(eth(ip6(51, ah(253, 0x2001, 1, bytes(12)) + b"opaque"), 0x86dd))
frames.append(eth(ip6(51, ah(60, 0x2002, 2, bytes(12)) + bytes([17, 0, 1, 4, 0, 0, 0, 0])
                      + struct.pack(">HHHH", 40000, 9999, 12, 0) + b"abcd"), 0x86dd))
# AH before ESP; AH of length 0 and 1 (no ICV, the next header inside AH's own bytes); a length past the packet;
# a header cut in its SPI; AH before an unknown protocol (Info stays AH's)
frames.append(eth(ip4(51, A, B, ah(50, 0x1002, 7, bytes(12)) + esp(0x55, 1, bytes(16)))))
frames.append(eth(ip4(51, A, B, ah(1, 0x1003, 8, b"", plen=0) + echo)))
frames.append(eth(ip4(51, A, B, ah(1, 0x1005, 10, bytes(12), plen=1) + echo)))
frames.append(eth(ip4(51, A, B, ah(1, 0x1004, 9, bytes(12), plen=20) + echo)))
frames.append(eth(ip4(51, A, B, b"\x01\x04\x00\x00\x00\x00")))
frames.append(eth(ip4(51, A, B, ah(253, 0x1006, 11, bytes(12)) + b"opaque")))
# ESP through NAT (RFC 3948, UDP 4500): a keepalive, two ESP packets, a payload too short for either
frames.append(eth(udp4(4500, 4500, b"\xff")))
frames.append(eth(udp4(4500, 4500, esp(0x7777, 3, bytes(40)))))
frames.append(eth(udp4(4500, 4500, esp(0x7777, 4, bytes(40)))))
frames.append(eth(udp4(4500, 4500, b"\x00\x00")))
# ESP sequence analysis per SPI: in order, a gap, a repeat, a step back, another SPI, and SPI 0x7777 again (seen
# through NAT above) jumping ahead
for spi, seq in [(0x10, 1), (0x10, 2), (0x10, 4), (0x10, 4), (0x10, 3), (0x20, 9), (0x7777, 9)]:
    frames.append(eth(ip4(50, A, B, esp(spi, seq, bytes(20)))))

write_pcap("ipsec.pcap", frames)
print(len(frames), "frames")
