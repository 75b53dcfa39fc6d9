"""IEEE 802.2 LLC and SNAP frames for packet-llc.c's and packet-xdlc.c's rules (tshark 4.0.17): every U-frame
modifier as command and response, with and without the poll/final bit, an unknown modifier; S frames (RR, RNR, REJ,
SREJ) and I frames with their two-byte control field; every named SAP (and the group/response bits) on DSAP and
SSAP; basic-format XID (LLC types, window size, an unknown type, cut short) and another XID format; SNAP with
encapsulated Ethernet (IPv4, an unknown Ethertype, a non-UI frame), the Cisco IOS 9.0 OUI, OUIs with PID tables of
their own, the IEEE 802.1 bridging OUI and an unknown OUI; RFC 948 IP (DSAP 0x06); the Alteon jumbo Ethertype 0x8870;
headers cut short in every field. Deterministic: run here with python3 make.py, then sh oracle.sh."""
import struct

DST = bytes.fromhex("0180c2000000")
SRC = bytes.fromhex("001906eab885")


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ipv4_udp(payload=b"hello"):
    udp = struct.pack(">HHHH", 40000, 9999, 8 + len(payload), 0) + payload
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 1, 0x4000, 64, 17, 0,
                     bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    return ip[:10] + struct.pack(">H", csum(ip)) + ip[12:] + udp


def dot3(llc, length=None):
    """An 802.3 frame: the length field counts the LLC bytes; short frames are padded to 60 bytes."""
    n = len(llc) if length is None else length
    f = DST + SRC + struct.pack(">H", n) + llc
    return f + bytes(max(0, 60 - len(f)))


def snap(oui, pid, payload, control=0x03):
    return bytes([0xaa, 0xaa, control]) + oui.to_bytes(3, "big") + struct.pack(">H", pid) + payload


frames = []
# SNAP: encapsulated Ethernet (IPv4, unknown Ethertype, a TEST frame), Cisco IOS 9.0, the bridging OUI, unknown
frames.append(dot3(snap(0x000000, 0x0800, ipv4_udp())))
frames.append(dot3(snap(0x000000, 0x1234, b"0123456789")))
frames.append(dot3(snap(0x000000, 0x0800, ipv4_udp(), control=0xe3)))
frames.append(dot3(snap(0x0000f8, 0x0800, ipv4_udp())))
frames.append(dot3(snap(0x0080c2, 0x00ff, b"bridged")))
frames.append(dot3(snap(0x123456, 0x0001, b"unknown OUI")))
# OUIs with PID tables of their own (unassigned PIDs: their payloads stay data)
for oui in (0x00000c, 0x00005e, 0x000081, 0x0001e8, 0x001090, 0x001958, 0x004096, 0x00e02b, 0x00e052, 0x080007,
            0x00805f):
    frames.append(dot3(snap(oui, 0x7777, b"pid")))
# every U-frame modifier, as command (SSAP CR bit clear) and as response, then with P/F
for mod in (0x00, 0x20, 0x40, 0x60, 0x80, 0xe0, 0x04, 0x84, 0xc4, 0x0c, 0x2c, 0x4c, 0x6c, 0x8c, 0xcc, 0xec, 0xa0):
    frames.append(dot3(bytes([0x12, 0x12, mod | 0x03]) + b"u"))
    frames.append(dot3(bytes([0x12, 0x13, mod | 0x13])))
# S frames: RR, RNR, REJ, SREJ; command and response, with and without P/F
for i, s in enumerate((0x01, 0x05, 0x09, 0x0d)):
    frames.append(dot3(bytes([0x34, 0x34, s, (i * 37) << 1])))
    frames.append(dot3(bytes([0x34, 0x35, s, (127 << 1) | 1]) + b"s"))
# I frames
frames.append(dot3(bytes([0x12, 0x12, 0x04, 0x0b]) + b"info"))
frames.append(dot3(bytes([0x12, 0x13, 0xfe, 0xfe]) + b"info"))
frames.append(dot3(bytes([0x12, 0x13, 0x00, 0x01])))
# every named SAP (and its group/response form), in TEST frames so no SAP dissector is offered the payload
for sap in (0x00, 0x02, 0x04, 0x06, 0x08, 0x0c, 0x0e, 0x10, 0x18, 0x1c, 0x20, 0x34, 0x3c, 0x42, 0x4e, 0x7e, 0x7f,
            0x80, 0x82, 0x86, 0x8e, 0x98, 0xaa, 0xbc, 0xbd, 0xe0, 0xf0, 0xf4, 0xf5, 0xf8, 0xfa, 0xfc, 0xfe, 0xff,
            0x05, 0x9a):
    if sap != 0xff:  # DSAP and SSAP 0xff would be Novell's raw 802.3 IPX to the Ethernet dissector
        frames.append(dot3(bytes([sap, sap | 1, 0xe3])))
    frames.append(dot3(bytes([sap | 1, sap & 0xfe, 0xe3])))
# basic-format XID: types and window size, an unknown type, high bits set, cut short; another XID format
for body in (b"\x81\x01\x00", b"\x81\x03\x0e", b"\x81\x07\xfe", b"\x81\x08\x01", b"\x81\xe1\x02", b"\x81\x01"):
    frames.append(dot3(bytes([0x00, 0x01, 0xbf]) + body))
frames.append(dot3(bytes([0x00, 0x00, 0xaf]) + b"\x82\x01\x00"))
frames.append(dot3(bytes([0x00, 0x00, 0xaf])))
# RFC 948 IP: UI frames to SAP 0x06 (dissected as IPv4), and an I frame to it
frames.append(dot3(bytes([0x06, 0x06, 0x03]) + ipv4_udp()))
frames.append(dot3(bytes([0x06, 0x06, 0x00, 0x00]) + ipv4_udp()))
# DSAP 0xaa without SSAP 0xaa is not SNAP
frames.append(dot3(bytes([0xaa, 0x12, 0x03]) + b"notsnap"))
# the Alteon jumbo Ethertype carries LLC
frames.append(DST + SRC + b"\x88\x70" + snap(0x000000, 0x0800, ipv4_udp()))
# cut short by the 802.3 length: DSAP only, no control, half an I-frame control, SNAP in its OUI and in its PID
for llc in (b"\x12", b"\x12\x12", b"\x12\x12\x00", b"\xaa\xaa\x03\x00\x00", b"\xaa\xaa\x03\x00\x00\x00\x08"):
    frames.append(dot3(llc))
# a length longer than the frame
frames.append(DST + SRC + struct.pack(">H", 200) + bytes([0x12, 0x12, 0x03]) + b"short")

with open("llc.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(frames), "frames")

# spanning tree BPDUs on SAP 0x42: configuration BPDUs with each flag (and a message age of 1.5 s), rapid spanning
# tree BPDUs with every port role and flag, a topology change notification, an unknown BPDU type, one cut short


def bid(prio, mac):
    return struct.pack(">H", prio) + bytes.fromhex(mac)


def bpdu(flags, version=0, type_=0, age=256, extra=b""):
    return (struct.pack(">HBBB", 0, version, type_, flags) + bid(0x8000, "001122334455") + struct.pack(">I", 4)
            + bid(0x8001, "001122334466") + struct.pack(">HHHHH", 0x8002, age, 20 * 256, 2 * 256, 15 * 256) + extra)


stp = []
for fl in (0x00, 0x80, 0x81, 0x7e):
    stp.append(dot3(b"\x42\x42\x03" + bpdu(fl, age=0x0180)))
for fl in (0x00, 0x3c, 0x7f, 0x04, 0x08, 0x01):
    stp.append(dot3(b"\x42\x42\x03" + bpdu(fl, version=2, type_=2, extra=b"\x00")))
stp.append(dot3(b"\x42\x42\x03" + struct.pack(">HBB", 0, 0, 0x80)))
stp.append(dot3(b"\x42\x42\x03" + bpdu(0, type_=0x55)))
stp.append(dot3(b"\x42\x42\x03" + bpdu(0)[:20]))
with open("stp.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(stp):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(stp), "frames in stp.pcap")

# multiple spanning tree: the MST configuration identifier, the CIST and two MSTI records (one with every flag); then
# configuration names (FT_STRINGZPAD: the text before the first NUL) with bytes after a NUL, of all 32 bytes, empty,
# with a byte past 0x7f and with a control character


def mst_ext(name):
    return (b"\x00" + name.ljust(32, b"\x00") + struct.pack(">H", 7) + bytes(range(16)) + struct.pack(">I", 0)
            + bid(0x8000, "001122334455") + b"\x14"
            + bytes([0x7c]) + bid(0x8001, "001122334455") + struct.pack(">I", 20000) + bytes([0x80, 0x80, 0x14])
            + bytes([0xff]) + bid(0x9002, "00aabbccddee") + struct.pack(">I", 1) + bytes([0x10, 0xf0, 0x01]))


def mstp(name):
    ext = mst_ext(name)
    return dot3(b"\x42\x42\x03" + bpdu(0x3c, version=3, type_=2, extra=b"\x00" + struct.pack(">H", len(ext)) + ext))


mst = [mstp(n) for n in (b"region1", b"ab\x00cd\x00ef", b"0123456789abcdefghijklmnopqrstuv", b"", b"r\xe9gion",
                         b"a\tb")]
with open("mstp.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(mst):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(mst), "frames in mstp.pcap")

# the rest of packet-bpdu.c (bpdu.pcap): Cisco's PVST+ (SNAP PID 0x010b, the originating VLAN TLV: present, missing,
# a wrong length, unknown, cut short), plain STP under the other Cisco PIDs (VLAN bridge, RLQ) and Ethertype 0x8181,
# versions Wireshark does not know, the tests that make a BPDU an MST one (version, version 1 length, 102 bytes), the
# Version 3 Length read as bytes, as a count of messages, zero (the alternative MSTI format or none), a length that
# is not a multiple of 16 and runs past the frame, SPB's version 4 part, and GARP's destination addresses
PVST_DST = bytes.fromhex("01000ccccccd")


def tlv(t, value, length=None):
    return struct.pack(">HH", t, len(value) if length is None else length) + value


def snap_frame(pid, payload, dst=PVST_DST):
    body = snap(0x00000c, pid, payload)
    f = dst + SRC + struct.pack(">H", len(body)) + body
    return f + bytes(max(0, 60 - len(f)))


def mst_body(v3len, records, version=3, v1len=0, cfs=0, tail=b""):
    ext = (bytes([cfs]) + b"region2".ljust(32, b"\x00") + struct.pack(">H", 3) + bytes(range(16, 32))
           + struct.pack(">I", 500) + bid(0x7005, "0011223344aa") + b"\x0f" + records + tail)
    return bpdu(0x6d, version=version, type_=2, extra=bytes([v1len]) + struct.pack(">H", v3len) + ext)


def msti(flags, prio_id, mac, cost, bprio, pprio, hops):
    return bytes([flags]) + struct.pack(">H", prio_id) + bytes.fromhex(mac) + struct.pack(">I", cost) + bytes(
        [bprio, pprio, hops])


def alt_msti(mstid, flags, root, cost, bridge, port, hops):
    return (struct.pack(">HB", mstid, flags) + bid(root, "00aabbccdd01") + struct.pack(">I", cost)
            + bid(bridge, "00aabbccdd02") + struct.pack(">HB", port, hops))


two = msti(0x7c, 0x8001, "001122334455", 20000, 0x80, 0x80, 0x14) + msti(0x01, 0x9002, "00aabbccddee", 1, 0x10,
                                                                       0xf0, 1)
bp = []
conf = bpdu(0x01)
rst = bpdu(0x3c, version=2, type_=2, extra=b"\x00")
bp.append(snap_frame(0x010b, conf + b"\x00" + tlv(0, struct.pack(">H", 1))))
bp.append(snap_frame(0x010b, rst + tlv(0, struct.pack(">H", 100))))
bp.append(snap_frame(0x010b, conf + b"\x00"))
bp.append(snap_frame(0x010b, rst + tlv(0, b"\x00\x01\x02")))
bp.append(snap_frame(0x010b, rst + tlv(5, b"abcd") + tlv(0, struct.pack(">H", 200))))
bp.append(snap_frame(0x010b, rst + tlv(0, b"\x00\x07", length=10)))
bp.append(snap_frame(0x010b, rst + tlv(0, struct.pack(">H", 300)) + b"\x01\x02"))
bp.append(snap_frame(0x010b, rst + tlv(7, b"")))
bp.append(snap_frame(0x010b, struct.pack(">HBB", 0, 0, 0x80)))
bp.append(snap_frame(0x010b, mst_body(64 + 32, two)))
for pid in (0x010c, 0x0108, 0x0109):
    bp.append(snap_frame(pid, conf))
bp.append(DST + SRC + b"\x81\x81" + rst + bytes(8))
bp.append(dot3(b"\x42\x42\x03" + bpdu(0, version=1)))
bp.append(dot3(b"\x42\x42\x03" + bpdu(0x3c, version=7, type_=2, extra=b"\x00")))
# MST: the IEEE format, a version 1 length that is not 0, one byte short of 102, a length in messages, zero with and
# without the alternative format, a length not a multiple of 16 past the frame's end, a version 5 BPDU
bp.append(dot3(b"\x42\x42\x03" + mst_body(64 + 32, two)))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64 + 32, two, v1len=1)))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64, b"")[:101]))
bp.append(dot3(b"\x42\x42\x03" + mst_body(2, two)))
bp.append(dot3(b"\x42\x42\x03" + mst_body(0, alt_msti(5, 0x3c, 0x8005, 77, 0x9005, 0x8011, 9), cfs=64 + 26)))
bp.append(dot3(b"\x42\x42\x03" + mst_body(0, alt_msti(5, 0x3c, 0x8005, 77, 0x9005, 0x8011, 9), cfs=64 + 26,
                                         tail=b"x")))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64 + 40, two + b"\x00" * 8)))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64 + 32, two, version=5)))
# SPB (version 4): the MCID, agreement data and digest after the MSTIs; a version 4 length under 53; under 106 bytes
agreement = bytes([0x3e, 0x00, 0x5a, 0xc3]) + struct.pack(">H", 513) + bytes(8) + bytes(range(100, 120))
spt = bytes([1]) + b"spb-region".ljust(32, b"\x00") + struct.pack(">H", 9) + bytes(range(48, 64)) + agreement
bp.append(dot3(b"\x42\x42\x03" + mst_body(64 + 16, two[:16], version=4, tail=struct.pack(">H", len(spt)) + spt)))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64, b"", version=4, tail=struct.pack(">H", 52) + spt[:52])))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64, b"", version=4, tail=b"\x00\x55")))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64, b"", version=4, tail=b"\x00")[:103]))
# cut short by the 802.3 length: a configuration BPDU in its timers, an RST BPDU before its version 1 length, an MST
# BPDU in its configuration name and in its second MSTI record; a TCN and a configuration BPDU with bytes after them
# in an Ethernet II frame (Ethertype 0x8181: those bytes are the frame's trailer)
bp.append(dot3(b"\x42\x42\x03" + conf[:30]))
bp.append(dot3(b"\x42\x42\x03" + rst[:35]))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64 + 32, two)[:60]))
bp.append(dot3(b"\x42\x42\x03" + mst_body(64 + 32, two)[:125]))
bp.append(DST + SRC + b"\x81\x81" + struct.pack(">HBB", 0, 0, 0x80) + b"\xee" * 60)
bp.append(DST + SRC + b"\x81\x81" + conf + b"\xee" * 12)
# GARP's group addresses: an application Wireshark does not know (01-80-C2-00-00-22, -2F)
for last in (0x22, 0x2f):
    f = DST[:5] + bytes([last]) + SRC + struct.pack(">H", 3 + len(conf)) + b"\x42\x42\x03" + conf
    bp.append(f + bytes(max(0, 60 - len(f))))
with open("bpdu.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(bp):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(bp), "frames in bpdu.pcap")

# cut.pcap: frames the capture cut short (records shorter than the frame) where packet-ieee8023.c's rules show: a
# payload dissected without a BoundsError (data after an unknown SNAP OUI) then the Ethernet layer's own
# "[Packet size limited …]"; a BPDU cut inside an MSTI record and in its configuration name (the BPDU's own); a
# payload malformed by its length and a capture ending right after it (the padding read throws); a LACPDU cut before
# its version; and a root path cost above 2^31 (Info prints it signed)
cut = []
cut.append((snap_frame(0x4242, b"\x00" * 30, dst=DST)[:52], 60))
f = dot3(b"\x42\x42\x03" + mst_body(64 + 32, two))
cut.append((f[:134], len(f)))
cut.append((f[:70], len(f)))
dtp = bytes.fromhex("aaaa0300000c2004") + b"\x01" + tlv(1, b"corp\x00") + tlv(2, b"\x03") + tlv(3, b"\xa5") + tlv(9, b"xyz")
f = PVST_DST[:5] + b"\xcc" + SRC + struct.pack(">H", len(dtp)) + dtp
f += bytes(max(0, 60 - len(f)))
cut.append((f[:14 + len(dtp)], len(f)))
f = DST + SRC + b"\x88\x09" + b"\x01\x01\x01"
cut.append((f, 60))
cut.append((dot3(b"\x42\x42\x03" + bpdu(0x01)[:13] + struct.pack(">I", 0x80000004) + bpdu(0x01)[17:]), None))
with open("cut.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (fr, wire) in enumerate(cut):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), wire or len(fr)) + fr)
print(len(cut), "frames in cut.pcap")
