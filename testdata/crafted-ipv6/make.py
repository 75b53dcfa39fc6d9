#!/usr/bin/env python3
"""Builds eth.pcap, null.pcap, raw.pcap and quoted.pcap: IPv6 payload lengths, jumbograms, option placement,
ICMPv6 checksums and errors, IP version dispatch and TCP quoted by ICMP errors, for tshark 4.0.17 to judge.
Run `python3 make.py` here, then `sh oracle.sh`."""
import struct

S = bytes.fromhex('fd99' + '00' * 13 + '01')
D = bytes.fromhex('fd99' + '00' * 13 + '02')
T0 = 1700000000


def write(name, link, pkts):
    with open(name, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, link))
        for i, p in enumerate(pkts):
            f.write(struct.pack('<IIII', T0 + i, 0, len(p), len(p)))
            f.write(p)


def v6(plen, nxt, payload, src=S, dst=D):
    return bytes.fromhex('60000000') + struct.pack('>HBB', plen, nxt, 64) + src + dst + payload


def csum(b):
    """The Internet checksum of b."""
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('>%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff


def csum6(src, dst, nxt, body):
    """The checksum of an upper-layer body over IPv6, with its pseudo-header."""
    return csum(src + dst + struct.pack('>IxxxB', len(body), nxt) + body)


def icmp6(type_, code, rest, bad=False):
    m = bytes([type_, code, 0, 0]) + rest
    c = csum6(S, D, 58, m) ^ (0x1111 if bad else 0)
    return v6(len(m), 58, m[:2] + struct.pack('>H', c) + m[4:])


def eth(p, etype=0x86dd):
    return bytes.fromhex('020000000001020000000002') + struct.pack('>H', etype) + p


UDP = struct.pack('>HHHH', 1234, 5555, 12, 0) + b'abcd'
TCP = struct.pack('>HHIIBBHHH', 1234, 80, 1, 0, 0x50, 0x02, 8192, 0, 0)


def hbh(nxt, opts):
    """A hop-by-hop or destination options header holding opts, padded with PadN to a multiple of eight."""
    body = bytes([nxt, 0]) + opts
    pad = (-len(body)) % 8
    if pad == 1:
        body += b'\0'
    elif pad:
        body += bytes([1, pad - 2]) + bytes(pad - 2)
    return bytes([nxt, len(body) // 8 - 1]) + body[2:]


def jumbo(v, length=4):
    return bytes([0xc2, length]) + struct.pack('>I', v)[:max(length, 0)] + bytes(max(0, 4 - length))


quoted_udp = v6(12, 17, UDP, src=D, dst=S)
eth_pkts = [
    # ICMPv6 echo request with a good and a bad checksum ("incorrect, should be" and its warning)
    eth(icmp6(128, 0, struct.pack('>HH', 1, 1) + b'ping')),
    eth(icmp6(128, 0, struct.pack('>HH', 1, 2) + b'ping', bad=True)),
    # errors: quoting a whole IPv6/UDP packet; 8 bytes only (malformed); quoting what is not IPv6 (data);
    # quoting headers whose payload length is 0 (TCP, hop-by-hop, UDP with two bytes, no next header) or that the
    # quote ends after (an extension header then nothing): no next layer, no exception
    eth(icmp6(1, 4, bytes(4) + quoted_udp)),
    eth(icmp6(1, 4, bytes(4))),
    eth(icmp6(3, 0, bytes(4) + bytes([0x45]) + bytes(27))),
    eth(icmp6(1, 4, bytes(4) + v6(0, 6, b'', src=D, dst=S))),
    eth(icmp6(1, 4, bytes(4) + v6(0, 0, b'', src=D, dst=S))),
    eth(icmp6(1, 4, bytes(4) + v6(0, 17, b'\x04\xd2', src=D, dst=S))),
    eth(icmp6(1, 4, bytes(4) + v6(8, 0, hbh(17, b''), src=D, dst=S))),
    eth(icmp6(2, 0, struct.pack('>I', 1280) + v6(0, 59, b'xy', src=D, dst=S))),
    # payload length 0: TCP and UDP (taken at its word: the datagram is the header, TSO note, malformed), no next
    # header (the bytes after are the Ethernet trailer), a hop-by-hop header without a jumbo option and with one
    # below 65536 (malformed), jumbograms of 65536 and 70000 (after a Pad1) longer than the frame
    eth(v6(0, 6, TCP)),
    eth(v6(0, 17, UDP)),
    eth(v6(0, 59, b'xyz')),
    eth(v6(0, 0, hbh(17, b'') + UDP)),
    eth(v6(0, 0, hbh(17, jumbo(65535)) + UDP)),
    eth(v6(0, 0, hbh(17, jumbo(65536)) + UDP)),
    eth(v6(0, 0, hbh(17, b'\0' + jumbo(70000)) + UDP)),
    # a jumbo option where the payload length is not 0 (prohibited), below 65536 too (truncated), with a length of 2
    # (invalid; four bytes read all the same), and in a destination options header (header mismatch)
    eth(v6(20, 0, hbh(17, jumbo(70000)) + UDP)),
    eth(v6(20, 0, hbh(17, jumbo(28)) + UDP)),
    eth(v6(20, 0, bytes([17, 0, 0xc2, 2, 0, 0, 1, 0]) + UDP)),
    eth(v6(20, 60, hbh(17, jumbo(70000)) + UDP)),
    # options in the wrong header: router alert in destination options, tunnel encapsulation limit and home
    # address in hop-by-hop; Pad1 before, between and after options (its item's length is read from the next byte)
    eth(v6(20, 60, hbh(17, bytes([5, 2, 0, 0])) + UDP)),
    eth(v6(20, 0, hbh(17, bytes([4, 1, 3])) + UDP)),
    eth(v6(36, 0, hbh(17, bytes([0xc9, 16]) + bytes(15) + b'\x01') + UDP)),
    eth(v6(20, 0, bytes([17, 0, 0, 1, 3, 0, 0, 0]) + UDP)),
    eth(v6(20, 0, bytes([17, 0, 1, 3, 0, 0, 0, 0]) + UDP)),
    eth(v6(20, 60, bytes([17, 0, 0, 0, 0, 0, 0, 0]) + UDP)),
    # ethertype IPv4 carrying IPv6 (an IPv4 item with the bogus version, then IPv6), and version 5 (bogus only)
    eth(icmp6(128, 0, struct.pack('>HH', 7, 1)), etype=0x0800),
    eth(bytes([0x55]) + bytes(39), etype=0x0800),
]

# BSD loopback, family 2 (AF_INET): Wireshark's generic "ip" dissector goes by the version nibble, so IPv6 shows
# without an IPv4 item, version 5 as "Internet Protocol, bogus version"
null_pkts = [
    struct.pack('<I', 2) + icmp6(128, 0, struct.pack('>HH', 9, 1)),
    struct.pack('<I', 2) + bytes([0x55]) + bytes(39),
    struct.pack('<I', 24) + v6(0, 17, UDP),
]

# raw IP: payload length 0 with the datagram ending at the header (hop-by-hop, TCP, UDP)
raw_pkts = [v6(0, 0, b''), v6(0, 6, b''), v6(0, 17, b''), v6(0, 0, b'\x11\x00')]


# TCP quoted by ICMP and ICMPv6 errors inside live connections: the quote is no segment of its connection (raw
# numbers, no segment length or analysis, payload handed up once and never reassembled: HTTP shows its request line
# alone), while its stream, completeness, times and closing state take it in
A4, B4, R4 = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]), bytes([10, 0, 0, 254])
R6 = bytes.fromhex('fd99' + '00' * 13 + 'fe')


def ip4(proto, src, dst, payload):
    h = struct.pack('>BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), 1, 0x4000, 64, proto, 0, src, dst)
    return h[:10] + struct.pack('>H', csum(h)) + h[12:] + payload


def tcp(sp, dp, seq, ack, flags, win, opts=b'', data=b''):
    return struct.pack('>HHIIBBHHH', sp, dp, seq, ack, (5 + len(opts) // 4) << 4, flags, win, 0xabcd, 0) + opts + data


def icmp4(type_, code, rest, data):
    m = bytes([type_, code, 0, 0]) + rest + data
    return m[:2] + struct.pack('>H', csum(m)) + m[4:]


def icmp6_from(src, dst, type_, code, rest, data):
    m = bytes([type_, code, 0, 0]) + rest + data
    return m[:2] + struct.pack('>H', csum6(src, dst, 58, m)) + m[4:]


SYN_OPTS = b'\x02\x04\x05\xb4\x01\x03\x03\x07'


def icmp6_error(type_, code, rest, quoted):
    """An ICMPv6 error from the router R6 to S quoting `quoted`."""
    m = icmp6_from(R6, S, type_, code, rest, quoted)
    return v6(len(m), 58, m, src=R6, dst=S)


quoted_pkts = [
    eth(ip4(6, A4, B4, tcp(40001, 80, 1000, 0, 0x02, 64240, SYN_OPTS)), etype=0x0800),
    eth(ip4(6, B4, A4, tcp(80, 40001, 5000, 1001, 0x12, 65160, SYN_OPTS)), etype=0x0800),
    eth(ip4(6, A4, B4, tcp(40001, 80, 1001, 5001, 0x10, 502)), etype=0x0800),
    # fragmentation needed quoting a request with timestamps: HTTP dissects the request line it holds
    eth(ip4(1, R4, A4, icmp4(3, 4, struct.pack('>HH', 0, 1400), ip4(6, A4, B4, tcp(
        40001, 80, 1001, 5001, 0x18, 502, b'\x01\x01\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x02',
        b'GET / HTTP/1.1\r\n')))), etype=0x0800),
    eth(ip4(6, A4, B4, tcp(40001, 80, 1001, 5001, 0x18, 502, b'', b'GET / HTTP/1.1\r\n\r\n')), etype=0x0800),
    eth(v6(28, 6, tcp(40002, 80, 7000, 0, 0x02, 64800, SYN_OPTS))),
    eth(v6(28, 6, tcp(80, 40002, 9000, 7001, 0x12, 64800, SYN_OPTS), src=D, dst=S)),
    # packet too big quoting 40 bytes of data, and destination unreachable quoting a FIN (it initiates the closing)
    eth(icmp6_error(2, 0, struct.pack('>I', 1280), v6(60, 6, tcp(40002, 80, 7001, 9001, 0x18, 507, b'', b'x' * 40)))),
    eth(icmp6_error(1, 4, bytes(4), v6(20, 6, tcp(40002, 80, 7001, 9001, 0x11, 507)))),
]

write('quoted.pcap', 1, quoted_pkts)
write('eth.pcap', 1, eth_pkts)
write('null.pcap', 0, null_pkts)
write('raw.pcap', 101, raw_pkts)

# extension headers and the Info column: hop-by-hop and destination options append their names (" , " between them
# and the routing header's) until a protocol above writes its own; CALIPSO options (RFC 5570) whole, with a
# compartment bitmap, and too short for their fixed part (read anyway, into the next bytes)
PUP = b'abcd'
calipso = bytes([7, 12]) + struct.pack('>IBBH', 3, 1, 9, 0x1234) + bytes([0xf0, 0, 0, 1])
ext_pkts = [
    eth(v6(12, 0, bytes([12, 0, 1, 4, 0, 0, 0, 0]) + PUP)),
    eth(v6(12, 60, bytes([12, 0, 1, 4, 0, 0, 0, 0]) + PUP)),
    eth(v6(20, 0, bytes([60, 0, 1, 4, 0, 0, 0, 0]) + bytes([12, 0, 1, 4, 0, 0, 0, 0]) + PUP)),
    eth(v6(12, 0, bytes([12, 0, 7, 4, 1, 2, 3, 4]) + PUP)),
    eth(v6(12, 60, bytes([12, 0, 7, 4, 1, 2, 3, 4]) + PUP)),
    eth(v6(20, 0, bytes([43, 0, 1, 4, 0, 0, 0, 0]) + bytes([12, 0, 9, 0, 0, 0, 0, 0]) + PUP)),
    eth(v6(20, 0, bytes([43, 0, 7, 4, 1, 2, 3, 4]) + bytes([12, 0, 9, 0, 0, 0, 0, 0]) + PUP)),
    eth(v6(20, 43, bytes([0, 0, 9, 0, 0, 0, 0, 0]) + bytes([12, 0, 7, 4, 1, 2, 3, 4]) + PUP)),
    eth(v6(20, 0, bytes([12, 1]) + calipso + PUP)),
]
write('ext-headers.pcap', 1, ext_pkts)

# option lengths: an option read by its own function (Path MTU, jumbo, router alert, tunnel encapsulation limit,
# home address, CALIPSO) that its length says is longer gets the rest as "Unknown Data"; one that claims less is
# read whole all the same, into the bytes after it. Path MTU options (RFC 9268): whole with the return flag set, in a
# destination options header, and one longer than the header and the frame (as tcpdump's ipv6-next-header-oobr)
pmtu = bytes([0x30, 4, 0x05, 0xdc, 0x05, 0xdd])
opt_pkts = [
    eth(v6(12, 0, hbh(17, pmtu) + PUP)),
    eth(v6(20, 0, hbh(17, bytes([0x30, 6, 0, 0x80, 0x12, 0x34, 0xaa, 0xbb])) + PUP)),
    eth(v6(12, 0, hbh(17, bytes([0x30, 2, 0x12, 0x34])) + PUP)),
    eth(v6(12, 60, hbh(17, pmtu) + PUP)),
    eth(v6(20, 0, hbh(17, bytes([0xc2, 6, 0, 1, 0x11, 0x70, 0xee, 0xee])) + PUP)),
    eth(v6(12, 0, hbh(17, bytes([5, 3, 0, 0, 9])) + PUP)),
    eth(v6(12, 0, hbh(17, bytes([5, 1, 0])) + PUP)),
    eth(v6(12, 60, hbh(17, bytes([4, 2, 3, 9])) + PUP)),
    eth(v6(28, 60, hbh(17, bytes([0xc9, 18]) + bytes(15) + b'\x01' + b'\xab\xcd') + PUP)),
    eth(v6(28, 0, hbh(17, bytes([7, 16]) + struct.pack('>IBBH', 3, 1, 9, 0x1234) + bytes([0xf0, 0, 0, 1])
                      + b'\x01\x02\x03\x04') + PUP)),
    eth(v6(12, 0, hbh(17, bytes([0x3f, 2, 1, 2])) + PUP)),
    eth(v6(12336, 0, bytes([43, 0, 0x30, 48, 0x30, 0x30, 0x30, 0x30]) + bytes([59, 0, 0, 0]))),
]
write('options.pcap', 1, opt_pkts)

# cut short and unusual: IPv6 headers the frame ends inside (nothing, 1, 5, 8, 20 and 30 bytes: items until a field
# runs out, the header-size note once the reported length is under 40); ICMPv6 messages of 1 to 3 bytes (the item,
# type and code come before the checksum is read); types packet-icmpv6.c has no case for (a note and the data; none
# left: malformed); an unknown ND option (a note and its data); destination unreachable and time exceeded with an
# RFC 4884 length (the quote runs on, the extension structure after it; a length past the message: malformed), a
# parameter problem (no length field); IP in IP through packet-ip.c's generic dissector (a bogus version, IPv6)
A4, B4 = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])


def icmp6_cut(m):
    return v6(len(m), 58, m)


def ext4884(objects):
    body = bytes([0x20, 0, 0, 0]) + objects
    return body[:2] + struct.pack('>H', csum(body)) + body[4:]


quoted_udp = v6(208, 17, struct.pack('>HHHH', 40000, 33434, 208, 0) + bytes(200), src=D, dst=S)
mpls = struct.pack('>HBBI', 8, 1, 1, (16 << 12) | (1 << 8) | 64)
cut_pkts = [eth(v6(0, 59, b'')[:n]) for n in (0, 1, 5, 8, 20, 30)] + [
    eth(icmp6_cut(bytes([128]))),
    eth(icmp6_cut(bytes([128, 0]))),
    eth(icmp6_cut(bytes([9, 0, 0]))),
    eth(icmp6(0, 0, bytes(12))),
    eth(icmp6(9, 0, b'')),
    eth(icmp6(200, 1, b'\x01\x02\x03\x04')),
    eth(icmp6(133, 0, bytes(4) + bytes([153, 2]) + bytes(14))),
    eth(icmp6(1, 4, bytes([16, 0, 0, 0]) + quoted_udp[:128] + ext4884(mpls))),
    eth(icmp6(3, 0, bytes([16, 0, 0, 0]) + quoted_udp[:128])),
    eth(icmp6(1, 4, bytes([5, 0, 0, 0]) + quoted_udp[:40] + ext4884(mpls))),
    eth(icmp6(1, 4, bytes([200, 0, 0, 0]) + quoted_udp[:64])),
    eth(icmp6(4, 0, bytes([16, 0, 0, 0]) + quoted_udp[:128])),
    eth(ip4(4, A4, B4, bytes([0x55]) + bytes(19)), etype=0x0800),
    eth(ip4(4, A4, B4, v6(0, 59, b'')), etype=0x0800),
]
write('cut.pcap', 1, cut_pkts)

# slaac.pcap: the MAC a modified EUI-64 interface ID names (ipv6.src_slaac_mac, ipv6.dst_slaac_mac) only with the
# universal/local bit set (tshark 4.0.17 leaves the others alone: 78:e0 below, and 00:e0); an echo reply cut after
# its identifier (shown before the sequence number throws)
LL = 'fe80' + '00' * 6
slaac_pkts = [eth(v6(0, 59, b'', src=bytes.fromhex(LL + iid), dst=bytes.fromhex(LL + iid2)))
              for iid, iid2 in (('78e04cfffe1c1d2a', '7ae04cfffe1c1d2a'), ('00e04cfffe1c1d2a', '02e04cfffe1c1d2a'),
                                ('7ae04cfffe1c1d2a', '78e04cfffe1c1d2a'))]
slaac_pkts.append(eth(icmp6_cut(bytes([129, 0, 0x12, 0x34, 0x22, 0x76]))))
write('slaac.pcap', 1, slaac_pkts)
