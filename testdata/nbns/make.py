#!/usr/bin/env python3
"""Builds nbns.pcap: NetBIOS Name Service (UDP port 137) as tshark 4.0.17's dissect_nbns shows it: a broadcast name
query and its positive and negative responses, registration, refresh and release with their additional NB records,
a WACK, node status (NBSTAT) request and response, names with a scope id and several name types, names that are no
first-level encoding (tshark's "Illegal NetBIOS name"), other record types and opcodes, and packets that lie about
their counts and lengths or are cut short by the snapshot length. Run `python3 make.py` here, then `sh oracle.sh`.
"""
import os
import struct
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import csum  # noqa: E402
T0 = 1700000000
frames = []
def udp(src, dst, payload, sport=137, dport=137, caplen=None):
    u = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
    c = csum(bytes(src) + bytes(dst) + struct.pack('!BBH', 0, 17, len(u)) + u)
    u = u[:6] + struct.pack('!H', c) + u[8:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), 1, 0, 128, 17, 0, bytes(src), bytes(dst))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    dmac = 'ffffffffffff' if dst[3] == 255 else '020000000002'
    frames.append((bytes.fromhex(dmac + '020000000001') + b'\x08\x00' + ip + u, caplen))
def enc(name, typ=0x00, pad=b' ', scope=''):
    """The first-level encoding of a NetBIOS name (RFC 1001 14.1) as a DNS name, with an optional scope id."""
    raw = name.ljust(15, pad)[:15] + bytes([typ]) if isinstance(name, bytes) else None
    half = ''.join(chr(0x41 + (b >> 4)) + chr(0x41 + (b & 15)) for b in raw)
    return label(half.encode(), scope)
def label(first, scope=''):
    out = bytes([len(first)]) + first
    for part in scope.split('.') if scope else []:
        out += bytes([len(part)]) + part.encode()
    return out + b'\0'
def hdr(tid, flags, qd=0, an=0, ns=0, ar=0):
    return struct.pack('!HHHHHH', tid, flags, qd, an, ns, ar)
def q(name, typ=32, cls=1):
    return name + struct.pack('!HH', typ, cls)
def rr(name, data, typ=32, cls=1, ttl=300000, rdlen=None):
    return name + struct.pack('!HHIH', typ, cls, ttl, len(data) if rdlen is None else rdlen) + data
def nb(*entries):
    return b''.join(struct.pack('!H4s', f, bytes(a)) for f, a in entries)
PTR = b'\xc0\x0c'
A, B, BC, W = (10, 0, 0, 1), (10, 0, 0, 2), (10, 0, 0, 255), (10, 0, 0, 9)
GRP = enc(b'ARBEITSGRUPPE', 0x1b)
WS = enc(b'WORKSTATION', 0x20)
# 1-3 broadcast query for the domain master browser, positive response (two addresses), negative response
udp(A, BC, hdr(0x8001, 0x0110, qd=1) + q(GRP))
udp(B, A, hdr(0x8001, 0x8500, an=1) + rr(GRP, nb((0x6000, B), (0xe000, W))))
udp(B, A, hdr(0x8002, 0x8583, an=1) + rr(WS, b'', ttl=0))
# 4-6 registration with its additional record (a pointer to the question's name), positive and conflict responses
HOST = enc(b'MYHOST', 0x00)
udp(A, BC, hdr(0x8003, 0x2910, qd=1, ar=1) + q(HOST) + rr(PTR, nb((0x0000, A))))
udp(B, A, hdr(0x8003, 0xad80, an=1) + rr(HOST, nb((0x0000, A))))
udp(B, A, hdr(0x8004, 0xad86, an=1) + rr(HOST, nb((0x0000, A)), ttl=0))
# 7-9 refresh, refresh with the alternate opcode, release (and its response)
udp(A, B, hdr(0x8005, 0x4000, qd=1, ar=1) + q(enc(b'MYHOST', 0x03)) + rr(PTR, nb((0x2000, A)), ttl=3600))
udp(A, B, hdr(0x8006, 0x4800, qd=1, ar=1) + q(enc(b'MYHOST', 0x20)) + rr(PTR, nb((0x4000, A)), ttl=90061))
udp(A, BC, hdr(0x8007, 0x3010, qd=1, ar=1) + q(HOST) + rr(PTR, nb((0x0000, A)), ttl=0))
udp(B, A, hdr(0x8007, 0xb400, an=1) + rr(HOST, nb((0x0000, A)), ttl=0))
# 11 WACK: the request's flags as data
udp(B, A, hdr(0x8008, 0xbc00, an=1) + rr(enc(b'MYHOST', 0x1c), struct.pack('!H', 0x2910), ttl=40))
# 12-13 node status request (the "*" name) and response: names of several types and flags, unit id, statistics
STAR = enc(b'*', 0x00, pad=b'\0')
udp(A, B, hdr(0x8009, 0x0000, qd=1) + q(STAR, typ=33), sport=50000)
names = [(b'MYHOST', 0x00, 0x0400), (b'MYHOST', 0x03, 0x0600), (b'ARBEITSGRUPPE', 0x1c, 0x8400),
         (b'ARBEITSGRUPPE', 0x1d, 0x4400), (b'ARBEITSGRUPPE', 0x1e, 0xc400), (b'MYHOST', 0x20, 0x1c00),
         (b'\x01\x02__MSBROWSE__\x02', 0x01, 0xe600), (b'ODD', 0x99, 0x2000)]
stat = bytes([len(names)]) + b''.join(n.ljust(15)[:15] + bytes([t]) + struct.pack('!H', f) for n, t, f in names)
stat += bytes.fromhex('0011223344aa') + bytes([0x01, 0x02]) + struct.pack('!HHHHHHIIHHHHHHH', 0x0104, 0xffff, 1, 2,
                                                                     3, 4, 100000, 200000, 5, 6, 7, 8, 9, 10, 1460)
udp(B, A, hdr(0x8009, 0x8400, an=1) + rr(STAR, stat, typ=33, ttl=0), dport=50000)
# 14-15 a name with a scope id, and a name type with no description
udp(A, BC, hdr(0x800a, 0x0110, qd=1) + q(enc(b'FILESRV', 0x20, scope='corp.example.com')))
udp(B, A, hdr(0x800a, 0x8500, an=1) + rr(enc(b'FILESRV', 0x20, scope='corp.example.com'), nb((0x0000, B))))
udp(A, BC, hdr(0x800b, 0x0110, qd=2) + q(enc(b'PRINTER', 0x99)) + q(enc(b'NAME\x01CTRL', 0x1f)))
# 17-21 names that are no first-level encoding: letters past P, a lower-case letter, a bad 2nd character, an odd
# count, 15 bytes, an empty name
udp(A, BC, hdr(0x800c, 0x0110, qd=1) + q(label(b'QRSTUVWXYZACACACACACACACACACACAA')))
udp(A, BC, hdr(0x800d, 0x0110, qd=2) + q(label(b'eeEFEFEFCACACACACACACACACACACAAA')) +
    q(label(b'EE1FEFCACACACACACACACACACACACAAA')))
udp(A, BC, hdr(0x800e, 0x0110, qd=2) + q(label(b'EEEFEFCACACACACACACACACACACACAA')) +
    q(label(b'EEEFEFCACACACACACACACACACACACA')))
udp(A, BC, hdr(0x800f, 0x0110, qd=1) + q(label(b'')))
udp(A, BC, hdr(0x8010, 0x0110, qd=1) + q(label(b'EEEFEFCACACACACACACACACACACACAAAAA')))
# 22-24 other opcodes: multi-homed registration, an unknown opcode, and an unknown record type (data)
udp(A, B, hdr(0x8011, 0x7800, qd=1, ar=1) + q(HOST) + rr(PTR, nb((0x0000, A))))
udp(A, B, hdr(0x8012, 0x1800, qd=1) + q(HOST, typ=10, cls=3))
udp(B, A, hdr(0x8013, 0x8400, an=2, ns=1) + rr(HOST, b'\x01\x02\x03', typ=10) + rr(WS, b'', typ=2, cls=4) +
    rr(GRP, nb((0x0000, B)), typ=1))
# 25-31 packets that lie: more questions than there are, an NB record of 8 and of 1 bytes (incomplete entry), a WACK
# of 3 bytes, NBSTAT data cut after the names and in the statistics, a record longer than the packet
udp(A, BC, hdr(0x8014, 0x0110, qd=2) + q(GRP))
udp(B, A, hdr(0x8015, 0x8500, an=2) + rr(WS, nb((0x0000, B)) + b'\x60\x00') + rr(PTR, b'\x60', rdlen=1))
udp(B, A, hdr(0x8016, 0xbc00, an=1) + rr(HOST, b'\x29\x10\x00'))
udp(B, A, hdr(0x8017, 0x8400, an=1) + rr(STAR, stat[:1 + 18 * 2 + 10], typ=33))
udp(B, A, hdr(0x8018, 0x8400, an=1) + rr(STAR, stat[:-7], typ=33))
udp(B, A, hdr(0x8019, 0x8400, an=1) + rr(STAR, stat[:1 + 18 * 3 + 7], typ=33))
udp(B, A, hdr(0x801a, 0x8500, an=1) + rr(WS, nb((0x0000, B)), rdlen=30))
# 32-33 an NBSTAT response naming its record by a pointer (packet-nbns.c then keeps one character of each name) and
# a blank name; an NB answer with an illegal name and a TTL past 2^31 (shown negative)
udp(B, A, hdr(0x801f, 0x8400, qd=1, an=1) + q(STAR, typ=33) + rr(PTR, bytes([2]) + b'MYHOST'.ljust(15) + b'\x20' +
    b'\x04\x00' + b' ' * 15 + b'\x00\x04\x00' + bytes(46), typ=33, ttl=0))
udp(B, A, hdr(0x8020, 0x8500, an=1) + rr(label(b'EEEFEF'), nb((0x0000, B)), ttl=0xfffffff0))
# 34-36 cut by the snapshot length: in the header, in a question's name, in an NB record
udp(A, BC, hdr(0x801b, 0x0110, qd=1) + q(GRP), caplen=14 + 20 + 8 + 7)
udp(A, BC, hdr(0x801c, 0x0110, qd=1) + q(GRP), caplen=14 + 20 + 8 + 12 + 20)
udp(B, A, hdr(0x801d, 0x8500, an=1) + rr(GRP, nb((0x6000, B), (0xe000, W))), caplen=14 + 20 + 8 + 12 + 34 + 10 + 8)
# 37 a datagram shorter than the header
udp(A, BC, b'\x80\x1e\x01')
with open('nbns.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (fr, cap) in enumerate(frames):
        c = len(fr) if cap is None else cap
        f.write(struct.pack('<IIII', T0 + i, 0, c, len(fr))); f.write(fr[:c])
