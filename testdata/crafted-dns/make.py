#!/usr/bin/env python3
"""Builds dns.pcap: Ethernet/IPv4 (and one IPv6) UDP and TCP port 53 DNS messages for tshark 4.0.17 to judge.

Each case is one line of CASES (or a query/response pair built by q()/r()); run `python3 make.py` here, then make the
oracles with oracle.sh as README.md says.
"""
import struct

CLI, SRV = (10, 0, 0, 1), (10, 0, 0, 53)
CLI6 = bytes.fromhex('20010db8000000000000000000000001')
SRV6 = bytes.fromhex('20010db8000000000000000000000035')
T0 = 1700000000


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def eth(ethertype, payload, to_server):
    c, s = bytes.fromhex('020000000001'), bytes.fromhex('020000000035')
    return (s + c if to_server else c + s) + struct.pack('!H', ethertype) + payload


def ip4(proto, src, dst, l4):
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(l4), 1, 0x4000, 64, proto, 0, bytes(src), bytes(dst))
    return ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]


def udp(sport, dport, data, src, dst, v6=False):
    u = struct.pack('!HHHH', sport, dport, 8 + len(data), 0) + data
    pseudo = (src + dst + struct.pack('!IxxxB', len(u), 17)) if v6 else \
        (bytes(src) + bytes(dst) + struct.pack('!BBH', 0, 17, len(u)))
    c = csum(pseudo + u) or 0xffff
    return u[:6] + struct.pack('!H', c) + u[8:]


def udp4(data, to_server=True, cport=40000):
    src, dst = (CLI, SRV) if to_server else (SRV, CLI)
    sp, dp = (cport, 53) if to_server else (53, cport)
    u = udp(sp, dp, data, src, dst)
    return eth(0x0800, ip4(17, src, dst, u) + u, to_server)


def udp6(data, to_server=True, cport=40000):
    src, dst = (CLI6, SRV6) if to_server else (SRV6, CLI6)
    sp, dp = (cport, 53) if to_server else (53, cport)
    u = udp(sp, dp, data, src, dst, v6=True)
    ip = struct.pack('!IHBB16s16s', 0x60000000, len(u), 17, 64, src, dst)
    return eth(0x86dd, ip + u, to_server)


def tcp4(sport, dport, flags, seq, ack, data, to_server):
    src, dst = (CLI, SRV) if to_server else (SRV, CLI)
    t = struct.pack('!HHIIBBHHH', sport, dport, seq, ack, 5 << 4, flags, 64240, 0, 0) + data
    c = csum(bytes(src) + bytes(dst) + struct.pack('!BBH', 0, 6, len(t)) + t)
    t = t[:16] + struct.pack('!H', c) + t[18:]
    return eth(0x0800, ip4(6, src, dst, t) + t, to_server)


# -- DNS building blocks
def name(s):
    """'a.b.c' (or a list of byte labels) as uncompressed labels ending in the root."""
    labels = s if isinstance(s, list) else [l.encode() for l in s.split('.') if l]
    return b''.join(bytes([len(l)]) + l for l in labels) + b'\0'


def ptr(off):
    return struct.pack('!H', 0xc000 | off)


def hdr(id_, flags, qd=0, an=0, ns=0, ar=0):
    return struct.pack('!HHHHHH', id_, flags, qd, an, ns, ar)


def question(n, qtype, qclass=1):
    return (n if isinstance(n, bytes) else name(n)) + struct.pack('!HH', qtype, qclass)


def rr(n, rtype, rdata, rclass=1, ttl=3600):
    return (n if isinstance(n, bytes) else name(n)) + struct.pack('!HHIH', rtype, rclass, ttl, len(rdata)) + rdata


def cstr(b):
    return bytes([len(b)]) + b


def opt(options=b'', size=1232, ext_rcode=0, version=0, z=0x8000):
    return b'\0' + struct.pack('!HHBBHH', 41, size, ext_rcode, version, z, len(options)) + options


def eopt(code, data):
    return struct.pack('!HH', code, len(data)) + data


QR, AA, TC, RD, RA, AD, CD = 0x8000, 0x0400, 0x0200, 0x0100, 0x0080, 0x0020, 0x0010
A, NS, CNAME, SOA, PTR, HINFO, MX, TXT, AAAA, SRV_, NAPTR, OPT, DS, RRSIG, NSEC, DNSKEY, CAA = \
    1, 2, 5, 6, 12, 13, 15, 16, 28, 33, 35, 41, 43, 46, 47, 48, 257
Q_OFF = 12  # where the first question's name starts: pointers to it are c00c

frames = []  # (time offset in µs, frame bytes)
t = [0]


def add(frame, gap=1000):
    t[0] += gap
    frames.append((t[0], frame))


def pair(id_, qname, qtype, flags_q, flags_r, answers=b'', an=0, auth=b'', ns=0, add_=b'', ar=0, cport=None,
         qclass=1, gap=12000):
    """A query and its response (same ID and ports), the response `gap` µs later."""
    cport = cport or 41000 + id_ % 20000
    q = question(qname, qtype, qclass)
    add(udp4(hdr(id_, flags_q, 1) + q, True, cport))
    add(udp4(hdr(id_, QR | flags_r, 1, an, ns, ar) + q + answers + auth + add_, False, cport), gap)


NAME = ptr(Q_OFF)
# 1-2: A, two answers through compression
pair(0x1001, 'www.example.com', A, RD, RD | RA,
     rr(NAME, A, bytes([93, 184, 216, 34])) + rr(NAME, A, bytes([93, 184, 216, 35]), ttl=0), 2)
# 3-4: AAAA behind a CNAME chain
pair(0x1002, 'ipv6.example.org', AAAA, RD, RD | RA,
     rr(NAME, CNAME, name('cdn.example.net')) + rr(ptr(46), AAAA, bytes.fromhex('20010db8000000000000000000000001'),
                                                  ttl=86400 + 3661), 2)
# 5-6: NS with a compressed target, pointing into the question
pair(0x1003, 'example.com', NS, RD, RD | RA,
     rr(NAME, NS, b'\x01a' + b'\x0ciana-servers\x03net\x00') + rr(NAME, NS, b'\x01b' + ptr(43)), 2)
# 7-8: PTR
pair(0x1004, '4.3.2.1.in-addr.arpa', PTR, RD, RD | RA, rr(NAME, PTR, name('host.example.com')), 1)
# 9-10: MX
pair(0x1005, 'example.com', MX, RD, RD | RA,
     rr(NAME, MX, struct.pack('!H', 10) + name('mail.example.com')) + rr(NAME, MX, struct.pack('!H', 20) + b'\x05mail2' + ptr(Q_OFF)), 2)
# 11-12: TXT with several strings, an empty string, and a second record
pair(0x1006, 'example.com', TXT, RD, RD | RA,
     rr(NAME, TXT, cstr(b'v=spf1 -all') + cstr(b'') + cstr(b'second string')) + rr(NAME, TXT, cstr(b'')), 2)
# 13-14: SOA in the authority section of an NXDOMAIN
pair(0x1007, 'nope.example.com', A, RD, RD | RA | 3, b'', 0,
     rr(ptr(Q_OFF + 5), SOA, name('ns.icann.org') + name('noc.dns.icann.org') +
        struct.pack('!IIIII', 2023010101, 7200, 3600, 1209600, 3600)), 1)
# 15-16: SRV
pair(0x1008, '_sip._tcp.example.com', SRV_, RD, RD | RA,
     rr(NAME, SRV_, struct.pack('!HHH', 10, 60, 5060) + name('sipserver.example.com')), 1)
# 17-18: CAA (issue, iodef, critical flag)
pair(0x1009, 'example.com', CAA, RD, RD | RA,
     rr(NAME, CAA, b'\x00' + cstr(b'issue') + b'letsencrypt.org') +
     rr(NAME, CAA, b'\x80' + cstr(b'iodef') + b'mailto:security@example.com') +
     rr(NAME, CAA, b'\x00' + cstr(b'issuewild') + b';'), 3)
# 19-20: HINFO
pair(0x100a, 'host.example.com', HINFO, RD, RD | RA, rr(NAME, HINFO, cstr(b'INTEL-386') + cstr(b'Linux')), 1)
# 21-22: NAPTR
pair(0x100b, 'example.com', NAPTR, RD, RD | RA,
     rr(NAME, NAPTR, struct.pack('!HH', 100, 10) + cstr(b'u') + cstr(b'E2U+sip') +
        cstr(b'!^.*$!sip:info@example.com!') + b'\x00') +
     rr(NAME, NAPTR, struct.pack('!HH', 100, 20) + cstr(b's') + cstr(b'SIP+D2U') + cstr(b'') +
        name('_sip._udp.example.com')), 2)
# 23-24: DS and DNSKEY, AD set, DO in the query's OPT
DIGEST = bytes.fromhex('49aac11d7b6f6446702e54a1607371607a1a41855200fd2ce1cdde32f24e8fb5')
KEY = bytes(range(1, 33))
q = question('example.com', DS)
add(udp4(hdr(0x100c, RD | AD, 1, 0, 0, 1) + q + opt(), True, 42001))
add(udp4(hdr(0x100c, QR | RD | RA | AD, 1, 2, 0, 1) + q +
         rr(NAME, DS, struct.pack('!HBB', 31406, 8, 2) + DIGEST) +
         rr(NAME, DNSKEY, struct.pack('!HBB', 257, 3, 8) + KEY) + opt(), False, 42001), 9000)
# 25-26: RRSIG and NSEC, CD set
q = question('example.com', A)
add(udp4(hdr(0x100d, RD | CD, 1) + q, True, 42002))
add(udp4(hdr(0x100d, QR | RD | RA | CD, 1, 1, 1, 0) + q +
         rr(NAME, RRSIG, struct.pack('!HBBIIIH', A, 8, 2, 86400, 1700600000, 1699990000, 31406) +
            name('example.com') + bytes(range(40, 72))) +
         rr(NAME, NSEC, b'\x04www2' + ptr(Q_OFF) + bytes([0, 6, 0x40, 0x01, 0, 0, 0, 0x03, 1, 1, 0x40])),
         False, 42002), 7000)
# 27-28: OPT with client subnet (v4 and v6), cookie and padding; the response echoes the cookie with a server part
q = question('example.com', A)
ecs4 = eopt(8, struct.pack('!HBB', 1, 24, 0) + bytes([192, 0, 2]))
ecs6 = eopt(8, struct.pack('!HBB', 2, 56, 0) + bytes.fromhex('20010db8000000'))
cookie = eopt(10, bytes(range(0xa0, 0xa8)))
add(udp4(hdr(0x100e, RD, 1, 0, 0, 1) + q + opt(ecs4 + ecs6 + cookie + eopt(12, bytes(12))), True, 42003))
add(udp4(hdr(0x100e, QR | RD | RA, 1, 1, 0, 1) + q + rr(NAME, A, bytes([192, 0, 2, 1])) +
         opt(eopt(8, struct.pack('!HBB', 1, 24, 24) + bytes([192, 0, 2])) +
             eopt(10, bytes(range(0xa0, 0xa8)) + bytes(range(0xb0, 0xc0))) + eopt(12, b'')), False, 42003))
# 29: unknown type in a query, class CH
add(udp4(hdr(0x2001, 0, 1) + question('version.bind', TXT, 3), True, 42004))
# 30: CH TXT answer
q = question('version.bind', TXT, 3)
add(udp4(hdr(0x2001, QR | AA, 1, 1) + q + rr(NAME, TXT, cstr(b'9.18.0'), rclass=3, ttl=0), False, 42004))
# 31-32: class ANY query, unknown types 65000 and 4660 in the answer, zero-length RDATA
q = question('odd.example.com', 65000, 255)
add(udp4(hdr(0x2002, RD, 1) + q, True, 42005))
add(udp4(hdr(0x2002, QR | RD | RA, 1, 3) + q + rr(NAME, 65000, b'\x01\x02\x03') + rr(NAME, 4660, b'') +
         rr(NAME, 10, b'', rclass=255), False, 42005))
# 33: multiple questions, TC flag
add(udp4(hdr(0x2003, RD | TC, 2) + question('a.example.com', A) + question('b.example.com', AAAA), True, 42006))
# 34: SERVFAIL without a query; 35: REFUSED
add(udp4(hdr(0x2004, QR | RD | RA | 2, 1) + question('fail.example.com', A), False, 42007))
add(udp4(hdr(0x2005, QR | RD | 5, 1) + question('refused.example.com', A), False, 42008))
# 36: extended rcode BADVERS (16) via OPT
add(udp4(hdr(0x2006, QR | RD | RA, 1, 0, 0, 1) + question('example.com', A) + opt(ext_rcode=1, z=0), False,
         42009))
# 37-39: a query, its retransmission, and the response
q = question('retry.example.com', A)
add(udp4(hdr(0x2007, RD, 1) + q, True, 42010))
add(udp4(hdr(0x2007, RD, 1) + q, True, 42010), 1000000)
add(udp4(hdr(0x2007, QR | RD | RA, 1, 1) + q + rr(NAME, A, bytes([10, 1, 2, 3])), False, 42010), 20000)
# 40: pointer to a pointer
q = question('deep.example.com', A)
add(udp4(hdr(0x3001, QR | RD | RA, 1, 2) + q + rr(NAME, CNAME, b'\x03foo' + ptr(Q_OFF + 5)) +
         rr(ptr(len(q) + 12 + 12), A, bytes([10, 0, 0, 7])), False, 42011))
# 41: a pointer loop (to itself) in an answer name
q = question('loop.example.com', A)
add(udp4(hdr(0x3002, QR | RD | RA, 1, 1) + q + rr(ptr(12 + len(q)), A, bytes([10, 0, 0, 8])), False, 42012))
# 42: a pointer past the end of the message
q = question('past.example.com', A)
add(udp4(hdr(0x3003, QR | RD | RA, 1, 1) + q + rr(ptr(0x3f00), A, bytes([10, 0, 0, 9])), False, 42013))
# 43: labels with a space, an escaped-looking dot, a non-ASCII byte, a backslash
add(udp4(hdr(0x3004, RD, 1) + question(name([b'my host', b'a.b', b'caf\xc3\xa9', b'x\\y', b'com']), A), True,
         42014))
# 44: a 63-byte label
add(udp4(hdr(0x3005, RD, 1) + question(name([b'a' * 63, b'example', b'com']), A), True, 42015))
# 45: a name longer than 255 bytes (five 60-byte labels)
add(udp4(hdr(0x3006, RD, 1) + question(name([bytes([0x62 + i]) * 60 for i in range(5)]), A), True, 42016))
# 46: truncated message: three answers announced, one present
q = question('short.example.com', A)
add(udp4(hdr(0x3007, QR | RD | RA, 1, 3) + q + rr(NAME, A, bytes([10, 0, 0, 10])), False, 42017))
# 47: a record cut in its middle
add(udp4(hdr(0x3008, QR | RD | RA, 1, 1) + q + rr(NAME, A, bytes([10, 0, 0, 10]))[:8], False, 42018))
# 48: root name query for NS, AD in the query
add(udp4(hdr(0x3009, RD | AD, 1) + question(b'\x00', NS), True, 42019))
# 49-50: over IPv6
q = question('v6.example.com', AAAA)
add(udp6(hdr(0x4001, RD, 1) + q, True, 43001))
add(udp6(hdr(0x4001, QR | RD | RA, 1, 1) + q + rr(NAME, AAAA, CLI6), False, 43001), 5000)
# 51-56: over TCP with the handshake
cs, ss = 1000, 5000
add(tcp4(44001, 53, 0x02, cs, 0, b'', True))
add(tcp4(53, 44001, 0x12, ss, cs + 1, b'', False))
add(tcp4(44001, 53, 0x10, cs + 1, ss + 1, b'', True))
q = question('tcp.example.com', A)
m = hdr(0x5001, RD, 1) + q
add(tcp4(44001, 53, 0x18, cs + 1, ss + 1, struct.pack('!H', len(m)) + m, True))
m2 = hdr(0x5001, QR | RD | RA, 1, 2) + q + rr(NAME, A, bytes([10, 5, 5, 5])) + rr(NAME, TXT, cstr(b'over tcp'))
add(tcp4(53, 44001, 0x18, ss + 1, cs + 1 + len(m) + 2, struct.pack('!H', len(m2)) + m2, False), 4000)
add(tcp4(44001, 53, 0x10, cs + 1 + len(m) + 2, ss + 1 + len(m2) + 2, b'', True))

# 57-60: names of 252 and 253 characters (shown), 254 and 255 ("<Name too long>")
for n in (252, 253, 254, 255):
    labels, rem = [], n
    while rem > 0:
        labels.append(b'x' * min(9, rem))
        rem -= min(9, rem) + 1
    add(udp4(hdr(0x6000 + n, RD, 1) + question(name(labels), A), True, 45000 + n))
# 61-67: control bytes (escaped), invalid UTF-8 (U+FFFD), a quote, a euro sign
for i, lab in enumerate((b'a\x01b', b'tab\there', b'del\x7f', b'bad\xff\xfe', b'nl\nx', b'q"uote', b'\xe2\x82\xac')):
    add(udp4(hdr(0x6100 + i, RD, 1) + question(name([lab, b'com']), A), True, 45300 + i))
# 68-70: extended (0x41, 0x42) and reserved (0x80) label types: malformed
for i, nm in enumerate((b'\x41\x08\xab\x00', b'\x42\x00', b'\x81a\x00')):
    add(udp4(hdr(0x6200 + i, RD, 1) + nm + struct.pack('!HH', 1, 1), True, 45400 + i))
# 71: a forward pointer (the question's name is in the answer's RDATA)
add(udp4(hdr(0x6300, QR, 1, 1) + ptr(30) + struct.pack('!HH', 1, 1) + rr(ptr(12), 10, name('fwd.example')), False,
         45500))
# 72: a loop of two pointers
add(udp4(hdr(0x6301, QR, 1, 1) + ptr(18) + struct.pack('!HH', 1, 1) + b'\x01z' + ptr(12) +
         struct.pack('!HHIH', 1, 1, 0, 0), False, 45501))
# 73-74: a response retransmitted (same ID and ports, twice)
q = question('twice.example.com', A)
add(udp4(hdr(0x6400, RD, 1) + q, True, 45600))
add(udp4(hdr(0x6400, QR | RD | RA, 1, 1) + q + rr(NAME, A, bytes([10, 6, 4, 0])), False, 45600))
add(udp4(hdr(0x6400, QR | RD | RA, 1, 1) + q + rr(NAME, A, bytes([10, 6, 4, 0])), False, 45600))
# 76: unknown class, NONE class record, TXT with a non-ASCII byte
q = question('cls.example.com', TXT, 0x1234)
add(udp4(hdr(0x6500, QR | AA, 1, 2) + q + rr(NAME, TXT, cstr(b'caf\xc3\xa9 x'), rclass=254) +
         rr(NAME, A, bytes([1, 2, 3, 4]), rclass=2), False, 45700))
# 77-78: a one-character name (packet-dns.c counts a name of one character as length 0 with 0 labels); named
# types whose data packet-dns.c 4.0 does not decode (URI 256, ANY 255, type 0): the "not implemented" note
q = question('a', 256)
add(udp4(hdr(0x6600, RD, 1) + q, True, 45800))
add(udp4(hdr(0x6600, QR | RD | RA, 1, 3) + q + rr(ptr(12), 256, bytes([0, 10, 0, 1]) + b'http://x') +
         rr(ptr(12), 255, bytes(4)) + rr(ptr(12), 0, bytes(2)), False, 45800))
# 79-82: HTTPS and SVCB records (RFC 9460): service mode with every known SvcParam (mandatory, alpn,
# no-default-alpn, port, ipv4hint, echconfig, ipv6hint) and two unknown keys; the same as SVCB; alias mode; an
# odohconfig, an unknown key with control and non-UTF-8 bytes, an ALPN with a NUL ("Trailing stray characters") and
# an ipv4hint of three bytes (malformed)


def svcparam(key, value):
    return struct.pack('!HH', key, len(value)) + value


service = (struct.pack('!H', 1) + b'\0' + svcparam(0, struct.pack('!HH', 1, 4)) + svcparam(1, b'\x02h2\x02h3') +
           svcparam(2, b'') + svcparam(3, struct.pack('!H', 8443)) + svcparam(4, bytes([192, 0, 2, 1, 192, 0, 2, 2])) +
           svcparam(5, b'\xfe\x0d\x00\x04abcd') + svcparam(6, bytes(15) + b'\x01') +
           svcparam(7, b'/dns-query{?dns}') + svcparam(9999, b'xy'))
odd = (struct.pack('!H', 2) + name('alt.example.net') + svcparam(8, b'\x00\x01\xff a"\\') +
       svcparam(32769, b'\x01\x02\x03') + svcparam(1, b'\x03h\x003') + svcparam(4, bytes([1, 2, 3])))
for i, (rtype, rdata) in enumerate(((65, service), (64, service), (65, struct.pack('!H', 0) + name('svc.example.com')),
                                    (65, odd))):
    q = question('www.example.com', rtype)
    add(udp4(hdr(0x6700 + i, QR | RD | RA, 1, 1) + q + rr(ptr(12), rtype, rdata), False, 45900 + i))
# 83-92: DNAME, KX, NSEC3 (opt-out, a salt, a type bit map; then an empty salt, the reserved hash algorithm and
# an unknown one with flag 0x80), NSEC3PARAM, TLSA with every named usage, selector and matching type and unknown
# ones
BITMAP = bytes([0, 6, 0x40, 0x01, 0, 0, 0, 0x03])
more = [(39, name('target.example.net')), (36, struct.pack('!H', 10) + name('kx.example.com')),
        (50, bytes([1, 1]) + struct.pack('!H', 10) + b'\x04\xaa\xbb\xcc\xdd' + bytes([20]) + bytes(range(20)) +
         BITMAP),
        (50, bytes([0, 0]) + struct.pack('!H', 0) + b'\x00' + b'\x05\xff\x00\x10\x20\x30' + BITMAP),
        (50, bytes([2, 0x80]) + struct.pack('!H', 1) + b'\x00' + b'\x01\x7f' + BITMAP),
        (51, bytes([1, 0]) + struct.pack('!H', 10) + b'\x04\xaa\xbb\xcc\xdd')]
more += [(52, bytes([u, sel, mt]) + bytes(range(32))) for u, sel, mt in ((3, 1, 1), (0, 0, 0), (1, 0, 2), (2, 255, 3),
                                                                          (255, 2, 255))]
for i, (rtype, rdata) in enumerate(more):
    q = question('sec.example.com', rtype)
    add(udp4(hdr(0x6800 + i, QR | RD | RA, 1, 1) + q + rr(ptr(12), rtype, rdata), False, 46000 + i))

with open('dns.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for us, fr in frames:
        f.write(struct.pack('<IIII', T0 + us // 1000000, us % 1000000, len(fr), len(fr)) + fr)
