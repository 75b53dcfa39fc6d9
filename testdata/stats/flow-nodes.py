#!/usr/bin/env python3
"""Builds flow-nodes.pcap: UDP datagrams among 46 IPv4 hosts, more than the 40 columns (MAX_NUM_NODES) a tshark 4.0
flow diagram has, for the -z flow cases of cases-flow.tsv.

The first host sends to each of the others in turn, a few of them answer, so that the 41st address and those after
it, as destination and as source, overflow the node list. Then the 40th host sends to itself (an item from the last
column to the next, past the end of the line), two hosts beyond the 40th talk to each other, and the first host to
itself. Run `python3 flow-nodes.py` here; the frames' times are whole seconds from 1700000000.
"""
import os
import struct
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import csum  # noqa: E402

T0 = 1700000000
frames = []


def host(n):
    return bytes((10, 1, n // 256, n % 256))


def udp(src, dst, sport, dport, payload):
    u = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload  # checksum 0: none, as IPv4 allows
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), len(frames) + 1, 0x4000, 64, 17, 0, src, dst)
    h = h[:10] + struct.pack('!H', csum(h)) + h[12:]
    eth = bytes.fromhex('020000000002' '020000000001') + b'\x08\x00'
    frames.append(eth + h + u)


for n in range(2, 47):
    udp(host(1), host(n), 40000 + n, 9000 + n, b'ping')
for n in (2, 39, 40, 41, 46):
    udp(host(n), host(1), 9000 + n, 40000 + n, b'pong')
udp(host(40), host(40), 41000, 41001, b'ping')  # the 40th node to itself
udp(host(44), host(45), 41002, 41003, b'ping')  # between two nodes past the 40th
udp(host(1), host(1), 41004, 41005, b'ping')  # the first node to itself

with open('flow-nodes.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack('<IIII', T0 + i, 0, len(fr), len(fr)))
        f.write(fr)
