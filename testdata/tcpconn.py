"""TCP connections to port 80 written as Ethernet/IPv4 frames with valid checksums, for the crafted HTTP and
WebSocket captures (http-streams, http-lines, websocket): each Conn starts with its three-way handshake, client
10.0.0.1 and server 10.0.0.2, one second between frames once written by write_pcap."""
import struct

CLI, SRV = (10, 0, 0, 1), (10, 0, 0, 2)
T0 = 1700000000
frames = []


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def pkt(sport, dport, flags, seq, ack, payload=b'', to_server=True):
    src, dst = (CLI, SRV) if to_server else (SRV, CLI)
    tcp = struct.pack('!HHIIBBHHH', sport, dport, seq & 0xffffffff, ack, 5 << 4, flags, 64240, 0, 0) + payload
    c = csum(bytes(src) + bytes(dst) + struct.pack('!BBH', 0, 6, len(tcp)) + tcp)
    tcp = tcp[:16] + struct.pack('!H', c) + tcp[18:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), 1, 0x4000, 64, 6, 0, bytes(src), bytes(dst))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    eth = bytes.fromhex('020000000002020000000001') if to_server else bytes.fromhex('020000000001020000000002')
    return eth + b'\x08\x00' + ip + tcp


class Conn:
    """One connection from client port `port` to port 80; cli/srv send data with PSH ACK (or other flags)."""

    def __init__(s, port):
        s.p = port
        s.c = 1000
        s.s = 5000
        frames.append(pkt(port, 80, 0x02, s.c, 0))
        frames.append(pkt(80, port, 0x12, s.s, s.c + 1, to_server=False))
        s.c += 1
        s.s += 1
        frames.append(pkt(port, 80, 0x10, s.c, s.s))

    def cli(s, data, flags=0x18):
        frames.append(pkt(s.p, 80, flags, s.c, s.s, data))
        s.c += len(data) + (1 if flags & 1 else 0)

    def srv(s, data, flags=0x18):
        frames.append(pkt(80, s.p, flags, s.s, s.c, data, to_server=False))
        s.s += len(data) + (1 if flags & 1 else 0)

    def ack(s):
        frames.append(pkt(s.p, 80, 0x10, s.c, s.s))


def write_pcap(name):
    with open(name, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, fr in enumerate(frames):
            f.write(struct.pack('<IIII', T0 + i, 0, len(fr), len(fr)))
            f.write(fr)
