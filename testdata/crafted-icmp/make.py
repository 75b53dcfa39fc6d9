#!/usr/bin/env python3
"""Builds icmp.pcap: Ethernet/IPv4 frames carrying ICMP messages and IPv4 header oddities for tshark 4.0.17 to judge.

Each case is one add() call with a comment; run `python3 make.py` here, then make the oracles with oracle.sh as
README.md says.
"""
import struct

from ipcraft import csum, ip4

A, B, R = (10, 0, 0, 1), (10, 0, 0, 2), (192, 168, 1, 254)
T0 = 1700000000
frames = []
known = []   # quoted TCP, a bare quoted UDP header, a cut echo: icmp-quoted.pcap (once known differences)
clock = [T0 * 1000000]


def icmp(type_, code, rest=b'\0\0\0\0', data=b'', bad=False, ck=None):
    m = struct.pack('!BBH', type_, code, 0) + rest + data
    c = csum(m) if ck is None else ck
    if bad:
        c ^= 0x00ff
    return m[:2] + struct.pack('!H', c) + m[4:]


def eth(payload, forward=True):
    a, b = bytes.fromhex('020000000001'), bytes.fromhex('020000000002')
    return (b + a if forward else a + b) + b'\x08\x00' + payload


def add(pkt, gap=1000, forward=True, raw=False, to=None, snap=None):
    clock[0] += gap
    (frames if to is None else to).append((clock[0], pkt if raw else eth(pkt, forward), snap))


def ping(type_, ident, seq, data, src=A, dst=B, bad=False, **kw):
    return ip4(1, src, dst, icmp(type_, 0, struct.pack('!HH', ident, seq), data, bad=bad), **kw)


def now_tv_le(off_us=0):
    t = clock[0] + off_us
    return struct.pack('<QQ', t // 1000000, t % 1000000)


def now_tv_be(off_us=0):
    t = clock[0] + off_us
    return struct.pack('!II', t // 1000000, t % 1000000)


PAD = bytes(range(0x10, 0x38))

# --- echo: a matched pair with a little-endian (Linux ping) timeval in the data
add(ping(8, 0x1234, 1, now_tv_le(1000) + PAD))
add(ping(0, 0x1234, 1, now_tv_le(0) + PAD, src=B, dst=A), gap=1500, forward=False)
# a big-endian timeval (32-bit seconds, microseconds)
add(ping(8, 0x1234, 2, now_tv_be(1000) + PAD))
add(ping(0, 0x1234, 2, now_tv_be(0) + PAD, src=B, dst=A), gap=2500, forward=False)
# data that is no timestamp
add(ping(8, 0x0001, 7, b'abcdefghijklmnopqrstuvwabcdefghi'))
add(ping(0, 0x0001, 7, b'abcdefghijklmnopqrstuvwabcdefghi', src=B, dst=A), gap=300, forward=False)
# an unanswered request
add(ping(8, 0x0001, 8, b'abcdefghijklmnopqrstuvwabcdefghi'))
# a reply without a request
add(ping(0, 0x0999, 3, b'xyz', src=B, dst=A), forward=False)
# a duplicated request and a duplicated reply
add(ping(8, 0x0002, 1, b'dup'))
add(ping(8, 0x0002, 1, b'dup'))
add(ping(0, 0x0002, 1, b'dup', src=B, dst=A), forward=False)
add(ping(0, 0x0002, 1, b'dup', src=B, dst=A), forward=False)
# echo with no data; echo with a bad checksum
add(ping(8, 0x0003, 1, b''))
add(ping(8, 0x0003, 2, b'bad', bad=True))
# a reply from a different address than the request went to
add(ping(8, 0x0004, 1, b'q'))
add(ping(0, 0x0004, 1, b'q', src=R, dst=A), forward=False)


# --- the packets that errors quote
def udp_pkt(sport=40000, dport=33434, data=b'probe-data', **kw):
    u = struct.pack('!HHHH', sport, dport, 8 + len(data), 0x1234) + data
    return ip4(17, A, B, u, ttl=1, **kw)


def tcp_pkt(**kw):
    t = struct.pack('!HHIIBBHHH', 40001, 80, 1000, 0, 0x50, 0x02, 64240, 0xabcd, 0)
    return ip4(6, A, B, t, **kw)


def icmp_pkt(**kw):
    return ip4(1, A, B, icmp(8, 0, struct.pack('!HH', 0x55, 9), b'inner-echo'), **kw)


def err(type_, code, quoted, rest=b'\0\0\0\0', src=R, **kw):
    return ip4(1, src, A, icmp(type_, code, rest, quoted), ttl=255, **kw)


def orig_short():
    o = udp_pkt(data=b'p' * 12)
    return o + bytes(128 - len(o))


def ext_short():
    body = struct.pack('!HBB', 8, 1, 1) + struct.pack('!I', (100 << 12) | 0x100 | 9)
    h = struct.pack('!BBH', 0x20, 0, 0) + body
    return h[:2] + struct.pack('!H', csum(h)) + h[4:]


# destination unreachable, every code 0-15, quoting UDP or ICMP in turn (TCP: in icmp-quoted.pcap)
for code in range(16):
    q = [udp_pkt, icmp_pkt][code % 2]()
    rest = struct.pack('!HH', 0, 1400) if code == 4 else b'\0\0\0\0'
    add(err(3, code, q, rest), forward=False)
    if code % 3 == 1:
        add(err(3, code, tcp_pkt(), rest), forward=False, to=known)
# a quote of the IP header and only 8 bytes of its payload (RFC 792)
add(err(3, 3, udp_pkt(data=b'x' * 40)[:28]), forward=False, to=known)
add(err(3, 1, tcp_pkt()[:28]), forward=False, to=known)
add(err(3, 1, icmp_pkt()[:28]), forward=False)
# the quoted IP's total length larger than what is quoted
add(err(3, 3, udp_pkt(data=b'y' * 100)[:60]), forward=False)
add(err(3, 3, icmp_pkt(total=1500)), forward=False)
add(err(3, 3, tcp_pkt(total=1500)), forward=False, to=known)
# fragmentation needed, next-hop MTU 576 and 0 (old routers)
add(err(3, 4, icmp_pkt(), struct.pack('!HH', 0, 576)), forward=False)
add(err(3, 4, tcp_pkt(), struct.pack('!HH', 0, 576)), forward=False, to=known)
add(err(3, 4, udp_pkt(), struct.pack('!HH', 0, 0)), forward=False)
# unknown unreachable code
add(err(3, 20, udp_pkt()), forward=False)
# only the quoted IP header, or less of it
add(err(3, 3, udp_pkt()[:20]), forward=False)
add(err(3, 3, udp_pkt()[:12]), forward=False)

# redirect, codes 0-3, with a gateway (the quote is cut to the IP header and 8 bytes)
for code in range(4):
    add(err(5, code, icmp_pkt(), bytes((10, 0, 0, 254))), forward=False)
    add(err(5, code, tcp_pkt(), bytes((10, 0, 0, 254))), forward=False, to=known)
# time exceeded: in transit, reassembly
add(err(11, 0, udp_pkt()), forward=False)
add(err(11, 1, udp_pkt()), forward=False)
add(err(11, 7, udp_pkt()), forward=False)
# parameter problem: pointer, missing option, bad length
add(err(12, 0, udp_pkt(), bytes((20, 0, 0, 0))), forward=False)
add(err(12, 1, icmp_pkt(), bytes((0, 0, 0, 0))), forward=False)
add(err(12, 2, udp_pkt(), bytes((1, 0, 0, 0))), forward=False)
add(err(12, 0, tcp_pkt(), bytes((20, 0, 0, 0))), forward=False, to=known)
# parameter problem with an RFC 4884 length
add(err(12, 0, orig_short() + ext_short(), bytes((20, 32, 0, 0))), forward=False)
# source quench
add(err(4, 0, icmp_pkt()), forward=False)
add(err(4, 0, tcp_pkt()), forward=False, to=known)

# time exceeded with an RFC 4884 extension: MPLS label stack (class 1) after a 128-byte original datagram
orig = udp_pkt(data=b'z' * 32)
orig += bytes(128 - len(orig))
long_orig = udp_pkt(data=b'z' * 200)[:128]


def ext(objects, ck=True, version=2):
    body = b''.join(struct.pack('!HBB', 4 + len(d), cls, ctype) + d for cls, ctype, d in objects)
    h = struct.pack('!BBH', version << 4, 0, 0) + body
    if ck is True:
        h = h[:2] + struct.pack('!H', csum(h)) + h[4:]
    elif ck:
        h = h[:2] + struct.pack('!H', ck) + h[4:]
    return h


mpls = struct.pack('!I', (16004 << 12) | (0 << 9) | (0 << 8) | 1) + struct.pack('!I', (3001 << 12) | (1 << 8) | 254)
add(err(11, 0, orig + ext([(1, 1, mpls)]), rest=bytes((0, 32, 0, 0))), forward=False)
# the same in a destination unreachable
add(err(3, 1, orig + ext([(1, 1, mpls[:4])]), rest=bytes((0, 32, 0, 0))), forward=False)
# an extension whose checksum is wrong
add(err(11, 0, orig + ext([(1, 1, mpls)], ck=0x1234), rest=bytes((0, 32, 0, 0))), forward=False)
# interface information object (class 2): ifIndex, IPv4 address, name, MTU
ifinfo = struct.pack('!I', 7) + struct.pack('!HH4s', 1, 0, bytes((10, 9, 9, 9))) + bytes((8,)) + b'eth0\0\0\0' \
    + struct.pack('!I', 1500)
add(err(11, 0, orig + ext([(2, 0x0f, ifinfo)]), rest=bytes((0, 32, 0, 0))), forward=False)
# an unknown extension class
add(err(11, 0, orig + ext([(99, 1, b'\x01\x02\x03\x04')]), rest=bytes((0, 32, 0, 0))), forward=False)
# a long quote without a length field: the old heuristic (MPLS extensions after 128 bytes)
add(err(11, 0, orig + ext([(1, 1, mpls)])), forward=False)
# a quoted datagram longer than 128 bytes: no extension is looked for
add(err(11, 0, long_orig + ext([(1, 1, mpls)]), rest=bytes((0, 32, 0, 0))), forward=False)
# extension version 1, a zero checksum (not present), an object with a bad length, a truncated object
add(err(11, 0, orig + ext([(1, 1, mpls)], ck=False, version=1)), forward=False)
add(err(11, 0, orig + struct.pack('!BBHHBB', 0x20, 0, 0, 2, 1, 1)), forward=False)
add(err(11, 0, orig + struct.pack('!BBHHBBI', 0x20, 0, 0, 12, 1, 1, 0x3e8100ff)), forward=False)

# timestamp request and reply
add(ip4(1, A, B, icmp(13, 0, struct.pack('!HH', 0x77, 1), struct.pack('!III', 3600000, 0, 0))))
add(ip4(1, B, A, icmp(14, 0, struct.pack('!HH', 0x77, 1), struct.pack('!III', 3600000, 3600010, 3600011))),
    forward=False)
# a timestamp with the high (non-standard) bit set
add(ip4(1, B, A, icmp(14, 0, struct.pack('!HH', 0x77, 2), struct.pack('!III', 0x80000005, 86400000, 1))),
    forward=False)
# address mask request and reply
add(ip4(1, A, B, icmp(17, 0, struct.pack('!HH', 0x88, 1), bytes(4))))
add(ip4(1, B, A, icmp(18, 0, struct.pack('!HH', 0x88, 1), bytes((255, 255, 255, 0)))), forward=False)
# router advertisement: two entries; and a solicitation
ra = struct.pack('!BBH', 2, 2, 1800)
add(ip4(1, R, (224, 0, 0, 1), icmp(9, 0, ra, bytes((192, 168, 1, 254)) + struct.pack('!i', 10)
                                   + bytes((192, 168, 1, 253)) + struct.pack('!i', -5)), ttl=1), forward=False)
add(ip4(1, A, (224, 0, 0, 2), icmp(10, 0), ttl=1))
# extended echo request (RFC 8335) by name and by address, and its reply
add(ip4(1, A, B, icmp(42, 0, struct.pack('!HBB', 0x99, 1, 1), ext([(3, 1, b'eth0')]))))
add(ip4(1, B, A, icmp(43, 0, struct.pack('!HBB', 0x99, 1, (2 << 5) | 0x04 | 0x02))), forward=False)
add(ip4(1, A, B, icmp(42, 0, struct.pack('!HBB', 0x99, 2, 0),
                      ext([(3, 3, struct.pack('!HBB', 1, 4, 0) + bytes((10, 0, 0, 2)))]))))
add(ip4(1, A, B, icmp(42, 0, struct.pack('!HBB', 0x99, 3, 0), ext([(3, 2, struct.pack('!I', 3))]))))
add(ip4(1, B, A, icmp(43, 2, struct.pack('!HBB', 0x99, 3, 0))), forward=False)
# unknown types and codes
add(ip4(1, A, B, icmp(99, 0, b'\1\2\3\4', b'more')))
add(ip4(1, A, B, icmp(8, 5, struct.pack('!HH', 0x5, 5), b'code5')))
add(ip4(1, A, B, icmp(6, 0, b'\0\0\0\0')))
# truncated ICMP headers: 2, 4, 6 bytes
add(ip4(1, A, B, b'\x08\x00'))
add(ip4(1, A, B, icmp(8, 0, b'')))
add(ip4(1, A, B, icmp(8, 0, b'\x00\x01')))
# a quote with a bad checksum on the outer error
add(ip4(1, R, A, icmp(3, 3, b'\0\0\0\0', udp_pkt(), bad=True), ttl=255), forward=False)

# router advertisement: entries of 3 words (shown as data); Mobile IP extensions after the entries (RFC 2002/3012)
add(ip4(1, R, (224, 0, 0, 1), icmp(9, 0, struct.pack('!BBH', 1, 3, 600), bytes((192, 168, 1, 254)) + bytes(8)),
        ttl=1), forward=False)
mip = bytes((0,)) + struct.pack('!BBHHH', 16, 10, 7, 300, 0x9a80) + bytes((192, 168, 1, 9)) \
    + struct.pack('!BB', 19, 1) + bytes((24,)) + struct.pack('!BB', 24, 4) + b'\xde\xad\xbe\xef' \
    + struct.pack('!BB', 99, 6) + b'\1\2\3\4\5\6'
add(ip4(1, R, (224, 0, 0, 1), icmp(9, 16, struct.pack('!BBH', 1, 2, 65535), bytes((192, 168, 1, 254)) + bytes(4)
                                   + mip), ttl=1), forward=False)
add(ip4(1, R, (224, 0, 0, 1), icmp(9, 3, struct.pack('!BBH', 0, 2, 0)), ttl=1), forward=False)
# information request/reply, photuris, the reserved types 1 and 19, traceroute (30)
add(ip4(1, A, B, icmp(15, 0, struct.pack('!HH', 0x11, 1))))
add(ip4(1, B, A, icmp(16, 0, struct.pack('!HH', 0x11, 1))), forward=False)
add(ip4(1, A, B, icmp(40, 3, b'\0\0\0\x08', b'spi!')))
add(ip4(1, A, B, icmp(40, 9, b'\0\0\0\x08')))
add(ip4(1, A, B, icmp(1, 0, b'\0\0\0\0')))
add(ip4(1, A, B, icmp(19, 0, b'\0\0\0\0')))
add(ip4(1, A, B, icmp(30, 0, struct.pack('!HHHHII', 1, 0, 3, 4, 10000, 1500))))
# echo with 7 bytes of data (too short for a timestamp); echo to broadcast and multicast, a reply from the host
add(ping(8, 0x0700, 1, b'1234567'))
add(ping(8, 0x0701, 1, b'bcast', dst=(255, 255, 255, 255)))
add(ping(8, 0x0702, 1, b'mcast', dst=(224, 0, 0, 1)))
add(ping(0, 0x0702, 1, b'mcast', src=B, dst=A), forward=False)
# an echo cut by the snapshot length: its checksum is not verified ("fragmented datagram")
add(ping(8, 0x0800, 1, b'x' * 60), snap=14 + 20 + 8 + 10, to=known)
# an error quoting an echo reply and a timestamp request (the quoted echo is not paired)
add(err(3, 1, ping(0, 0x1234, 1, b'quoted')), forward=False)
add(err(3, 1, ip4(1, A, B, icmp(13, 0, struct.pack('!HH', 0x77, 9), struct.pack('!III', 1, 2, 3)))),
    forward=False)
# an error quoting an error (time exceeded for a port unreachable)
add(err(11, 0, ip4(1, B, A, icmp(3, 3, b'\0\0\0\0', icmp_pkt()[:28]), ttl=1)), forward=False)
add(err(11, 0, ip4(1, B, A, icmp(3, 3, b'\0\0\0\0', udp_pkt()[:28]), ttl=1)), forward=False, to=known)
# an error that is itself fragmented (first fragment only)
add(ip4(1, R, A, icmp(3, 3, b'\0\0\0\0', udp_pkt(data=b'f' * 80))[:64], flags=0x2000, ident=0x5151, ttl=255),
    forward=False)


# --- IPv4 oddities, each carrying an echo request
def opt_ping(opts, **kw):
    return ping(8, 0x0100, len(frames), b'opt', opts=opts, **kw)


add(opt_ping(b'\x01\x01\x01\x00'))                                           # NOP NOP NOP EOL
add(opt_ping(b'\x07\x0b\x08' + bytes((10, 0, 0, 9)) + bytes(4) + b'\x00'))   # record route, one recorded
add(opt_ping(b'\x07\x07\x04' + bytes(4) + b'\x00'))                          # record route, empty
add(opt_ping(b'\x44\x0c\x0d\x00' + struct.pack('!II', 1000, 2000)))         # timestamps only (full)
add(opt_ping(b'\x44\x0c\x05\x10' + struct.pack('!II', 1000, 0)))            # one timestamp, overflow 1
add(opt_ping(b'\x44\x14\x0d\x01' + bytes((10, 0, 0, 9)) + struct.pack('!I', 5) + bytes(8)))  # with addresses
add(opt_ping(b'\x44\x0c\x05\x03' + bytes((10, 0, 0, 9)) + struct.pack('!I', 0)))  # prespecified
add(opt_ping(b'\x83\x0b\x04' + bytes((10, 0, 0, 7)) + bytes((10, 0, 0, 8)) + b'\x00'))  # loose source route
add(opt_ping(b'\x89\x0b\x08' + bytes((10, 0, 0, 7)) + bytes((10, 0, 0, 8)) + b'\x00'))  # strict source route
add(opt_ping(b'\x94\x04\x00\x00'))                                           # router alert
add(opt_ping(b'\x94\x04\x00\x07'))                                           # router alert, unknown value
add(opt_ping(b'\x82\x0b' + bytes((0xab, 0xcd, 0, 0, 0, 0, 0, 0, 0)) + b'\x00'))  # security (RFC 1108)
add(opt_ping(b'\x9e\x04\xbe\xef'))                                           # unknown option
add(opt_ping(b'\x88\x04\x12\x34'))                                           # stream ID
add(opt_ping(b'\x07\x01\x00\x00'))                                           # bad length 1
add(opt_ping(b'\x07\x20\x04\x00'))                                           # length past the header
add(opt_ping(b'\x01\x01\x01\x94'))                                                # option type with no length byte

# fragments of an echo request: first, middle, last, out of order with the last first
big = icmp(8, 0, struct.pack('!HH', 0x0200, 1), bytes(range(256)) * 1)
add(ip4(1, A, B, big[:96], ident=0x4242, flags=0x2000))
add(ip4(1, A, B, big[96:192], ident=0x4242, flags=0x2000 | 12))
add(ip4(1, A, B, big[192:], ident=0x4242, flags=24))
# overlapping fragments (second overlaps the first by 8 bytes)
big2 = icmp(8, 0, struct.pack('!HH', 0x0200, 2), bytes(range(100)))
add(ip4(1, A, B, big2[:64], ident=0x4343, flags=0x2000))
add(ip4(1, A, B, big2[56:], ident=0x4343, flags=7))
# a fragment with DF set too, never completed
add(ip4(1, A, B, big2[:64], ident=0x4444, flags=0x6000))
# TTL 0 and 1
add(ping(8, 0x0300, 1, b't0', ttl=0))
add(ping(8, 0x0300, 2, b't1', ttl=1))
# DSCP and ECN values
for tos in (0xb8, 0x01, 0x02, 0x03, 0x28, 0x48, 0xfc, 0x04, 0x90):
    add(ping(8, 0x0400, tos, b'tos', tos=tos))
# wrong header checksum (tshark does not verify by default); the reserved flag
add(ping(8, 0x0500, 1, b'ck', bad_csum=True))
add(ping(8, 0x0500, 2, b'rb', flags=0x8000))
# total length shorter than what the frame holds (padding)
add(ip4(1, A, B, icmp(8, 0, struct.pack('!HH', 0x600, 1), b'pad') + b'\0' * 10, total=20 + 11))
# time stamp options: pointer 1 (header is full), 3 (points before the first address), 6 (middle of a field); flag
# 2 (reserved: time stamps alone); address pairs with 6 bytes left and time stamps with 2 left (suboption past the end)
for ts in (b'\x44\x0c\x01\x00' + bytes(8), b'\x44\x0c\x03\x00' + bytes(8), b'\x44\x0c\x06\x00' + bytes(8),
           b'\x44\x0c\x05\x02' + bytes(8), b'\x44\x0e\x05\x01' + bytes(10) + b'\x00\x00',
           b'\x44\x0a\x05\x00' + bytes(6) + b'\x00\x00'):
    add(opt_ping(ts))

for name, fl in (('icmp.pcap', frames), ('icmp-quoted.pcap', known)):
    with open(name, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for t, pkt, snap in fl:
            cap = pkt[:snap] if snap else pkt
            f.write(struct.pack('<IIII', t // 1000000, t % 1000000, len(cap), len(pkt)))
            f.write(cap)
    print(name, len(fl), 'frames')
