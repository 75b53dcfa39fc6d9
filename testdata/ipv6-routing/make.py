#!/usr/bin/env python3
"""Writes mipv6.pcap: Ethernet/IPv6 packets with Mobile IPv6 (type 2) routing headers, for tshark 4.0.17's oracles."""
import ipaddress
import struct

SRC, DST, HOME = '2001:db8::1', '2001:db8::2', '2001:db8::99'


def a6(s):
    return ipaddress.IPv6Address(s).packed


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff


def upper(nxt, final):
    """An ICMPv6 echo request or a UDP datagram with its checksum over the final destination, or raw bytes."""
    if nxt == 58:
        body = struct.pack('!BBHHH', 128, 0, 0, 0x1234, 1) + b'abcdefgh'
        at = 2
    elif nxt == 17:
        body = struct.pack('!HHHH', 40000, 9, 16, 0) + b'abcdefgh'
        at = 6
    else:
        return b'experimental payload'
    ph = a6(SRC) + a6(final) + struct.pack('!I3xB', len(body), nxt)
    return body[:at] + struct.pack('!H', csum(ph + body)) + body[at + 2:]


def rh2(nxt, length, segleft, home, reserved=b'\0\0\0\0'):
    return struct.pack('!BBBB', nxt, length, 2, segleft) + reserved + a6(home) + b'\0' * (8 * length - 16)


def packet(headers, nxt, final):
    pl = headers + upper(nxt, final)
    ip = struct.pack('!IHBB', 0x60000000, len(pl), 43 if headers else nxt, 64) + a6(SRC) + a6(DST) + pl
    return bytes.fromhex('02000000000202000000000186dd') + ip


def frames():
    yield packet(rh2(58, 2, 1, HOME), 58, HOME)                 # the home address becomes the destination
    yield packet(rh2(58, 2, 0, HOME), 58, DST)                  # no segments left: the destination stays
    yield packet(rh2(58, 4, 1, HOME), 58, HOME)                 # length must equal 2
    yield packet(rh2(58, 2, 2, HOME), 58, HOME)                 # segments left must equal 1
    yield packet(rh2(58, 2, 1, 'ff02::1'), 58, 'ff02::1')       # a multicast home address
    yield packet(rh2(58, 2, 1, HOME, b'\1\2\3\4'), 58, HOME)    # reserved bytes set
    yield packet(rh2(17, 2, 1, HOME), 17, HOME)                 # UDP checksum over the home address
    yield packet(rh2(253, 2, 1, HOME), 253, HOME)               # nothing above: Info "IPv6 routing"
    frag = struct.pack('!BBHI', 58, 0, 0x0001, 0x11223344)      # first fragment, more to come
    yield packet(rh2(44, 2, 1, HOME) + frag, 58, HOME)
    yield packet(rh2(58, 2, 1, HOME), 58, HOME)[:14 + 40]       # cut after the IPv6 header (a lying length)
    yield packet(struct.pack('!BBBB', 58, 0, 2, 1) + b'\0' * 4, 58, HOME)  # too short for the home address
    yield packet(b'', 253, DST)[:-20] + b'xyz'                  # no extension header, next header 253


with open('mipv6.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames()):
        f.write(struct.pack('<IIII', 1700000000 + i, 0, len(fr), len(fr)) + fr)
    # the home address cut by the capture (snap length), the datagram as sent was whole
    whole = packet(rh2(58, 2, 1, HOME), 58, HOME)
    cut = whole[:14 + 40 + 8 + 8]
    f.write(struct.pack('<IIII', 1700000100, 0, len(cut), len(whole)) + cut)
