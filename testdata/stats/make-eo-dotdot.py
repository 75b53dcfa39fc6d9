#!/usr/bin/env python3
"""Builds eo-dotdot.pcap for --export-objects: responses to requests for "/..", "/." and "/../../escape" (each a
name that is not a file of the folder, or one that tries to leave it). Run `python3 make-eo-dotdot.py` here."""
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import Conn, write_pcap  # noqa: E402

c = Conn(40001)
for uri in (b'/..', b'/.', b'/../../escape'):
    c.cli(b'GET %s HTTP/1.1\r\nHost: a\r\n\r\n' % uri)
    c.srv(b'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody')
write_pcap(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'eo-dotdot.pcap'))
