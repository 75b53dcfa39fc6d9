#!/usr/bin/env python3
"""Writes igmp.pcap: IGMP messages (Ethernet/IPv4 with the Router Alert option, protocol 2) to hold jdissect to
tshark 4.0.17's packet-igmp.c and tcpdump 4.99.3's print-igmp.c. Plain struct, no scapy.
Run: python3 make.py && sh oracle.sh
"""
import struct

HOST = bytes([10, 1, 1, 5])
ROUTER = bytes([10, 1, 1, 1])
HOST_S = '10.1.1.5'


def pcap(records, path):
    out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    for i, (f, caplen) in enumerate(records):
        cap = f[:caplen] if caplen is not None else f
        out += struct.pack('<IIII', 1700000000 + i, 0, len(cap), len(f)) + cap
    open(path, 'wb').write(out)


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ip4(a):
    return bytes(int(x) for x in a.split('.'))


def frame(igmp, dst='224.0.0.1', src=HOST, ra=True, ttl=1, frag=0, proto=2):
    opts = b'\x94\x04\x00\x00' if ra else b''
    ihl = 5 + len(opts) // 4
    d = ip4(dst)
    ip = struct.pack('!BBHHHBBH4s4s', 0x40 | ihl, 0xc0, ihl * 4 + len(igmp), 0, frag, ttl, proto, 0, src, d) + opts
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    if d[0] >= 224 and d[0] < 240:
        mac = bytes([1, 0, 0x5e, d[1] & 0x7f, d[2], d[3]])
    else:
        mac = b'\x00\x11\x22\x33\x44\x55'
    return mac + b'\x00\x1b\x21\x0a\x0b\x0c\x08\x00' + ip + igmp


def fix(msg, ck_len=None, bad=None):
    """Puts the checksum over the first ck_len bytes (all) in bytes 2-3; bad replaces it."""
    m = msg[:2] + b'\0\0' + msg[4:]
    c = csum(m[:ck_len] if ck_len else m) if bad is None else bad
    return m[:2] + struct.pack('!H', c) + m[4:]


def simple(t, code, group, extra=b'', **kw):
    return fix(struct.pack('!BBH4s', t, code, 0, ip4(group)) + extra, **kw)


def v3query(mrc, group, s=0, qrv=2, qqic=125, sources=(), nsrc=None, resv=0, extra=b'', **kw):
    n = len(sources) if nsrc is None else nsrc
    m = struct.pack('!BBH4sBBH', 0x11, mrc, 0, ip4(group), resv << 4 | s << 3 | qrv, qqic, n)
    m += b''.join(ip4(a) for a in sources) + extra
    return fix(m, **kw)


def record(rtype, group, sources=(), aux=b'', nsrc=None, auxlen=None):
    n = len(sources) if nsrc is None else nsrc
    al = len(aux) // 4 if auxlen is None else auxlen
    return struct.pack('!BBH4s', rtype, al, n, ip4(group)) + b''.join(ip4(a) for a in sources) + aux


def v3report(records, n=None, extra=b'', **kw):
    m = struct.pack('!BBHHH', 0x22, 0, 0, 0, len(records) if n is None else n) + b''.join(records) + extra
    return fix(m, **kw)


def v0(t, code, ident, group, key=b'\0' * 8, **kw):
    return fix(struct.pack('!BBHI4s', t, code, 0, ident, ip4(group)) + key, **kw)


def mtrace(t, hops, group, src, rcv, resp, rttl, qid, blocks=(), extra=b'', **kw):
    m = struct.pack('!BBH4s4s4s4sB', t, hops, 0, ip4(group), ip4(src), ip4(rcv), ip4(resp), rttl)
    m += struct.pack('!I', qid)[1:]
    for b in blocks:
        m += b
    return fix(m + extra, **kw)


def block(arr, inaddr, outaddr, prev, inpkt, outpkt, total, proto, fttl, flags, code):
    return struct.pack('!I4s4s4sIIIBBBB', arr, ip4(inaddr), ip4(outaddr), ip4(prev), inpkt, outpkt, total, proto,
                       fttl, flags, code)


R = []


def add(igmp, caplen=None, **kw):
    f = frame(igmp, **kw)
    R.append((f, None if caplen is None else len(f) - len(igmp) + caplen))


# ---- IGMPv1 (RFC 1112)
add(simple(0x11, 0, '0.0.0.0'))
add(simple(0x12, 0, '239.1.1.1'), dst='239.1.1.1')
add(simple(0x12, 0, '239.1.1.1', extra=b'\1\2\3\4'), dst='239.1.1.1')
add(simple(0x11, 0, '239.2.2.2'))
add(simple(0x11, 0, '0.0.0.0', extra=b'\0\0'))
# ---- IGMPv2 (RFC 2236)
add(simple(0x11, 100, '0.0.0.0'), src=ROUTER)
add(simple(0x11, 10, '239.1.1.1'), dst='239.1.1.1', src=ROUTER)
add(simple(0x11, 255, '0.0.0.0'), src=ROUTER)
add(simple(0x11, 1, '0.0.0.0', extra=b'\xaa\xbb'), src=ROUTER)
add(simple(0x16, 0, '239.1.1.1'), dst='239.1.1.1')
add(simple(0x16, 0, '0.0.0.0'), dst='239.1.1.1')
add(simple(0x16, 7, '224.0.0.251'), dst='224.0.0.251')
add(simple(0x17, 0, '239.1.1.1'), dst='224.0.0.2')
add(simple(0x17, 0, '0.0.0.0'), dst='224.0.0.2')
add(simple(0x16, 0, '239.255.255.250', extra=b'\0\0\0\0'), dst='239.255.255.250')
add(simple(0x16, 0, '239.255.255.250', extra=b'\x12\x34\x56\x78', ck_len=8), dst='239.255.255.250')
add(simple(0x17, 0, '239.1.1.1', extra=b'\x01'), dst='224.0.0.2')
add(simple(0x16, 0, '239.1.1.1'), dst='239.1.1.1', ra=False)
# ---- IGMPv3 queries (RFC 3376)
add(v3query(100, '0.0.0.0'), src=ROUTER)
add(v3query(10, '239.1.1.1'), dst='239.1.1.1', src=ROUTER)
add(v3query(20, '239.1.1.1', sources=['10.9.9.9']), dst='239.1.1.1', src=ROUTER)
add(v3query(100, '232.1.1.1', s=1, qrv=7, sources=['10.9.9.9', '10.9.9.10', '192.0.2.1']), dst='232.1.1.1',
    src=ROUTER)
for mrc in (0, 1, 99, 127, 0x80, 0x81, 0x8f, 0x90, 0xa5, 0xc3, 0xf0, 0xff):
    add(v3query(mrc, '0.0.0.0', qrv=mrc & 7), src=ROUTER)
for qqic in (0, 1, 127, 0x80, 0x8a, 0xff):
    add(v3query(100, '0.0.0.0', qqic=qqic, s=qqic & 1), src=ROUTER)
add(v3query(100, '0.0.0.0', resv=0xf, qrv=0), src=ROUTER)
add(v3query(100, '239.1.1.1', sources=['10.0.0.%d' % i for i in range(1, 13)]), dst='239.1.1.1', src=ROUTER)
add(v3query(100, '0.0.0.0', sources=['10.0.0.1']), src=ROUTER)
add(v3query(100, '0.0.0.0', extra=b'\0'), src=ROUTER)
add(v3query(100, '239.1.1.1', extra=b'\0\0\0\0'), src=ROUTER)
add(v3query(100, '239.1.1.1', sources=['10.9.9.9'], nsrc=3), dst='239.1.1.1', src=ROUTER)
add(v3query(100, '239.1.1.1', sources=['10.9.9.9'], nsrc=2, extra=b'\1\2'), dst='239.1.1.1', src=ROUTER)
add(v3query(0x8c, '239.1.1.1', sources=['10.9.9.9', '10.9.9.8']), dst='239.1.1.1', src=ROUTER)
# ---- IGMPv3 reports: every record type with no, one and several sources, aux data, unknown types
add(v3report([record(4, '239.1.1.1')]), dst='224.0.0.22')
add(v3report([record(3, '239.1.1.1')]), dst='224.0.0.22')
for rt in (1, 2, 3, 4, 5, 6, 0, 7, 200):
    add(v3report([record(rt, '239.2.%d.1' % rt)]), dst='224.0.0.22')
    add(v3report([record(rt, '239.2.%d.2' % rt, ['10.1.%d.1' % rt])]), dst='224.0.0.22')
    add(v3report([record(rt, '239.2.%d.3' % rt, ['10.1.%d.1' % rt, '10.1.%d.2' % rt, '10.1.%d.3' % rt])]),
        dst='224.0.0.22')
add(v3report([record(1, '239.3.3.3', ['10.0.0.1'], aux=b'\xde\xad\xbe\xef'),
              record(6, '239.3.3.4', [], aux=b'\x01\x02\x03\x04\x05\x06\x07\x08')]), dst='224.0.0.22')
add(v3report([record(4, '239.4.4.%d' % i) for i in range(1, 9)]), dst='224.0.0.22')
add(v3report([record(5, '232.5.5.5', ['10.2.0.%d' % i for i in range(1, 41)])]), dst='224.0.0.22')
add(v3report([record(1, '239.6.6.6', ['10.0.0.1']), record(2, '239.6.6.7', ['10.0.0.2', '10.0.0.3']),
              record(3, '239.6.6.8'), record(4, '239.6.6.9', ['10.0.0.4'])]), dst='224.0.0.22')
add(v3report([]), dst='224.0.0.22')
add(v3report([record(4, '239.1.1.1')], n=3), dst='224.0.0.22')
add(v3report([record(1, '239.1.1.1', ['10.0.0.1'], nsrc=4)]), dst='224.0.0.22')
add(v3report([record(1, '239.1.1.1', ['10.0.0.1'], auxlen=3)]), dst='224.0.0.22')
add(v3report([record(4, '239.1.1.1')], extra=b'\0\0'), dst='224.0.0.22')
add(v3report([record(4, '239.1.1.1')], extra=b'\0\0\0\0'), dst='224.0.0.22')
add(fix(struct.pack('!BBHHH', 0x22, 0, 0, 0, 0)), dst='224.0.0.22')
# ---- bad checksums
add(simple(0x16, 0, '239.1.1.1', bad=0x1234), dst='239.1.1.1')
add(simple(0x12, 0, '239.1.1.1', bad=0), dst='239.1.1.1')
add(v3query(100, '0.0.0.0', bad=0xffff), src=ROUTER)
add(v3report([record(4, '239.1.1.1')], bad=0xbeef), dst='224.0.0.22')
add(mtrace(0x1f, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '10.1.1.5', 0, 77, bad=0x4242), dst='10.1.1.1')
add(v0(0x01, 0, 1, '0.0.0.0', bad=0x0001), dst='10.1.1.1')
# ---- IGMPv0 (RFC 988): every type, group types, reply codes, pending
add(v0(0x01, 0, 1, '0.0.0.0', key=b'12345678'), dst='10.1.1.1')
add(v0(0x01, 1, 2, '0.0.0.0'), dst='10.1.1.1')
add(v0(0x01, 9, 3, '0.0.0.0'), dst='10.1.1.1')
for code in (0, 1, 2, 3, 4, 5, 200):
    add(v0(0x02, code, 4, '224.9.9.9'), src=ROUTER)
add(v0(0x03, 7, 5, '224.9.9.9'), dst='10.1.1.1')
add(v0(0x04, 0, 5, '224.9.9.9'), src=ROUTER)
add(v0(0x05, 0, 6, '224.9.9.9'), dst='10.1.1.1')
add(v0(0x06, 3, 6, '224.9.9.9'), src=ROUTER)
add(v0(0x07, 0, 7, '224.9.9.9'), dst='10.1.1.1')
add(v0(0x08, 6, 7, '224.9.9.9'), src=ROUTER)
add(v0(0x00, 0, 8, '224.9.9.9'), dst='10.1.1.1')
add(v0(0x09, 0, 8, '224.9.9.9'), dst='10.1.1.1')
add(v0(0x0f, 1, 8, '224.9.9.9'), dst='10.1.1.1')
add(v0(0x0a, 1, 8, '224.9.9.9')[:12], dst='10.1.1.1')
# ---- types no dissector takes: data
for t in (0x10, 0x15, 0x18, 0x20, 0x21, 0x30, 0x99, 0xfb):
    add(simple(t, 0x55, '1.2.3.4', extra=b'\xab\xcd'))
add(bytes([0x99]))
# ---- RGMP (RFC 3488): its own dissector when sent to 224.0.0.25, IGMP's unknown type elsewhere
for t in (0xfc, 0xfd, 0xfe, 0xff):
    add(simple(t, 0, '239.1.1.1'), dst='224.0.0.25', src=ROUTER)
add(simple(0xff, 7, '0.0.0.0', bad=0x1234), dst='224.0.0.25', src=ROUTER)
add(simple(0xfd, 0, '239.1.1.1', extra=b'\1\2\3\4'), dst='224.0.0.25', src=ROUTER)
add(simple(0xfd, 0, '239.1.1.1'), dst='224.0.0.25', src=ROUTER, caplen=6)
add(simple(0xfd, 0, '239.1.1.1')[:6], dst='224.0.0.25', src=ROUTER)
add(simple(0xfc, 0, '239.1.1.1'), dst='224.0.0.26', src=ROUTER)
# ---- MSNIP (to 224.0.0.22) and MRDISC's termination (to 224.0.0.2): their own dissectors; IGMP's unknown type
# sent elsewhere
GM = fix(bytes([0x23, 2, 0, 0]) + struct.pack('!I', 60) + ip4('239.1.1.1') + bytes([24, 0, 0, 0]) + ip4('239.2.2.2')
         + bytes([32, 0, 0, 0]))
IS = fix(bytes([0x24, 20, 0, 0, 0, 2, 0, 7]))
RMR = fix(bytes([0x25, 3, 0, 0]) + bytes([1, 0, 0, 0]) + ip4('239.1.1.1') + bytes([2, 0, 0, 0]) + ip4('239.2.2.2')
          + bytes([9, 0, 0, 0]) + ip4('239.3.3.3'))
TERM = fix(bytes([0x26, 5, 0, 0]))
for m in (GM, IS, RMR):
    add(m, dst='224.0.0.22', src=ROUTER)
    add(m, dst='224.0.0.2', src=ROUTER)
add(TERM, dst='224.0.0.2', src=ROUTER)
add(TERM, dst='224.0.0.22', src=ROUTER)
add(fix(bytes([0x26, 0, 0, 0, 1, 2, 3, 4])), dst='224.0.0.2', src=ROUTER)
add(fix(bytes([0x26, 0, 0, 0]), bad=9), dst='224.0.0.2', src=ROUTER)
add(fix(bytes([0x24, 20, 0, 0, 0, 2, 0, 7, 9, 9])), dst='224.0.0.22', src=ROUTER)
add(fix(bytes([0x23, 0, 0, 0, 0, 0, 0, 0]), bad=1), dst='224.0.0.22', src=ROUTER)
for cut in (1, 3):
    add(TERM, dst='224.0.0.2', src=ROUTER, caplen=cut)
add(TERM[:3], dst='224.0.0.2', src=ROUTER)
for cut in (2, 5, 8, 10, 13, 16, 20):
    add(GM, dst='224.0.0.22', src=ROUTER, caplen=cut)
add(GM[:14], dst='224.0.0.22', src=ROUTER)
for cut in (4, 5, 9, 12, 14):
    add(RMR, dst='224.0.0.22', src=ROUTER, caplen=cut)
for cut in (2, 5, 7):
    add(IS, dst='224.0.0.22', src=ROUTER, caplen=cut)
# ---- multicast traceroute (mtrace): query, request, responses with blocks of every protocol and code
add(mtrace(0x1f, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '10.1.1.5', 0, 77), dst='10.1.1.1')
add(mtrace(0x1f, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '224.0.1.32', 64, 0xabcdef,
           [block(0x12345678, '10.1.1.1', '10.1.1.2', '10.3.3.3', 1, 2, 3, 3, 1, 0x3f, 0)]), dst='224.0.0.2')
add(mtrace(0x1e, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '10.1.1.5', 0, 78,
           [block(1000, '10.1.1.1', '10.1.1.2', '10.3.3.3', 10, 20, 30, p, 2, 0x58, c)
            for p, c in ((1, 0), (2, 1), (11, 0x0b), (12, 0x81), (0, 0x82), (5, 0x83), (7, 0x0c))]),
    src=ROUTER, dst='10.1.1.5')
add(mtrace(0x1e, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '10.1.1.5', 0, 79, []), src=ROUTER, dst='10.1.1.5')
add(mtrace(0x1e, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '10.1.1.5', 0, 80,
           [block(1, '10.1.1.1', '10.1.1.2', '10.3.3.3', 1, 2, 3, 4, 5, 0x80, 6)], extra=b'\1\2\3\4\5\6\7\x08'),
    src=ROUTER, dst='10.1.1.5')
add(mtrace(0x1f, 1, '239.1.1.1', '10.5.5.5', '10.1.1.5', '10.1.1.5', 0, 81)[:20], dst='10.1.1.1')
add(mtrace(0x1f, 1, '239.1.1.1', '10.5.5.5', '10.1.1.5', '239.255.0.1', 3, 82, extra=b'\0\0\0\0'), dst='10.1.1.1')
# ---- fragments: the checksum cannot be verified
add(simple(0x16, 0, '239.1.1.1'), dst='239.1.1.1', frag=0x2000)
# a first fragment cut by the snapshot is not reassembled but dissected, its checksum unverified; an empty one is
# handed to no one (no Info either)
add(simple(0x16, 0, '239.1.1.1'), dst='239.1.1.1', frag=0x2000, caplen=4)
add(b'', dst='239.1.1.1', frag=0x2000)
# ---- short messages (reported length)
add(b'')
add(bytes([0x11]))
add(bytes([0x11, 0x64, 0, 0]))
add(bytes([0x16, 0, 0xe9, 0xfe, 239, 1]), dst='239.1.1.1')
add(bytes([0x22, 0, 0, 0, 0, 0]), dst='224.0.0.22')
add(bytes([0x1e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), dst='10.1.1.5')
add(bytes([0x01, 0, 0, 0, 0, 0, 0, 1]), dst='10.1.1.5')
add(v3query(100, '239.1.1.1', sources=['10.9.9.9', '10.9.9.10'])[:17], dst='239.1.1.1', src=ROUTER)
add(v3report([record(1, '239.1.1.1', ['10.0.0.1', '10.0.0.2'])])[:22], dst='224.0.0.22')
REP0 = v3report([record(2, '239.7.7.7', ['10.0.0.1']), record(4, '239.7.7.8')])
# ---- an IP total length beyond the frame (as TSO captures show): a read that starts past the captured bytes but
# within the frame (or at its end) is a snapshot cut however far it runs
# (tvb_ip_to_str and proto_tree_add_item judge a read so; tvb_get_guint8 and its kin by its end alone: a record's
# type byte read first, its group's text next, decide which)
for size, cut in ((13, 10), (13, 12), (12, 10), (12, 11), (12, 12), (10, 8), (10, 9), (9, 8)):
    f = frame(REP0[:size], dst='224.0.0.22')
    f = f[:16] + struct.pack('!H', 24 + len(REP0)) + f[18:]
    R.append((f, len(f) - size + cut))
MT0 = mtrace(0x1e, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '224.0.1.32', 8, 83,
             [block(1, '10.1.1.1', '10.1.1.2', '10.3.3.3', 1, 2, 3, 3, 1, 0x3f, 0)])
for size, cut in ((22, 20), (56, 30)):
    f = frame(MT0[:size], dst='10.1.1.5', src=ROUTER)
    f = f[:16] + struct.pack('!H', 24 + len(MT0)) + f[18:]
    R.append((f, len(f) - size + cut))
# ---- cut by the snapshot length at many offsets
Q = v3query(0x8a, '239.1.1.1', s=1, qrv=3, qqic=0x90, sources=['10.9.9.9', '10.9.9.10'])
for cut in (1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 15, 16, 19):
    add(Q, caplen=cut, dst='239.1.1.1', src=ROUTER)
REP = v3report([record(2, '239.7.7.7', ['10.0.0.1', '10.0.0.2'], aux=b'\xca\xfe\xba\xbe'), record(4, '239.7.7.8')])
for cut in (1, 4, 6, 7, 8, 9, 10, 12, 13, 16, 18, 20, 24, 26, 28, 30, 36, 40):
    add(REP, caplen=cut, dst='224.0.0.22')
V2 = simple(0x16, 0, '239.1.1.1')
for cut in (1, 2, 3, 4, 5, 6, 7):
    add(V2, caplen=cut, dst='239.1.1.1')
add(simple(0x11, 0, '0.0.0.0'), caplen=5)
add(simple(0x11, 100, '0.0.0.0'), caplen=6, src=ROUTER)
add(simple(0x17, 0, '239.1.1.1'), caplen=4, dst='224.0.0.2')
add(v0(0x02, 1, 4, '224.9.9.9'), caplen=12, src=ROUTER)
add(v0(0x02, 1, 4, '224.9.9.9'), caplen=16, src=ROUTER)
MT = mtrace(0x1e, 32, '239.1.1.1', '10.5.5.5', '10.1.1.5', '224.0.1.32', 8, 83,
            [block(1, '10.1.1.1', '10.1.1.2', '10.3.3.3', 1, 2, 3, 3, 1, 0x3f, 0)])
for cut in (1, 3, 8, 12, 16, 20, 21, 23, 24, 30, 52, 55):
    add(MT, caplen=cut, src=ROUTER, dst='10.1.1.5')
add(simple(0x30, 0, '1.2.3.4'), caplen=1)
add(simple(0x30, 0, '1.2.3.4'), caplen=3)
# a bad checksum whose right value is 0x0000 (the other bytes sum to 0xffff): in_cksum_shouldbe says 0xffff
add(simple(0x16, 0, '239.1.250.253', bad=0x1234), dst='239.1.250.253')
pcap(R, 'igmp.pcap')

# ---- igmp-dvmrp-pim.pcap: DVMRP (0x13) and PIM v1 (0x14) over IGMP, for tcpdump's print-dvmrp.c and pimv1_print
# only (jdissect's tshark side does not dissect them: packet-dvmrp.c and packet-pim.c are not ported)
R = []


def dvmrp(code, body=b'', minor=0xff, major=3, **kw):
    return fix(struct.pack('!BBHHBB', 0x13, code, 0, 0, minor, major) + body, **kw)


def pim1(code, body=b'', version=1, word=0, **kw):
    return fix(struct.pack('!BBHBBH', 0x14, code, 0, version << 4, 0, word) + body, **kw)


D = '224.0.0.4'
add(dvmrp(1, struct.pack('!I', 12345) + ip4('10.0.0.2') + ip4('10.0.0.3')), dst=D)
add(dvmrp(1, struct.pack('!I', 7)), dst=D)
add(dvmrp(1, b'\1\2'), dst=D)
add(dvmrp(1, struct.pack('!I', 7) + b'\1\2'), dst=D)
add(dvmrp(2, b'\xff\xff\x00' + b'\x0a\x01\x02\x05' + b'\x0a\x01\x03\x82' + b'\xff\x00\x00' + b'\x0b\x81'), dst=D)
add(dvmrp(2, b'\x00\x00\x00' + b'\x0a\x01'), dst=D)
add(dvmrp(2, b'\xff\xff\xff' + b'\x0a\x01\x02\x03\x84' + b'\x01'), dst=D)
add(dvmrp(2, b'\xff\xff\xff' + b'\x0a\x01'), dst=D)
add(dvmrp(3), dst='10.1.1.1')
add(dvmrp(4, ip4('10.0.0.1') + bytes([1, 2, 2]) + ip4('10.0.0.5') + ip4('10.0.0.6')), src=ROUTER, dst=HOST_S)
add(dvmrp(4, ip4('10.0.0.1') + bytes([1, 2])), src=ROUTER, dst=HOST_S)
add(dvmrp(4, ip4('10.0.0.1') + bytes([1, 2, 3]) + ip4('10.0.0.5')), src=ROUTER, dst=HOST_S)
add(dvmrp(5), dst='10.1.1.1')
for flags in (0x00, 0x01, 0x02, 0x10, 0x20, 0x40, 0x73):
    add(dvmrp(6, ip4('10.0.0.1') + bytes([1, 0, flags, 1]) + ip4('10.0.0.9'), minor=4, major=12), src=ROUTER,
        dst=HOST_S)
add(dvmrp(6, ip4('10.0.0.1') + bytes([1, 0, 0, 3]) + ip4('10.0.0.9')), src=ROUTER, dst=HOST_S)
add(dvmrp(6, ip4('10.0.0.1') + bytes([1, 0, 0, 1]) + ip4('10.0.0.9') + b'\1\2\3'), src=ROUTER, dst=HOST_S)
add(dvmrp(6, ip4('10.0.0.1') + bytes([1, 0, 0, 1]) + b'\1\2'), src=ROUTER, dst=HOST_S)
add(dvmrp(7, ip4('10.5.5.5') + ip4('239.1.1.1') + struct.pack('!I', 7200)), dst=D)
add(dvmrp(7, ip4('10.5.5.5') + ip4('239.1.1.1')), dst=D)
add(dvmrp(8, ip4('10.5.5.5') + ip4('239.1.1.1')), dst=D)
add(dvmrp(9, ip4('10.5.5.5') + ip4('239.1.1.1')), dst=D)
add(dvmrp(10, b'\1\2\3\4'), dst=D)
add(dvmrp(1, struct.pack('!I', 1)[:2]), dst=D)
add(dvmrp(4, ip4('10.0.0.1') + bytes([1, 2, 2]) + ip4('10.0.0.5') + ip4('10.0.0.6')), caplen=20, src=ROUTER,
    dst=HOST_S)
add(dvmrp(6, ip4('10.0.0.1') + bytes([1, 0, 0x41, 1]) + ip4('10.0.0.9')), caplen=18, src=ROUTER, dst=HOST_S)
add(dvmrp(1, struct.pack('!I', 1)), caplen=10, dst=D)
add(dvmrp(1, struct.pack('!I', 1), bad=0x1111), dst=D)
add(bytes([0x13, 1, 0, 0, 0, 0]), dst=D)
P = '224.0.0.2'
for mode in (0, 1, 2, 5):
    add(pim1(0, bytes([mode << 4, 0, 0, 105])), dst=P)
add(pim1(0), dst=P)
add(pim1(1, bytes.fromhex('45000054000040004001') + b'\0\0' + ip4('10.5.5.5') + ip4('239.1.1.1')), dst='10.9.9.9')
add(pim1(1, bytes.fromhex('4500005400')), dst='10.9.9.9')
add(pim1(2, ip4('239.1.1.1') + ip4('10.5.5.5')), dst='10.9.9.9')
add(pim1(4, ip4('239.1.1.1') + ip4('255.255.255.255') + ip4('10.7.7.7') + struct.pack('!HH', 0, 270)), dst=P)
add(pim1(4, ip4('239.1.1.1') + ip4('255.255.0.0') + ip4('10.7.7.7') + struct.pack('!HH', 0, 90)), dst=P)
add(pim1(5, ip4('239.1.1.1') + ip4('255.255.255.255') + ip4('10.5.5.5') + struct.pack('!II', 0x80000064, 10)),
    dst=P)
add(pim1(5, ip4('239.1.1.1') + ip4('255.255.255.0') + ip4('10.5.5.5') + struct.pack('!II', 100, 10)), dst=P)


def jp(upstream, hold, groups):
    b = ip4(upstream) + struct.pack('!HH', 0, hold) + bytes([0, 0, 0, len(groups)])
    for g, m, joins, prunes in groups:
        b += ip4(g) + ip4(m) + struct.pack('!HH', len(joins), len(prunes))
        for flags, mask, a in joins + prunes:
            b += bytes([flags, mask]) + ip4(a)
    return b


add(pim1(3, jp('10.3.3.3', 180, [('239.1.1.1', '255.255.255.255', [(1, 0x20, '10.5.5.5')], [])])), dst=P)
add(pim1(3, jp('10.3.3.3', 210, [('239.1.1.1', '255.255.255.0', [], [(0, 0xe0, '10.5.5.5')])])), dst=P)
add(pim1(3, jp('10.3.3.3', 60, [('239.1.1.1', '255.255.255.255', [(1, 0x20, '10.5.5.5'), (0, 0x9f, '10.5.5.6')],
                                 [(1, 0x40, '10.5.5.7')]),
                                ('239.2.2.2', '255.255.0.0', [], [(0, 0, '10.6.6.6')])])), dst=P)
add(pim1(3, jp('10.3.3.3', 60, [('239.1.1.1', '255.255.255.255', [(1, 0x20, '10.5.5.5')] * 3, [])])[:30]),
    dst=P)
add(pim1(6, jp('10.3.3.3', 60, [('239.1.1.1', '255.255.255.255', [(1, 0x20, '10.5.5.5')] * 2, [])])), dst=P)
add(pim1(7, ip4('10.3.3.3') + b'\0\0'), dst=P)
add(pim1(7, b'\1\2'), dst=P)
add(pim1(9, b'\1\2\3\4'), dst=P)
add(pim1(0, bytes([0x10, 0, 0, 105]), version=2), dst=P)
add(pim1(0, bytes([0x10, 0, 0, 105])), caplen=9, dst=P)
add(pim1(5, ip4('239.1.1.1') + ip4('255.255.255.255') + ip4('10.5.5.5') + struct.pack('!II', 1, 2)), caplen=22,
    dst=P)
add(pim1(3, jp('10.3.3.3', 60, [('239.1.1.1', '255.255.255.255', [(1, 0x20, '10.5.5.5')] * 2, [])])), caplen=36,
    dst=P)
pcap(R, 'igmp-dvmrp-pim.pcap')
