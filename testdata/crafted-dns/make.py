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

# 94-181: one response per record type packet-dns.c 4.0 decodes beyond "Data" (each answer's owner is the question's
# name; the comments give the RFC layout), with second variants (other algorithm, flag and value names) and cut or
# bogus lengths for the common ones; then one response holding every named type packet-dns.c leaves undecoded.
HASH20 = bytes(range(0x10, 0x24))
HASH32 = bytes(range(0x40, 0x60))


def bits(ports):
    """A WKS or NXT bit map (RFC 1035 3.4.2, RFC 2535 5.2): bit n of the map set for each n, MSB first."""
    b = bytearray(max(ports) // 8 + 1)
    for p in ports:
        b[p // 8] |= 0x80 >> (p % 8)
    return bytes(b)


def loc(version, size, hp, vp, lat_ms, lon_ms, alt_cm):
    """LOC (RFC 1876): angles in thousandths of a second from 2^31 (north, east positive), altitude in cm from
    100,000 m below the WGS 84 spheroid."""
    return struct.pack('!BBBBIII', version, size, hp, vp, (1 << 31) + lat_ms, (1 << 31) + lon_ms, 10000000 + alt_cm)


def dms(d, m, s):
    return round((d * 3600 + m * 60 + s) * 1000)


def charstrs(*ss):
    return b''.join(cstr(s) for s in ss)


ISDN, X25, RP, AFSDB, RT, NSAP, NSAP_PTR, SIG, KEY_, PX, GPOS, LOC, NXT, CERT, A6, APL, SSHFP, IPSECKEY, DHCID, HIP = \
    20, 19, 17, 18, 21, 22, 23, 24, 25, 26, 27, 29, 30, 37, 38, 42, 44, 45, 49, 55
CDS, CDNSKEY, OPENPGPKEY, CSYNC, ZONEMD, SPF, NID, L32, L64, LP, EUI48, EUI64, TKEY, TSIG, DLV, WINS, WINS_R, XPF = \
    59, 60, 61, 62, 63, 99, 104, 105, 106, 107, 108, 109, 249, 250, 32769, 65281, 65282, 65422
RSA_KEY = bytes([3, 1, 0, 1]) + bytes(range(0x80, 0xc0))  # exponent length 3, 65537, then a 64-byte modulus
OPENPGP = (bytes.fromhex('98330465a2b5c016092b06010401da470f01010740') + bytes(range(0x60, 0x80)) +
           bytes.fromhex('b4176a6f686e203c6a6f686e406578616d706c652e636f6d3e'))  # v4 Ed25519 key packet, user ID
typed = [
    # MD, MF, MB, MG, MR (RFC 1035): a domain name each
    (3, name('mail.example.com')), (4, name('relay.example.com')), (7, name('mbox.example.com')),
    (8, name('member.example.com')), (9, name('renamed.example.com')),
    # WKS (RFC 1035 3.4.2): address, protocol, port bit map: TCP 21, 22, 25, 80; UDP 53, 123; SCTP 9
    (11, bytes([192, 0, 2, 10, 6]) + bits([21, 22, 25, 80])),
    (11, bytes([192, 0, 2, 11, 17]) + bits([53, 123])),
    (11, bytes([192, 0, 2, 12, 132]) + bits([9])),
    # MINFO: responsible and error mailboxes; RP (RFC 1183): mailbox and TXT owner
    (14, name('admin.example.com') + name('errors.example.com')),
    (RP, name('louie.trantor.umd.edu') + name('lam1.people.umd.edu')),
    # AFSDB (RFC 1183): subtype 1 (AFS cell database server), hostname; X25: a PSDN address
    (AFSDB, struct.pack('!H', 1) + name('afs.example.com')),
    (X25, cstr(b'311061700956')),
    # ISDN (RFC 1183): address and subaddress, then without the subaddress
    (ISDN, charstrs(b'150862028003217', b'004')), (ISDN, charstrs(b'150862028003217')),
    # RT (RFC 1183): preference, intermediate host; NSAP (RFC 1706): the address; NSAP-PTR: a name
    (RT, struct.pack('!H', 10) + name('relay.prime.com')),
    (NSAP, bytes.fromhex('47000580005a0000000001e133ffffff00016100')),
    (NSAP_PTR, name('host.school.de')),
    # SIG (RFC 2535): laid out as RRSIG
    (SIG, struct.pack('!HBBIIIH', 1, 5, 2, 3600, 1700600000, 1699990000, 2642) + name('example.com') +
     bytes(range(0x20, 0x40))),
    # KEY (RFC 2535): a named-entity IPsec key (RSA/SHA1), the "no key" flags (0xc000), an RSA/MD5 key (key id
    # from its last bytes)
    (KEY_, struct.pack('!HBB', 0x0280, 4, 5) + RSA_KEY),
    (KEY_, struct.pack('!HBB', 0xc000, 3, 8)),
    (KEY_, struct.pack('!HBB', 0x4401, 3, 1) + RSA_KEY),
    # PX (RFC 2163): preference, MAP822, MAPX400; GPOS (RFC 1712): longitude, latitude, altitude strings
    (PX, struct.pack('!H', 50) + name('ab.net2.it') + name('O-ab.PRMD-net2.ADMDb.C-it')),
    (GPOS, charstrs(b'-32.6882', b'116.8652', b'10.0')),
    # LOC (RFC 1876): 1 m, 10 km, 10 m; then 0 m, 9e6 m, 1 cm, south-east, below sea level; an odd size byte and a
    # latitude out of range; version 1 (unknown data)
    (LOC, loc(0, 0x12, 0x16, 0x13, dms(42, 21, 43.952), -dms(71, 5, 6.344), 2400)),
    (LOC, loc(0, 0x00, 0x98, 0x10, -dms(33, 52, 7.5), dms(151, 12, 40.25), -1050)),
    (LOC, loc(0, 0xff, 0x35, 0x2a, dms(91, 0, 0), dms(180, 0, 0), 0)),
    (LOC, bytes([1]) + bytes(15)),
    # NXT (RFC 2535): next name, bit map of A, SIG, KEY, NXT
    (NXT, name('next.example.com') + bits([1, 24, 25, 30])),
    # CERT (RFC 4398): PKIX with RSA/SHA-256, PGP with ECDSA P-256, private URI; then without a certificate
    (CERT, struct.pack('!HHB', 1, 0x1234, 8) + bytes.fromhex('308201223082') + bytes(range(24))),
    (CERT, struct.pack('!HHB', 3, 0xabcd, 13) + OPENPGP[:24]),
    (CERT, struct.pack('!HHB', 253, 0, 253) + b'https://example.com/cert.pem'),
    (CERT, struct.pack('!HHB', 6, 0, 0)),
    # A6 (RFC 2874): prefix 64 with an 8-byte suffix and a prefix name; prefix 0 (a whole address); prefix 128
    (A6, bytes([64]) + bytes.fromhex('0200000000000001') + name('net.example.com')),
    (A6, bytes([0]) + bytes.fromhex('20010db8000000000000000000000002')),
    (A6, bytes([128]) + name('prefix.example.com')),
    # APL (RFC 3123): 192.168.32.0/21 and !2001:db8::/32; an unknown family, an IPv4 part longer than 4 bytes
    # (bytes) and a last lone byte (not read)
    (APL, struct.pack('!HBB', 1, 21, 3) + bytes([192, 168, 32]) + struct.pack('!HBB', 2, 32, 0x84) +
     bytes.fromhex('20010db8')),
    (APL, struct.pack('!HBB', 1, 32, 4) + bytes([10, 0, 0, 1]) + struct.pack('!HBB', 3, 8, 2) + b'\xab\xcd' +
     struct.pack('!HBB', 1, 32, 5) + bytes([1, 2, 3, 4, 5]) + b'\x00'),
    # SSHFP (RFC 4255): RSA SHA1, Ed25519 SHA256, XMSS with no fingerprint, and unknown codes
    (SSHFP, bytes([1, 1]) + HASH20), (SSHFP, bytes([4, 2]) + HASH32), (SSHFP, bytes([5, 0])),
    (SSHFP, bytes([9, 7]) + HASH20[:4]),
    # IPSECKEY (RFC 4025): IPv4, IPv6 and DNS gateways, no gateway, an unknown gateway type, no key
    (IPSECKEY, bytes([10, 1, 2, 192, 0, 2, 38]) + RSA_KEY),
    (IPSECKEY, bytes([10, 2, 2]) + bytes.fromhex('20010db800000000000000000000000a') + RSA_KEY),
    (IPSECKEY, bytes([20, 3, 1]) + name('gw.example.com') + RSA_KEY[:20]),
    (IPSECKEY, bytes([30, 0, 2]) + RSA_KEY),
    (IPSECKEY, bytes([40, 7, 3]) + bytes(range(12))),
    (IPSECKEY, bytes([50, 1, 0, 192, 0, 2, 39])),
    # DHCID (RFC 4701): identifier type 2 (DUID), digest type 1 (SHA-256), digest
    (DHCID, bytes([0, 2, 1]) + HASH32),
    # HIP (RFC 8005): HIT, RSA public key, two rendezvous servers; a DSA key without servers; a lone last byte
    (HIP, struct.pack('!BBH', 16, 2, len(RSA_KEY)) + bytes.fromhex('200100107b1a74df365639cc39f1d578') + RSA_KEY +
     name('rvs1.example.com') + name('rvs2.example.com')),
    (HIP, struct.pack('!BBH', 16, 1, 20) + bytes.fromhex('2001001048a2d68840fa8f9e6ac1d6a4') + HASH20),
    (HIP, struct.pack('!BBH', 4, 0, 4) + bytes(8) + b'\x01'),
    # CDS and CDNSKEY (RFC 7344), and their "delete" forms (RFC 8078: algorithm 0); DLV (RFC 4431), as DS
    (CDS, struct.pack('!HBB', 31406, 8, 2) + DIGEST), (CDS, struct.pack('!HBB', 2371, 13, 4) + DIGEST + HASH20[:16]),
    (CDS, bytes([0, 0, 0, 0, 0])),
    (CDNSKEY, struct.pack('!HBB', 257, 3, 13) + HASH32 + HASH32), (CDNSKEY, struct.pack('!HBB', 0x0181, 3, 15) + HASH32),
    (CDNSKEY, bytes([0, 0, 3, 0, 0])),
    (DLV, struct.pack('!HBB', 12345, 5, 1) + HASH20),
    # OPENPGPKEY (RFC 7929): an OpenPGP key packet, then a key of printable bytes
    (OPENPGPKEY, OPENPGP), (OPENPGPKEY, b'mDMEZaK1wBYJKwYBBAHaRw8BAQdA'),
    # CSYNC (RFC 7477): SOA serial, immediate and soaminimum, bit map of A, NS, AAAA; then no flags and two windows
    (CSYNC, struct.pack('!IH', 66, 3) + bytes([0, 4, 0x60, 0, 0, 8])),
    (CSYNC, struct.pack('!IH', 2023010101, 0) + bytes([0, 1, 0x40, 1, 1, 0x40])),
    # ZONEMD (RFC 8976): SIMPLE SHA-384; private scheme, SHA-512; unassigned codes with no digest
    (ZONEMD, struct.pack('!IBB', 2018031900, 1, 1) + bytes(range(48))),
    (ZONEMD, struct.pack('!IBB', 7, 240, 2) + bytes(range(64))),
    (ZONEMD, struct.pack('!IBB', 1, 7, 255)),
    # SPF (RFC 4408): one string; two strings and an empty one
    (SPF, cstr(b'v=spf1 ip4:192.0.2.0/24 -all')), (SPF, charstrs(b'v=spf1 include:_spf.example.com', b' ~all', b'')),
    # NID, L32, L64, LP (RFC 6742): preference and a node ID, locators, a locator name
    (NID, struct.pack('!H', 10) + bytes.fromhex('0014a9fffe2ce3f1')),
    (L32, struct.pack('!H', 10) + bytes([10, 1, 2, 0])),
    (L64, struct.pack('!H', 20) + bytes.fromhex('20010db81140100f')),
    (LP, struct.pack('!H', 30) + name('l64-subnet.example.com')),
    # EUI48 and EUI64 (RFC 7043)
    (EUI48, bytes.fromhex('00005e0053ff')), (EUI48, bytes.fromhex('0205f4a1b2c3')),
    (EUI64, bytes.fromhex('00005efffe0053ff')), (EUI64, bytes.fromhex('0214a9fffe2ce3f1')),
    # TKEY (RFC 2930): Diffie-Hellman with a key; a "delete" with error BADKEY and other data; an unknown mode
    (TKEY, name('hmac-md5.sig-alg.reg.int') + struct.pack('!IIHHH', 1700000000, 1700086400, 2, 0, 16) +
     bytes(range(16)) + struct.pack('!H', 0)),
    (TKEY, name('hmac-sha256') + struct.pack('!IIHHH', 1700000000, 1700000000, 5, 17, 0) + struct.pack('!H', 6) +
     bytes.fromhex('00006553f100')),
    (TKEY, name('hmac-sha256') + struct.pack('!IIHHH', 0, 0xffffffff, 9, 99, 4) + b'\x01\x02\x03\x04' +
     struct.pack('!H', 0)),
    # TSIG (RFC 8945): HMAC-SHA256 with a MAC; HMAC-MD5, BADTIME with the server's time as other data; BADKEY without
    # a MAC; a time with its high 16 bits set
    (TSIG, name('hmac-sha256') + struct.pack('!HIHH', 0, 1700000000, 300, 32) + HASH32 + struct.pack('!HHH', 0x7000, 0, 0)),
    (TSIG, name('hmac-md5.sig-alg.reg.int') + struct.pack('!HIHH', 0, 1700000000, 300, 16) + HASH32[:16] +
     struct.pack('!HHH', 0x7001, 18, 6) + bytes.fromhex('00006553f2a0')),
    (TSIG, name('hmac-sha1') + struct.pack('!HIHH', 0, 1700000000, 300, 0) + struct.pack('!HHH', 0x7002, 17, 0)),
    (TSIG, name('hmac-sha512') + struct.pack('!HIHH', 1, 5, 65535, 4) + b'\xde\xad\xbe\xef' +
     struct.pack('!HHH', 0xffff, 99, 0)),
    # WINS and WINS-R (Microsoft): flags, timeouts, two WINS servers; a name result domain
    (WINS, struct.pack('!IIII', 0, 2, 900, 2) + bytes([192, 0, 2, 1, 192, 0, 2, 2])),
    (WINS, struct.pack('!IIII', 1, 5, 600, 0)),
    (WINS_R, struct.pack('!III', 0, 2, 900) + name('wins.example.com')),
    # XPF (draft-bellis-dnsop-xpf): the client's IPv4 and IPv6 5-tuples, an unknown IP version
    (XPF, bytes([4, 17, 192, 0, 2, 1, 198, 51, 100, 1]) + struct.pack('!HH', 53000, 53)),
    (XPF, bytes([6, 6]) + CLI6 + SRV6 + struct.pack('!HH', 53001, 853)),
    (XPF, bytes([9, 1, 2, 3])),
]
for i, (rtype, rdata) in enumerate(typed):
    q = question('rr.example.com', rtype)
    add(udp4(hdr(0x6900 + i, QR | AA, 1, 1) + q + rr(ptr(12), rtype, rdata), False, 46100 + i))
# the last: every named type packet-dns.c 4.0 does not decode (its "not implemented" note), and AVC, DOA and
# AMTRELAY, which it does not name, with a few bytes each
undecoded = [31, 32, 34, 40, 56, 57, 58, 100, 101, 102, 103, 251, 252, 253, 254, 258, 259, 260, 32768]
q = question('rr.example.com', 255)
add(udp4(hdr(0x6a00, QR | AA, 1, len(undecoded)) + q + b''.join(rr(ptr(12), t, bytes([t & 0xff, 1, 2]))
                                                              for t in undecoded), False, 46500))
# then two records cut short: a TSIG whose message ends inside its MAC, an EUI64 whose data length says 4 (the
# address is read past the message's end)
q = question('rr.example.com', TSIG)
tsig = rr(ptr(12), TSIG, name('hmac-sha256') + struct.pack('!HIHH', 0, 1700000000, 300, 32) + HASH32 +
          struct.pack('!HHH', 0x7003, 0, 0))
add(udp4(hdr(0x6a01, QR | AA, 1, 1) + q + tsig[:len(tsig) - 30], False, 46501))
q = question('rr.example.com', EUI64)
add(udp4(hdr(0x6a02, QR | AA, 1, 1) + q + rr(ptr(12), EUI64, bytes.fromhex('0214a9ff')), False, 46502))
# and a KEY whose data length (3) leaves no algorithm: packet-dns.c reads it from the next record, notes the buffer
# too short for a key id and shows the rest of the message as the public key (a length of -1)
q = question('rr.example.com', KEY_)
add(udp4(hdr(0x6a03, QR | AA, 1, 1, 0, 1) + q + rr(ptr(12), KEY_, struct.pack('!HB', 0x0100, 3)) +
         rr(ptr(12), A, bytes([192, 0, 2, 1])), False, 46503))
# 186-198: data read as packet-dns.c reads it when lengths disagree (found comparing both on mutated records): a
# DNSKEY with reserved flag bits; a TXT string running past the data length (the strings read on into the next
# record until the message ends); a KX whose name has a reserved label type (no item: the name is read first); an SOA
# cut in its second name (the line keeps its mname); an NSEC block longer than the bit map (read on); an SSHFP and a
# WKS whose data length leaves out their fixed fields (read past the data: the fingerprint "to the end" at the end, the
# port map on); an A6 prefix of 200 (an 8184-byte suffix item, the prefix name past the message); an X25 address with
# bytes after a NUL (the "Trailing stray characters" note), and one with a byte past 0x7f before its NUL (no note:
# proto.c looks at the decoded text); a TSIG whose MAC runs past the message; a LOC cut before its altitude; a TSIG
# time past the year 9999
bogus = [
    [rr(ptr(12), DNSKEY, struct.pack('!HBB', 0x0143, 3, 8) + KEY)],
    [ptr(12) + struct.pack('!HHIH', TXT, 1, 3600, 4) + cstr(b'abcdefg'), rr(ptr(12), A, bytes([192, 0, 2, 1]))],
    [rr(ptr(12), 36, struct.pack('!H', 10) + b'\x81a\x00')],
    [rr(ptr(12), SOA, name('ns.example.com') + b'\x0ahostmaster')],
    [rr(ptr(12), NSEC, name('next.example.com') + bytes([0, 8, 0x40])), rr(ptr(12), A, bytes([192, 0, 2, 2]))],
    [rr(ptr(12), SSHFP, b'\x01') + b'\x02'],
    [rr(ptr(12), 11, bytes([192, 0, 2, 12])) + bytes([6, 0x40])],
    [rr(ptr(12), A6, bytes([200]) + bytes(range(16)) + name('a6.example.com'))],
    [rr(ptr(12), X25, cstr(b'3110\x0061'))],
    [rr(ptr(12), X25, cstr(b'31\xc0\x0c\x00\x01'))],
    [rr(ptr(12), TSIG, name('hmac-sha256') + struct.pack('!HIHH', 0, 1700000000, 300, 32) + HASH32[:4])],
    [rr(ptr(12), LOC, loc(0, 0x12, 0x16, 0x13, dms(42, 21, 43.952), -dms(71, 5, 6.344), 2400)[:12])],
    [rr(ptr(12), TSIG, name('hmac-sha256') + struct.pack('!HIHH', 0x100, 0, 300, 0) + struct.pack('!HHH', 1, 0, 0))],
]
for i, recs in enumerate(bogus):
    q = question('rr.example.com', 255)
    add(udp4(hdr(0x6b00 + i, QR | AA, 1, 1, 0, len(recs) - 1) + q + b''.join(recs), False, 46600 + i))

# -- from frame 199: RFC 2673 extended labels as expand_dns_name reads them, and bytes after the last record. A
# bitstring label (0x41) is written as \[xHEX/BITS] but not counted in the name's length, so the name shown is that
# many characters of what was written ("\[xa", or the labels before it); a name of bitstrings alone is malformed (or
# empty behind a lone pointer); any other extended label makes the name "<Unknown extended label>", ending just past
# that byte (at the name's start: malformed), the type then read from the bytes after it; 0x80 is malformed. A
# bitstring counts towards the 254 characters a name may write (one fewer when it starts with a plain label). Bytes
# after the records are "Extraneous Data" with a hidden finding; an NS/CNAME/PTR/MX name item covers the name's bytes,
# not the record's data length.
BS255 = b'\x41\xff' + bytes(range(32))  # written as 72 characters
L63 = b'\x3f' + b'x' * 63


def ext_query(id_, qname, extra=b''):
    add(udp4(hdr(id_, RD, 1) + qname + struct.pack('!HH', A, 1) + extra, True, 47000 + id_ % 1000))


def ext_response(id_, recs, extra=b''):
    q = question('rr.example.com', 255)
    add(udp4(hdr(id_, QR | AA, 1, len(recs)) + q + b''.join(recs) + extra, False, 47000 + id_ % 1000))


ext_query(0x7100, b'\x41\x10\xab\xcd\x03com\x00')      # bitstring then a label: "\[xa" (4 counted)
ext_query(0x7101, b'\x03www\x41\x0c\xab\xcd\x00')      # a label then a bitstring: "www"
ext_query(0x7102, b'\x41\x00\xab\x00')                 # bit count 0 takes a byte; bitstrings alone: malformed
ext_query(0x7103, BS255 + b'\x00')                     # 255 bits alone: malformed
ext_query(0x7104, b'\x42\x03com\x00')                   # unknown extended label first: malformed
ext_query(0x7105, b'\x03abc\x42\x03com\x00')             # after a label: the type is read from "\x03co"
ext_query(0x7106, b'\x03abc\x7f')                       # 0x7f, the message ending right after the class
ext_query(0x7107, b'\x03abc\x80\x03com\x00')             # reserved 0x80: malformed
ext_query(0x7108, b'\x41\x10\xab')                      # a bitstring the message cuts
ext_query(0x7109, BS255 + L63 + L63 + b'\x36' + b'y' * 54 + b'\x00')  # 72 + 128 + 55 = 255 written: too long
ext_query(0x710a, BS255 + L63 + L63 + b'\x35' + b'y' * 53 + b'\x00')  # 254 written: shown, 182 counted
ext_query(0x710b, L63 + L63 + b'\x41\x10\x01\x02\x00')   # the bitstring after 127 counted characters
ext_query(0x710c, L63 + L63 + L63 + BS255 + b'\x00')      # 191 + 72: too long
ext_query(0x710d, name('pad.example.com'), b'\0\0\0\0\x55')  # five bytes after the question: extraneous data
ext_response(0x710e, [rr(b'\x03abc\x41\x08\x55\x00', A, bytes([192, 0, 2, 1])),
                      rr(ptr(12), CNAME, b'\x41\x08\xaa' + ptr(12))])  # "abc"; "\[xaa/8].rr.exa"
ext_response(0x710f, [rr(ptr(12), CNAME, b'\x03xyz\x45\x00'), rr(ptr(12), A, bytes([192, 0, 2, 2]))])
ext_response(0x7110, [rr(b'\x03abc\x42', A, bytes([192, 0, 2, 3])),
                      rr(b'\x02qq' + ptr(49), A, bytes([192, 0, 2, 4]))])  # owner pointing into the first's data
ext_response(0x7111, [rr(ptr(12), MX, struct.pack('!H', 10) + name('mx.example.com') + b'\xee\xee'),
                      rr(ptr(12), NS, name('ns.example.com') + b'\xee'),
                      rr(ptr(12), PTR, ptr(12) + b'\xee\xee\xee')], b'tail')  # names shorter than their data
ext_response(0x7112, [rr(ptr(12), CNAME, b'\x41\x08\xaa\x00')])  # a bitstring-only CNAME: malformed
# a CNAME that is a lone pointer to a bitstring-only name (in the next record's NULL data): an empty name
ext_response(0x7113, [rr(ptr(12), CNAME, ptr(32 + 14 + 12)), rr(ptr(12), 10, b'\x41\x08\xaa\x00')])

# -- from frame 219: what mutated copies of this capture showed (scripts/differential): DNS found by the dns_udp
# heuristic on ports nothing claims (a query and a response; an UPDATE is refused), a query cut inside its question
# still opening a transaction its response names, no empty section where the message ends, UPDATE's counts and
# sections, a TTL with its uppermost bit set, an HINFO whose OS string runs out (no line), an owner name that is a
# pointer to a NUL byte (the root), an unknown SvcParam with no value, zone transfers (many responses, none a
# retransmission), a response quoted by an ICMP error (unsolicited), a bogus UDP length with nothing after the header.
def other_ports(data, to_server=True, sp=33300, dp=33301):
    src, dst = (CLI, SRV) if to_server else (SRV, CLI)
    u = udp(sp, dp, data, src, dst) if to_server else udp(dp, sp, data, src, dst)
    return eth(0x0800, ip4(17, src, dst, u) + u, to_server)


add(other_ports(hdr(0x7300, RD, 1) + question('heur.example.com', A)))
add(other_ports(hdr(0x7300, QR | RD | RA, 1, 1) + question('heur.example.com', A) +
                rr(ptr(12), A, bytes([192, 0, 2, 30])), False))
add(other_ports(hdr(0x7301, 0x2800, 1) + question('update.example.com', SOA)))  # opcode 5: not the heuristic's
add(udp4(hdr(0x7302, RD, 1) + b'\x04cut'))                                        # cut in its question
add(udp4(hdr(0x7302, QR | RD | RA, 1, 1) + question('cut.example.com', A) + rr(ptr(12), A, bytes([192, 0, 2, 31])),
         False))                                                                # names the cut query
add(udp4(hdr(0x7303, QR | AA, 1, 1, 1) + question('ns.example.com', A) + rr(ptr(12), A, bytes([192, 0, 2, 32])),
         False))                                                                # an authority count, no records
add(udp4(hdr(0x7304, 0x2800, 1, 1, 1) + question('example.com', SOA, 1) + rr(ptr(12), 255, b'', rclass=255, ttl=0) +
         rr(b'\x03new' + ptr(12), A, bytes([192, 0, 2, 33]))))              # UPDATE: zone, prerequisite, update
add(udp4(hdr(0x7305, QR | AA, 1, 1) + question('ttl.example.com', A) +
         rr(ptr(12), A, bytes([192, 0, 2, 34]), ttl=0x80000001), False))       # TTL's uppermost bit
add(udp4(hdr(0x7306, QR | AA, 1, 1) + question('hinfo.example.com', HINFO) +
         rr(ptr(12), HINFO, cstr(b'INTEL-386') + b'\x20Linux'), False))          # OS string past the message
add(udp4(hdr(0x7307, QR | AA, 1, 1) + question(b'\x01\x00\x00', A) + rr(ptr(12), A, bytes([192, 0, 2, 35])),
         False))                                                                # owner: pointer to "\000" (root)
add(udp4(hdr(0x7308, QR | AA, 1, 1) + question('svc.example.com', 64) +
         rr(ptr(12), 64, struct.pack('!H', 1) + b'\0' + svcparam(136, b'') + svcparam(3, struct.pack('!H', 443))),
         False))                                                                # key136 with no value
add(udp4(hdr(0x7309, 0, 1) + question('example.com', 252), True, 47309))        # AXFR, three responses
for n in range(3):
    add(udp4(hdr(0x7309, QR | AA, 1, 1) + question('example.com', 252) +
             rr(ptr(12), A, bytes([192, 0, 2, 40 + n])), False, 47309))
add(udp4(hdr(0x730a, RD, 1) + question('twice.example.org', A), True, 47310))    # one answer twice: a retransmission
for n in range(2):
    add(udp4(hdr(0x730a, QR | RD | RA, 1, 1) + question('twice.example.org', A) +
             rr(ptr(12), A, bytes([192, 0, 2, 50])), False, 47310))
quoted = hdr(0x730b, QR | RD | RA, 1, 1) + question('quoted.example.com', A) + rr(ptr(12), A, bytes([192, 0, 2, 51]))
qu = udp(53, 47311, quoted, SRV, CLI)
icmp = struct.pack('!BBHI', 3, 3, 0, 0) + ip4(17, SRV, CLI, qu) + qu
icmp = icmp[:2] + struct.pack('!H', csum(icmp)) + icmp[4:]
add(eth(0x0800, ip4(1, CLI, SRV, icmp) + icmp, True))                           # a response an ICMP error quotes
bogus = struct.pack('!HHHH', 47312, 53, 100, 0)
add(eth(0x0800, ip4(17, CLI, SRV, bogus) + bogus, True))                        # UDP length 100, no payload

with open('dns.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for us, fr in frames:
        f.write(struct.pack('<IIII', T0 + us // 1000000, us % 1000000, len(fr), len(fr)) + fr)
