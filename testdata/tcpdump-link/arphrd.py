"""Writes captures/arp-hardware.pcap: ARP replies and requests over every hardware type print-arp.c names (and some
it does not), and Frame Relay's Q.922 addresses (2-, 3- and 4-byte DLCIs, an EA bit too early, no end bit), for
arphrd_values and q922_string, and an unknown operation. ATM (type 19, atmarp_print's layout) is atmarp.py's."""
import struct

frames = []
MAC = bytes.fromhex("020000000001")


def arp(hrd, op, sha, tha, hln=None):
    hln = len(sha) if hln is None else hln
    body = struct.pack(">HHBBH", hrd, 0x0800, hln, 4, op) + sha + bytes([10, 0, 0, 1]) + tha + bytes([10, 0, 0, 2])
    frames.append(bytes(6) + MAC + b"\x08\x06" + body)


for hrd in [0, 1, 2, 6, 7, 15, 23, 24, 32, 33, 0xffff]:
    arp(hrd, 2, MAC, bytes(6))
for sha in [bytes([0x18, 0x41]), bytes([0x18, 0x40, 0x03]), bytes([0x18, 0x40, 0x02, 0x05]), bytes([0x19, 0x41]),
            bytes([0x18, 0x40, 0x02, 0x04, 0, 0])]:
    arp(15, 2, sha, bytes(len(sha)))
    arp(15, 1, sha, sha)
# an unknown operation: print-arp.c dumps the packet whatever -x, -X or -q say
arp(1, 99, MAC, bytes(6))
with open("captures/arp-hardware.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack("<IIII", 1_700_000_000 + i, 0, len(fr), len(fr)) + fr)
