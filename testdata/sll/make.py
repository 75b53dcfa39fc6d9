"""Linux cooked captures (v1 and v2) for packet-sll.c's rules: address lengths (IPv4 for tunnels, MAC, none, longer
than the field), Linux protocol numbers (Ethernet, an unknown one), GRE devices (an IPv4 payload, an unknown type),
the trailer after an Ethertype payload, packet and address types, and headers cut short. Deterministic: run here
with python3 make.py, then sh oracle.sh."""
import struct


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ipv4_udp(payload=b"hello", src="10.0.0.1", dst="10.0.0.2"):
    udp = struct.pack(">HHHH", 40000, 9999, 8 + len(payload), 0) + payload
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 1, 0x4000, 64, 17, 0,
                     bytes(int(x) for x in src.split(".")), bytes(int(x) for x in dst.split(".")))
    ip = ip[:10] + struct.pack(">H", csum(ip)) + ip[12:]
    return ip + udp


MAC = bytes.fromhex("001122334455")


def v1(pkttype, hatype, addr, proto, payload, halen=None):
    halen = len(addr) if halen is None else halen
    field = (addr + bytes(8))[:8]
    return struct.pack(">HHH", pkttype, hatype, halen) + field + struct.pack(">H", proto) + payload


def v2(proto, ifindex, hatype, pkttype, addr, payload, halen=None):
    halen = len(addr) if halen is None else halen
    field = (addr + bytes(8))[:8]
    return struct.pack(">HHIHBB", proto, 0, ifindex, hatype, pkttype, halen) + field + payload


eth_frame = bytes.fromhex("ffffffffffff") + MAC + b"\x08\x00" + ipv4_udp(b"inner")
v1frames = [
    (v1(0, 1, MAC, 0x0800, ipv4_udp()), None),
    (v1(4, 1, MAC, 0x0800, ipv4_udp() + bytes.fromhex("00000000deadbeef")), None),   # trailer after IPv4
    (v1(0, 768, bytes([192, 0, 2, 1]), 0x0800, ipv4_udp()), None),                 # IPIP tunnel: IPv4 source
    (v1(1, 772, b"", 0x0800, ipv4_udp()), None),                                   # loopback, no address
    (v1(2, 1, bytes(range(10)), 0x0800, ipv4_udp(), halen=10), None),               # 10-byte address, 8 shown
    (v1(3, 65534, b"", 0x0800, ipv4_udp()), None),                                  # "zero header length"
    (v1(0, 1, MAC, 0x0003, eth_frame), None),                                       # Linux protocol: Ethernet
    (v1(0, 1, MAC, 0x0010, b"\x01\x02\x03\x04"), None),                             # unknown Linux protocol
    (v1(0, 778, bytes([192, 0, 2, 2]), 0x0800, ipv4_udp()), None),                  # GRE device, IPv4 payload
    (v1(0, 778, bytes([192, 0, 2, 2]), 0x1234, b"\x01\x02\x03\x04"), None),         # GRE device, unknown type
    (v1(7, 1, MAC, 0x0800, ipv4_udp()), None),                                      # unknown packet type
    (v1(0, 1, MAC, 0x0800, ipv4_udp()), 3),                                         # cut in the address type
    (v1(0, 1, MAC, 0x0800, ipv4_udp()), 10),                                        # cut in the address
    (v1(0, 1, MAC, 0x0800, ipv4_udp()), 15),                                        # cut in the protocol
]
v2frames = [
    (v2(0x0800, 3, 1, 0, MAC, ipv4_udp()), None),
    (v2(0x0800, 7777, 1, 4, MAC, ipv4_udp() + bytes(6)), None),                    # trailer of zeros
    (v2(0x0010, 2, 1, 0, MAC, b"\x01\x02"), None),                                  # unknown Linux protocol
    (v2(0x0800, 2, 768, 0, bytes([198, 51, 100, 7]), ipv4_udp()), None),            # IPv4 source
    (v2(0x0800, 3, 1, 0, MAC, ipv4_udp()), 12),                                     # cut after the packet type
    (v2(0x0800, 3, 1, 0, MAC, ipv4_udp()), 9),                                      # cut in the address type
]


def write(name, linktype, frames):
    out = [struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, linktype)]
    for i, (frame, cap) in enumerate(frames):
        data = frame if cap is None else frame[:cap]
        out.append(struct.pack("<IIII", 1700000000 + i, 0, len(data), len(frame)) + data)
    open(name, "wb").write(b"".join(out))


write("sll.pcap", 113, v1frames)
write("sll2.pcap", 276, v2frames)
