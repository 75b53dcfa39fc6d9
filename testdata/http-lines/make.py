#!/usr/bin/env python3
"""Builds lines.pcap: HTTP requests and responses on TCP port 80 (one connection each, with its handshake) whose first
lines and headers are unusual, to hold jdissect to how tshark 4.0.17's packet-http.c reads them:
is_http_request_or_reply (a response starts with "HTTP/" or "ICY", a request with one of its methods, case-sensitive,
after an optional RFC 2774 "M-"; NOTIFY, SUBSCRIBE and UNSUBSCRIBE are notifications), basic_request_dissector and
basic_response_dissector (tokens split at spaces: a missing URI or version, two spaces, a short or long status code,
no phrase, an unknown code), the header loop (a line without a colon ends the headers, what follows is body or the
next message; a name with characters outside tchar is flagged), a leading CR LF, Cookie pairs, the WebSocket
headers, and bodies read up to the FIN ("ICY" and "gzip, chunked" responses). Run `python3 make.py` here, then
`sh oracle.sh`.
"""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import Conn, frames, write_pcap  # noqa: E402


GET = b'GET /x HTTP/1.1\r\nHost: e.example\r\n\r\n'
cases = [
    (b'GET /x\r\n\r\n', None),
    (b'get /x HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (GET, b'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n'),
    (GET, b'HTTP/1.1 99 Odd\r\nContent-Length: 0\r\n\r\n'),
    (GET, b'ICY 200 OK\r\nicy-name: x\r\n\r\n'),
    (b'GET /x HTTP/1.1\r\nHost: e\r\nNoColonHere\r\nAccept: */*\r\n\r\n', None),
    (b'\r\nGET /x HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (b'GET /x HTTP/1.1\r\nHost: e\r\nX-Long: a\r\n  continued\r\n\r\n', None),
    (b'GET /x HTTP/1.1\r\nHost : e\r\n\r\n', None),
    (b'GET  /x HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (b'M-POST /x HTTP/1.1\r\nHost: e\r\nContent-Length: 0\r\n\r\n', None),
    (b'NOTIFY * HTTP/1.1\r\nHost: e\r\nNT: upnp:event\r\nContent-Length: 0\r\n\r\n', None),
    (GET, b'HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nbody'),
    (GET, b'HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nbody'),
    (GET, b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 4\r\n\r\nbody'),
    (GET, b'HTTP/1.1 200 OK\r\nContent-Length:  4  \r\n\r\nbody'),
    (GET, b'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n'),
    (GET, b'HTTP/1.1 200 OK\nContent-Length: 4\n\nbody'),
    (GET, b'HTTP/1.1 200 OK\r\nContent-Length: 4\r\nSet-Cookie: a=b; Path=/\r\nCookie: x=1; y=2\r\n\r\nbody'),
    (b'GET /x HTTP/1.1\r\nHost: e\r\nCookie: a=1; b=2;c=3\r\nReferer: http://r.example/p?q=1\r\nX-Forwarded-For: 1.2.3.4\r\n\r\n', None),
    (b'GET /x HTTP/1.1\r\nHost: e\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: chat\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n', b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n'),
    (GET, b'HTTP/1.1 302 Found\r\nLocation: /other?x=1\r\nContent-Length: 0\r\n\r\n'),
    (GET, b'HTTP/1.1 200 OK\r\nLast-Modified: Mon, 01 Jan 2024 00:00:00 GMT\r\nCache-Control: no-cache\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\nServer: x\r\nContent-Length: 0\r\n\r\n'),
    (b'ORDERPATCH /x HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (b'PRI * HTTP/2.0\r\n\r\n', None),
    (b'CCM_POST /x HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (b'SSTP_DUPLEX_POST /x HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (b'RPC_CONNECT /x HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (b'M-SEARCH * HTTP/1.1\r\nHost: e\r\n\r\n', None),
    (b'GET\r\nHost: e\r\n\r\n', None),
    (b'GET \r\nHost: e\r\n\r\n', None),
    (b'GET /x HTTP/1.1 extra\r\nHost: e\r\n\r\n', None),
    (b'SUBSCRIBE /x HTTP/1.1\r\nHost: e\r\nCallback: <http://h/>\r\n\r\n', None),
    (GET, b'HTTP/1.1 299 Weird\r\nContent-Length: 0\r\n\r\n'),
    (GET, b'HTTP/1.1 2000 Big\r\nContent-Length: 0\r\n\r\n'),
    (GET, b'HTTP/1.1 abc Bad\r\nContent-Length: 0\r\n\r\n'),
    (GET, b'HTTP/1.1 250 Odd\r\nContent-Length: 0\r\n\r\n'),
    (GET, b'HTTP/1.1 200 OK\r\nBad Name: x\r\n:empty\r\nContent-Length: 0\r\n\r\n'),
    (b'GET /x HTTP/1.1\r\nHost: e\r\nCookie: ;; a=1 ;b=2;\r\n\r\n', None),
    (b'UNSUBSCRIBE /x HTTP/1.1\r\nHost : e\r\nX: y\r\n\r\n', None),
]
for i, (q, r) in enumerate(cases):
    c = Conn(42000 + i)
    c.cli(q)
    if r:
        c.srv(r)
        if r.startswith(b'ICY') or b'gzip, chunked' in r:
            # bodies up to the FIN
            c.srv(b'icy data' if r.startswith(b'ICY') else b'', 0x11)
            c.cli(b'', 0x11)
            c.srv(b'', 0x10)

write_pcap('lines.pcap')
