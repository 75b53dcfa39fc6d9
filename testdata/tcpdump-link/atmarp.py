"""Writes captures/atm-arp.pcap: ATM ARP (RFC 2225, hardware type 19) over Ethernet, for print-arp.c's atmarp_print:
every operation (request, reply, the reverse ones it dumps, InATMARP request and reply, NAK, unknown), ATM numbers
in E.164 form (type/length bit 0x40) and NSAP form (20 bytes), subaddresses, numbers of length 0, 1 and 6 (not an
Ethernet address here), the type/length bytes' top bits, protocol addresses that are not IPv4 (wrong type, wrong
source or target length, a trailer type), lengths that run past the packet, a header shorter than 12 bytes, and
records cut inside the header, inside the addresses and just before the target protocol address ends."""
import struct

frames = []  # (bytes, captured length or None)
MAC = bytes.fromhex("020000000001")
NSAP = bytes.fromhex("47000580ffe1000000f21a2bcc0020481a2b3c00")
NSAP2 = bytes.fromhex("39840f80011b0200000000000000000000000201")
E164 = bytes.fromhex("3135353531323334")  # "15551234" in IA5, as RFC 2225's E.164 numbers are carried
SUB = bytes.fromhex("47000580ffe1000000f21a2bcc0020481a2b3c99")
IP1, IP2 = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])


def atmarp(op, sha=b"", ssa=b"", spa=IP1, tha=b"", tsa=b"", tpa=IP2, pro=0x0800, hrd=19,
           shtl=None, sstl=None, spln=None, thtl=None, tstl=None, tpln=None, tail=b"", cut=None):
    """One ATM ARP packet; each type/length byte defaults to its field's length (E.164 numbers get 0x40)."""
    def tl(given, addr, e164=False):
        return given if given is not None else len(addr) | (0x40 if e164 else 0)
    shtl = tl(shtl, sha, sha == E164)
    thtl = tl(thtl, tha, tha == E164)
    sstl, tstl = tl(sstl, ssa), tl(tstl, tsa)
    spln = len(spa) if spln is None else spln
    tpln = len(tpa) if tpln is None else tpln
    body = struct.pack(">HHBBHBBBB", hrd, pro, shtl, sstl, op, spln, thtl, tstl, tpln)
    body += sha + ssa + spa + tha + tsa + tpa + tail
    fr = bytes(6) + MAC + b"\x08\x06" + body
    frames.append((fr, None if cut is None else 14 + cut))


# every operation with NSAP numbers and IPv4 addresses
for op in [1, 2, 3, 4, 8, 9, 10, 5, 0, 0xffff]:
    atmarp(op, sha=NSAP, tha=NSAP2)
# E.164 numbers, with and without subaddresses, on each operation that shows them
for op in [1, 2, 8, 9]:
    atmarp(op, sha=E164, tha=E164)
    atmarp(op, sha=E164, ssa=SUB, tha=E164, tsa=SUB)
    atmarp(op, sha=NSAP, ssa=SUB[:1], tha=NSAP2, tsa=SUB[:7])
# numbers of length 0 (a request then shows no target, the others "<No address>"), 1 and 6, and a subaddress
# without a number (not shown)
for op in [1, 2, 8, 9]:
    atmarp(op)
    atmarp(op, ssa=SUB, tsa=SUB)
    atmarp(op, sha=b"\x01", tha=b"\xff")
    atmarp(op, sha=MAC, tha=MAC)
# a request whose target number is all zeroes (shown: only its length counts, unlike arp_print's)
atmarp(1, sha=NSAP, tha=bytes(20))
# type/length bytes with their top bits set: only the low 6 bits are a length
atmarp(1, sha=NSAP, tha=NSAP2, shtl=0x80 | 20, thtl=0xc0 | 20)
atmarp(2, sha=E164, ssa=SUB[:4], shtl=0xc8, sstl=0xc4)
# protocol addresses that are not IPv4: another type, lengths that are not 4, a trailer type (0x1000) that is IPv4
for op in [1, 2, 8, 9, 10]:
    atmarp(op, sha=NSAP, tha=NSAP2, pro=0x86dd, spa=bytes(16), tpa=bytes(15) + b"\x01")
    atmarp(op, sha=NSAP, tha=NSAP2, spa=IP1 + b"\x00")
    atmarp(op, sha=NSAP, tha=NSAP2, tpa=b"")
    atmarp(op, sha=NSAP, tha=NSAP2, spa=b"", tpa=IP2[:3])
    atmarp(op, sha=NSAP, tha=NSAP2, pro=0x1000)
    atmarp(op, sha=NSAP, tha=NSAP2, pro=0x9999, spa=IP1, tpa=IP2)
# padding after the target protocol address, whole and cut (an unknown operation's dump then stops at the cut)
atmarp(2, sha=NSAP, tha=NSAP2, tail=bytes(10))
atmarp(2, sha=NSAP, tha=NSAP2, tail=bytes(10), cut=65)
atmarp(3, sha=NSAP, tha=NSAP2, tail=bytes(10), cut=65)
atmarp(7, sha=NSAP, tha=NSAP2, tail=bytes(10), cut=60)
# lengths that run past the packet: each field's length too long by one, then by a lot
atmarp(1, sha=NSAP, tha=NSAP2, tpln=5)
atmarp(1, sha=NSAP, tha=NSAP2, shtl=63, sstl=63, thtl=63, tstl=63)
atmarp(2, sha=NSAP, tha=NSAP2, spln=255, tpln=255)
atmarp(9, sha=NSAP, tha=NSAP2, tpln=0, tstl=21)
# a header shorter than atmarp_pkthdr (8 bytes are arp_print's, the other 4 missing), 9 and 11 bytes of it
for n in [8, 9, 11]:
    hdr = struct.pack(">HHBBHBBBB", 19, 0x0800, 20, 0, 1, 4, 20, 0, 4)[:n]
    frames.append((bytes(6) + MAC + b"\x08\x06" + hdr, None))
# records cut: inside the fixed header, inside the source number, at the target protocol address
for cut in [7, 8, 10, 11, 12, 20, 31, 36, 55, 59]:
    atmarp(1, sha=NSAP, tha=NSAP2, cut=cut)
for cut in [12, 40, 51]:
    atmarp(4, sha=NSAP, tha=NSAP2, cut=cut)
with open("captures/atm-arp.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (fr, cap) in enumerate(frames):
        data = fr if cap is None else fr[:cap]
        f.write(struct.pack("<IIII", 1_700_000_000 + i, 0, len(data), len(fr)) + data)
