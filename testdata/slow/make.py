"""IEEE 802.3 Slow Protocols frames (Ethertype 0x8809) for packet-slowprotocols.c, packet-lacp.c and packet-marker.c
(tshark 4.0.17): LACPDUs with every actor/partner state bit, wrong TLV types and lengths, version 2 TLVs before the
terminator, HP's IRF tail, other bytes after the LACPDU (a trailer), Avaya's vLACP, cut short; Marker information and
response PDUs, wrong types, lengths and pad; an unknown subtype. Deterministic: python3 make.py, then sh oracle.sh."""
import struct

DST = bytes.fromhex("0180c2000002")
SRC = bytes.fromhex("00e04c680001")


def frame(payload, dst=DST):
    f = dst + SRC + b"\x88\x09" + payload
    return f + bytes(max(0, 60 - len(f)))


def info(t, length, prio, mac, key, port_prio, port, state):
    return struct.pack(">BBH", t, length, prio) + bytes.fromhex(mac) + struct.pack(">HHHB", key, port_prio, port,
                                                                                      state) + b"\x00\x00\x00"


def lacpdu(actor=0x3d, partner=0x3f, version=1, a_type=1, a_len=20, p_type=2, p_len=20, c_type=3, c_len=16,
           extra=b"", term=(0, 0), pad=None, tail=b""):
    body = (bytes([version]) + info(a_type, a_len, 32768, "00e04c680001", 17, 32768, 5, actor)
            + info(p_type, p_len, 65535, "001b2c3d4e5f", 1000, 255, 0x8001, partner)
            + struct.pack(">BBH", c_type, c_len, 5) + bytes(12) + extra + bytes(term))
    body += bytes(109 - len(body)) if pad is None else pad
    return b"\x01" + body + tail


frames = []
frames.append(frame(lacpdu()))
frames.append(frame(lacpdu(actor=0xff, partner=0x00)))
frames.append(frame(lacpdu(actor=0x80, partner=0x47)))
frames.append(frame(lacpdu(a_type=2, a_len=19, p_type=1, p_len=21, c_type=0, c_len=15, term=(0, 5))))
frames.append(frame(lacpdu(version=2, extra=struct.pack(">BB", 4, 6) + b"abcd" + struct.pack(">BB", 5, 2))))
frames.append(frame(lacpdu(extra=struct.pack(">BB", 9, 1))))
irf = b"\x64\x18" + b"\x00\x01" + struct.pack(">H", 7) + bytes.fromhex("0a0b0c0d0e0f") + bytes(8) + struct.pack(
    ">HH", 2, 33) + b"\x00\x00"
frames.append(frame(lacpdu(tail=irf)))
frames.append(frame(lacpdu(tail=b"\x64\x03abc")))
frames.append(frame(lacpdu(tail=b"\xee" * 6)))
frames.append(frame(b"\x01\x01" + lacpdu()[1:]))
frames.append(frame(b"\x01\x02\x01\x01\x14" + lacpdu()[4:60]))
frames.append(frame(lacpdu()[:30]))
frames.append(frame(lacpdu()[:70]))
frames.append(frame(lacpdu(pad=b"")))


def marker(t=1, length=16, port=7, trans=0x01020304, pad=0, term=(0, 0), reserved=90, version=1):
    return (b"\x02" + struct.pack(">BBBH", version, t, length, port) + bytes.fromhex("00e04c680001")
            + struct.pack(">IH", trans, pad) + bytes(term) + bytes(reserved))


frames.append(frame(marker()))
frames.append(frame(marker(t=2, trans=77)))
frames.append(frame(marker(t=3, length=15, pad=5, term=(1, 2))))
frames.append(frame(marker(term=(0, 3))))
frames.append(frame(marker()[:20]))
frames.append(frame(marker(reserved=10)))
frames.append(frame(b"\x0b" + b"unknown subtype"))
frames.append(frame(b"\x01"))

with open("slow.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(frames), "frames")
