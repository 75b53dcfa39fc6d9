#!/usr/bin/env python3
"""Builds ssdp.pcap: UPnP discovery (SSDP, HTTP over UDP port 1900) as tshark 4.0.17's dissect_ssdp shows it:
multicast M-SEARCH requests and their unicast 200 answers (numbered per UDP conversation, so an answer is not paired
with the multicast request), NOTIFY alive and byebye (notifications), a datagram that is not HTTP (nothing shown), and
messages with bodies. Run `python3 make.py` here, then `sh oracle.sh`.
"""
import os
import struct
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tcpconn import csum  # noqa: E402
T0 = 1700000000
frames = []
def udp(src, dst, sport, dport, payload, smac='020000000001', dmac=None):
    u = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
    c = csum(bytes(src) + bytes(dst) + struct.pack('!BBH', 0, 17, len(u)) + u)
    u = u[:6] + struct.pack('!H', c) + u[8:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), 1, 0x4000, 4, 17, 0, bytes(src), bytes(dst))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    if dmac is None:
        dmac = '01005e7ffffa' if dst[0] == 239 else '020000000002'
    frames.append(bytes.fromhex(dmac + smac) + b'\x08\x00' + ip + u)
CL, DEV, MC = (10, 0, 0, 1), (10, 0, 0, 9), (239, 255, 255, 250)
udp(CL, MC, 50000, 1900, b'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 2\r\nST: ssdp:all\r\n\r\n')
udp(DEV, CL, 1900, 50000, b'HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\nLOCATION: http://10.0.0.9:49152/desc.xml\r\nSERVER: Linux/5.4 UPnP/1.0 x/1.0\r\nST: upnp:rootdevice\r\nUSN: uuid:1234::upnp:rootdevice\r\n\r\n', smac='020000000009', dmac='020000000001')
udp(DEV, MC, 1900, 1900, b'NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nCACHE-CONTROL: max-age=1800\r\nLOCATION: http://10.0.0.9:49152/desc.xml\r\nNT: upnp:rootdevice\r\nNTS: ssdp:alive\r\nUSN: uuid:1234::upnp:rootdevice\r\n\r\n', smac='020000000009')
udp(DEV, MC, 1900, 1900, b'NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nNT: upnp:rootdevice\r\nNTS: ssdp:byebye\r\nUSN: uuid:1234::upnp:rootdevice\r\n\r\n', smac='020000000009')
udp(CL, MC, 50000, 1900, b'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: urn:schemas-upnp-org:device:MediaRenderer:1\r\nUSER-AGENT: x\r\n\r\n')
udp(CL, MC, 50001, 1900, b'garbage not http\r\n')
udp(CL, MC, 50000, 1900, b'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nContent-Length: 4\r\n\r\nbody')
udp(DEV, CL, 1900, 50000, b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nok\n', smac='020000000009', dmac='020000000001')
udp(DEV, CL, 1900, 50000, b'HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset="utf-8"\r\n\r\n<?xml version="1.0"?>'
    b'<root xmlns="urn:schemas-upnp-org:device-1-0"><specVersion><major>1</major></specVersion></root>',
    smac='020000000009', dmac='020000000001')
with open('ssdp.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack('<IIII', T0 + i, 0, len(fr), len(fr))); f.write(fr)
