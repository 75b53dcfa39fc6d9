#!/usr/bin/env python3
"""Builds the link-layer captures of this folder from Ethernet frames of ../captures (see README.md).

Each capture wraps real IPv4/IPv6/ARP packets in one link header: Linux cooked v2 (LINKTYPE_LINUX_SLL2, 276),
Linux cooked v1 with 802.1Q tags (LINKTYPE_LINUX_SLL, 113), BSD loopback (LINKTYPE_NULL, 0) and OpenBSD loopback
(LINKTYPE_LOOP, 108), plus the odd cases tcpdump's printers branch on (unknown types, short headers, every packet
type). Deterministic: same inputs, same bytes. Run from this folder: python3 make.py
"""
import struct

SRC = "../captures/"


def read_pcap(name):
    """The (seconds, microseconds, frame) records of a classic little-endian microsecond pcap."""
    data = open(SRC + name, "rb").read()
    magic, = struct.unpack_from("<I", data, 0)
    assert magic == 0xA1B2C3D4, name
    out, off = [], 24
    while off + 16 <= len(data):
        sec, usec, incl, orig = struct.unpack_from("<IIII", data, off)
        out.append((sec, usec, data[off + 16:off + 16 + incl]))
        off += 16 + incl
    return out


def write_pcap(name, linktype, records):
    """records: (sec, usec, bytes, orig_len or None)."""
    with open("captures/" + name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, linktype))
        for sec, usec, b, orig in records:
            f.write(struct.pack("<IIII", sec, usec, len(b), orig if orig is not None else len(b)))
            f.write(b)


def payload(frame):
    """An Ethernet frame's ethertype and payload (no VLAN tags in the sources)."""
    return struct.unpack_from(">H", frame, 12)[0], frame[14:]


seed = read_pcap("seed-rst.pcap")          # 6 TCP/HTTP packets, IPv4
dns = read_pcap("dns-http.pcap")            # UDP DNS then TCP HTTP, IPv4
v6 = read_pcap("ipv6-http.pcap")            # TCP over IPv6
arp = [r for r in read_pcap("icmp-arp.pcap") if payload(r[2])[0] == 0x0806]
icmp = [r for r in read_pcap("icmp-arp.pcap") if payload(r[2])[0] == 0x0800]
MAC = bytes.fromhex("0200c0ffee01")
JUNK = bytes(range(0x30, 0x30 + 40))


def tag(vid, pcp=0, dei=0, inner=0x0800):
    return struct.pack(">HH", pcp << 13 | dei << 12 | vid, inner)


# ---- Linux cooked v2 -------------------------------------------------------------------------------------------

def sll2(proto, ifindex, pkttype, body, halen=6, addr=MAC, hatype=1):
    return struct.pack(">HHIHBB", proto, 0, ifindex, hatype, pkttype, halen) + addr.ljust(8, b"\0") + body


recs = []
t = 1700000000
for i, (s, u, f) in enumerate(seed):      # ifindex 1 is lo on every Linux host; pkttype In/Out
    et, b = payload(f)
    recs.append((s, u, sll2(et, 1, 0 if i % 2 == 0 else 4, b, addr=f[6:12]), None))
for i, (s, u, f) in enumerate(dns[:4]):   # an index no host has: "?"; broadcast, multicast, other host, ?
    et, b = payload(f)
    recs.append((s, u, sll2(et, 7777, [1, 2, 3, 9][i], b, addr=f[6:12]), None))
for s, u, f in v6[:3]:                    # no link-layer address (halen 0), then a 4-byte one
    et, b = payload(f)
    recs.append((s, u, sll2(et, 0, 0, b, halen=0, addr=b""), None))
et, b = payload(v6[3][2])
recs.append((v6[3][0], v6[3][1], sll2(et, 7777, 4, b, halen=4, addr=bytes.fromhex("0a000001")), None))
for s, u, f in arp[:2]:
    et, b = payload(f)
    recs.append((s, u, sll2(et, 7777, 1, b, addr=f[6:12]), None))
et, b = payload(seed[3][2])
recs.append((t, 1, sll2(0x8100, 7777, 0, tag(100, 3, 1) + b), None))                         # one tag
recs.append((t, 2, sll2(0x8100, 7777, 4, tag(10, inner=0x8100) + tag(20, 5) + b), None))     # two tags
et6, b6 = payload(v6[0][2])
recs.append((t, 3, sll2(0x8100, 7777, 0, tag(7, inner=0x86DD) + b6), None))                  # IPv6 in a tag
recs.append((t, 4, sll2(0x8100, 7777, 0, tag(7, inner=0x1234) + JUNK), None))               # unknown in a tag
recs.append((t, 5, sll2(0x1234, 7777, 0, JUNK), None))                                       # unknown type
recs.append((t, 6, sll2(0x0010, 7777, 0, JUNK), None))                                       # small, not 802.x
recs.append((t, 7, sll2(0x0800, 7777, 0, b)[:40], len(b) + 20))                              # cut inside IP
recs.append((t, 8, sll2(0x8100, 7777, 0, b"\x00\x64"), None))                                # cut tag: [|vlan]
recs.append((t, 9, sll2(0x0800, 7777, 0, b)[:12], len(b) + 20))                              # cut header
et, b = payload(icmp[0][2])
recs.append((t, 10, sll2(et, 7777, 0, b), None))
write_pcap("sll2.pcap", 276, recs)


# ---- Linux cooked v1 with 802.1Q tags --------------------------------------------------------------------------

def sll(proto, pkttype, body, halen=6, addr=MAC, hatype=1):
    return struct.pack(">HHH", pkttype, hatype, halen) + addr.ljust(8, b"\0") + struct.pack(">H", proto) + body


recs = []
for i, (s, u, f) in enumerate(seed):
    et, b = payload(f)
    recs.append((s, u, sll(0x8100, 0 if i % 2 == 0 else 4, tag(42, i % 8, i % 2, et) + b, addr=f[6:12]), None))
for s, u, f in dns[:2] + arp[:1]:
    et, b = payload(f)
    recs.append((s, u, sll(0x8100, 1, tag(300, 0, 0, et) + b, addr=f[6:12]), None))
et6, b6 = payload(v6[0][2])
recs.append((t, 1, sll(0x8100, 3, tag(4095, 7, 1, 0x86DD) + b6, halen=0, addr=b""), None))
et, b = payload(seed[0][2])
recs.append((t, 2, sll(0x8100, 2, tag(1, inner=0x8100) + tag(2, 1, 0, 0x0800) + b), None))    # two tags
recs.append((t, 3, sll(0x8100, 0, tag(5, inner=0x1234) + JUNK), None))                        # unknown inside
recs.append((t, 4, sll(0x8100, 0, tag(5, inner=0x8100) + tag(6, inner=0x1234) + JUNK), None))
recs.append((t, 5, sll(0x8100, 0, b"\x00\x05\x08"), None))                                    # cut tag
recs.append((t, 6, sll(0x8100, 0, tag(5) + b)[:50], len(b) + 20))                              # cut inside IP
write_pcap("sll-vlan.pcap", 113, recs)


# ---- BSD loopback (host order) and OpenBSD loopback (network order) ---------------------------------------------

def null(family, body, order="<"):
    return struct.pack(order + "I", family) + body


recs = []
for s, u, f in seed:
    recs.append((s, u, null(2, payload(f)[1]), None))
for s, u, f in dns[:2]:
    recs.append((s, u, null(2, payload(f)[1], ">"), None))     # written on a big-endian host: swapped back
for fam, (s, u, f) in zip([24, 28, 30, 24], v6[:4]):
    recs.append((s, u, null(fam, payload(f)[1]), None))
recs.append((t, 1, null(2, payload(v6[0][2])[1]), None))      # IPv6 under AF_INET: wrong encapsulation
recs.append((t, 2, null(6, JUNK), None))                        # NS: named, not printed
recs.append((t, 3, null(99, JUNK), None))                       # unknown family
recs.append((t, 4, null(2, payload(seed[3][2])[1])[:30], len(payload(seed[3][2])[1]) + 4))
recs.append((t, 5, b"\x02\x00\x00", 48))                        # cut header: [|null]
write_pcap("null.pcap", 0, recs)

recs = []
for s, u, f in seed[:3]:
    recs.append((s, u, null(2, payload(f)[1], ">"), None))
for s, u, f in v6[:2]:
    recs.append((s, u, null(24, payload(f)[1], ">"), None))
recs.append((t, 1, null(99, JUNK, ">"), None))
write_pcap("loop.pcap", 108, recs)


# ---- 802.2 LLC and SNAP: over 802.3 (Ethernet length field, in a VLAN, Alteon jumbo type) and in cooked v1 -------

DST, SRCMAC = bytes.fromhex("0180c2000000"), bytes.fromhex("001906eab885")


def e8023(body, pad_to=60, length=None):
    """An 802.3 frame: its length field counts the LLC payload; short frames get Ethernet padding."""
    f = DST + SRCMAC + struct.pack(">H", len(body) if length is None else length) + body
    return f + bytes(max(0, pad_to - len(f)))


def snap(oui, pid):
    return b"\xaa\xaa\x03" + oui.to_bytes(3, "big") + struct.pack(">H", pid)


ip4 = payload(seed[0][2])[1]
arp4 = payload(arp[0][2])[1]
recs = []
for i, body in enumerate([
        snap(0, 0x0800) + ip4,                              # SNAP, ethertype IPv4
        snap(0, 0x0806) + arp4,                             # SNAP, ethertype ARP
        snap(0, 0x1234) + JUNK,                             # SNAP, unknown ethertype: dumped from the LLC header
        snap(0x0000F8, 0x0800) + ip4,                       # Cisco bridged
        snap(0x00000C, 0x0003) + JUNK,                      # Cisco OUI, unknown pid
        snap(0x123456, 0x0001) + JUNK,                      # unknown OUI
        b"\x06\x06\x03" + ip4,                              # RFC 948 IP over LLC
        b"\x04\x05\x73" + JUNK[:8],                         # U frame: ua, final, SNA response
        b"\x00\x01\xaf\x81\x01\x00",                        # XID with its format identifier
        b"\x00\x00\xaf",                                    # XID without payload
        b"\x00\x00\xbf\x81\x01",                            # XID, poll, cut short
        b"\x00\x00\xaf\x42\x42\x42",                        # XID, other format
        b"\x12\x35\x01\x0a" + JUNK[:4],                     # S frame: receiver ready, response
        b"\x12\x35\x09\x0b",                                # S frame: reject
        b"\x12\x34\x04\x0b" + JUNK[:10],                    # I frame, poll
        b"\xfe\xfe\xe3" + JUNK[:5],                         # U frame: test, OSI SAPs (not UI)
        b"\x12\x12\x03" + JUNK[:5],                         # UI between two unknown SAPs
        b"\x42\x42\x43",                                    # disc on STP SAPs (not UI: no STP printer)
        b"\xaa\xaa\x03\x00\x00",                            # SNAP cut short
        b"\x06",                                            # LLC cut short
        b"\x12\x34\x04",                                    # I frame cut before its second control byte
]):
    recs.append((t, i, e8023(body), None))
recs.append((t, 30, e8023(b"\x06\x06\x03" + ip4, length=30), None))   # length field shorter than the IP packet
recs.append((t, 31, e8023(snap(0, 0x0800) + ip4, length=2000), None))  # length field beyond the frame
tagged = DST + SRCMAC + b"\x81\x00" + tag(9, 1, 0, 8 + len(ip4)) + snap(0, 0x0800) + ip4
recs.append((t, 32, tagged, None))                                      # 802.3 inside an 802.1Q tag
recs.append((t, 33, DST + SRCMAC + b"\x88\x70" + snap(0, 0x0800) + ip4, None))   # Alteon jumbo type
recs.append((t, 34, e8023(snap(0, 0x0800) + ip4)[:40], len(e8023(snap(0, 0x0800) + ip4))))  # cut inside IP
write_pcap("llc.pcap", 1, recs)

recs = []
for i, body in enumerate([
        snap(0, 0x0800) + ip4,
        snap(0, 0x1234) + JUNK,
        b"\x06\x06\x03" + ip4,
        b"\x04\x05\x73" + JUNK[:8],
        b"\x12\x34\x04\x0b" + JUNK[:10],
        b"\x06",
]):
    recs.append((t, i, sll(0x0004, 0, body), None))                       # cooked 802.2
recs.append((t, 10, sll(0x8100, 0, tag(3, inner=50) + snap(0, 0x0800) + ip4), None))   # length inside a tag
write_pcap("sll-llc.pcap", 113, recs)
