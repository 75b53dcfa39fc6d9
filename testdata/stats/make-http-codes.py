#!/usr/bin/env python3
"""Builds http-codes.pcap for -z http,stat: one keep-alive connection to port 80 whose responses carry every status
code packet-http.c names, codes it does not name (counted as their hundred's x99), codes outside 100-599 (not
counted), and requests with sixteen methods (so tshark's method table grows past its first size, which reorders it),
some twice. Run `python3 make-http-codes.py` here, then `sh oracle.sh cases-httpstat.tsv`."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import Conn, write_pcap  # noqa: E402

NAMED = [100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307,
         308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422,
         423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511]
OTHER = [150, 250, 299, 306, 390, 450, 499, 555, 599, 99, 600, 999]
METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'PROPPATCH', 'MKCOL',
           'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'M-SEARCH', 'GET', 'POST', 'GET']
c = Conn(40001)
codes = NAMED + OTHER
for i, code in enumerate(codes):
    m = METHODS[i % len(METHODS)]
    c.cli(b'%s /%d HTTP/1.1\r\nHost: a\r\n\r\n' % (m.encode(), code))
    c.srv(b'HTTP/1.1 %d X\r\nContent-Length: 0\r\n\r\n' % code)
write_pcap(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'http-codes.pcap'))
