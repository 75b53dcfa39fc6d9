#!/usr/bin/env python3
"""Writes ntp.pcap: NTP messages (Ethernet/IPv4/UDP port 123) to hold jdissect to tshark 4.0.17's packet-ntp.c.

Plain struct, no scapy. Run: python3 make.py && sh oracle.sh
"""
import struct


def pcap(frames, path):
    out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    for i, f in enumerate(frames):
        out += struct.pack('<IIII', 1700000000 + i, 250000 * (i % 4), len(f), len(f)) + f
    open(path, 'wb').write(out)


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


CLIENT = bytes([192, 168, 7, 20])
SERVER = bytes([192, 168, 7, 1])


def udp(payload, sport=123, dport=123, src=CLIENT, dst=SERVER):
    u = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), 1, 0, 64, 17, 0, src, dst)
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return b'\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\x08\x00' + ip + u


def ts(sec, frac):
    return struct.pack('!II', sec, frac)


NOW = 3908000000  # Nov 3, 2023


def std(b0, stratum=2, poll=6, prec=0xe9, rd=0, disp=0, refid=b'\xc0\xa8\x07\x01', t=None, extra=b''):
    t = t or [ts(NOW, 0)] * 4
    return bytes([b0, stratum, poll, prec]) + struct.pack('!II', rd, disp) + refid + b''.join(t) + extra


def ctrl(flags2, seq, status, assoc, data=b'', count=None, tail=b''):
    return bytes([0x16, flags2]) + struct.pack('!HHHHH', seq, status, assoc, 0,
                                               len(data) if count is None else count) + data + tail


F = []
# a client/server exchange as chrony and ntpd send it: the request carries only the transmit time
F.append(udp(std(0xe3, stratum=0, poll=6, prec=0x20, refid=b'\0\0\0\0',
                 t=[ts(0, 0), ts(0, 0), ts(0, 0), ts(NOW, 0x1234abcd)]), sport=40123))
F.append(udp(std(0x24, stratum=2, poll=6, prec=0xe8, rd=0x00000123, disp=0x00010456,
                 t=[ts(NOW - 20, 0x1234), ts(NOW, 0x1234abcd), ts(NOW + 1, 0x40000000), ts(NOW + 1, 0x50000000)]),
             dport=40123, src=SERVER, dst=CLIENT))
# stratum 1 servers name their reference clock; unknown names and NUL-terminated ones
for r in [b'GPS\0', b'PPS\0', b'GOES', b'DCF\0', b'LOCL', b'INIT', b'NIST', b'GPS ', b'A\0BC', b'\xff\xfeAB']:
    F.append(udp(std(0x1c, stratum=1, poll=10, prec=0xec, disp=0x10, refid=r), src=SERVER, dst=CLIENT))
# kiss-o'-death (stratum 0) and the other strata's names
F.append(udp(std(0xe4, stratum=0, refid=b'RATE', t=[ts(0, 0)] * 4), src=SERVER, dst=CLIENT))
for s in (15, 16, 17, 255):
    F.append(udp(std(0x24, stratum=s), src=SERVER, dst=CLIENT))
# every leap indicator, version and mode of a time message
for b0 in (0x23, 0x63, 0xa3, 0x20, 0x03, 0x0b, 0x19, 0x1a, 0x25, 0x3c):
    F.append(udp(std(b0)))
# polling intervals in and out of 4..17, precisions of both signs, the largest delays
for p in (0, 3, 4, 17, 18, 255):
    F.append(udp(std(0x23, poll=p)))
for p in (0x80, 0xff, 0, 3, 0x7f):
    F.append(udp(std(0x23, prec=p)))
F.append(udp(std(0x24, rd=0xffffffff, disp=0x80000001)))
F.append(udp(std(0x24, rd=0x00000200, disp=0x00000600)))
# timestamps: era 1 (high bit clear), the "NULL" time, 1970 itself, fractions that truncate
F.append(udp(std(0x23, t=[ts(0, 5), ts(0, 0x80000000), ts(1, 0), ts(0xffffffff, 0xffffffff)])))
F.append(udp(std(0x23, t=[ts(0x83AA7E80, 0), ts(0x83AA7E80, 1), ts(0x80000000, 0), ts(0x7fffffff, 0)])))
F.append(udp(std(0x23, t=[ts(0x83AA7E80, 0x80000000), ts(0, 1), ts(NOW, 0x00000001), ts(NOW, 0xfffffffe)])))
# MACs: MD5 (key ID + 16), SHA-1 (key ID + 20), a crypto-NAK, a long non-standard digest
F.append(udp(std(0x23, extra=struct.pack('!I', 7) + bytes(range(16)))))
F.append(udp(std(0x23, extra=struct.pack('!I', 9) + bytes(range(20)))))
F.append(udp(std(0x23, extra=bytes(4))))
F.append(udp(std(0x23, extra=struct.pack('!I', 11) + bytes(range(64)))))
# extension fields (NTS), with and without a MAC after them; lengths that are no extension
F.append(udp(std(0x23, extra=struct.pack('!HH', 0x0104, 36) + bytes(range(32)) + struct.pack('!HH', 0x0204, 16)
                 + bytes(12) + struct.pack('!HH', 0x0404, 20) + bytes(16))))
F.append(udp(std(0x23, extra=struct.pack('!HH', 0x0104, 16) + bytes(12) + struct.pack('!I', 9) + bytes(16))))
F.append(udp(std(0x23, extra=struct.pack('!HH', 0x0104, 20) + bytes(16))))
F.append(udp(std(0x23, extra=struct.pack('!HH', 0x0104, 6) + bytes(12) + struct.pack('!I', 9) + bytes(16))))
F.append(udp(std(0x23, extra=b'\1\2')))
F.append(udp(std(0x23, extra=struct.pack('!HH', 0x0104, 16) + bytes(12))))
F.append(udp(std(0x23, extra=struct.pack('!HH', 0x0104, 32) + bytes(12))))
for t in (0x0002, 0x8102, 0xc902, 0x0304, 0x2005, 0x0101, 0xf323):
    F.append(udp(std(0x23, extra=struct.pack('!HH', t, 16) + bytes(12))))
# cut short: in the header, in a timestamp
F.append(udp(bytes([0x23, 0, 6, 0xe9, 0, 0, 0])))
F.append(udp(std(0x23)[:30]))
F.append(udp(bytes([0x23])))
# control messages (mode 6, ntpq): requests, status words of each kind, errors, text data, authenticators
F.append(udp(ctrl(0x01, 1, 0, 0)))
F.append(udp(ctrl(0x81, 1, 0x0615, 0, data=struct.pack('!HHHH', 0xa1b2, 0x9614, 0xa1b3, 0x1314)),
             src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x81, 1, 0x0615, 0, data=struct.pack('!HH', 1, 0x9614) + b'\0\0'), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x82, 5, 0x9614, 7), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x82, 5, 0x0615, 0), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0xa2, 5, 0xc6f5, 0), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0xc2, 5, 0x0300, 0), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0xc2, 5, 0x0900, 0), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x84, 5, 0x0102, 3), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x85, 5, 0x07ff, 3), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x86, 5, 0x1234, 3), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x9f, 5, 0x1234, 3), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x8d, 5, 0x1234, 3), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x87, 6, 0x0615, 0, data=b'trap message'), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x87, 6, 0x9614, 4, data=b'peer trap'), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x88, 6, 0, 0, data=b'config ok'), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x08, 6, 0, 0, data=b'server 10.0.0.1', tail=bytes(1) + struct.pack('!I', 1) + bytes(16))))
F.append(udp(ctrl(0x09, 6, 0, 0, data=b'saved.conf', tail=bytes(6) + struct.pack('!I', 2) + bytes(20))))
F.append(udp(ctrl(0x8a, 6, 0, 0, data=b'addr.0=10.0.0.1:123', tail=bytes(5) + struct.pack('!I', 1) + bytes(16))))
F.append(udp(ctrl(0x8b, 6, 0, 0, data=b'ordlist'), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x8c, 6, 0, 0, data=b'nonce=abcdef'), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x01, 7, 0, 0, tail=struct.pack('!I', 3) + bytes(16))))
F.append(udp(ctrl(0x01, 7, 0, 0, tail=struct.pack('!I', 3) + bytes(12))))
F.append(udp(ctrl(0x06, 8, 0, 0)))
F.append(udp(ctrl(0x88, 6, 0, 0, data=b'short', count=40), src=SERVER, dst=CLIENT))
F.append(udp(ctrl(0x01, 1, 0, 0)[:7]))
# private messages (mode 7, ntpdc): headers of each implementation, an authenticated request, an error response
F.append(udp(bytes([0x17, 0x00, 0, 4])))
F.append(udp(bytes([0x17, 0x00, 3, 1]) + struct.pack('!HH', 0, 0)))
F.append(udp(bytes([0x97, 0x00, 3, 1]) + struct.pack('!HH', 0x4000, 0), src=SERVER, dst=CLIENT))
F.append(udp(bytes([0xd7, 0x05, 3, 20]) + struct.pack('!HH', 0x8000, 0x1000), src=SERVER, dst=CLIENT))
F.append(udp(bytes([0x17, 0x81, 3, 42]) + struct.pack('!HH', 0, 0) + bytes(176) + ts(NOW, 0x80000000)
             + struct.pack('!I', 5) + bytes(range(16))))
F.append(udp(bytes([0x17, 0x80, 2, 99]) + bytes(8)))
F.append(udp(bytes([0x17, 0x00, 3, 40]) + struct.pack('!HH', 0, 0)))
F.append(udp(bytes([0x17, 0x00, 3])))
# monitor lists (ntpdc's monlist, MON_GETLIST and MON_GETLIST_1): IPv4 and IPv6 entries, one cut short


def mon_item(ip, port, v6, local):
    it = struct.pack('!IIII', 5, 10, 0x1000, 42) + bytes(ip)
    if local:
        it += bytes([192, 168, 7, 1]) + struct.pack('!I', 0x2)
    it += struct.pack('!HBB', port, 3, 4) + struct.pack('!II', v6, 0)
    if local:
        return it + (bytes(range(16)) + bytes(range(16, 32)) if v6 else bytes(32))
    return it + (bytes(range(16)) if v6 else bytes(16))


for code, local in ((42, True), (20, False)):
    items = mon_item([192, 168, 1, 5], 123, 0, local) + mon_item([10, 9, 8, 7], 40000, 1, local)
    size = len(mon_item([0] * 4, 0, 0, local))
    F.append(udp(bytes([0x97, 0x00, 3, code]) + struct.pack('!HH', 2, size) + items, src=SERVER, dst=CLIENT))
F.append(udp(bytes([0x97, 0x00, 3, 42]) + struct.pack('!HH', 2, 72) + mon_item([192, 168, 1, 5], 123, 0, True)
             + bytes(20), src=SERVER, dst=CLIENT))
# found by mutated copies (scripts/differential): a private message cut after its item count (the error code and
# count stand, then the marker); a read-status request for association 0 with an authenticator, whose padding
# packet-ntp.c looks for at the data's start (it counts the list's length down to 0 as it reads it)
F.append(udp(bytes([0x17, 0x00, 3, 40]) + struct.pack('!H', 0xe600)))
F.append(udp(ctrl(0x01, 7, 0, 0, data=struct.pack('!HHHH', 1, 0x9614, 2, 0x1314), tail=struct.pack('!I', 9)
                  + bytes(range(16)) + bytes(4))))
pcap(F, 'ntp.pcap')
