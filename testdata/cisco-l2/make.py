"""Cisco's layer-2 control protocols for tshark 4.0.17's packet-dtp.c, packet-udld.c and packet-loop.c: DTP (SNAP
PID 0x2004) with each TLV, wrong and short lengths, unknown TLVs, a message cut short; UDLD (SNAP PID 0x0111) with
every opcode and flag, each TLV kind, the Port ID length quirk, lengths below 4, an empty message; the Configuration
Test Protocol (Ethertype 0x9000, "loopback") with reply and forward functions, a skip count past the first function,
unknown functions and data after them. Deterministic: python3 make.py, then sh oracle.sh."""
import struct

SRC = bytes.fromhex("001b540a0b0c")
CISCO = bytes.fromhex("01000ccccccc")


def snap(pid, payload, dst=CISCO):
    llc = b"\xaa\xaa\x03\x00\x00\x0c" + struct.pack(">H", pid) + payload
    f = dst + SRC + struct.pack(">H", len(llc)) + llc
    return f + bytes(max(0, 60 - len(f)))


def tlv(t, v, length=None):
    return struct.pack(">HH", t, len(v) + 4 if length is None else length) + v


frames = []
# DTP: a switch's desirable/auto messages, every status and type pair, wrong lengths, unknown TLVs, truncation
domain = tlv(1, b"corp\x00")
for status, ttype in ((0x03, 0xa5), (0x04, 0x40), (0x81, 0x42), (0x02, 0x01), (0x7f, 0xff)):
    frames.append(snap(0x2004, b"\x01" + domain + tlv(2, bytes([status])) + tlv(3, bytes([ttype]))
                       + tlv(4, bytes.fromhex("001b540a0b0c"))))
frames.append(snap(0x2004, b"\x01" + tlv(1, b"a" * 40 + b"\x00") + tlv(2, b"\x01\x02") + tlv(3, b"")
                   + tlv(4, b"\x00\x01\x02")))
frames.append(snap(0x2004, b"\x01" + tlv(9, bytes.fromhex("aabbccddeeff")) + tlv(11, bytes(range(8)))
                   + tlv(10, b"xyz")))
frames.append(snap(0x2004, b"\x01" + tlv(2, b"\x81") + b"\x00\x03"))
frames.append(snap(0x2004, b"\x01" + struct.pack(">HH", 2, 3) + b"\x81"))
frames.append(snap(0x2004, b"\x01" + tlv(1, b"\x00")))
# UDLD: probe, echo, flush and reserved opcodes with flags; device ID, port ID (and its length quirk), echo,
# intervals, device name, sequence number, an unknown type, a TLV length below 4, one of exactly 4
dev = tlv(1, b"FOX0001ABC")
port = tlv(2, b"Gi1/0/1")
for first, flags in ((0x21, 0x00), (0x22, 0x80), (0x23, 0x40), (0x20, 0xc0), (0x41, 0x01)):
    frames.append(snap(0x0111, bytes([first, flags]) + b"\x6d\x6b" + dev + port
                       + tlv(3, struct.pack(">I", 1) + tlv(1, b"peer")) + tlv(4, b"\x07") + tlv(5, b"\x05")
                       + tlv(6, b"sw-core") + tlv(7, struct.pack(">I", 42))))
frames.append(snap(0x0111, b"\x21\x00\x00\x00" + tlv(2, b"Gi1", length=6) + b"\x41\x42\x43" + tlv(9, b"zz")))
frames.append(snap(0x0111, b"\x21\x00\x00\x00" + dev + struct.pack(">HH", 6, 2) + b"rest"))
frames.append(snap(0x0111, b"\x21\x00\x00\x00" + dev + tlv(6, b"")))
frames.append(snap(0x0111, b"\x21\x00\x00\x00"))
frames.append(snap(0x0111, b"\x21\x00\x00\x00" + tlv(1, b"dev\x00\x00pad")))
frames.append(snap(0x0111, b"\x21\x00\x00\x00" + dev + port))


def loop(payload):
    f = CISCO[:5] + b"\x00" + SRC + b"\x90\x00" + payload
    return f + bytes(max(0, 60 - len(f)))


# Loopback: a keepalive (reply), a forward then a reply, a skip count pointing at the second function, an unknown
# function, a skip count pointing nowhere, data after the functions
frames.append(loop(struct.pack("<HHH", 0, 1, 7) + b"keepalive data"))
frames.append(loop(struct.pack("<HH", 0, 2) + bytes.fromhex("001122334455") + struct.pack("<HH", 1, 9)))
frames.append(loop(struct.pack("<HH", 8, 2) + bytes.fromhex("001122334455") + struct.pack("<HH", 1, 9)))
frames.append(loop(struct.pack("<HH", 0, 5) + b"after"))
frames.append(loop(struct.pack("<HH", 3, 1) + struct.pack("<H", 4)))
frames.append(loop(struct.pack("<HH", 0, 2) + bytes.fromhex("001122334455") + struct.pack("<HH", 2, 0)
                   + bytes.fromhex("66778899aabb") + struct.pack("<HH", 1, 1)))

with open("cisco-l2.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(frames), "frames")
