# HTTP responses with text/plain bodies whose lines hold bytes above 0x7f: valid UTF-8, a lone Latin-1 byte, a C1
# control, a lead byte before CR, an overlong NUL, a surrogate, an old five-byte form; format_text reads UTF-8; then
# Content-Type values holding such bytes.
# usage: python3 make-text.py  (writes text.pcap here); oracle: see README.md
import struct
bodies = [b"caf\xc3\xa9 utf8\r\ncaf\xe9 latin1\r\nc1 \xc2\x85 x\r\nbad \xdc\r\n",
          b"over \xc0\x80 z\r\nsur \xed\xa0\x80 q\r\n5b \xf8\x88\x80\x80\x80 e\r\ncut \xe4\xb8\r\nend \xf0\x9f\x98\x80\n"]
# Content-Type values with such bytes: the media type label reads them as UTF-8 too, to a NUL, lower-cased in ASCII
types = [b'text/plain'] * len(bodies) + [b'\xfeext/html', b'Text/Pl\xc3\xa9in', b'text/h\x00tml', b'text/plain\xfe']
bodies += [b'hello\n'] * 4
out = open('text.pcap', 'wb')
out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
for i, body in enumerate(bodies):
    http = (b'HTTP/1.1 200 OK\r\nContent-Type: ' + types[i] + b'\r\nContent-Length: %d\r\n\r\n' % len(body)) + body
    tcp = struct.pack('!HHIIBBHHH', 80, 40000 + i, 1000, 1, 0x50, 0x18, 65535, 0, 0) + http
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), i, 0x4000, 64, 6, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    eth = bytes(6) + bytes([0, 1, 2, 3, 4, 5]) + b'\x08\x00' + ip + tcp
    out.write(struct.pack('<IIII', 1700000000 + i, 0, len(eth), len(eth)) + eth)
