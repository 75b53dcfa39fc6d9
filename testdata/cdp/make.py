#!/usr/bin/env python3
"""Writes cdp.pcap: Cisco Discovery Protocol frames (802.3, LLC SNAP, Cisco OUI, PID 0x2000) to hold jdissect to
tshark 4.0.17's packet-cdp.c. Plain struct, no scapy. Run: python3 make.py && sh oracle.sh
"""
import struct


def pcap(frames, path):
    out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    for i, f in enumerate(frames):
        out += struct.pack('<IIII', 1700000000 + 60 * i, 0, len(f), len(f)) + f
    open(path, 'wb').write(out)


def tlv(t, v):
    return struct.pack('!HH', t, len(v) + 4) + v


def cdp(tlvs, ver=2, ttl=180, fix=True, src=b'\x00\x1b\x54\x0a\x0b\x0c'):
    """A CDP frame; fix: the checksum as Cisco computes it (an odd last byte padded CDP's way)."""
    body = bytearray(bytes([ver, ttl]) + b'\0\0' + b''.join(tlvs))
    if fix:
        b = bytes(body)
        if len(b) % 2:
            last = b[-1]
            b = b[:-1] + (bytes([0xff, last - 1]) if last & 0x80 else bytes([0, last]))
        s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
        while s >> 16:
            s = (s & 0xffff) + (s >> 16)
        body[2:4] = struct.pack('!H', ~s & 0xffff)
    llc = b'\xaa\xaa\x03\x00\x00\x0c\x20\x00' + bytes(body)
    return b'\x01\x00\x0c\xcc\xcc\xcc' + src + struct.pack('!H', len(llc)) + llc


def addr_ipv4(ip):
    return b'\x01\x01\xcc' + struct.pack('!H', 4) + bytes(ip)


F = []
# a Catalyst switch port, as every Cisco LAN sees one a minute
F.append(cdp([tlv(1, b'access-sw1.example.com'), tlv(2, struct.pack('!I', 1) + addr_ipv4([10, 0, 0, 2])),
              tlv(3, b'GigabitEthernet1/0/24'), tlv(4, struct.pack('!I', 0x28)),
              tlv(5, b'Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 15.0(2)SE11, RELEASE SOFTWARE'
                     b' (fc3)\nTechnical Support: http://www.cisco.com/techsupport\nCopyright (c) 1986-2017 by Cisco'
                     b' Systems, Inc.\nCompiled Sat 19-Aug-17 09:34 by prod_rel_team'),
              tlv(6, b'cisco WS-C2960-24TT-L'),
              tlv(8, b'\x00\x00\x0c\x01\x12' + bytes([0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 1, 2, 0x21, 0xff])
                  + bytes(6) + bytes([0, 0x1b, 0x54, 0x0a, 0x0b, 0x0c]) + b'\xff\x00\x00'),
              tlv(9, b'CORP'), tlv(10, struct.pack('!H', 10)), tlv(11, b'\x01'), tlv(18, b'\x00'), tlv(19, b'\x00'),
              tlv(22, struct.pack('!I', 1) + addr_ipv4([10, 0, 0, 2])), tlv(26, struct.pack('!HHII', 1, 1, 15400,
                                                                                             0xffffffff))]))
# an IP phone behind it: voice VLAN query, power, location, spare pair PoE
F.append(cdp([tlv(1, b'SEP001B540A0B0D'), tlv(2, struct.pack('!I', 1) + addr_ipv4([10, 0, 100, 7])),
              tlv(3, b'Port 1'), tlv(4, struct.pack('!I', 0x490)), tlv(5, b'SIP75.8-5-3SR1S'),
              tlv(6, b'Cisco IP Phone 7975'), tlv(15, b'\x20\x00\x01'), tlv(16, struct.pack('!H', 12000)),
              tlv(11, b'\x01'), tlv(23, b'\x00Building 2, floor 3'),
              tlv(25, struct.pack('!HHIII', 7, 0, 12000, 6300, 6300)), tlv(31, b'\x01')],
             src=b'\x00\x1b\x54\x0a\x0b\x0d'))
# the switch's answer: voice VLAN reply, a six-byte reply, every capability bit, CDP version 1
F.append(cdp([tlv(1, b'sw1'), tlv(3, b'Fa0/1'), tlv(14, b'\x01\x00\x64'), tlv(14, b'\x01\x00'),
              tlv(4, struct.pack('!I', 0x7ff)), tlv(4, b'\x00\x01'), tlv(17, struct.pack('!I', 1500)),
              tlv(20, b'sysname'), tlv(21, b'\x06\x08\x2b\x06\x01\x04\x01\x09\x01\x01')], ver=1, ttl=60))
# addresses: IPv4, IPv6 (an 802.2 protocol), other NLPIDs, cut lists
F.append(cdp([tlv(2, struct.pack('!I', 4) + addr_ipv4([10, 0, 0, 1])
                  + b'\x02\x08\xaa\xaa\x03\x00\x00\x00\x86\xdd' + struct.pack('!H', 16)
                  + bytes([0x20, 1, 0x0d, 0xb8] + [0] * 11 + [1])
                  + b'\x01\x01\x81' + struct.pack('!H', 2) + b'\x12\x34'
                  + b'\x02\x03\xaa\xaa\x03' + struct.pack('!H', 1) + b'\x07'),
              tlv(2, struct.pack('!I', 2) + addr_ipv4([10, 0, 0, 3]) + b'\x01\x05\xcc'),
              tlv(2, struct.pack('!I', 1) + b'\x01\x01\xcc' + struct.pack('!H', 6) + b'\x0a\x00'),
              tlv(2, struct.pack('!I', 3) + addr_ipv4([10, 0, 0, 4])),
              tlv(22, struct.pack('!I', 0))]))
# ODR prefixes and gateway, protocol hellos, HP access point TLVs, unknown TLVs
F.append(cdp([tlv(7, bytes([10, 0, 0, 0, 8, 192, 168, 0, 0, 16, 172, 16, 0, 0, 12])), tlv(7, bytes([10, 0, 0, 254])),
              tlv(8, b'\x00\x00\x0c\x99\x99' + b'abc'), tlv(0x1000, b'00:11:22:33:44:55'), tlv(0x1001, b'SN123'),
              tlv(0x1002, b''), tlv(0x1002, b'corp-wlan'), tlv(0x1003, b'6'), tlv(0x1006, b'161'),
              tlv(0x1007, b'80'), tlv(0x1008, b'aabbcc'), tlv(0x1009, b'36'), tlv(0x100a, b'ap'),
              tlv(0x100b, b'ap'), tlv(0x100c, b'g'), tlv(0x100d, b'a'), tlv(0x1234, b'xyz'), tlv(0x0018, b'ext'),
              tlv(0x001b, b'\x01'), tlv(0x000c, b'')]))
# strings: software version lines ending CR LF, LF, none, a NUL; stray bytes after a NUL; non-ASCII
F.append(cdp([tlv(5, b'line1\r\nline2\nline3\0pad'), tlv(6, b'plat\0x'), tlv(1, b'dev\0ice'), tlv(9, b'dom\xc3\xa9'),
              tlv(20, b'name\0\0')]))
# Port ID lengths: the "+3" quirk when the next byte is not a TLV type's zero high byte
F.append(cdp([tlv(1, b'sw1'), tlv(3, b'Gi0/1x')]))
F.append(cdp([tlv(1, b'sw1'), tlv(3, b'Gi0/2'), tlv(1, b'again')]))
# checksums: wrong, and odd lengths with a last byte below and above 0x80
F.append(cdp([tlv(1, b'sw1')], fix=False))
F.append(cdp([tlv(1, b'odd')]))
F.append(cdp([tlv(1, b'oddd\xff')]))
F.append(cdp([tlv(1, b'oddd\x80')]))
# power: several values, a short rest, none
F.append(cdp([tlv(25, struct.pack('!HHII', 1, 2, 100, 200)), tlv(25, struct.pack('!HHI', 1, 2, 100) + b'\0\1'),
              tlv(25, struct.pack('!HH', 1, 2)), tlv(26, struct.pack('!HHI', 1, 2, 100) + b'\0\1'),
              tlv(26, struct.pack('!HHIII', 1, 2, 1, 2, 3)), tlv(16, struct.pack('!H', 0))]))
# voice VLAN TLVs of four to eight bytes, read on past a short one
for v in [b'', b'\x05', b'\x05\x06', b'\x05\x00\x07', b'\x05\x00\x07\x08']:
    F.append(cdp([tlv(14, v), tlv(1, b'after')]))
# bad TLV lengths: below 4 (the rest goes to data), past the end, cut in the header
F.append(cdp([tlv(1, b'sw1'), struct.pack('!HH', 5, 2) + b'zz']))
F.append(cdp([tlv(1, b'sw1'), struct.pack('!HH', 1, 40) + b'abc']))
F.append(cdp([tlv(1, b'sw1'), b'\x00']))
F.append(cdp([tlv(1, b'sw1'), tlv(3, b'Gi0/1')])[:40])
F.append(cdp([]))
pcap(F, 'cdp.pcap')

# cdp-end.pcap: a TLV of each kind ending the message with a value too short for what packet-cdp.c reads of it. Most
# kinds are read only under `if (tree)`: the exception is in -V, not in tshark's plain summary line (it builds no
# tree); the IP prefix, address and management address TLVs are read regardless; a power TLV shorter than its IDs
# ends where its length says. (EnergyWise, 0x001d, is not decoded by jdissect.)
E = []
for t, body in [(0x0a, b''), (0x0b, b''), (0x0e, b'\x01'), (0x0f, b'\x01'), (0x10, b''), (0x11, b'\x00'), (0x12, b''),
                (0x13, b''), (0x17, b''), (0x08, b'\x00'), (0x04, b'\x00'), (0x07, b'\x01\x02'), (0x19, b''),
                (0x1a, b''), (0x1f, b''), (0x05, b''), (0x16, b'\x00\x00'), (0x02, b'\x00\x00'), (0x15, b''),
                (0x03, b''), (0x06, b''), (0x14, b''), (0x1000, b'')]:
    E.append(cdp([tlv(1, b'sw1'), tlv(t, body)]))
pcap(E, 'cdp-end.pcap')
