#!/usr/bin/env python3
"""Builds captures/slow.pcap, captures/cisco-lan.pcap and captures/lan-cut.pcap (see README.md).

slow.pcap: IEEE 802.3 Slow Protocols (Ethertype 0x8809) for print-slow.c's every branch: LACP (actor, partner,
collector, terminator, every state flag), Marker (information, response), OAM (information TLVs with each parser and
multiplexer state, config flag and known and unknown OUIs; event notifications with each link event and 64-bit
counters past 2^63; variable request/response, vendor private, loopback control, unknown codes), unknown subtypes
and versions, each length check just met and just missed, TLVs the PDU length cuts, frames shorter than the
subtype; also Slow Protocols inside an 802.1Q tag and after SNAP.
cisco-lan.pcap: the Configuration Testing Protocol (Ethertype 0x9000, print-loopback.c: skip counts, reply and
forward messages, bogus and invalid ones) and Cisco's SNAP protocols UDLD (PID 0x0111), DTP (0x2004) and VTP
(0x2003): every message, TLV and code, each length check; and CDP TLV types print-cdp.c's table leaves unnamed.
lan-cut.pcap: a frame of each protocol (and one of CDP's, whose string TLVs end the packet where cut) cut (captured length less than the frame length) at many offsets.
Deterministic: same inputs, same bytes. Run from this folder: python3 lan.py
"""
import struct

T = 1700000000
SLOW_DST = bytes.fromhex("0180c2000002")
CISCO_DST = bytes.fromhex("01000ccccccc")
SRC = bytes.fromhex("00005e0053aa")


def write_pcap(name, records):
    """records: (frame bytes, original length or None); Ethernet, microseconds."""
    with open("captures/" + name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        for i, (b, orig) in enumerate(records):
            orig = len(b) if orig is None else orig
            f.write(struct.pack("<IIII", T + i // 1000, (i % 1000) * 1000, len(b), orig))
            f.write(b)


def pad(f, pad_to=60):
    return f + bytes(max(0, pad_to - len(f)))


def ether(etype, body, dst=SLOW_DST, padded=True):
    f = dst + SRC + struct.pack(">H", etype) + body
    return pad(f) if padded else f


def snap_frame(pid, body, oui=0x00000C, dst=CISCO_DST, length=None):
    """An 802.3 frame: LLC UI + SNAP, the length field counting them and the body (or as given)."""
    llc = b"\xaa\xaa\x03" + struct.pack(">I", oui)[1:] + struct.pack(">H", pid) + body
    return pad(dst + SRC + struct.pack(">H", len(llc) if length is None else length) + llc)


# ---- Slow Protocols ------------------------------------------------------------------------------------------------

def tlv(t, value, length=None):
    return bytes([t, len(value) + 2 if length is None else length]) + value


def actor(sys_last=0x01, state=0x3d, prio=0x8000, key=0x11, port_prio=0x80, port=7):
    return struct.pack(">H", prio) + bytes.fromhex("0011223344") + bytes([sys_last]) + struct.pack(
        ">HHHB", key, port_prio, port, state) + b"\x00\x00\x00"


def lacp(tlvs, version=1):
    return bytes([1, version]) + b"".join(tlvs)


LACP_FULL = lacp([tlv(1, actor()), tlv(2, actor(0x02, 0xc2, 0xffff, 0xffff, 0, 0xffff)),
                  tlv(3, struct.pack(">H", 50) + bytes(12)), tlv(0, bytes(50), 0)])


def marker_info(port=3, last=0x09, trans=0xdeadbeef):
    return struct.pack(">H", port) + bytes.fromhex("0011223344") + bytes([last]) + struct.pack(">I", trans) + b"\0\0"


def marker(tlvs, version=1):
    return bytes([2, version]) + b"".join(tlvs)


def oam(code, body, flags=0x0050):
    return bytes([3]) + struct.pack(">HB", flags, code) + body


def oam_info(t=1, version=1, rev=2, state=0x00, config=0x15, pdu=0x05ee, oui=0x00000C, private=0x01020304,
             length=16):
    return bytes([t, length, version]) + struct.pack(">HBBH", rev, state, config, pdu) + struct.pack(
        ">I", oui)[1:] + struct.pack(">I", private)


def link_event(t=1, ts=0x1234, window=1, threshold=2, errors=3, total=4, events=5, length=40):
    return bytes([t, length]) + struct.pack(">HQQQQI", ts, window, threshold, errors, total, events)


OAM_INFO_FULL = oam(0, oam_info() + oam_info(2, state=0x05, config=0x1f, pdu=0xffff, oui=0x0080C2)
                    + tlv(0xfe, bytes.fromhex("00000c0102")) + tlv(0, b""))
OAM_EVENT_FULL = oam(1, struct.pack(">H", 77) + link_event() + link_event(4, 0xffff, 2**64 - 1, 2**63, 2**63 - 1, 0,
                                                                          0xffffffff))

slow = []


def s(body, **kw):
    slow.append((ether(0x8809, body, **kw), None))


s(LACP_FULL)
s(lacp([tlv(1, actor(state=0x00)), tlv(2, actor(state=0xff)), tlv(3, struct.pack(">H", 0xffff) + bytes(12)),
        tlv(0, b"", 0)]))
s(lacp([tlv(1, actor(state=0x01)), tlv(2, actor(state=0x40))]), padded=False)  # no terminator, ends with the PDU
s(lacp([tlv(1, actor())], version=2))
s(lacp([], version=0))
s(b"\x01", padded=False)                                  # subtype only: too short for a version
s(b"", padded=False)                                      # nothing at all
s(b"\x02", padded=False)
s(lacp([tlv(1, actor() + b"\x00")]))                       # actor TLV 21 bytes
s(lacp([tlv(2, actor()[:-1])]))                            # partner TLV 19 bytes
s(lacp([tlv(3, bytes(13))]))                               # collector TLV 15 bytes
s(lacp([tlv(3, bytes(15))]))
s(lacp([tlv(1, actor()), tlv(5, bytes.fromhex("0102030405"))]))   # unknown TLV type
s(lacp([tlv(0x80, b"")]))                                  # unknown TLV, empty value
s(lacp([tlv(1, actor(), 1)]))                              # length 1: illegal
s(lacp([tlv(1, actor(), 0)]))                              # length 0: illegal
s(lacp([tlv(1, actor(), 2)]) + bytes(20))                  # length 2 for an actor TLV
s(lacp([tlv(1, actor())])[:-3], padded=False)               # TLV longer than the PDU
s(lacp([tlv(1, actor())]) + b"\x03", padded=False)          # one byte left: no room for a TLV header
s(lacp([tlv(3, struct.pack(">H", 10) + bytes(12))]) + b"\x05\x02", padded=False)  # an empty unknown TLV at the end
s(marker([tlv(1, marker_info()), tlv(0, b"", 0)]))
s(marker([tlv(2, marker_info(0xffff, 0xff, 0)), tlv(0, b"")]))  # response: unknown to print-slow.c
s(marker([tlv(1, marker_info() + b"\x00")]))
s(marker([tlv(1, marker_info()[:-1])]))
s(marker([tlv(3, b"\xaa")]))
s(marker([tlv(1, marker_info())], version=3))
s(marker([tlv(1, marker_info(), 1)]))
s(OAM_INFO_FULL)
s(oam(0, oam_info(state=0x01, config=0x00, oui=0x123456) + oam_info(2, state=0x06, config=0x02, pdu=0)
      + oam_info(1, state=0x03, config=0x08) + oam_info(2, state=0xff, config=0xff)))
s(oam(0, oam_info(length=18) + b"\xee\xff" + tlv(0, b"")))   # local TLV of 18 bytes
s(oam(0, oam_info(2, length=15)[:15]))                      # remote TLV of 15 bytes
s(oam(0, tlv(5, b"\x01\x02\x03") + tlv(0x7f, b"") + tlv(0, b"", 9)))  # reserved types; end marker of length 9
s(oam(0, tlv(1, b"", 1)))                                  # length 1: illegal
s(oam(0, tlv(2, b"", 0)))
s(oam(0, oam_info())[:-2], padded=False)                    # TLV longer than the PDU
s(oam(0, oam_info() + b"\x01"), padded=False)               # one byte left
s(oam(0, b""), padded=False)                                # flags and code, no TLV
s(oam(0, b"", flags=0xffff))
s(oam(0, b"", flags=0x0000))
s(b"\x03\x00\x50", padded=False)                            # flags, no code
s(b"\x03", padded=False)                                    # subtype only
s(OAM_EVENT_FULL)
s(oam(1, struct.pack(">H", 0xffff) + link_event(2, 0) + link_event(3) + tlv(0, b"", 0), flags=0x0003))
s(oam(1, struct.pack(">H", 1) + link_event(length=41) + b"\x77"))
s(oam(1, struct.pack(">H", 2) + link_event(4, length=39)[:39]))
s(oam(1, struct.pack(">H", 3) + tlv(0xfe, bytes.fromhex("00000c99")) + tlv(9, b"\x01") + tlv(0, b"")))
s(oam(1, struct.pack(">H", 4) + tlv(1, b"", 1)))
s(oam(1, struct.pack(">H", 5) + tlv(3, b"", 0)))
s(oam(1, struct.pack(">H", 6) + link_event())[:-1], padded=False)
s(oam(1, struct.pack(">H", 7) + b"\x01"), padded=False)
s(oam(1, struct.pack(">H", 8)), padded=False)
s(oam(1, b"\x09"), padded=False)                            # sequence number cut by the PDU
s(oam(2, bytes.fromhex("07000203000204")))                  # variable request
s(oam(3, bytes.fromhex("070002030400010203")))              # variable response
s(oam(0xfe, bytes.fromhex("00000c0102030405")))             # vendor private
s(oam(0xfe, b""), padded=False)
s(oam(7, bytes.fromhex("a1a2")))                            # unknown code
s(oam(4, b"\x01"))
s(oam(4, b"\x02"), padded=False)
s(oam(4, b"\x00"))
s(oam(4, b"\xff"))
s(oam(4, b""), padded=False)                                # no command
s(bytes.fromhex("0a01020304050607"))                        # unknown subtypes
s(bytes.fromhex("00"), padded=False)
s(bytes.fromhex("ff") + bytes(60))
s(bytes.fromhex("04"))
slow.append((pad(SLOW_DST + SRC + bytes.fromhex("8100a005") + b"\x88\x09" + LACP_FULL), None))   # in a tag
slow.append((pad(SLOW_DST + SRC + bytes.fromhex("8100000a") + b"\x88\x09" + oam(4, b"\x01")), None))
slow.append((snap_frame(0x8809, marker([tlv(1, marker_info()), tlv(0, b"")]), oui=0, dst=SLOW_DST), None))
slow.append((snap_frame(0x8809, b"\x01", oui=0, dst=SLOW_DST), None))

write_pcap("slow.pcap", slow)

# ---- Loopback (CTP) and Cisco's SNAP protocols -----------------------------------------------------------------

LOOP_DST = bytes.fromhex("cf0000000000")


def loop(skip, body, **kw):
    return ether(0x9000, struct.pack("<H", skip) + body, dst=LOOP_DST, **kw)


def fwd(addr_last, data=b""):
    return struct.pack("<H", 2) + bytes.fromhex("aa00040000") + bytes([addr_last]) + data


def reply(receipt, data=b""):
    return struct.pack("<H", 1) + struct.pack("<H", receipt) + data


LOOP_FULL = loop(0, fwd(0x04, reply(0x1234, b"payload!")))


def udld_tlv(t, value, length=None):
    return struct.pack(">HH", t, len(value) + 4 if length is None else length) + value


def udld(tlvs, ver=1, code=1, flags=0x01, checksum=0x3956):
    return bytes([ver << 5 | code, flags]) + struct.pack(">H", checksum) + b"".join(tlvs)


UDLD_FULL = udld([udld_tlv(1, b"FOC1031Z7JG"), udld_tlv(2, b"Gi0/1"),
                  udld_tlv(3, bytes.fromhex("00000001000b") + b"FOC1025X4W3\x00\x05Fa0/1\xff\x7f"),
                  udld_tlv(4, b"\x0f"), udld_tlv(5, b"\x05"), udld_tlv(6, b"S1"),
                  udld_tlv(7, struct.pack(">I", 2**32 - 1))])


def dtp_tlv(t, value, length=None):
    return struct.pack(">HH", t, len(value) + 4 if length is None else length) + value


def dtp(tlvs, ver=1):
    return bytes([ver]) + b"".join(tlvs)


DTP_FULL = dtp([dtp_tlv(1, b"Lab\x00"), dtp_tlv(2, b"\x04"), dtp_tlv(3, b"\x40"),
                dtp_tlv(4, bytes.fromhex("001906eab885"))])


def vtp_header(vtype, third=1, domain=b"CORP", mlen=None, ver=1):
    return bytes([ver, vtype, third, len(domain) if mlen is None else mlen]) + domain.ljust(32, b"\x00")[:32]


def vlan(vid, name=b"default", status=0, vtype=1, mtu=1500, said=0x000186a0, tlvs=b"", length=None, name_len=None):
    padded = name.ljust(4 * ((len(name) + 3) // 4), b"\x00")
    n = 12 + len(padded) + len(tlvs)
    return bytes([n if length is None else length, status, vtype, len(name) if name_len is None else name_len]) + \
        struct.pack(">HHI", vid, mtu, said) + padded + tlvs


def vtlv(t, value, words=1):
    return bytes([t, words]) + struct.pack(">H", value)


VTP_SUMMARY = vtp_header(1, 1) + struct.pack(">I", 0x1a) + bytes([10, 1, 2, 3]) + b"930301000214" + bytes(
    range(0xf0, 0x100))
VTP_SUBSET = vtp_header(2, 1) + struct.pack(">I", 0x1a) + vlan(1) + vlan(
    1002, b"fddi-default", status=1, vtype=2, mtu=1500, tlvs=vtlv(1, 0x10) + vtlv(2, 1) + vtlv(3, 1) + vtlv(4, 1002)
    + vtlv(5, 0) + vtlv(6, 1) + vtlv(7, 1) + vtlv(8, 7) + vtlv(9, 7) + vtlv(10, 1) + vtlv(0x0b, 0xbeef)) + vlan(
    1003, b"trcrf-default", vtype=3, tlvs=vtlv(3, 2) + vtlv(3, 3) + vtlv(3, 9) + vtlv(6, 0) + vtlv(7, 0) + vtlv(10, 0)
    + vtlv(6, 2) + vtlv(7, 2) + vtlv(10, 2)) + vlan(1004, b"fddinet", status=5, vtype=4) + vlan(
    1005, b"trbrf", vtype=5) + vlan(20, b"", vtype=9, mtu=9000, said=0xffffffff) + vlan(30, b"a\x00b")



def cdp_tlv(t, value):
    return struct.pack(">HH", t, len(value) + 4) + value


CDP_HEAD = bytes([2, 180]) + b"\xb2\xab"
CDP_FULL = CDP_HEAD + cdp_tlv(1, b"SEP001B540A0B0C") + cdp_tlv(3, b"Port 1") + cdp_tlv(
    2, struct.pack(">I", 2) + bytes([1, 1, 0xcc]) + struct.pack(">H", 4) + bytes([10, 0, 0, 1]) + bytes(
        [2, 1, 0x99]) + struct.pack(">H", 2) + b"\x01\x02") + cdp_tlv(7, bytes([10, 1, 0, 0, 16])) + cdp_tlv(
    0x0e, b"\x01\x00\x64") + cdp_tlv(0x0f, b"\x00\x65") + cdp_tlv(0x12, b"\x40") + cdp_tlv(0x17, b"\x01room 1")

cisco = []


def c(frame, orig=None):
    cisco.append((frame, orig))


c(LOOP_FULL)
c(loop(8, fwd(0x04) + reply(7, bytes(8))))
c(loop(0, reply(0xffff)))
c(loop(0, reply(1), padded=False))                      # reply with no data
c(loop(3, b"\x00\x00\x00" + reply(2)))                  # skip count not a multiple of 8
c(loop(16, fwd(1) + fwd(2) + reply(3)))
c(loop(0xfff8, b""))                                    # skip count past the frame
c(loop(0, fwd(5), padded=False))
c(loop(0, fwd(5)[:7], padded=False))                    # forward without a whole address
c(loop(0, struct.pack("<H", 1) + b"\x01", padded=False))   # reply without a whole receipt number
c(loop(0, struct.pack("<H", 3) + b"abc"))               # unknown function
c(loop(0, struct.pack("<H", 0x0100)))
c(loop(0, b"\x02", padded=False))                       # function cut by the frame
c(loop(0, b"", padded=False))
c(ether(0x9000, b"\x00", dst=LOOP_DST, padded=False))   # skip count cut
c(ether(0x9000, b"", dst=LOOP_DST, padded=False))
c(pad(LOOP_DST + SRC + bytes.fromhex("81000064") + b"\x90\x00" + struct.pack("<H", 0) + reply(9)))  # in a tag

c(snap_frame(0x0111, UDLD_FULL))
c(snap_frame(0x0111, udld([udld_tlv(1, b"dev\x00ice"), udld_tlv(0x99, b"\x01\x02"), udld_tlv(7, b"\x00\x00\x00\x01")],
                          ver=2, code=2, flags=0x03)))
c(snap_frame(0x0111, udld([udld_tlv(6, b"name")], ver=7, code=3, flags=0xfc)))
c(snap_frame(0x0111, udld([], code=0, flags=0x00)))
c(snap_frame(0x0111, udld([], code=0x1f, flags=0x80)))
c(snap_frame(0x0111, udld([udld_tlv(4, b"\x01\x02")])))        # interval of 2 bytes
c(snap_frame(0x0111, udld([udld_tlv(5, b"")])))                # length 4: the loop check
c(snap_frame(0x0111, udld([udld_tlv(7, b"\x01\x02\x03")])))    # sequence number of 3 bytes
c(snap_frame(0x0111, udld([udld_tlv(2, b"Gi0/2", 3)])))        # length 3
c(snap_frame(0x0111, udld([udld_tlv(2, b"Gi0/2", 40)])))       # past the PDU
c(snap_frame(0x0111, udld([udld_tlv(1, b"x")]) + b"\x00\x01\x00"))   # three bytes left
c(snap_frame(0x0111, b"\x21\x01\x00"))                         # shorter than the header
c(snap_frame(0x0111, b""))

c(snap_frame(0x2004, DTP_FULL))
c(snap_frame(0x2004, dtp([dtp_tlv(1, b"Corp\x00\x00\x00\x00"), dtp_tlv(2, b"\x81"), dtp_tlv(3, b"\xa5"),
                          dtp_tlv(4, bytes.fromhex("ffffffffffff")), dtp_tlv(0, b"\x01\x02")], ver=2)))
c(snap_frame(0x2004, dtp([dtp_tlv(7, b"\x01\x02\x03"), dtp_tlv(1, b"")])))  # unknown TLV, empty domain
c(snap_frame(0x2004, dtp([dtp_tlv(2, b"\x01\x02")])))           # status of 2 bytes
c(snap_frame(0x2004, dtp([dtp_tlv(3, b"")])))
c(snap_frame(0x2004, dtp([dtp_tlv(4, bytes(5))])))              # neighbor of 5 bytes
c(snap_frame(0x2004, dtp([dtp_tlv(1, b"abc", 3)])))             # length 3
c(snap_frame(0x2004, dtp([dtp_tlv(1, b"abc", 30)])))            # past the PDU
c(snap_frame(0x2004, dtp([dtp_tlv(2, b"\x01")]) + b"\x00\x01"))  # two bytes left
c(snap_frame(0x2004, b""))                                      # zero packet length
c(snap_frame(0x2004, b"\x01"))

c(snap_frame(0x2003, VTP_SUMMARY))
c(snap_frame(0x2003, VTP_SUBSET))
c(snap_frame(0x2003, vtp_header(3, 0, b"x" * 32) + struct.pack(">I", 1001)))     # advertisement request
c(snap_frame(0x2003, vtp_header(4, 0, b"join") + bytes(8)))                       # join message
c(snap_frame(0x2003, vtp_header(9, 0xff, b"?") + bytes(8), ))                     # unknown type
c(snap_frame(0x2003, vtp_header(1, 1, b"", 0) + bytes(36)))                       # domain length 0
c(snap_frame(0x2003, vtp_header(1, 1, b"y" * 32, 33) + bytes(36)))
c(snap_frame(0x2003, vtp_header(1, 1, b"a\x00bc", ver=2) + bytes(36)))
c(snap_frame(0x2003, vtp_header(2, 2) + struct.pack(">I", 3) + vlan(5, length=11)))        # VLAN record of 11
c(snap_frame(0x2003, vtp_header(2, 3) + struct.pack(">I", 3) + vlan(5, b"abcdefg", name_len=9)))  # name past it
c(snap_frame(0x2003, vtp_header(2, 4) + struct.pack(">I", 3) + vlan(5, b"abcd", tlvs=b"\x06")))  # 1 byte of TLV
c(snap_frame(0x2003, vtp_header(2, 5) + struct.pack(">I", 3) + vlan(5, tlvs=bytes([6, 2, 0, 1]))))  # past the end
c(snap_frame(0x2003, vtp_header(2, 6) + struct.pack(">I", 3) + vlan(5, tlvs=bytes([6, 2, 0, 1, 0, 0]))))  # 2 words
c(snap_frame(0x2003, vtp_header(2, 7) + struct.pack(">I", 3) + vlan(5, tlvs=bytes([6, 0]))))  # 0 words
c(snap_frame(0x2003, vtp_header(2, 8) + struct.pack(">I", 3) + vlan(5) + b"\x00" + vlan(6)))  # a 0 length ends
c(snap_frame(0x2003, vtp_header(2, 9) + struct.pack(">I", 3)))                    # no VLAN
c(snap_frame(0x2003, vtp_header(2, 10) + struct.pack(">I", 3) + vlan(5, b"long-name-0123456789")[:30]
             + bytes(40), length=8 + 40 + 16))   # a VLAN record that starts in the PDU and ends after it
c(snap_frame(0x2003, vtp_header(1, 1)[:35]))                                      # shorter than the header
c(snap_frame(0x2003, b""))
c(snap_frame(0x2003, vtp_header(2, 1)))                                           # no revision

# CDP (PID 0x2000, ../cdp has its own capture): the types print-cdp.c's table leaves unnamed below T_MAX (0x00,
# 0x0c, 0x0d), which -v checks but does not dump, and one past it, which it dumps
c(snap_frame(0x2000, CDP_HEAD + cdp_tlv(0, b"\x01\x02") + cdp_tlv(0x0c, b"abc") + cdp_tlv(0x0d, b"")
             + cdp_tlv(0x18, b"\xff") + cdp_tlv(1, b"sw1")))

write_pcap("cisco-lan.pcap", cisco)

# ---- cuts ----------------------------------------------------------------------------------------------------------


def cuts(frame, start, step=1):
    """The frame captured up to each offset from start (by step) to its end, as records of its full length."""
    return [(frame[:n], len(frame)) for n in range(start, len(frame), step)]


cut = []
cut += cuts(ether(0x8809, LACP_FULL), 14, 3)
cut += cuts(ether(0x8809, marker([tlv(1, marker_info()), tlv(0, b"")])), 14, 3)
cut += cuts(ether(0x8809, OAM_INFO_FULL), 14, 3)
cut += cuts(ether(0x8809, OAM_EVENT_FULL), 14, 4)
cut += cuts(ether(0x8809, oam(4, b"\x01")), 14)
cut += cuts(LOOP_FULL, 14)
cut += cuts(snap_frame(0x0111, UDLD_FULL), 14, 3)
cut += cuts(snap_frame(0x2004, DTP_FULL), 14)
cut += cuts(snap_frame(0x2003, VTP_SUMMARY), 14, 3)
cut += cuts(snap_frame(0x2003, VTP_SUBSET), 60, 4)
cut += cuts(snap_frame(0x2000, CDP_FULL), 26, 2)
write_pcap("lan-cut.pcap", cut)
