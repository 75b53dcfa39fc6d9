#!/usr/bin/env python3
"""Builds captures/mobility.pcap: the IPv6 Mobility header (next header 135, and 62, its draft number) for
print-mobility.c's mobility_print: every message type RFC 3775 names (BRR, HoTI, CoTI, HoT, CoT, BU with each flag,
BA with and without K, BE) and unknown ones, header lengths too small for their type, and (shown with -v) the
options Pad1, PadN, Binding Refresh Advice, Alternate Care-of Address, Nonce Indices, Binding Authorization Data and
unknown ones, each whole, shorter than its type needs and running past the header; an option list whose last option
ends the captured data (its ND_TCHECK_1 reads the byte after it); IPv6 payload lengths shorter than the header; the
header after a destination options header; and records cut by the snapshot length inside the fixed part, the
message data and the options. Deterministic. Run from this folder: python3 mobility.py
"""
import struct

SRC = bytes.fromhex("20010db8000000000000000000000001")
DST = bytes.fromhex("20010db8000000000000000000000002")
HOME = bytes.fromhex("20010db8000100000000000000000099")
COA = bytes.fromhex("20010db80002000000000000000000aa")
MAC1, MAC2 = bytes.fromhex("020000000001"), bytes.fromhex("020000000002")
recs = []  # (frame, caplen or None)


def ip6(nh, payload, plen=None):
    plen = len(payload) if plen is None else plen
    return struct.pack("!IHBB16s16s", 0x60000000, plen, nh, 64, SRC, DST) + payload


def mh(mtype, data, units=None, pproto=59, cksum=0x1234):
    """A Mobility header: data is everything after the checksum; padded with zeroes to whole 8-octet units unless
    units (the header length field) is given."""
    body = struct.pack("!BBBBH", pproto, 0, mtype, 0, cksum) + data
    if units is None:
        body += bytes(-len(body) % 8)
        units = len(body) // 8 - 1
    return body[:1] + bytes([units]) + body[2:]


def add(payload, nh=135, plen=None, tail=b"", cut=None):
    """payload after the IPv6 header; tail: bytes after it that the IPv6 payload length covers too."""
    f = MAC2 + MAC1 + b"\x86\xdd" + ip6(nh, payload + tail, plen)
    recs.append((f, None if cut is None else 14 + 40 + cut))


def words(*ws):
    return b"".join(struct.pack("!I", w) for w in ws)


# every message type with its data, nothing after it
BRR = mh(0, bytes(2))
HOTI = mh(1, bytes(2) + words(0x01020304, 0x05060708))
COTI = mh(2, bytes(2) + words(0x11121314, 0x15161718))
HOT = mh(3, struct.pack("!H", 0xbeef) + words(0x21222324, 0x25262728, 0xa1a2a3a4, 0xa5a6a7a8))
COT = mh(4, struct.pack("!H", 0x0007) + words(0x31323334, 0x35363738, 0xb1b2b3b4, 0xb5b6b7b8))
BU = mh(5, struct.pack("!HBBH", 4242, 0xf0, 0, 0x1234))
BA = mh(6, struct.pack("!BBHH", 128, 0x80, 4242, 0xffff))
BE = mh(7, struct.pack("!BB", 2, 0) + HOME)
for m in [BRR, HOTI, COTI, HOT, COT, BU, BA, BE]:
    add(m)
    add(m, tail=b"\x00")  # a byte after the header (the IPv6 payload length covers it)
# unknown types: their length, no options
for t in [8, 9, 200, 255]:
    add(mh(t, bytes(2)))
    add(mh(t, bytes(10) + b"\x01\x02\x00\x00"))
# BU flags one by one and the reserved bits under them; BA without K, other statuses; BE's status 1
for flags in [0x00, 0x80, 0x40, 0x20, 0x10, 0xa0, 0x0f]:
    add(mh(5, struct.pack("!HBBH", 1, flags, 0xff, 1)))
add(mh(6, struct.pack("!BBHH", 0, 0x7f, 0, 0)))
add(mh(6, struct.pack("!BBHH", 255, 0x00, 65535, 0x4000)))
add(mh(7, struct.pack("!BB", 1, 0) + bytes(16)))
# header lengths too small for the type (the length field says 0 = 8 bytes; 1 = 16 bytes)
for t, data in [(1, HOTI[6:]), (2, COTI[6:]), (3, HOT[6:]), (4, COT[6:]), (5, BU[6:]), (6, BA[6:]), (7, BE[6:])]:
    add(mh(t, data, units=0))
    add(mh(t, data, units=1))
add(mh(0, bytes(10), units=0))
# Mobility under the draft's number 62, and after a destination options header (a PadN filling its 8 bytes)
add(BU, nh=62)
add(bytes([135, 0, 1, 4, 0, 0, 0, 0]) + BA, nh=60)

# options (printed with -v): after a BU (12 bytes of data, so options start at offset 12 and the header is 8n)
def bu_opts(opts, units=None):
    return mh(5, struct.pack("!HBBH", 7, 0x80, 0, 10) + opts, units=units)


ALT = bytes([3, 16]) + COA
OPTS = {
    "pad1": b"\x00",
    "padn": b"\x01\x02\x00\x00",
    "padn0": b"\x01\x00",
    "refresh": b"\x02\x02\x01\x00",
    "altcoa": ALT,
    "nonce": b"\x04\x04\x12\x34\xab\xcd",
    "auth": b"\x05\x0a" + bytes(range(10)),
    "unknown": b"\x09\x03abc",
    "unknown0": b"\xff\x00",
}
for name, o in OPTS.items():
    # each option alone, then with a byte after the header so that its ND_TCHECK_1 passes
    add(bu_opts(o))
    add(bu_opts(o), tail=b"\x00")
# all of them in one header (a byte after it)
add(bu_opts(b"".join(OPTS.values())), tail=b"\xee")
# options shorter than their type needs, as the last bytes of the header: the "(…: trunc)" texts
for t in [1, 2, 3, 4, 5, 9]:
    body = struct.pack("!HBBH", 7, 0, 0, 10) + bytes(2) + bytes([t, 0])  # 12 + 2 = 16 bytes, units 1
    add(mh(5, body), tail=b"\x00")
# refresh of length 0 with bytes left after it: its value is read from the next option (len - i is 4)
add(bu_opts(b"\x02\x00\x00\x00"), tail=b"\x00")
# an option running past the header; a length byte missing (one odd byte left); the last option ends the data
add(bu_opts(b"\x01\x08\x00\x00"), tail=bytes(16))
add(mh(5, struct.pack("!HBBH", 7, 0, 0, 10) + bytes(3) + b"\x01"), tail=b"\x00")
add(bu_opts(b"\x00\x00\x00\x00"))
# options after the other types: HoTI (options from 16), BE (from 24), BRR (from 8), BA
add(mh(1, bytes(2) + words(1, 2) + b"\x00\x01\x04\x00\x00\x00\x00\x00"), tail=b"\x00")
add(mh(7, bytes(2) + HOME + b"\x02\x02\x00\x10\x04\x04\x00\x01\x00\x02"), tail=b"\x00")
add(mh(0, bytes(2) + ALT + bytes(6)), tail=b"\x00")
add(mh(6, struct.pack("!BBHH", 0, 0x80, 1, 2) + b"\x05\x0a" + bytes(10)), tail=b"\x00")
# IPv6 payload lengths that stop inside the header (the snapshot end follows them), and 0 (no jumbo option)
add(HOT, plen=20)
add(BE, plen=12)
add(bu_opts(OPTS["altcoa"]), plen=22)
add(BU, plen=0)
add(bu_opts(OPTS["nonce"]), plen=1)
# records cut by the snapshot length
for cut in [1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 16, 20, 23]:
    add(HOT, cut=cut)
for cut in [2, 7, 8, 9, 10, 11, 12]:
    add(BU, cut=cut)
    add(BA, cut=cut)
for cut in [7, 8, 15, 23]:
    add(BE, cut=cut)
ALL = bu_opts(b"".join(OPTS.values()))
for cut in range(12, len(ALL) + 1, 3):
    add(ALL, tail=b"\xee", cut=cut)

with open("captures/mobility.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
    for i, (b, cap) in enumerate(recs):
        data = b if cap is None else b[:cap]
        f.write(struct.pack("<IIII", 1700000000 + i, 1000 * i, len(data), len(b)))
        f.write(data)
