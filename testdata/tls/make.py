"""TLS records for tshark 4.0.17's packet-tls.c and packet-tls-utils.c, without certificates (tls.pcap holds real
ones): a TLS 1.2 handshake whose records span TCP segments and whose messages span records (handshake reassembly),
several messages per record, every extension kind the dissector decodes, GREASE values, a HelloRetryRequest, a TLS
1.3 Server Hello with ALPN h2 over TLS 1.2, plain and encrypted alerts, heartbeats, unknown content types, bad
vector lengths, trailing bytes, a record cut by the snapshot, SSLv3 and TLS 1.0 hellos, key exchanges of DHE, RSA,
PSK and ECDH suites, TLS on a port of its own found by the heuristic (and HTTP/1.0 found by HTTP's on another).
Deterministic: python3 make.py, then sh
oracle.sh."""
import struct

CLIENT_MAC = bytes.fromhex("020000000001")
SERVER_MAC = bytes.fromhex("020000000002")
frames = []


def csum(data):
    if len(data) % 2:
        data += b"\x00"
    s = sum(struct.unpack(">%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


class Conn:
    def __init__(self, n, sport, dport):
        self.c = bytes([10, 0, 0, 1])
        self.s = bytes([10, 0, n, 2])
        self.sport, self.dport = sport, dport
        self.seq = [1000 * n, 500000 * n]
        self.send(0, b"", 0x02)
        self.seq[0] += 1
        self.send(1, b"", 0x12)
        self.seq[1] += 1
        self.send(0, b"", 0x10)

    def send(self, d, payload, flags=0x18, snap=None):
        src, dst = (self.c, self.s) if d == 0 else (self.s, self.c)
        sp, dp = (self.sport, self.dport) if d == 0 else (self.dport, self.sport)
        ack = self.seq[1 - d] if flags != 0x02 else 0
        tcp = struct.pack(">HHIIBBHHH", sp, dp, self.seq[d], ack, 0x50, flags, 65535, 0, 0) + payload
        pseudo = src + dst + struct.pack(">BBH", 0, 6, len(tcp))
        tcp = tcp[:16] + struct.pack(">H", csum(pseudo + tcp)) + tcp[18:]
        ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), len(frames), 0x4000, 64, 6, 0, src, dst)
        ip = ip[:10] + struct.pack(">H", csum(ip)) + ip[12:]
        eth = (SERVER_MAC + CLIENT_MAC if d == 0 else CLIENT_MAC + SERVER_MAC) + b"\x08\x00" + ip + tcp
        frames.append((eth, snap))
        self.seq[d] += len(payload)


def v8(b):
    return bytes([len(b)]) + b


def v16(b):
    return struct.pack(">H", len(b)) + b


def v24(b):
    return struct.pack(">I", len(b))[1:] + b


def record(ct, body, version=0x0303):
    return struct.pack(">BHH", ct, version, len(body)) + body


def hs(t, body):
    return bytes([t]) + v24(body)


def ext(t, body):
    return struct.pack(">HH", t, len(body)) + body


RANDOM = bytes(range(32))
GREASE = 0x4a4a
client_exts = b"".join([
    ext(GREASE, b""),
    ext(0, v16(b"\x00" + v16(b"www.example.com"))),
    ext(23, b""), ext(65281, v8(b"")),
    ext(10, v16(struct.pack(">HHHHH", GREASE, 0x1d, 0x17, 0x18, 0x100))),
    ext(11, v8(b"\x00\x01\x02")),
    ext(35, b""),
    ext(16, v16(v8(b"h2") + v8(b"http/1.1"))),
    ext(5, b"\x01" + v16(b"") + v16(b"")),
    ext(13, v16(struct.pack(">8H", 0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0201, 0x0203))),
    ext(18, b""),
    ext(51, v16(struct.pack(">H", GREASE) + v16(b"\x00") + struct.pack(">H", 0x1d) + v16(bytes(32)))),
    ext(45, v8(b"\x01")),
    ext(43, v8(struct.pack(">HHHH", GREASE, 0x0304, 0x0303, 0x7f1c))),
    ext(27, v8(b"\x00\x02\x00\x01")),
    ext(17513, v16(v8(b"h2"))),
    ext(28, b"\x40\x01"),
    ext(15, b"\x01"),
    ext(21, bytes(13)),
    ext(1, b"\x04"),
    ext(20, v8(b"\x00\x02")),
    ext(41, v16(v16(b"ticket-identity") + struct.pack(">I", 12345)) + v16(v8(bytes(32)))),
])
client_hello = hs(1, struct.pack(">H", 0x0303) + RANDOM + v8(bytes(32))
                  + v16(struct.pack(">7H", GREASE, 0x1301, 0x1302, 0xc02b, 0xc02f, 0x009e, 0x00ff)) + v8(b"\x00")
                  + v16(client_exts))

# 1. TLS 1.2 ECDHE: the Client Hello in one record and one segment; the server's flight in records spanning
#    segments, with the Server Hello and Server Key Exchange in one record and the Certificate-less Server Hello Done
c = Conn(1, 40001, 443)
c.send(0, record(22, client_hello, 0x0301))
server_hello = hs(2, struct.pack(">H", 0x0303) + RANDOM[::-1] + v8(bytes(range(32)))
                  + struct.pack(">HB", 0xc02f, 0) + v16(ext(65281, v8(b"")) + ext(11, v8(b"\x00"))
                                                      + ext(16, v16(v8(b"http/1.1"))) + ext(23, b"")))
ske = hs(12, b"\x03\x00\x1d" + v8(bytes(range(32))) + struct.pack(">H", 0x0804) + v16(bytes(range(64))))
flight = record(22, server_hello + ske) + record(22, hs(14, b""))
c.send(1, flight[:40])
c.send(1, flight[40:100])
c.send(1, flight[100:])
cke = hs(16, v8(bytes(range(32))))
c.send(0, record(22, cke) + record(20, b"\x01") + record(22, bytes(8) + bytes(range(32))))
c.send(1, record(22, hs(4, struct.pack(">I", 7200) + v16(bytes(range(100))))) + record(20, b"\x01")
       + record(22, bytes(range(1, 41))))
c.send(0, record(23, bytes(range(200))))
c.send(1, record(23, bytes(range(256)) * 4) + record(23, bytes(50)))
c.send(1, record(21, bytes(26)))
# 2. a handshake message fragmented over three records, and a record header split between segments
c = Conn(2, 40002, 443)
c.send(0, record(22, client_hello, 0x0301))
big = hs(2, struct.pack(">H", 0x0303) + RANDOM + v8(b"") + struct.pack(">HB", 0x009e, 0) + v16(b"")) \
    + hs(12, v16(bytes(range(128))) + v16(b"\x02") + v16(bytes(range(128))) + struct.pack(">H", 0x0401)
         + v16(bytes(range(64)))) + hs(14, b"")
c.send(1, record(22, big[:30]) + record(22, big[30:200]) + record(22, big[200:]))
c.send(0, record(22, hs(16, v16(bytes(range(128))))) + record(20, b"\x01")[:3])
c.send(0, record(20, b"\x01")[3:] + record(22, bytes(40)))
c.send(1, record(21, b"\x02\x28"))
# 3. TLS 1.3: HelloRetryRequest, second Client Hello, Server Hello with supported_versions, CCS, app data
c = Conn(3, 40003, 443)
c.send(0, record(22, client_hello, 0x0301))
hrr_random = bytes.fromhex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c")
hrr = hs(2, struct.pack(">H", 0x0303) + hrr_random + v8(bytes(32)) + struct.pack(">HB", 0x1301, 0)
         + v16(ext(43, b"\x03\x04") + ext(51, b"\x00\x17") + ext(44, v16(b"cookie-bytes"))))
c.send(1, record(22, hrr) + record(20, b"\x01"))
c.send(0, record(20, b"\x01") + record(22, client_hello, 0x0303))
sh13 = hs(2, struct.pack(">H", 0x0303) + RANDOM + v8(bytes(32)) + struct.pack(">HB", 0x1301, 0)
          + v16(ext(43, b"\x03\x04") + ext(51, struct.pack(">H", 0x17) + v16(bytes(65))) + ext(41, b"\x00\x00")))
c.send(1, record(22, sh13) + record(20, b"\x01") + record(23, bytes(range(90))) + record(23, bytes(300)))
c.send(0, record(23, bytes(60)))
c.send(1, record(23, bytes(30)) + record(24, b"\x01\x00\x10" + bytes(32)))
# 4. TLS 1.2 with the server choosing h2, DHE and RSA and PSK key exchanges, a heartbeat, odd records
c = Conn(4, 40004, 443)
c.send(0, record(22, hs(1, struct.pack(">H", 0x0303) + RANDOM + v8(b"") + v16(b"\x00\x9e") + v8(b"\x00")), 0x0301))
c.send(1, record(22, hs(2, struct.pack(">H", 0x0303) + RANDOM + v8(b"") + struct.pack(">HB", 0x0033, 0)
                        + v16(ext(16, v16(v8(b"h2"))) + ext(15, b"\x02"))))
       + record(22, hs(12, v16(bytes(range(1, 65))) + v16(b"\x05") + v16(bytes(64)) + struct.pack(">H", 0x0201)
                       + v16(bytes(32))))
       + record(22, hs(13, v8(b"\x01\x02\x40") + v16(struct.pack(">HH", 0x0401, 0x0403)) + v16(b"")))
       + record(22, hs(14, b"")))
c.send(0, record(22, hs(11, v24(b""))) + record(22, hs(16, v16(bytes(64)))) + record(20, b"\x01"))
c.send(1, record(20, b"\x01") + record(22, bytes(40)))
c.send(0, record(23, bytes(33)))
c.send(0, record(24, b"\x01\x00\x04ping" + bytes(16)) + record(24, b"\x02\x40\x00" + bytes(20)))
c.send(0, record(99, b"junk"))
c.send(1, record(21, b"\x01\x00") + record(21, b"\x02\x7f"))
# 5. SSLv3 and TLS 1.0/1.1 hellos, RSA key exchange, an RSA PSK suite, bad vector lengths, trailing data
c = Conn(5, 40005, 993)
c.send(0, record(22, hs(1, struct.pack(">H", 0x0300) + RANDOM + v8(b"") + v16(b"\x00\x2f\x00\x35") + v8(b"\x00")),
                 0x0300))
c.send(1, record(22, hs(2, struct.pack(">H", 0x0302) + RANDOM + v8(bytes(16)) + struct.pack(">HB", 0x002f, 0)),
                 0x0302) + record(22, hs(14, b""), 0x0302))
c.send(0, record(22, hs(16, v16(bytes(128))), 0x0302))
c = Conn(6, 40006, 443)
c.send(0, record(22, hs(1, struct.pack(">H", 0x0303) + RANDOM + v8(b"") + struct.pack(">H", 9) + b"\x00\x2f"
                       + v8(b"\x00")), 0x0301))
c.send(0, record(22, hs(1, struct.pack(">H", 0x0303) + RANDOM + v8(b"") + v16(b"\x00\x2f\x00") + v8(b"\x00\x01")
                       + v16(ext(0, v16(b"\x00" + struct.pack(">H", 40) + b"short")) + ext(10, v16(b"\x00\x1d\x00"))
                             + b"\x00")), 0x0301))
c.send(1, record(22, hs(2, struct.pack(">H", 0x0303) + RANDOM + v8(b"") + struct.pack(">HB", 0x0092, 0)))
       + record(22, hs(12, v16(b"hint")))
       + record(22, hs(99, b"abc")) + record(22, hs(14, b"")))
c.send(0, record(22, hs(16, v16(b"client-identity") + v16(bytes(48)))))
c.send(1, record(22, hs(20, bytes(12))) + record(22, hs(24, b"\x01")))
# 7. TLS on port 8443 (the heuristic), its later segments, and a record cut by the snapshot length
c = Conn(7, 40007, 8443)
c.send(0, record(22, client_hello, 0x0301))
c.send(1, record(23, bytes(100)))
c.send(1, record(23, bytes(200)), snap=80)
c.send(0, b"GET / HTTP/1.1\r\n\r\n")

# 8. HTTP/1.0 on a port of no protocol: HTTP's heuristic compares "HTTP/1." (seven characters), so it takes it
c = Conn(8, 40008, 9999)
c.send(0, b"GET / HTTP/1.0\r\nHost: a\r\n\r\n")
c.send(1, b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")

# 9. an SSLv2-compatible Client Hello answered in TLS 1.0; 10. SSL 2.0 throughout: Server Hello, Client Master Key,
#    encrypted records with three-byte headers (escape and padding)
def v2(body):
    return struct.pack(">H", 0x8000 | len(body)) + body


v2_hello = v2(b"\x01" + struct.pack(">HHHH", 0x0301, 9, 0, 16) + bytes.fromhex("0700c0050080000035") + bytes(range(16)))
c = Conn(9, 40009, 443)
c.send(0, v2_hello)
c.send(1, record(22, hs(2, struct.pack(">H", 0x0301) + RANDOM + v8(b"") + struct.pack(">HB", 0x0035, 0)), 0x0301)
       + record(22, hs(14, b""), 0x0301))
c = Conn(10, 40010, 443)
c.send(0, v2(b"\x01" + struct.pack(">HHHH", 0x0002, 6, 16, 16) + bytes.fromhex("0700c0050080") + bytes(16)
             + bytes(range(16))))
c.send(1, v2(b"\x04\x00\x01" + struct.pack(">HHHH", 0x0002, 0, 3, 16) + bytes.fromhex("0700c0") + bytes(range(16))))
c.send(0, v2(b"\x02" + bytes.fromhex("0700c0") + struct.pack(">HHH", 0, 8, 8) + bytes(8) + bytes(range(8))))
c.send(1, v2(bytes(range(40, 80))) + bytes([0x40 | 0, 20, 4]) + bytes(20))
c.send(0, v2(b"\x01" + struct.pack(">HHHH", 0x0300, 3, 20, 16) + b"\x01\x00\x80" + bytes(36)))
# 11. zero-length Handshake, Alert and Change Cipher Spec records; a record after a gap in the sequence numbers (TCP's
#     fenced "[TCP Previous segment not captured] " before TLS's words)
c = Conn(11, 40011, 443)
c.send(0, record(22, client_hello, 0x0301))
c.send(1, record(22, b"") + record(21, b"") + record(20, b"") + record(24, b"\x01\x00\x00" + bytes(16)))
c.seq[1] += 100
c.send(1, record(23, bytes(40)))

# 12-17. JA3 with repeated supported_groups / ec_point_formats extensions: each one's list "-"-joined, a second one's
#        after a ","; empty lists
def hello_with(exts):
    return hs(1, struct.pack(">H", 0x0303) + RANDOM + v8(b"") + v16(struct.pack(">H", 0x1301)) + v8(b"\x00")
              + v16(exts))


for i, exts in enumerate([
        ext(11, v8(b"\x00\x01\x02")) + ext(11, v8(b"\x00")),
        ext(11, v8(b"\x00\x01\x02")) + ext(11, v8(b"")),
        ext(10, v16(struct.pack(">HH", 0x1d, 0x17))) + ext(10, v16(struct.pack(">H", 0x18))),
        ext(11, v8(b"")),
        ext(11, v8(b"\x00")) + ext(10, v16(struct.pack(">H", 0x18))) + ext(11, v8(b"\x01")),
        ext(11, v8(b"")) + ext(11, v8(b"\x02"))]):
    c = Conn(12 + i, 40012 + i, 443)
    c.send(0, record(22, hello_with(exts), 0x0301))

with open("tls-crafted.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (frame, snap) in enumerate(frames):
        data = frame if snap is None else frame[:snap]
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(data), len(frame)))
        f.write(data)

# tls-mutants.pcap: the streams of tls-crafted.pcap with the byte changes (frame, offset in the TCP payload, new
# value) that made jdissect differ from tshark in a comparison of mutated copies, each group's streams under client
# ports of their own: records of versions TLS does not know, unknown content types, lying vector and extension
# lengths, a handshake message cut by a record, heartbeats in TLS 1.3, an SSLv2-looking record, a bad request line
PATCHES = [
    [(27, 234, 59), (33, 1, 4)], [(29, 36, 131)], [(54, 18, 46), (54, 25, 1), (60, 0, 255)],
    [(7, 76, 108), (24, 268, 107), (58, 164, 78)], [(27, 98, 128), (28, 2, 167), (58, 69, 109)], [(4, 151, 32)],
    [(26, 141, 205)], [(61, 2, 3)], [(26, 105, 75)], [(38, 21, 128), (52, 0, 86)],
    [(29, 71, 118), (38, 35, 247), (51, 71, 1)], [(29, 4, 0)], [(4, 217, 42), (36, 26, 9)],
    [(16, 77, 12), (44, 15, 12), (45, 10, 3)], [(9, 42, 94), (44, 45, 0), (52, 59, 193)], [(7, 33, 23), (61, 13, 186)],
    [(17, 56, 0), (33, 22, 202), (50, 44, 2)], [(4, 113, 0)],
]


def client_port(frame):
    sport, dport = struct.unpack(">HH", frame[34:38])
    return sport if 40000 < sport < 41000 else dport


out = []
for k, group in enumerate(PATCHES):
    patched = {}
    for n, off, value in group:
        b = bytearray(patched.get(n, frames[n - 1][0]))
        b[54 + off] = value
        patched[n] = bytes(b)
    ports = {client_port(frames[n - 1][0]) for n, _, _ in group}
    for i, (frame, snap) in enumerate(frames):
        if client_port(frame) in ports:
            b = bytearray(patched.get(i + 1, frame))
            old = client_port(frame)
            new = struct.pack(">H", 41000 + 100 * k + old - 40000)
            if struct.unpack(">H", b[34:36])[0] == old:
                b[34:36] = new
            else:
                b[36:38] = new
            out.append((bytes(b), snap))

with open("tls-mutants.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (frame, snap) in enumerate(out):
        data = frame if snap is None else frame[:snap]
        f.write(struct.pack("<IIII", 1700001000 + i, 0, len(data), len(frame)))
        f.write(data)
