#!/usr/bin/env python3
"""Builds v4cut.pcap: IPv4, UDP and TCP cut short or odd, found by mutated captures through tshark 4.0.17 and
jdissect: total lengths of 0 (ip.tso_support: the frame's length stands in), also in a quoted datagram; a UDP header
cut inside its checksum after a bogus length; a first fragment longer than its frame (not reassembled: its ICMP is
dissected as a fragment's); TCP's urgent pointer without URG; a SYN-ACK acknowledging data a SYN carried; a TSO
length in a frame cut inside the IP header; a TCP header longer than the datagram; an RFC 4884 length above 63 words.
Run `python3 v4cut.py` here, then `sh oracle.sh`."""
import struct

from ipcraft import csum, ip4

A, B = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])


def tcp(sp, dp, seq, ack, flags, urgent=0, data=b""):
    return struct.pack(">HHIIBBHHH", sp, dp, seq, ack, 0x50, flags, 8192, 0, urgent) + data


udp = struct.pack(">HHHH", 40000, 33434, 12, 0) + b"abcd"
quoted = ip4(17, A, B, udp, total=0)
err = struct.pack(">BBHI", 3, 3, 0, 0) + quoted
err = err[:2] + struct.pack(">H", csum(err)) + err[4:]
err4884 = struct.pack(">BBHBBH", 3, 3, 0, 0, 192, 0) + ip4(17, A, B, udp)
err4884 = err4884[:2] + struct.pack(">H", csum(err4884)) + err4884[4:]
echo = struct.pack(">BBHHH", 8, 0, 0, 0x1234, 1) + bytes(32)
echo = echo[:2] + struct.pack(">H", csum(echo)) + echo[4:]
frames = [
    ip4(17, A, B, udp, total=0),
    ip4(6, A, B, tcp(1234, 80, 1, 0, 0x02), total=0),
    ip4(1, B, A, err),
    ip4(17, A, B, struct.pack(">HHHH", 40000, 33434, 200, 0)[:6], total=26),
    ip4(1, A, B, echo, total=20 + 1480, flags=0x2000),
    ip4(6, A, B, tcp(1235, 80, 100, 0, 0x02, data=b"tfo!")),
    ip4(6, B, A, tcp(80, 1235, 500, 105, 0x12)),
    ip4(6, A, B, tcp(1235, 80, 105, 501, 0x10, urgent=7)),
    # a total length of 0 in a frame that ends after six bytes of IP: the frame's length stands in, unchecked
    # against the header's, and the header runs out after its identification
    ip4(17, A, B, udp, total=0)[:6],
    # a TCP header claiming 32 bytes where the total length leaves 20 (and a trailer byte follows): its options
    # are read past the datagram, ReportedBoundsError ("[Malformed Packet: TCP]", not the contained-length wording)
    ip4(6, A, B, struct.pack(">HHIIBBHHH", 1236, 80, 7, 9, 0x80, 0x10, 8192, 0, 0), total=40) + b"\0",
    # an RFC 4884 length of 192 words: "Length of original datagram: 768", an FT_UINT8 item holding more than 255
    ip4(1, B, A, err4884),
]
with open("v4cut.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, p in enumerate(frames):
        pkt = bytes.fromhex("020000000001020000000002") + b"\x08\x00" + p
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(pkt), len(pkt)) + pkt)
print("v4cut.pcap", len(frames), "frames")
