#!/usr/bin/env python3
"""Writes trailer.pcap: IPv6/UDP datagrams with bytes after them (an Ethernet trailer, bytes past the UDP length)."""
import struct, ipaddress
def a6(s): return ipaddress.IPv6Address(s).packed
def frame(udp_len_field, payload, ip_extra=b'', trailer=b''):
    udp = struct.pack('!HHHH', 40000, 9, udp_len_field, 0) + payload
    pl = udp + ip_extra
    ip = struct.pack('!IHBB', 0x60000000, len(pl), 17, 64) + a6('2001:db8::1') + a6('2001:db8::2') + pl
    return bytes.fromhex('02000000000202000000000186dd') + ip + trailer
fr = [frame(12, b'abcd', trailer=b'TRLR'),           # Ethernet trailer after the datagram
      frame(10, b'abcd'),                             # UDP length shorter than the IPv6 payload
      frame(12, b'abcd', ip_extra=b'XTRA'),           # bytes inside the IPv6 payload after the UDP datagram
      ]
with open('trailer.pcap', 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, x in enumerate(fr): f.write(struct.pack('<IIII', 1700000000+i, 0, len(x), len(x)) + x)
