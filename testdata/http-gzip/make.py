#!/usr/bin/env python3
"""Builds gzip.pcap: HTTP/1.1 exchanges on port 80 whose bodies carry a Content-Encoding, for tshark 4.0.17 to judge
how packet-http.c and tvbuff_zlib.c decode them (http.decompress_body is on by default).

Each exchange is its own TCP connection (the request, the response in one or more segments);
the cases are the calls at the bottom, one comment each. Run `python3 make.py` here, then `sh oracle.sh` as README.md
says. Plain `struct` and `zlib`: the compressed bodies are built from deflate streams so that every header flag,
truncation and corruption is explicit.
"""
import struct
import zlib

CLI, SRV = (10, 0, 0, 1), (10, 0, 0, 2)
T0 = 1700000000


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def pkt(sport, dport, flags, seq, ack, payload=b'', to_server=True):
    src, dst = (CLI, SRV) if to_server else (SRV, CLI)
    tcp = struct.pack('!HHIIBBHHH', sport, dport, seq, ack, 5 << 4, flags, 64240, 0, 0) + payload
    c = csum(bytes(src) + bytes(dst) + struct.pack('!BBH', 0, 6, len(tcp)) + tcp)
    tcp = tcp[:16] + struct.pack('!H', c) + tcp[18:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), 1, 0x4000, 64, 6, 0, bytes(src), bytes(dst))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    eth = bytes.fromhex('020000000002020000000001') if to_server else bytes.fromhex('020000000001020000000002')
    return eth + b'\x08\x00' + ip + tcp


frames = []


def exchange(cport, request, response_segments):
    """A connection from `cport` (no handshake: HTTP does not need one, and the oracles stay small): `request` in
    one segment, then the response in the given segments."""
    cs, ss = 1001, 5001
    frames.append(pkt(cport, 80, 0x18, cs, ss, request))
    cs += len(request)
    for seg in response_segments:
        frames.append(pkt(80, cport, 0x18, ss, cs, seg, to_server=False))
        ss += len(seg)


def get(path):
    return b'GET %s HTTP/1.1\r\nHost: gz.example\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n' % path


def response(encoding, body, ctype=b'text/plain', extra=b''):
    """A 200 response with Content-Length; `encoding` None leaves the Content-Encoding header out."""
    h = b'HTTP/1.1 200 OK\r\n'
    if ctype is not None:
        h += b'Content-Type: ' + ctype + b'\r\n'
    if encoding is not None:
        h += b'Content-Encoding: ' + encoding + b'\r\n'
    return h + extra + b'Content-Length: %d\r\n\r\n' % len(body) + body


def chunked(encoding, body, sizes, ctype=b'text/html'):
    """A 200 response whose body goes in chunks of the given sizes (the rest in a last one)."""
    out = b'HTTP/1.1 200 OK\r\nContent-Type: ' + ctype + b'\r\nContent-Encoding: ' + encoding + \
          b'\r\nTransfer-Encoding: chunked\r\n\r\n'
    pos = 0
    for n in sizes + [len(body)]:
        part = body[pos:pos + n]
        if part:
            out += b'%x\r\n' % len(part) + part + b'\r\n'
        pos += len(part)
    return out + b'0\r\n\r\n'


def split(data, *cuts):
    """`data` cut at the given offsets: one TCP segment each."""
    out, prev = [], 0
    for c in list(cuts) + [len(data)]:
        out.append(data[prev:c])
        prev = c
    return out


def text(lines, word=b'gzip'):
    return b''.join(b'%04d %s: the quick brown fox jumps over the lazy dog\n' % (i, word) for i in range(lines))


def deflate(data, wbits, flush_only=False):
    """A deflate stream of `data`: raw (wbits -15), zlib-wrapped (15) or gzip (31, zlib's own header: no flags, mtime
    0); with flush_only, the stream ends at a full flush instead (no final block, no trailer)."""
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH if flush_only else zlib.Z_FINISH)


def gzip_member(data, flags=0, extra=b'', name=b'', comment=b'', hcrc=b'', method=8, trailer=None):
    """A gzip member built by hand: header (with the optional fields of `flags`), raw deflate data, CRC32 and ISIZE."""
    h = bytes([0x1f, 0x8b, method, flags]) + struct.pack('<I', 0) + bytes([0, 3])
    if flags & 4:
        h += struct.pack('<H', len(extra)) + extra
    if flags & 8:
        h += name + b'\0'
    if flags & 16:
        h += comment + b'\0'
    if flags & 2:
        h += hcrc
    if trailer is None:
        trailer = struct.pack('<II', zlib.crc32(data), len(data) & 0xffffffff)
    return h + deflate(data, -15) + trailer


# (a) gzip with Content-Length, one segment
exchange(40001, get(b'/a.txt'), [response(b'gzip', deflate(text(30), 31))])
# (a) a POST whose request body is gzip'd (the same code decodes requests), answered by an empty 204
post_body = deflate(text(8, b'post'), 31)
exchange(40002, b'POST /up HTTP/1.1\r\nHost: gz.example\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n'
         b'Content-Length: %d\r\n\r\n' % len(post_body) + post_body, [b'HTTP/1.1 204 No Content\r\n\r\n'])
# (b) gzip, chunked, the response over four TCP segments that cut headers, chunk-size lines and chunk data
body_b = chunked(b'gzip', deflate(text(120, b'chunked'), 31), [200, 17, 100])
size_line = body_b.index(b'\r\n11\r\n') + 3  # the 17-byte chunk's size line, cut after its first digit
exchange(40003, get(b'/b.html'), split(body_b, 90, size_line, len(body_b) - 60))
# (c) deflate, zlib-wrapped (RFC 1950), as the RFC means it
exchange(40004, get(b'/c-zlib.txt'), [response(b'deflate', deflate(text(25, b'zlib'), 15))])
# (c) deflate without the zlib wrapper (raw RFC 1951, as some servers send it): tshark retries with raw inflate
exchange(40005, get(b'/c-raw.txt'), [response(b'deflate', deflate(text(25, b'raw'), -15))])
# x-gzip and x-deflate are the same codings; the name is compared ignoring case ("GZIP")
exchange(40006, get(b'/x-gzip.txt'), [response(b'x-gzip', deflate(text(5, b'x-gzip'), 31))])
exchange(40007, get(b'/x-deflate.txt'), [response(b'x-deflate', deflate(text(5, b'x-deflate'), 15))])
exchange(40008, get(b'/upper.txt'), [response(b'GZIP', deflate(text(5, b'upper'), 31))])
# gzip header with FEXTRA, FNAME and FCOMMENT, which tvbuff_zlib.c skips by hand; and with FHCRC, which it does not
# skip (the two CRC bytes are read as the start of the deflate data)
exchange(40009, get(b'/fields.txt'), [response(b'gzip', gzip_member(text(6, b'fields'), flags=4 | 8 | 16,
                                                                    extra=b'AB\x02\x00hi', name=b'fields.txt',
                                                                    comment=b'a comment'))])
exchange(40010, get(b'/hcrc.txt'), [response(b'gzip', gzip_member(text(6, b'hcrc'), flags=2, hcrc=b'\x12\x34'))])
# gzip whose CRC32 and ISIZE are wrong: never checked (the deflate data is inflated raw once the header is skipped)
exchange(40011, get(b'/badcrc.txt'), [response(b'gzip', gzip_member(text(6, b'badcrc'), trailer=b'\0' * 8))])
# gzip of nothing: decompresses to 0 bytes ("File Data: 0 bytes", no body dissector)
exchange(40012, get(b'/empty.txt'), [response(b'gzip', deflate(b'', 31))])
# gzip without a Content-Type: the decompressed bytes go to "data"
exchange(40013, get(b'/bin'), [response(b'gzip', deflate(bytes(range(256)) * 2, 31), ctype=None)])
# (d) corrupt gzip: the deflate data begins with a reserved block type -> "[Decompression failed]", body as data
exchange(40014, get(b'/d-corrupt.txt'), [response(b'gzip', gzip_member(b'x')[:10] + b'\xff\xff\xff\xff' * 4)])
# (d) gzip whose method byte is not 8 (deflate): refused at once
exchange(40015, get(b'/d-method.txt'), [response(b'gzip', gzip_member(text(2), method=9))])
# (d) a gzip stream cut short (the server's Content-Length counts the cut body): what inflates so far is kept
cut = deflate(text(40, b'cut'), 31)
exchange(40016, get(b'/d-truncated.txt'), [response(b'gzip', cut[:len(cut) // 2])])
# (d) a stream that inflates to 40 kB and then hits a reserved block type: tshark keeps the output of each whole
# inflate() pass before the error (passes of 32 kB: at least twice the compressed size, at least 32768 bytes)
long_text = b"".join(b"%03d partial\n" % (i % 40) for i in range(3000))
exchange(40017, get(b'/d-partial.txt'), [response(b'deflate', deflate(long_text, 15, flush_only=True) + b'\xff\xff')])
# (d) zlib-wrapped deflate that wants a preset dictionary (FDICT): Z_NEED_DICT, a failure
dict_c = zlib.compressobj(9, zlib.DEFLATED, 15, zdict=b'the quick brown fox')
exchange(40018, get(b'/d-dict.txt'), [response(b'deflate', dict_c.compress(text(3)) + dict_c.flush())])
# (e) codings that are not decoded: identity (as no coding at all), compress (unknown: "Decompression failed"),
# a value with a trailing space (compared as is), a list of two, and br whose bytes are no brotli stream
exchange(40019, get(b'/e-identity.txt'), [response(b'identity', text(3, b'identity'))])
exchange(40020, get(b'/e-compress.txt'), [response(b'compress', b'\x1f\x9d\x90plain LZW would be here\n')])
exchange(40021, get(b'/e-space.txt'), [response(b'gzip ', deflate(text(2, b'space'), 31))])
exchange(40022, get(b'/e-list.txt'), [response(b'gzip, deflate', deflate(text(2, b'list'), 31))])
exchange(40023, get(b'/e-br.txt'), [response(b'br', b'\xff\xff\xff\xff not brotli\n')])

with open('gzip.pcap', 'wb') as out:
    out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, p in enumerate(frames):
        out.write(struct.pack('<IIII', T0 + i // 10, (i % 10) * 100000, len(p), len(p)) + p)
