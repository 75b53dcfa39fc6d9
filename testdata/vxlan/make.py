#!/usr/bin/env python3
"""Writes vxlan.pcap: VXLAN (UDP 4789) with Ethernet frames inside, to hold jdissect to tshark 4.0.17's
packet-vxlan.c and tcpdump 4.99.3's print-vxlan.c. Plain struct, no scapy. Run: python3 make.py && sh oracle.sh
"""
import struct


def pcap(frames, path):
    out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    for i, f in enumerate(frames):
        out += struct.pack('<IIII', 1700000000 + i, 1000 * i, len(f), len(f)) + f
    open(path, 'wb').write(out)


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ipv4(src, dst, proto, payload, ident=1):
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), ident, 0x4000, 64, proto, 0, bytes(src),
                     bytes(dst))
    return ip[:10] + struct.pack('!H', csum(ip)) + ip[12:] + payload


def eth(dst, src, etype, payload):
    return bytes(dst) + bytes(src) + struct.pack('!H', etype) + payload


VTEP1, VTEP2 = [10, 0, 0, 1], [10, 0, 0, 2]
VM1, VM2 = [192, 168, 0, 1], [192, 168, 0, 2]
MAC1, MAC2 = [2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2]


def outer(vx, sport=54321, dport=4789, src=VTEP1, dst=VTEP2, cut=None):
    u = struct.pack('!HHHH', sport, dport, 8 + len(vx), 0) + vx
    f = eth([0, 0x11, 0x22, 0x33, 0x44, 0x55], [0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb], 0x0800, ipv4(src, dst, 17, u))
    return f if cut is None else f[:cut]


def vxlan(flags, gbp, vni, inner, reserved=0):
    return struct.pack('!HH', flags, gbp) + struct.pack('!I', vni << 8 | reserved) + inner


def icmp_echo(ident, seq, data=b'abcdefgh'):
    b = struct.pack('!BBHHH', 8, 0, 0, ident, seq) + data
    return b[:2] + struct.pack('!H', csum(b)) + b[4:]


def tcp(sport, dport, seq, ack, flags, payload=b''):
    return struct.pack('!HHIIBBHHH', sport, dport, seq, ack, 5 << 4, flags, 64240, 0, 0) + payload


ping = eth(MAC2, MAC1, 0x0800, ipv4(VM1, VM2, 1, icmp_echo(1, 1)))
F = []
# an overlay ping both ways, VNI 100
F.append(outer(vxlan(0x0800, 0, 100, ping)))
F.append(outer(vxlan(0x0800, 0, 100, eth(MAC1, MAC2, 0x0800, ipv4(VM2, VM1, 1, b'\x00\x00' + icmp_echo(1, 1)[2:4]
                                                                   + icmp_echo(1, 1)[4:]))), src=VTEP2, dst=VTEP1))
# ARP in the overlay, a tagged inner frame, inner IPv6 (an ICMPv6 echo without checksum care)
F.append(outer(vxlan(0x0800, 0, 100, eth([0xff] * 6, MAC1, 0x0806, struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1)
                                          + bytes(MAC1) + bytes(VM1) + bytes(6) + bytes(VM2)))))
F.append(outer(vxlan(0x0800, 0, 200, eth(MAC2, MAC1, 0x8100, struct.pack('!HH', 0x2064, 0x0800)
                                         + ipv4(VM1, VM2, 1, icmp_echo(2, 1))))))
ip6 = struct.pack('!IHBB', 0x60000000, 16, 58, 64) + bytes([0xfd] + [0] * 14 + [1]) + bytes([0xfd] + [0] * 14 + [2])
F.append(outer(vxlan(0x0800, 0, 300, eth(MAC2, MAC1, 0x86dd, ip6 + b'\x80\x00\x00\x00\x00\x01\x00\x01abcdefgh'))))
# a TCP handshake inside (the inner connection has a stream of its own)
F.append(outer(vxlan(0x0800, 0, 100, eth(MAC2, MAC1, 0x0800, ipv4(VM1, VM2, 6, tcp(40000, 80, 1000, 0, 0x02))))))
F.append(outer(vxlan(0x0800, 0, 100, eth(MAC1, MAC2, 0x0800, ipv4(VM2, VM1, 6, tcp(80, 40000, 5000, 1001, 0x12)))),
               src=VTEP2, dst=VTEP1))
# flags: the group policy extension with Don't Learn and Policy Applied, no I flag, reserved bits, reserved byte
F.append(outer(vxlan(0x8848, 0x1234, 0xabcdef, ping)))
F.append(outer(vxlan(0x0000, 0, 100, ping)))
F.append(outer(vxlan(0x7fff, 0xffff, 0xffffff, ping, reserved=0xff)))
# other source ports, as VTEPs hash flows onto them
F.append(outer(vxlan(0x0800, 0, 100, ping), sport=65000))
F.append(outer(vxlan(0x0800, 0, 100, ping), sport=4789, dport=4789))
# cut short: in the VXLAN header, in the inner Ethernet header, in the inner IP header; empty payload
F.append(outer(vxlan(0x0800, 0, 100, b'')[:6]))
F.append(outer(vxlan(0x0800, 0, 100, ping[:10])))
F.append(outer(vxlan(0x0800, 0, 100, ping[:20])))
F.append(outer(vxlan(0x0800, 0, 100, b'')))
F.append(outer(vxlan(0x0800, 0, 100, ping), cut=60))
pcap(F, 'vxlan.pcap')
