#!/usr/bin/env python3
"""Builds uri.pcap: HTTP/1.1 requests on port 80 whose request URIs have queries of every shape, for tshark 4.0.17
to show how packet-http.c splits them into http.request.uri.path, .query and .query.parameter (strtok on '&', each
parameter placed one byte after the one before). One request per TCP connection, no handshake. Run `python3 make.py`
here, then `sh oracle.sh`.
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


def request(cport, uri, headers=b'Host: uri.example\r\n'):
    frames.append(pkt(cport, 80, 0x18, 1001, 5001, b'GET ' + uri + b' HTTP/1.1\r\n' + headers + b'\r\n'))


request(40001, b'/a/b?x=1&y=2')           # two parameters
request(40002, b'/a/b?x=1&&y=2&z')        # an empty parameter skipped: the ones after it are placed a byte early
request(40003, b'/p?')                    # an empty query: no path/query items at all
request(40004, b'?only=1')                # an empty path
request(40005, b'/p?a&')                  # a trailing '&'
request(40006, b'/p??x&&')                # a query starting with '?', ending with "&&"
request(40007, b'/x?a=%20b&c=\xff&d')    # a byte above 0x7f (U+FFFD in the strings)
request(40008, b'/no-query')              # no '?'
request(40009, b'/p?&')                   # a query of one '&': no parameter
# bytes above 0x7f in the request line and headers: UTF-8 (e acute) and not (0xff)
request(40010, b'/caf\xc3\xa9?q=\xc3\xa9', b'Host: uri.example\r\nUser-Agent: caf\xc3\xa9\r\nX-Odd: \xff\xfe\r\n')

with open('uri.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack('<IIII', T0 + i, 0, len(fr), len(fr)))
        f.write(fr)
