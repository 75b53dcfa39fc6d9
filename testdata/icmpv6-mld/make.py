#!/usr/bin/env python3
"""Builds mld.pcap: ICMPv6 Multicast Listener Query, Report and Done messages (MLDv1, RFC 2710, and the MLDv2 query
of RFC 3810) for tshark 4.0.17 to show how packet-icmpv6.c dissects them: a query of 28 captured bytes or more is
MLDv2 (its Maximum Response Code and QQIC decoded from mantissa and exponent when large), anything shorter MLDv1.
Run `python3 make.py` here, then `sh oracle.sh`. Plain `struct`; checksums are right unless a case says otherwise.
"""
import struct

SRC = bytes.fromhex('fe800000000000000000000000000001')
ALL = bytes.fromhex('ff020000000000000000000000000001')
GRP = bytes.fromhex('ff050000000000000000000000009999')
S1 = bytes.fromhex('20010db8000000000000000000000001')
S2 = bytes.fromhex('20010db8000000000000000000000002')


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s >> 16) + (s & 0xffff)
    return (~s) & 0xffff


frames = []


def icmp6(type_, body, dst=ALL, cut=None):
    """One ICMPv6 message `type_`, code 0, with `body` after the checksum; `cut` keeps only that many bytes of it
    (a short frame as captured: the IPv6 payload length still counts them all)."""
    msg = bytes([type_, 0, 0, 0]) + body
    c = csum(SRC + dst + struct.pack('!IxxxB', len(msg), 58) + msg)
    msg = msg[:2] + struct.pack('!H', c) + msg[4:]
    ip6 = struct.pack('!IHBB', 0x60000000, len(msg), 58, 1) + SRC + dst
    eth = bytes.fromhex('333300000001') + bytes.fromhex('020000000001') + b'\x86\xdd' + ip6 + msg
    frames.append((eth if cut is None else eth[:54 + cut], len(eth)))


def v2query(mrc, flags, qqic, sources, group=bytes(16), nsrc=None):
    n = len(sources) if nsrc is None else nsrc
    return struct.pack('!H2s16sBBH', mrc, b'\0\0', group, flags, qqic, n) + b''.join(sources)


icmp6(130, struct.pack('!H2s16s', 10000, b'\0\0', bytes(16)))            # MLDv1 general query
icmp6(130, struct.pack('!H2s16s', 1000, b'\xab\xcd', GRP), dst=GRP)      # MLDv1 specific query, reserved not zero
icmp6(131, struct.pack('!H2s16s', 0, b'\0\0', GRP), dst=GRP)             # MLDv1 report
icmp6(132, struct.pack('!H2s16s', 0, b'\0\0', GRP))                      # MLDv1 done
icmp6(130, v2query(10000, 0x02, 125, []))                                # MLDv2 general query, QRV 2
icmp6(130, v2query(0x8fff, 0xfa, 0xff, [S1, S2], GRP), dst=GRP)          # MLDv2 query: codes as floats, S set, reserved bits
icmp6(130, v2query(0xf123, 0x0f, 0x80, [S1], GRP), dst=GRP)              # MLDv2 query: the largest exponent
icmp6(130, v2query(100, 0x02, 10, [S1], GRP, nsrc=3), dst=GRP)           # MLDv2 query announcing more sources than it has
icmp6(131, struct.pack('!H2s16s', 0, b'\0\0', GRP), dst=GRP, cut=12)     # a report cut short by the snapshot length
icmp6(130, v2query(10000, 0x02, 125, []), cut=26)                        # a v2 query of which 26 bytes were captured

with open('mld.pcap', 'wb') as out:
    out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (f, orig) in enumerate(frames):
        out.write(struct.pack('<IIII', 1700000000 + i, 0, len(f), orig) + f)
