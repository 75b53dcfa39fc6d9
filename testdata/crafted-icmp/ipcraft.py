"""IPv4 header, Internet checksum and pcap writer shared by capture makers (this folder's, and those of
crafted-frag, crafted-ipsec, crafted-gre, crafted-vrrp and icmpv6-rr-rpl)."""
import struct


def csum(b):
    """RFC 1071 one's complement sum of b, padded to even length."""
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ip4(proto, src, dst, payload, tos=0, ident=1, flags=0x4000, ttl=64, opts=b"", total=None, bad_csum=False,
        hlen=None):
    """An IPv4 header before payload; total and hlen default to the true lengths, bad_csum spoils the checksum."""
    if hlen is None:
        hlen = 20 + len(opts)
    if total is None:
        total = hlen + len(payload)
    h = struct.pack(">BBHHHBBH4s4s", 0x40 | (hlen // 4), tos, total, ident, flags, ttl, proto, 0, bytes(src),
                    bytes(dst)) + opts
    c = csum(h)
    if bad_csum:
        c ^= 0x1111
    return h[:10] + struct.pack(">H", c) + h[12:] + payload


def write_pcap(path, frames, t0=1_700_000_000):
    """A pcap of Ethernet frames: each a frame (stamped t0 + its index seconds) or a (seconds, microseconds, frame)."""
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, fr in enumerate(frames):
            sec, usec, data = fr if isinstance(fr, tuple) else (t0 + i, 0, fr)
            f.write(struct.pack("<IIII", sec, usec, len(data), len(data)) + data)
