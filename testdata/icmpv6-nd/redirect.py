"""ICMPv6 Redirects (RFC 4861 4.5: target and destination, the target's link-layer address, the redirected header
with as much of the packet as fits, an error packet's, DNS above its UDP at the top level), Multicast Router
Discovery (RFC 4286) and Extended Echo (RFC 8335) messages; right checksums. Deterministic: run here with
python3 redirect.py (it takes make.py's helpers), then sh oracle.sh."""
import struct

from make import icmp6, opt

T = bytes.fromhex("fe800000000000000211223344550001")
D = bytes.fromhex("20010db8000100000000000000000099")
E = bytes.fromhex("20010db8000200000000000000000001")
ME = bytes.fromhex("20010db8000100000000000000000001")


def v6(body, nxt, src, dst, plen=None):
    return struct.pack(">IHBB", 0x60000000, len(body) if plen is None else plen, nxt, 64) + src + dst + body


def redirect(opts=b""):
    return struct.pack(">BBHI", 137, 0, 0, 0) + T + D + opts


dns = struct.pack(">HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0) + b"\x07example\x03com\x00" + struct.pack(">HH", 1, 1)
udp = struct.pack(">HHHH", 40000, 53, 8 + len(dns), 0) + dns
tla = opt(2, bytes.fromhex("001122334455"))
frames = [
    # a redirect with the target's link-layer address and the redirected DNS query (padding after it: unknown data)
    redirect(tla + opt(4, bytes(6) + v6(udp, 17, D, E), pad=True)),
    # without options; with a redirected packet cut to what fits (its payload length says more); with one that is
    # not IPv6 (data); with a redirected header that ends the message after its reserved bytes (no packet item)
    redirect(),
    redirect(tla + opt(4, bytes(6) + v6(udp[:20], 17, D, E, plen=1200), pad=True)),
    redirect(opt(4, bytes(6) + b"\x45" + bytes(25), pad=True)),
    redirect(opt(4, bytes(6))),
    # a redirected header of eight bytes (no packet) before another option
    redirect(opt(4, bytes(6)) + tla),
    # multicast router advertisement, solicitation and termination
    struct.pack(">BBHHH", 151, 0, 0, 20, 2),
    struct.pack(">BBH", 152, 0, 0),
    struct.pack(">BBH", 153, 0, 0),
    # extended echo: a request probing by name (an interface identification object), one with nothing after its
    # header, replies (a state tshark has no name for, every bit)
    struct.pack(">BBHHBB", 160, 0, 0, 0x1234, 1, 1)
    + struct.pack(">BBH", 0x20, 0, 0) + struct.pack(">HBB", 8, 3, 1) + b"eth0",
    struct.pack(">BBHHBB", 160, 0, 0, 0x1234, 2, 0),
    struct.pack(">BBHHBB", 161, 0, 0, 0x1234, 1, 0xe0 | 1),
    struct.pack(">BBHHBB", 161, 0, 0, 0x1234, 2, 0x5f),
]
out = [struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1)]
for i, body in enumerate(frames):
    f = icmp6(body, dst=ME)
    out.append(struct.pack("<IIII", 1700000000 + i, 0, len(f), len(f)) + f)
open("redirect.pcap", "wb").write(b"".join(out))
