"""ICMPv6 messages of Mobile IPv6 (RFC 6275 section 6.5-6.8): home agent address discovery request and reply, mobile
prefix solicitation and advertisement (flags, prefix options), cut ones; right checksums. Deterministic: run here
with python3 mip6.py (after make.py, whose helpers it uses), then sh oracle.sh."""
import struct

from make import icmp6, prefix, opt, P1, P2

HA1 = bytes.fromhex("20010db8000100000000000000000001")
HA2 = bytes.fromhex("20010db8000100000000000000000002")
frames = [
    # home agent address discovery request (identifier, reserved) and its reply with two home agents
    struct.pack(">BBHHH", 144, 0, 0, 0x1234, 0),
    struct.pack(">BBHHH", 145, 0, 0, 0x1234, 0) + HA1 + HA2,
    # a reply with no address, one whose reserved bytes are not zero, and one cut inside its address list
    struct.pack(">BBHHH", 145, 0, 0, 7, 0),
    struct.pack(">BBHHH", 145, 0, 0, 8, 0xbeef) + HA1,
    struct.pack(">BBHHH", 145, 0, 0, 9, 0) + HA1[:10],
    # mobile prefix solicitation, and advertisements: M and O flags with a prefix option, every flag bit, none
    struct.pack(">BBHHH", 146, 0, 0, 0x4321, 0),
    struct.pack(">BBHHH", 147, 0, 0, 0x4321, 0xc000) + prefix(64, 0xe0, 86400, 3600, P1),
    struct.pack(">BBHHH", 147, 0, 0, 0x4322, 0xffff) + prefix(48, 0xc0, 600, 300, P2)
    + opt(5, bytes(2) + struct.pack(">I", 1280)),
    struct.pack(">BBHHH", 147, 0, 0, 0x4323, 0),
    # cut after the identifier, or one byte later: malformed except an advertisement (tshark's summary reads the
    # identifier and reserved bytes, not the flags), a reply cut one byte into its first address, an advertisement
    # whose prefix option is cut
    struct.pack(">BBHH", 147, 0, 0, 0x9393),
    struct.pack(">BBHH", 144, 0, 0, 1),
    struct.pack(">BBHH", 145, 0, 0, 2),
    struct.pack(">BBHH", 146, 0, 0, 3),
    struct.pack(">BBHHB", 144, 0, 0, 6, 0),
    struct.pack(">BBHHB", 147, 0, 0, 7, 0),
    struct.pack(">BBHHH", 145, 0, 0, 5, 0) + HA1[:1],
    struct.pack(">BBHHH", 147, 0, 0, 4, 0xc000) + prefix(64, 0xe0, 86400, 3600, P1)[:12],
]
out = [struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1)]
for i, body in enumerate(frames):
    f = icmp6(body, dst=bytes.fromhex("20010db8000100000000000000000001"))
    out.append(struct.pack("<IIII", 1700000000 + i, 0, len(f), len(f)) + f)
open("mip6.pcap", "wb").write(b"".join(out))
