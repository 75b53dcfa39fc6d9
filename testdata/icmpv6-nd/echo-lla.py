"""Link-layer address options of each length and ICMPv6 echo pairing, found by the differential run on a mutated
ipv6-http.pcap: a source or target address of 6 bytes (a MAC), 14 bytes ending in six zeros (an EUI-64 and padding),
14 other bytes (a byte string), one cut by the message (malformed); echo requests and replies paired as
packet-icmpv6.c pairs them (per address pair in either direction, by the checksum a reply gives back, identifier and
sequence; a repeated request replaces the earlier one; a request is answered once). Deterministic: run here with
python3 echo-lla.py (it takes make.py's helpers), then sh oracle.sh."""
import struct

from make import csum, opt

A = bytes.fromhex("fd990000000000000000000000000001")
B = bytes.fromhex("fd990000000000000000000000000002")


def frame(body, src, dst, plen=None):
    pseudo = src + dst + struct.pack(">IxxxB", len(body), 58)
    body = body[:2] + struct.pack(">H", csum(pseudo + body)) + body[4:]
    ip = struct.pack(">IHBB", 0x60000000, len(body) if plen is None else plen, 58, 255) + src + dst
    return bytes.fromhex("001122334455665544332211") + b"\x86\xdd" + ip + body


def na(opts):
    return struct.pack(">BBHI", 136, 0, 0, 0x60000000) + A + opts


def ns(opts):
    return struct.pack(">BBHI", 135, 0, 0, 0) + B + opts


def echo(t, ident, seq, data):
    return struct.pack(">BBHHH", t, 0, 0, ident, seq) + data


eui = bytes.fromhex("0211223344556677") + bytes(6)
other = bytes(range(1, 15))
frames = [
    frame(ns(opt(1, bytes.fromhex("001122334455"))), A, B),
    frame(ns(opt(1, eui)), A, B),
    frame(na(opt(2, eui)), A, B),
    frame(ns(opt(1, other)), A, B),
    frame(na(opt(2, other)), A, B),
    # a source address option of 16 bytes the payload length cuts after 8 (malformed)
    frame(ns(opt(1, other)), A, B, plen=32),
    # a request and its reply; the same reply again (answered once)
    frame(echo(128, 7, 1, b"abcd"), A, B), frame(echo(129, 7, 1, b"abcd"), B, A), frame(echo(129, 7, 1, b"abcd"), B, A),
    # a reply whose data differs (another checksum: not paired)
    frame(echo(128, 7, 2, b"abcd"), A, B), frame(echo(129, 7, 2, b"abce"), B, A),
    # a reply sent in the request's own direction (the same address pair: paired)
    frame(echo(128, 7, 3, b"abcd"), A, B), frame(echo(129, 7, 3, b"abcd"), A, B),
    # a request repeated: the reply goes to the later one
    frame(echo(128, 7, 4, b"abcd"), A, B), frame(echo(128, 7, 4, b"abcd"), A, B), frame(echo(129, 7, 4, b"abcd"), B, A),
]
with open("echo-lla.pcap", "wb") as out:
    out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    for i, f in enumerate(frames):
        out.write(struct.pack("<IIII", 1700000000 + i, 0, len(f), len(f)) + f)
