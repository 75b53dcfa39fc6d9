#!/usr/bin/env python3
"""Builds streams.pcap: HTTP over TCP port 80 (37 connections with handshakes). Most responses carry neither
Content-Length nor chunked coding, so their body runs to the end of the connection: tshark 4.0.17 (packet-http.c with
req_resp_hdrs_do_reassembly's desegment_until_fin, packet-tcp.c's TCP_FLOW_REASSEMBLE_UNTIL_FIN) collects the server's
segments and dissects the response in the frame whose FIN ends the flow. Also the edges: a FIN carrying data, a RST
instead of a FIN, a capture ending first, responses that never have a body (HEAD, 204, 304, 1xx, CONNECT 200), a
lost segment before the FIN, a retransmitted FIN, keep-alive before the last response, gzip, a 24-segment body, and
bodies with a length or chunks cut by a FIN (no body reassembly at the end of the stream); requests
without Host (no full URI); CONNECT tunnels (to a port without a dissector, HTTP's own, none, TLS's after a 407);
Basic credentials. Run `python3 make.py`
here, then `sh oracle.sh`.
"""
import gzip
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import Conn, frames, pkt, write_pcap  # noqa: E402

GET = b'GET /x HTTP/1.1\r\nHost: fin.example\r\n\r\n'
# 1: HTTP/1.0 response, no length, body in two segments, then a bare FIN
c = Conn(40001); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello '); c.srv(b'world\n'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 2: last data segment carries the FIN
c = Conn(40002); c.cli(GET); c.srv(b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabc'); c.srv(b'def\n', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 3: body then RST
c = Conn(40003); c.cli(GET); c.srv(b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabc'); c.srv(b'def\n'); c.srv(b'', 0x04)
# 4: HEAD: no body
c = Conn(40004); c.cli(b'HEAD /x HTTP/1.1\r\nHost: fin.example\r\n\r\n'); c.srv(b'HTTP/1.1 200 OK\r\nServer: t\r\n\r\n'); c.cli(b'GET /y HTTP/1.1\r\nHost: fin.example\r\n\r\n'); c.srv(b'HTTP/1.1 304 Not Modified\r\n\r\n'); c.cli(GET); c.srv(b'HTTP/1.1 204 No Content\r\n\r\n'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 5: capture ends before the FIN
c5 = Conn(40005); c5.cli(GET); c5.srv(b'HTTP/1.0 200 OK\r\n\r\npartial')
# 6: headers alone in a segment, body later, FIN with data
c = Conn(40006); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n'); c.srv(b'<html>'); c.ack(); c.srv(b'</html>', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 7: 100 Continue then 200 without length
c = Conn(40007); c.cli(b'POST /p HTTP/1.1\r\nHost: fin.example\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n'); c.srv(b'HTTP/1.1 100 Continue\r\n\r\n'); c.cli(b'ab'); c.srv(b'HTTP/1.1 200 OK\r\n\r\nok'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 8: client FIN first (half close), then response until server FIN
c = Conn(40008); c.cli(GET, 0x19); c.srv(b'HTTP/1.0 200 OK\r\n\r\nbody1'); c.srv(b'body2', 0x19); c.ack()
# 9: empty body: headers then FIN alone
c = Conn(40009); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\n\r\n'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 10: headers split across segments, no length
c = Conn(40010); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\nX-A: '); c.srv(b'1\r\n\r\nzz'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 11: request with no length (POST without CL) - no body
c = Conn(40011); c.cli(b'POST /p HTTP/1.1\r\nHost: fin.example\r\n\r\n'); c.srv(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 12: gzip body? text/plain with Content-Encoding none; body till FIN with json type
c = Conn(40012); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{"a":'); c.srv(b'1}', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)

# 13: Content-Length larger than what the FIN segment holds: no body reassembly at the end of the stream
c = Conn(40013); c.cli(GET); c.srv(b'HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 14: chunked body cut by the FIN
c = Conn(40014); c.cli(GET); c.srv(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 15: FIN retransmitted after it ended the PDU
c = Conn(40015); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\n\r\nxyz'); fs = c.s; c.srv(b'', 0x11); frames.append(pkt(80, 40015, 0x11, fs, c.c, b'', to_server=False)); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 16: a lost segment before the FIN: nothing reassembled
c = Conn(40016); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\n\r\npart1'); c.s += 5; c.srv(b'part3'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 17: keep-alive: a response with a length, then one without, until the FIN
c = Conn(40017); c.cli(GET); c.srv(b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc'); c.cli(GET); c.srv(b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nline1\n'); c.srv(b'line2\n'); c.srv(b'line3\n', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 18: gzip body until the FIN
gz = gzip.compress(b'compressed body\n' * 20, mtime=0)
c = Conn(40018); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n\r\n' + gz[:40]); c.srv(gz[40:]); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 19: CONNECT answered 200 without length: no body wanted
c = Conn(40019); c.cli(b'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'); c.srv(b'HTTP/1.1 200 Connection established\r\n\r\n'); c.cli(b'\x16\x03\x01\x00\x05hello'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 20: a larger body without length: 24 segments of 100 bytes, then FIN
c = Conn(40020); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n')
for i in range(24):
    c.srv(bytes([0x41 + i % 26]) * 100)
    if i % 2: c.ack()
c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 21: headers of a length-less response cut by the FIN
c = Conn(40021); c.cli(GET); c.srv(b'HTTP/1.0 200 OK\r\nX-A: 1\r\n', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 22: the client sends a request body until its FIN? requests have no body without a length
c = Conn(40022); c.cli(b'POST /u HTTP/1.0\r\nHost: fin.example\r\n\r\nbody-without-length', 0x19); c.srv(b'HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n', 0x19); c.ack()

# 23: a request without Host: no full URI, the response still names the request URI
c = Conn(40023); c.cli(b'GET /nohost HTTP/1.0\r\n\r\n'); c.srv(b'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok', 0x19); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 24: an absolute URI without Host
c = Conn(40024); c.cli(b'GET http://abs.example/p HTTP/1.1\r\n\r\n'); c.srv(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 25: CONNECT without a port: the tunnel shows nothing
c = Conn(40025); c.cli(b'CONNECT example.com HTTP/1.1\r\nHost: example.com\r\n\r\n'); c.srv(b'HTTP/1.1 200 OK\r\n\r\n'); c.cli(b'tunnelled'); c.srv(b'reply'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 26: CONNECT to an HTTP port: the tunnel is data
c = Conn(40026); c.cli(b'CONNECT example.com:8080 HTTP/1.1\r\nHost: example.com:8080\r\n\r\n'); c.srv(b'HTTP/1.1 200 OK\r\n\r\n'); c.cli(GET); c.srv(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 27: CONNECT refused (407) then accepted; TLS records both ways, one cut across segments
c = Conn(40027); c.cli(b'CONNECT secure.example:443 HTTP/1.1\r\nHost: secure.example:443\r\n\r\n')
c.srv(b'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="p"\r\nContent-Length: 0\r\n\r\n')
c.cli(b'CONNECT secure.example:443 HTTP/1.1\r\nHost: secure.example:443\r\nProxy-Authorization: Basic dTpw\r\n\r\n')
c.srv(b'HTTP/1.1 200 Connection established\r\n\r\n')
rec = bytes.fromhex('170303001e') + bytes(range(30))
c.cli(rec[:12]); c.cli(rec[12:]); c.srv(bytes.fromhex('1503030002022a')); c.srv(b'', 0x11); c.cli(b'', 0x11); c.srv(b'', 0x10)
# 28-37: Basic credentials in Authorization and Proxy-Authorization (check_auth_basic: g_base64_decode_inplace)
for i, h in enumerate([b'Authorization: Basic dTpw', b'Authorization: Basic dT!pw==x', b'Authorization: basic dTpw',
                       b'Authorization: Basic ', b'Authorization: Digest username="a", realm="r"',
                       b'Authorization: Bearer abc.def', b'Proxy-Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l',
                       b'Authorization:Basic dTpw', b'Authorization: Basic  dTpw', b'Authorization: Basic dTpwAA==']):
    c = Conn(40028 + i); c.cli(b'GET /auth HTTP/1.1\r\nHost: fin.example\r\n' + h + b'\r\n\r\n')
write_pcap('streams.pcap')
