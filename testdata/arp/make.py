"""ARP cases for packet-arp.c's rules (duplicate-address detection, gratuitous/probe/announcement, every opcode
family's Info, address types and sizes, AX.25 hardware, cut-short and lying packets). Deterministic: run here with
python3 make.py, then sh oracle.sh."""
import struct

BCAST = bytes.fromhex("ffffffffffff")


def mac(s):
    return bytes.fromhex(s.replace(":", ""))


def ip(s):
    return bytes(int(x) for x in s.split("."))


def arp(op, sha=b"", spa=b"", tha=b"", tpa=b"", hrd=1, pro=0x0800, hln=None, pln=None):
    hln = len(sha) if hln is None else hln
    pln = len(spa) if pln is None else pln
    return struct.pack(">HHBBH", hrd, pro, hln, pln, op) + sha + spa + tha + tpa


frames = []  # (seconds, src mac, payload, captured length or None)


def add(t, src, payload, cap=None):
    frames.append((t, src, payload, cap))


A, B, C, D, E = (mac("00:11:22:33:44:%02x" % i) for i in (0xa, 0xb, 0xc, 0xd, 0xe))
Z = bytes(6)
# 1-2: bindings 10.0.0.1 -> A, 10.0.0.2 -> B (a reply's target refreshes 10.0.0.1's)
add(100, A, arp(1, A, ip("10.0.0.1"), Z, ip("10.0.0.2")))
add(101, B, arp(2, B, ip("10.0.0.2"), A, ip("10.0.0.1")))
# 3: 10.0.0.1 from C: duplicate of frame 2's binding, 4 seconds later
add(105, C, arp(1, C, ip("10.0.0.1"), Z, ip("10.0.0.2")))
# 4: a reply whose target binding (10.0.0.2 at E) contradicts B
add(106, D, arp(2, D, ip("10.0.0.3"), E, ip("10.0.0.2")))
# 5: gratuitous reply from C for 10.0.0.1: reported once, for the sender
add(107, C, arp(2, C, ip("10.0.0.1"), C, ip("10.0.0.1")))
# 6: both addresses duplicates in one reply: two reports, Info names the last
add(108, D, arp(2, E, ip("10.0.0.1"), C, ip("10.0.0.2")))
# 7: earlier clock than the binding: seconds since wrap as unsigned 32-bit
add(50, D, arp(1, D, ip("10.0.0.1"), Z, ip("10.0.0.9")))
# 8-11: announcement, gratuitous request with a target MAC, probe, zero sender address (not remembered)
add(110, A, arp(1, A, ip("10.0.0.20"), Z, ip("10.0.0.20")))
add(111, A, arp(1, A, ip("10.0.0.21"), B, ip("10.0.0.21")))
add(112, A, arp(1, A, ip("0.0.0.0"), Z, ip("10.0.0.22")))
add(113, B, arp(2, B, ip("0.0.0.0"), A, ip("10.0.0.1")))
# 12: multicast sender MAC: not remembered
add(114, mac("01:00:5e:00:00:01"), arp(1, mac("01:00:5e:00:00:01"), ip("10.0.0.2"), Z, ip("10.0.0.1")))
# 13-26: the other opcodes
add(120, A, arp(3, A, ip("0.0.0.0"), A, ip("0.0.0.0")))
add(121, B, arp(4, B, ip("10.0.0.2"), A, ip("10.0.0.30")))
add(122, A, arp(5, A, ip("10.0.0.1"), B, ip("10.0.0.2")))
add(123, B, arp(6, B, ip("10.0.0.2"), A, ip("10.0.0.31")))
add(124, B, arp(7, B, ip("10.0.0.2"), A, bytes([3, 0, 0, 0])))
add(125, A, arp(8, A, ip("10.0.0.1"), B, ip("0.0.0.0")))
add(126, B, arp(9, B, ip("10.0.0.2"), A, ip("10.0.0.1")))
add(127, B, arp(10, B, ip("10.0.0.2"), A, ip("10.0.0.1")))
add(128, A, arp(11, A, ip("10.0.0.1"), Z, ip("224.0.0.1")))
add(129, A, arp(19, A, ip("10.0.0.1"), Z, ip("224.0.0.1")))
add(130, A, arp(23, A, ip("10.0.0.1"), Z, ip("10.0.0.2")))
add(131, A, arp(24, A, ip("10.0.0.1"), Z, ip("10.0.0.2")))
add(132, A, arp(0, A, ip("10.0.0.1"), Z, ip("10.0.0.2")))
add(133, A, arp(0x1234, A, ip("10.0.0.1"), Z, ip("10.0.0.2")))
# 27-29: addresses of no bytes
add(140, A, arp(2, b"", ip("10.0.0.40"), b"", ip("10.0.0.1"), hln=0))
add(141, A, arp(1, A, b"", Z, b"", pln=0))
add(142, A, arp(4, b"", b"", b"", b"", hln=0, pln=0))
# 30-34: other hardware and protocol types
add(150, A, arp(1, A, ip("10.0.0.50"), Z, ip("10.0.0.1"), hrd=6))
add(151, A, arp(2, A, ip("10.0.0.51"), B, ip("10.0.0.1"), hrd=15))
add(152, A, arp(1, A, ip("10.0.0.52"), Z, ip("10.0.0.1"), pro=0xcc))
add(153, A, arp(2, A, bytes(range(16)), B, bytes(range(16, 32)), pro=0x86dd))
add(154, A, arp(1, b"\x01\x02\x03\x04", ip("10.0.0.54"), bytes(4), ip("10.0.0.1"), hrd=777))
# 35-37: AX.25 hardware (seven-byte addresses; its own Info list)
ax = b"\x96\x68\x88\x84\xb4\x40"  # six bytes: jdissect has no AX.25 address type (FT_AX25)
add(160, A, arp(1, ax, ip("10.0.0.60"), bytes(6), ip("10.0.0.1"), hrd=3))
add(161, A, arp(2, ax, ip("10.0.0.61"), ax, ip("10.0.0.61"), hrd=3))
add(162, A, arp(5, ax, ip("10.0.0.62"), ax, ip("10.0.0.1"), hrd=3))
# 38-39: sizes that claim more than the frame holds
add(170, A, arp(1, A + bytes(40), ip("10.0.0.70"), Z, ip("10.0.0.1"), hln=46))
add(171, A, arp(2, A, ip("10.0.0.71"), B, ip("10.0.0.1"), hrd=3, hln=40))
# 40-44: cut short by the snapshot length: in the header, in the sender address, in the target of a reply on
# hardware without duplicate detection (after the Info is set), in an AX.25 header, before the hardware type
add(180, A, arp(1, A, ip("10.0.0.80"), Z, ip("10.0.0.1")), cap=14 + 6)
add(181, A, arp(1, A, ip("10.0.0.81"), Z, ip("10.0.0.1")), cap=14 + 12)
add(182, A, arp(2, A, ip("10.0.0.82"), B, ip("10.0.0.1"), hrd=15), cap=14 + 26)
add(183, A, arp(1, ax, ip("10.0.0.83"), bytes(6), ip("10.0.0.1"), hrd=3), cap=14 + 12)
add(184, A, arp(1, A, ip("10.0.0.84"), Z, ip("10.0.0.1")), cap=14 + 1)

out = [struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1)]
for t, src, payload, cap in frames:
    frame = BCAST + src + b"\x08\x06" + payload
    frame += bytes(max(0, 60 - len(frame)))
    data = frame if cap is None else frame[:cap]
    out.append(struct.pack("<IIII", t, 0, len(data), len(frame)) + data)
open("arp.pcap", "wb").write(b"".join(out))
