"""HTTP messages with multipart bodies for packet-multipart.c's rules (tshark 4.0.17): form-data with a field and a
file, mixed parts of several media types (text, JSON, binary, an unknown type, a nested multipart), a preamble and
an epilogue, part headers of every known kind plus an unknown and a folded one, a part without headers, a quoted
boundary, an unknown multipart subtype, a missing boundary parameter, a boundary that never occurs, a closing
boundary without a line end, a response body. Each message in a connection of its own (handshake, request, response).
Deterministic: run here with python3 make.py, then sh oracle.sh."""
import struct


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def pkt(src, dst, sp, dp, seq, ack, flags, data=b""):
    tcp = struct.pack(">HHIIHHHH", sp, dp, seq, ack, (5 << 12) | flags, 64000, 0, 0) + data
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 1, 0x4000, 64, 6, 0, bytes(src), bytes(dst))
    ip = ip[:10] + struct.pack(">H", csum(ip)) + ip[12:]
    return bytes.fromhex("000000000000000102030405" + "0800") + ip + tcp


C = [10, 0, 0, 1]
S = [10, 0, 0, 2]
frames = []
port = [40000]


def exchange(request, response=b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"):
    port[0] += 1
    p = port[0]
    frames.extend([pkt(C, S, p, 80, 100, 0, 0x02), pkt(S, C, 80, p, 500, 101, 0x12), pkt(C, S, p, 80, 101, 501, 0x10),
                   pkt(C, S, p, 80, 101, 501, 0x18, request),
                   pkt(S, C, 80, p, 501, 101 + len(request), 0x18, response)])


def post(ctype, body):
    return (b"POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: " + ctype + b"\r\nContent-Length: %d\r\n\r\n"
            % len(body)) + body


def ok(ctype, body):
    return b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body


# form-data: a field without a type, a text file
exchange(post(b"multipart/form-data; boundary=XyZ",
              b'--XyZ\r\nContent-Disposition: form-data; name="field1"\r\n\r\nvalue one\r\n'
              b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
              b'Content-Type: text/plain\r\n\r\nhello\nworld\n\r\n--XyZ--\r\n'))
# mixed: text, JSON, octet-stream, an image type no dissector claims, a second text part, a nested multipart
nested = b'--in\r\nContent-Type: text/plain\r\n\r\ninner\r\n--in--'
exchange(post(b"multipart/mixed; boundary=b1",
              b'--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nfirst\r\n'
              b'--b1\r\nContent-Type: application/json\r\n\r\n{"a": [1, 2]}\r\n'
              b'--b1\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01\x02\x03\r\n'
              b'--b1\r\nContent-Type: image/x-unknown\r\n\r\nPIXELS\r\n'
              b'--b1\r\nContent-Type: TEXT/HTML\r\n\r\n<p>x</p>\r\n'
              b'--b1\r\nContent-Type: multipart/alternative; boundary=in\r\n\r\n' + nested + b'\r\n'
              b'--b1--\r\n'))
# a preamble and an epilogue; every known part header, an unknown one and a folded one; a part without headers
exchange(post(b'multipart/related; boundary="quoted b2"; type="text/plain"',
              b'This is the preamble.\r\n'
              b'--quoted b2\r\nContent-Type: text/plain\r\nContent-Id: <part1@x>\r\nContent-Description: a part\r\n'
              b'Content-Transfer-Encoding: 8bit\r\nContent-Language: en\r\nContent-Length: 4\r\n'
              b'X-Custom: yes\r\nContent-Disposition: attachment;\r\n filename="folded.txt"\r\n\r\nbody\r\n'
              b'--quoted b2\r\n\r\nno headers here\r\n'
              b'--quoted b2--\r\nThis is the epilogue.\r\n'))
# an unknown multipart subtype; a closing boundary without its line end
exchange(post(b"multipart/x-custom; boundary=zz", b'--zz\r\nContent-Type: text/plain\r\n\r\nq\r\n--zz--'))
# a part of an unknown multipart subtype: media (the table has no "multipart/" fallback inside a multipart)
exchange(post(b"multipart/mixed; boundary=aa", b'--aa\r\nContent-Type: multipart/x-custom; boundary=bb\r\n\r\n'
              b'--bb\r\nContent-Type: text/plain\r\n\r\nq\r\n--bb--\r\n--aa--'))
# no boundary parameter; a boundary that never occurs
exchange(post(b"multipart/form-data", b'--XyZ\r\n\r\nv\r\n--XyZ--\r\n'))
exchange(post(b"multipart/mixed; boundary=absent", b'--other\r\n\r\nv\r\n--other--\r\n'))
# a multipart response
exchange(b"GET /m HTTP/1.1\r\nHost: x\r\n\r\n",
         ok(b"multipart/mixed; boundary=rb", b'--rb\r\nContent-Type: text/plain\r\n\r\nr1\r\n'
            b'--rb\r\nContent-Type: text/plain\r\n\r\nr2\r\n--rb--\r\n'))

with open("multipart.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(frames), "frames")
