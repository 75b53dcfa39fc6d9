#!/usr/bin/env python3
"""Builds websocket.pcap: HTTP connections on TCP port 80 upgraded to WebSocket (101 Switching Protocols), to hold
jdissect to tshark 4.0.17's packet-websocket.c: masked and unmasked frames, text (then line-based text), binary,
Ping, Pong, Close with and without a reason, 16- and 64-bit lengths, an unknown opcode, an empty frame, two frames
in one segment and one across two (tcp_dissect_pdus), fragmented messages (text, and binary with a Ping between its
fragments) reassembled with the first fragment's opcode, a 101 with its first frame in the same segment,
Sec-WebSocket-Protocol, permessage-deflate with context takeover both ways, an uncompressed frame and a frame that
fails to inflate, and a 101 without Upgrade (nothing switches). Run `python3 make.py` here, then `sh oracle.sh`.
"""
import os
import struct
import sys
import zlib
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import Conn, frames, write_pcap  # noqa: E402


def frame(op, payload, fin=True, mask=None, rsv=0, ext=None):
    b0 = (0x80 if fin else 0) | rsv | op
    n = len(payload)
    if ext == 64 or n > 65535:
        hdr = bytes([b0, (0x80 if mask else 0) | 127]) + struct.pack('!Q', n)
    elif ext == 16 or n > 125:
        hdr = bytes([b0, (0x80 if mask else 0) | 126]) + struct.pack('!H', n)
    else:
        hdr = bytes([b0, (0x80 if mask else 0) | n])
    if mask:
        payload = bytes(p ^ mask[i % 4] for i, p in enumerate(payload))
        hdr += mask
    return hdr + payload
M = bytes([0x12, 0x34, 0x56, 0x78])
UPG = b'GET /chat HTTP/1.1\r\nHost: ws.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
ACC = b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n'
c = Conn(44001); c.cli(UPG); c.srv(ACC)
c.cli(frame(1, b'Hello', mask=M))
c.srv(frame(1, b'Hi there\nline2\n'))
c.cli(frame(2, bytes(range(200)), mask=M))
c.srv(frame(9, b'pi')); c.cli(frame(10, b'pi', mask=M))
c.srv(frame(1, b'one') + frame(1, b'two'))
f = frame(1, b'split across two segments')
c.srv(f[:5]); c.srv(f[5:])
c.cli(frame(1, b'Hel', fin=False, mask=M)); c.cli(frame(0, b'lo ', fin=False, mask=M)); c.cli(frame(0, b'world', mask=M))
c.srv(frame(1, b'sixty-four', ext=64))
c.srv(frame(3, b'odd'))
c.srv(frame(1, b'{"a":1}'))
c.srv(frame(2, b''))
c.srv(frame(2, b'\x00\x01', fin=False)); c.srv(frame(9, b'')); c.srv(frame(0, b'\x02\x03'))
c.srv(frame(8, struct.pack('!H', 1000) + b'bye'))
c.cli(frame(8, struct.pack('!H', 1001), mask=M))
c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 101 and the first frame in one segment; protocol and deflate negotiated
UPG2 = UPG.replace(b'\r\n\r\n', b'\r\nSec-WebSocket-Protocol: chat\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n')
ACC2 = ACC.replace(b'\r\n\r\n', b'\r\nSec-WebSocket-Protocol: chat\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n')
def deflate(msgs):
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = []
    for m in msgs:
        d = co.compress(m) + co.flush(zlib.Z_SYNC_FLUSH)
        assert d.endswith(b'\x00\x00\xff\xff')
        out.append(d[:-4])
    return out
d1, d2 = deflate([b'compressed hello', b'compressed hello again'])
c = Conn(44002); c.cli(UPG2); c.srv(ACC2 + frame(1, d1, rsv=0x40))
c.srv(frame(1, d2, rsv=0x40))
e1, = deflate([b'client says hi'])
c.cli(frame(1, e1, rsv=0x40, mask=M))
c.srv(frame(1, b'not compressed'))
c.srv(frame(1, b'\x01\x02garbage', rsv=0x40))
c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 101 without Upgrade header: nothing changes
c = Conn(44004); c.cli(UPG); c.srv(b'HTTP/1.1 101 Switching Protocols\r\n\r\n'); c.cli(b'GET /after HTTP/1.1\r\nHost: x\r\n\r\n')
write_pcap('websocket.pcap')
