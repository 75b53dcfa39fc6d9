#!/usr/bin/env python3
"""Builds captures/stp.pcap (crafted spanning-tree BPDUs) and captures/rpvstp-stp.pcap (see README.md).

stp.pcap holds BPDUs for print-stp.c's every branch: 802.1D config and topology-change BPDUs, 802.1w RSTP, 802.1s
MSTP with 0 to 64 MSTI records, 802.1aq SPB, each flag and port role, timers that round both ways, unknown protocol
IDs, versions and types, every length check just met and just missed, the same BPDUs cut at many offsets (records
whose captured length is less than their length), and the SNAP routes to stp_print (Cisco PVST+ and VLAN bridge,
RFC 2684 bridged BPDU). rpvstp-stp.pcap is tcpdump's tests/rpvstp-trunk-native-vid5.pcap less its DTP, VTP and
loopback frames (made before jdissect ported their printers; the whole capture now has cases of its own, see README.md):
its PVST+ and RSTP BPDUs, records unchanged.
Deterministic: same inputs, same bytes. Run from this folder: python3 stp.py
"""
import struct

T = 1700000000
DST, SRC = bytes.fromhex("0180c2000000"), bytes.fromhex("001122334466")
PVST_DST = bytes.fromhex("01000ccccccd")
LLC_STP = b"\x42\x42\x03"


def write_pcap(name, records):
    """records: (usec, frame bytes, original length or None); Ethernet, microseconds."""
    with open("captures/" + name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        for usec, b, orig in records:
            f.write(struct.pack("<IIII", T, usec, len(b), orig if orig is not None else len(b)))
            f.write(b)


def e8023(body, length=None, dst=DST):
    """An 802.3 frame whose length field counts the LLC payload, padded to Ethernet's 60 bytes."""
    f = dst + SRC + struct.pack(">H", len(body) if length is None else length) + body
    return f + bytes(max(0, 60 - len(f)))


def bid(prio, last):
    """A bridge ID: 2 bytes of priority (with the system ID extension), then a MAC address."""
    return struct.pack(">H", prio) + bytes.fromhex("0011223344") + bytes([last])


def config(version=0, btype=0, flags=0, root=bid(0x8000, 0x55), cost=4, bridge=bid(0x8001, 0x66), port=0x8002,
           timers=(256, 20 * 256, 2 * 256, 15 * 256), v1len=None):
    """A config BPDU (35 bytes), or with v1len the RSTP one (36)."""
    b = struct.pack(">HBBB", 0, version, btype, flags) + root + struct.pack(">I", cost) + bridge
    b += struct.pack(">HHHHH", port, *timers)
    return b if v1len is None else b + bytes([v1len])


def msti(number, flags=0x7c, cost=20000, bridge_prio=0x80, port_prio=0x80, hops=20, prio=0x8000):
    return bytes([flags]) + bid(prio | number, 0x77) + struct.pack(">IBBB", cost, bridge_prio, port_prio, hops)


def mstp(version=3, flags=0x7c, name=b"region-1", rev=7, mstis=(), v3len=None, v1len=0, extra=b"",
         int_cost=2000, hops=19, root=bid(0x8000, 0x55), bridge=bid(0x9000, 0x66), port=0x8003):
    """An MSTP BPDU: the RSTP part, the MST configuration identifier, the CIST fields and the MSTI records."""
    records = b"".join(mstis) + extra
    b = config(version, 2, flags, root, 0, bridge, port, v1len=v1len)
    b += struct.pack(">H", 64 + len(records) if v3len is None else v3len)
    b += b"\x00" + name.ljust(32, b"\x00")[:32] + struct.pack(">H", rev) + bytes(range(0xa0, 0xb0))
    b += struct.pack(">I", int_cost) + bid(0x9000, 0x88) + bytes([hops])
    return b + records


def spb(v4len=None, name=b"aux-region", rev=3, agreement=0xfc, fmt=0x12, conv=0x34, edges=5, body_extra=b""):
    """The SPB part after the MSTP one: v4 length, auxiliary MCID, agreement fields and digest (87 bytes)."""
    b = b"\x00" + name.ljust(32, b"\x00")[:32] + struct.pack(">H", rev) + bytes(range(0x10, 0x20))
    b += bytes([agreement, 0, fmt, conv]) + struct.pack(">H", edges) + bytes(8) + bytes(range(0x40, 0x54))
    b += body_extra
    return struct.pack(">H", len(b) if v4len is None else v4len) + b


def snap(oui, pid):
    return b"\xaa\xaa\x03" + oui.to_bytes(3, "big") + struct.pack(">H", pid)


frames = []      # (frame, captured length or None)


def add(body, length=None, dst=DST, cut=None):
    frames.append((e8023(body, length, dst), cut))


def stp(bpdu, **kw):
    add(LLC_STP + bpdu, **kw)


# ---- 802.1D config BPDUs: each flag, the port role bits, timers, extreme values
stp(config())
for flags in (0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x81, 0x7f, 0xff, 0x0c):
    stp(config(flags=flags))
# "%.2f" rounds exact ties to even: 32/256 = 0.125, 96/256 = 0.375; 1/256 and 65535/256 the extremes
stp(config(timers=(32, 96, 160, 224)))
stp(config(timers=(1, 2, 3, 65535)))
stp(config(timers=(0, 128, 384, 640)))
stp(config(root=bid(0xffff, 0xff), cost=0xffffffff, bridge=bid(0, 0), port=0xffff))
stp(config(root=bid(0, 0), cost=0, port=0))
# ---- config BPDUs of other versions: the port role is only printed for 802.1w
for version in (2, 3, 4):
    for flags in (0x00, 0x04, 0x08, 0x0c, 0x7e):
        stp(config(version=version, flags=flags))
# ---- 802.1w RSTP: each port role with the other flags
for flags in (0x00, 0x04, 0x08, 0x0c, 0x3e, 0x7f, 0xfc):
    stp(config(version=2, btype=2, flags=flags, v1len=0))
stp(config(version=2, btype=2, flags=0x3c, v1len=5))        # the v1 length is not checked for RSTP
# ---- topology change notifications, and types print-stp.c only names
stp(struct.pack(">HBB", 0, 0, 0x80))
stp(struct.pack(">HBB", 0, 0, 0x80) + bytes(32))
stp(struct.pack(">HBB", 0, 2, 0x80))
stp(struct.pack(">HBB", 0, 3, 0x80) + bytes(40))
stp(config(version=0, btype=2, v1len=0))                   # Rapid STP type on 802.1D: named only
stp(config(version=0, btype=1))
stp(config(version=3, btype=0xff))
stp(config(version=4, btype=0x81))
# ---- unknown protocol IDs and versions
stp(b"\x00\x01\x00\x00" + config()[4:])
stp(b"\xff\xff\x03\x02")
stp(b"\x80\x00")
for version in (0x01, 0x05, 0x7f, 0xff):
    stp(config(version=version, btype=2, v1len=0))
# ---- lengths: below 4, config and RSTP one byte short and exactly long enough (the 802.3 length field rules)
stp(b"\x00\x00\x00", length=6)
stp(b"\x00\x00\x00\x00", length=7)
stp(config(), length=3 + 34)
stp(config(), length=3 + 35)
stp(config(version=2, btype=2, v1len=0), length=3 + 35)
stp(config(version=2, btype=2, v1len=0), length=3 + 36)
stp(config(version=2, btype=2, v1len=0), length=300)       # length field beyond the frame: the frame's length
stp(config(), length=1)                                     # too short for LLC
# ---- MSTP: no MSTI, one, three, a record and a half, v3 length below the configuration identifier's 64
stp(mstp())
stp(mstp(mstis=[msti(1)]))
stp(mstp(mstis=[msti(1, flags=0x01), msti(0x0fff, flags=0x42, prio=0xf000, bridge_prio=0xff, port_prio=0x0f,
                                              hops=0), msti(42, flags=0xbd, cost=0xffffffff)]))
stp(mstp(mstis=[msti(2)], extra=b"\x55" * 8))
stp(mstp(mstis=[msti(2)], extra=b"\x55" * 15))
stp(mstp(v3len=0))
stp(mstp(v3len=63, extra=msti(3)))
stp(mstp(v3len=79, extra=msti(3)))                          # 15 bytes past 64: no record
for flags in (0x00, 0x04, 0x08, 0x0c, 0xff):
    stp(mstp(flags=flags))
stp(mstp(mstis=[msti(i, flags=(i * 37) & 0xff, cost=i * 1000, hops=i) for i in range(1, 65)]))
# the MCID name: full 32 characters, a NUL inside, characters fn_print_char escapes
stp(mstp(name=b"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"))
stp(mstp(name=b"ab\x00cd"))
stp(mstp(name=b"\x01\x7f\x80\xff\t\n~ "))
stp(mstp(name=b""))
# length checks: 101 bytes, a v1 length, a v3 length past the BPDU
stp(mstp(), length=3 + 101)
stp(mstp(), length=3 + 102)
stp(mstp(v1len=1))
stp(mstp(mstis=[msti(1)], v3len=64 + 32))
stp(mstp(mstis=[msti(1)]), length=3 + 36 + 2 + 64 + 16 - 1)
stp(mstp(mstis=[msti(1)], v3len=64 + 16), length=3 + 36 + 2 + 64 + 16)
stp(mstp(mstis=[msti(1)]), length=1000)                    # length field beyond the frame
stp(mstp(v3len=0xffff))
# ---- SPB (version 4): the SPB part, its agreement bits, and its length checks
spb_full = mstp(version=4, mstis=[msti(1), msti(2)]) + spb()
stp(spb_full)
stp(mstp(version=4) + spb())
for agreement, fmt, conv in ((0x00, 0x00, 0x00), (0xff, 0xff, 0xff), (0x40, 0x0f, 0xf0), (0x28, 0x21, 0x43)):
    stp(mstp(version=4) + spb(agreement=agreement, fmt=fmt, conv=conv, edges=0xffff))
stp(mstp(version=4) + spb(name=b"0123456789abcdef0123456789abcdef", rev=0xffff))
stp(mstp(version=4) + spb(name=b"a\x00b"))
stp(mstp(version=4) + spb(v4len=84))                       # 86 < 87: invalid after the MSTP part
stp(mstp(version=4) + spb(v4len=85))                       # exactly 87
stp(mstp(version=4) + spb(v4len=200))                      # past the BPDU
stp(mstp(version=4) + spb(), length=3 + 36 + 66 + 87 - 1)
stp(mstp(version=4) + spb(body_extra=b"\x99" * 10))
stp(mstp(version=4) + spb(v4len=95, body_extra=b"\x99" * 10))
stp(mstp(version=4), length=3 + 102)                      # no room for the v4 length at all
stp(mstp(version=4), length=3 + 140)                      # v4 length read from the padding
stp(mstp(version=4, v1len=9) + spb())
stp(mstp(version=4, v3len=0) + spb())
stp(mstp(version=4, mstis=[msti(1)], v3len=64) + spb())   # v4 length read from inside the MSTI record
# ---- LLC variations that still reach stp_print: group DSAP, response SSAP; others that do not
add(b"\x43\x42\x03" + config())
add(b"\x42\x43\x03" + config(version=2, btype=2, v1len=0))
add(b"\x42\x42\x13" + config())                            # UI with the poll bit: not UI, no STP
add(b"\x42\x42\x00\x01" + config())                        # I frame
add(b"\x42\x06\x03" + config())                            # STP DSAP, IP SSAP
# ---- SNAP: Cisco PVST+ (its VLAN TLV after the BPDU), VLAN bridge, RFC 2684 bridged BPDU, unknown Cisco pid
pvst_tlv = bytes.fromhex("00000002000a")
add(snap(0x00000C, 0x010B) + config(version=2, btype=2, flags=0x3c, v1len=0) + pvst_tlv, dst=PVST_DST)
add(snap(0x00000C, 0x010B) + config() + pvst_tlv, dst=PVST_DST)
add(snap(0x00000C, 0x010B) + mstp(), dst=PVST_DST)
add(snap(0x00000C, 0x010B) + config()[:20], dst=PVST_DST)  # short: invalid
add(snap(0x00000C, 0x010B) + b"\x00", dst=PVST_DST)        # below 4
add(snap(0x00000C, 0x010C) + config(), dst=PVST_DST)
add(snap(0x0080C2, 0x000E) + config(version=2, btype=2, v1len=0))
add(snap(0x0080C2, 0x000E) + struct.pack(">HBB", 0, 0, 0x80))
add(snap(0x0080C2, 0x000F) + config())                      # not a BPDU pid
add(snap(0x00000C, 0x010D) + config(), dst=PVST_DST)      # not a PVST pid
# PVST+ in an 802.1Q tag
body = snap(0x00000C, 0x010B) + config(version=2, btype=2, v1len=0) + pvst_tlv
frames.append((PVST_DST + SRC + struct.pack(">HHH", 0x8100, 0xe001, len(body)) + body, None))

# ---- cuts: whole BPDUs captured only up to an offset (the record's original length is the frame's)
cfg_frame = e8023(LLC_STP + config(flags=0x0d, version=2))
for cut in range(14, 14 + 3 + 35 + 1):
    frames.append((cfg_frame, cut))
rstp_frame = e8023(LLC_STP + config(version=2, btype=2, flags=0x7c, v1len=0))
for cut in (17, 20, 35, 52, 53):
    frames.append((rstp_frame, cut))
spb_frame = e8023(LLC_STP + spb_full)
for cut in sorted(set(range(14, 60, 2)) | set(range(60, len(spb_frame), 3)) | {len(spb_frame) - 1}):
    frames.append((spb_frame, cut))
pvst_frame = e8023(snap(0x00000C, 0x010B) + mstp(mstis=[msti(5)]), dst=PVST_DST)
for cut in (19, 22, 25, 40, 80, 130, 150):
    frames.append((pvst_frame, cut))

write_pcap("stp.pcap", [(i, f if cut is None else f[:cut], None if cut is None else len(f))
                        for i, (f, cut) in enumerate(frames)])


# ---- rpvstp-stp.pcap: the BPDUs of tcpdump's rpvstp-trunk-native-vid5.pcap, records copied unchanged
def records(name):
    data = open("captures/" + name, "rb").read()
    assert struct.unpack_from("<I", data, 0)[0] == 0xA1B2C3D4, name
    out, off = [], 24
    while off + 16 <= len(data):
        incl = struct.unpack_from("<I", data, off + 8)[0]
        out.append(data[off:off + 16 + incl])
        off += 16 + incl
    return data[:24], out


def is_bpdu(record):
    frame = record[16:]
    at = 16 if frame[12:14] == b"\x81\x00" else 12
    llc = frame[at + 2:at + 10]
    return llc[:3] == LLC_STP or llc == snap(0x00000C, 0x010B)


header, recs = records("rpvstp-trunk-native-vid5.pcap")
with open("captures/rpvstp-stp.pcap", "wb") as f:
    f.write(header + b"".join(r for r in recs if is_bpdu(r)))
