"""ICMPv6 Router Advertisements and their options (RFC 4861 prefix information and MTU, RFC 4191 route information,
RFC 8106 RDNSS and DNSSL), for packet-icmpv6.c's rules; right checksums. Deterministic: run here with
python3 make.py, then sh oracle.sh."""
import struct


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


SRC = bytes.fromhex("fe800000000000000211223344556677")
DST = bytes.fromhex("ff020000000000000000000000000001")


def icmp6(body, src=SRC, dst=DST):
    pseudo = src + dst + struct.pack(">IxxxB", len(body), 58)
    c = csum(pseudo + body)
    body = body[:2] + struct.pack(">H", c) + body[4:]
    ip = struct.pack(">IHBB", 0x60000000, len(body), 58, 255) + src + dst
    return bytes.fromhex("333300000001001122334455") + b"\x86\xdd" + ip + body


def ra(hop, flags, lifetime, reach, retrans, opts=b""):
    return struct.pack(">BBHBBHII", 134, 0, 0, hop, flags, lifetime, reach, retrans) + opts


def opt(t, body, pad=False):
    if pad:
        body += bytes(-(len(body) + 2) % 8)
    n = len(body) + 2
    assert n % 8 == 0, (t, n)
    return struct.pack(">BB", t, n // 8) + body


def prefix(plen, flags, valid, preferred, pfx):
    return opt(3, struct.pack(">BBII", plen, flags, valid, preferred) + bytes(4) + pfx)


def name(s):
    return b"".join(bytes([len(x)]) + x.encode() for x in s.split(".")) + b"\0"


P1 = bytes.fromhex("20010db8000100000000000000000000")
P2 = bytes.fromhex("20010db8aaaa00000000000000000000")
DNS1 = bytes.fromhex("20010db8000000000000000000000053")
DNS2 = bytes.fromhex("20010db8000000000000000000005353")
SLLA = opt(1, bytes.fromhex("001122334455"))
frames = [
    # a home router's RA: M/O clear, prefix with L and A, MTU, RDNSS with two servers, source link-layer address
    ra(64, 0x00, 1800, 0, 0, prefix(64, 0xc0, 2592000, 604800, P1) + opt(5, bytes(2) + struct.pack(">I", 1500))
       + opt(25, bytes(2) + struct.pack(">I", 3600) + DNS1 + DNS2) + SLLA),
    # every flag, high preference; infinite lifetimes; a router address prefix; a reserved prefix flag bit
    ra(255, 0xff & ~0x10 | 0x08, 9000, 30000, 1000,
       prefix(48, 0xe1, 0xffffffff, 0xffffffff, P2) + opt(25, bytes(2) + struct.pack(">I", 0xffffffff) + DNS1)),
    # low preference (3), proxy flag; route information of each length; RDNSS lifetime 0
    ra(0, 0x18 | 0x04, 0, 0, 0,
       opt(24, struct.pack(">BBI", 0, 0x08, 600)) + opt(24, struct.pack(">BBI", 56, 0x18, 0xffffffff) + P2[:8])
       + opt(24, struct.pack(">BBI", 64, 0x00, 60) + P1) + opt(25, bytes(2) + struct.pack(">I", 0) + DNS2)),
    # DNSSL with two names and padding, lifetime 0 and a plain one
    ra(64, 0x40, 1800, 0, 0, opt(31, bytes(2) + struct.pack(">I", 1200) + name("example.com") + name("lan"),
                                pad=True) + opt(31, bytes(2) + struct.pack(">I", 0) + name("a.b"), pad=True)),
    # an option longer than its fields (unknown data after the MTU), then an option of length zero
    ra(64, 0x80, 1800, 0, 0, opt(5, bytes(2) + struct.pack(">I", 9000) + bytes(8)) + bytes(2)),
    # a reserved preference value (2) and a route information option of a bad length
    ra(64, 0x10, 1800, 0, 0, opt(24, struct.pack(">BBI", 0, 0x10, 600) + bytes(24))),
]
if __name__ == "__main__":
    out = [struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1)]
    for i, body in enumerate(frames):
        f = icmp6(body)
        out.append(struct.pack("<IIII", 1700000000 + i, 0, len(f), len(f)) + f)
    open("nd.pcap", "wb").write(b"".join(out))
