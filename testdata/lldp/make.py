#!/usr/bin/env python3
"""Writes lldp.pcap: LLDPDUs (Ethernet, Ethertype 0x88cc) to hold jdissect to tshark 4.0.17's packet-lldp.c.

Plain struct, no scapy. Run: python3 make.py && sh oracle.sh
"""
import struct


def pcap(frames, path):
    out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    for i, f in enumerate(frames):
        if isinstance(f, tuple):  # (bytes captured, length on the wire)
            f, wire = f
        else:
            wire = len(f)
        out += struct.pack('<IIII', 1700000000 + i, 250000 * (i % 4), len(f), wire) + f
    open(path, 'wb').write(out)


SRC = bytes.fromhex('0019 2fa7 b28d'.replace(' ', ''))


def eth(payload, src=SRC):
    return bytes.fromhex('0180c200000e') + src + b'\x88\xcc' + payload


def tlv(t, data):
    return struct.pack('!H', t << 9 | len(data)) + data


def tlvlen(t, n, data):
    """A TLV whose length field says n, whatever data follows."""
    return struct.pack('!H', t << 9 | n) + data


def chassis(sub, data):
    return tlv(1, bytes([sub]) + data)


def port(sub, data):
    return tlv(2, bytes([sub]) + data)


def ttl(s):
    return tlv(3, struct.pack('!H', s))


END = tlv(0, b'')
MAC = bytes.fromhex('00192fa7b28d')


def org(oui, sub, data):
    return tlv(127, bytes.fromhex(oui) + bytes([sub]) + data)


def mgmt(addr_sub, addr, if_sub=2, ifnum=1, oid=b''):
    return tlv(8, bytes([len(addr) + 1, addr_sub]) + addr + bytes([if_sub]) + struct.pack('!I', ifnum)
               + bytes([len(oid)]) + oid)


def caps(sys, en):
    return tlv(7, struct.pack('!HH', sys, en))


def base(c=None, p=None, t=120):
    return (c or chassis(4, MAC)) + (p or port(5, b'Gi1/0/1')) + ttl(t)


IEEE1 = '0080c2'
IEEE3 = '00120f'
F = []
# a Cisco IOS switch as it sends LLDP (the shape of tcpdump's LLDP_and_CDP.pcap)
F.append(eth(chassis(4, MAC) + port(5, b'Gi1/0/13') + ttl(120) + tlv(4, b'GigabitEthernet1/0/13')
             + tlv(5, b'switch1.example.com')
             + tlv(6, b'Cisco IOS Software, C3750E Software (C3750E-UNIVERSALK9-M), Version 15.0(2)SE11\n'
                      b'Technical Support: http://www.cisco.com/techsupport\nCompiled Sat 19-Aug-17 09:34 by prod_rel_team')
             + caps(0x0014, 0x0004) + mgmt(1, bytes([10, 0, 0, 2]), 2, 13, bytes.fromhex('2b0601040109'))
             + org(IEEE1, 1, struct.pack('!H', 10))
             + org(IEEE3, 1, bytes([0x03]) + struct.pack('!HH', 0x6c01, 30)) + END))
# a Juniper EX: locally assigned port id, VLAN names, aggregation, a maximum frame size
F.append(eth(chassis(4, bytes.fromhex('3c8ab0123400')) + port(7, b'512') + ttl(120) + tlv(4, b'ge-0/0/0.0')
             + tlv(5, b'ex2200-core') + tlv(6, b'Juniper Networks, Inc. ex2200-24t-4g , version 12.3R12.4 Build date: 2016-01-20 02:28:39 UTC ')
             + caps(0x0004, 0x0004)
             + mgmt(1, bytes([192, 168, 1, 1]), 1, 33, b'')
             + org(IEEE1, 1, struct.pack('!H', 100))
             + org(IEEE1, 2, bytes([0x06]) + struct.pack('!H', 100))
             + org(IEEE1, 3, struct.pack('!H', 100) + bytes([4]) + b'data')
             + org(IEEE1, 3, struct.pack('!H', 4094) + bytes([0]))
             + org(IEEE1, 4, bytes([4]) + bytes.fromhex('88cc0000'))
             + org(IEEE1, 4, bytes([0]))
             + org(IEEE1, 7, bytes([0x0f]) + struct.pack('!I', 530))
             + org(IEEE3, 3, bytes([0x03]) + struct.pack('!I', 0))
             + org(IEEE3, 4, struct.pack('!H', 1514))
             + org(IEEE3, 1, bytes([0x03]) + struct.pack('!HH', 0x0801, 0x001e)) + END))
# lldpd on Linux: MAC port id, IPv4 and IPv6 management addresses, power via MDI
F.append(eth(chassis(4, bytes.fromhex('525400aabbcc')) + port(3, bytes.fromhex('525400aabbcc')) + ttl(120)
             + tlv(5, b'host1') + tlv(6, b'Debian GNU/Linux 12 (bookworm) Linux 6.1.0-13-amd64 #1 SMP x86_64')
             + caps(0x009c, 0x0080) + mgmt(1, bytes([192, 0, 2, 7]), 2, 2)
             + mgmt(2, bytes.fromhex('20010db8000000000000000000000007'), 2, 2) + tlv(4, b'eth0')
             + org(IEEE3, 1, bytes([0x01]) + struct.pack('!HH', 0x8000, 0))
             + org(IEEE3, 2, bytes([0x0f, 0x01, 0x03]))
             + org(IEEE3, 2, bytes([0x07, 0x01, 0x05, 0x51]) + struct.pack('!HH', 255, 130))
             + org(IEEE3, 2, bytes([0x02, 0x02, 0x01, 0xa2]) + struct.pack('!HH', 0, 1))
             + org(IEEE3, 2, bytes([0x02, 0x02, 0x01, 0xff]) + struct.pack('!HH', 510, 511)) + END))
# every chassis ID subtype
for sub, data in [(0, b'x'), (1, b'chassis-1'), (2, b'alias'), (3, b'\x01\x02\x03'), (5, b'\x01\xc0\x00\x02\x01'),
                  (5, b'\x02' + bytes(range(16))), (5, b'\x06' + MAC), (5, b'\x01'), (6, b'eth0'), (7, b'local\x00\x00'),
                  (8, b'future'), (255, b'ff')]:
    F.append(eth(base(c=chassis(sub, data)) + END))
# every port ID subtype
for sub, data in [(0, b'x'), (1, b'uplink'), (2, b'\x00\x01'), (3, MAC), (4, b'\x01\xc0\x00\x02\x09'),
                  (4, b'\x02' + bytes(range(16))), (4, b'\x0f\x41\x42'), (5, b'Te1/1/1'), (6, b'circuit-7'),
                  (7, b'42'), (9, b'future')]:
    F.append(eth(base(p=port(sub, data)) + END))
# lengths that packet-lldp.c refuses: the dissection stops there
F.append(eth(tlv(1, b'\x04' + MAC[:5]) + port(5, b'x') + ttl(1) + END))
F.append(eth(tlv(1, b'\x04') + port(5, b'x') + ttl(1) + END))
F.append(eth(tlv(1, b'') + port(5, b'x') + ttl(1) + END))
F.append(eth(tlv(1, b'\x05\x01\x0a\x00\x00') + port(5, b'x') + ttl(1) + END))
F.append(eth(tlv(1, b'\x05\x02\x0a\x00\x00\x01') + port(5, b'x') + ttl(1) + END))
F.append(eth(chassis(4, MAC) + tlv(2, b'\x03' + MAC + b'\x00') + ttl(1) + END))
F.append(eth(chassis(4, MAC) + tlv(2, b'\x04\x01\x0a\x00') + ttl(1) + END))
F.append(eth(chassis(4, MAC) + tlv(2, b'\x04\x02\x0a\x00') + ttl(1) + END))
F.append(eth(chassis(4, MAC) + tlv(2, b'\x05') + ttl(1) + END))
F.append(eth(chassis(1, b'a' * 300) + port(5, b'x') + ttl(1) + END))
F.append(eth(chassis(4, MAC) + port(5, b'b' * 260) + ttl(1) + END))
# mandatory TLVs missing or out of order
F.append(eth(port(5, b'x') + chassis(4, MAC) + ttl(1) + END))
F.append(eth(chassis(4, MAC) + ttl(1) + port(5, b'x') + END))
F.append(eth(chassis(4, MAC) + port(5, b'x') + tlv(5, b'name') + END))
F.append(eth(chassis(4, MAC) + port(5, b'x') + tlv(3, b'\x00\x78\x00\x00') + END))
# duplicates of the mandatory TLVs end the dissection
F.append(eth(base() + tlv(5, b'n1') + chassis(7, b'again') + tlv(5, b'n2') + END))
F.append(eth(base() + port(7, b'again') + END))
F.append(eth(base() + ttl(3) + END))
# optional TLVs: empty, NUL-padded and non-ASCII strings, capabilities, unknown TLV types
F.append(eth(base() + tlv(4, b'') + tlv(5, b'') + tlv(6, b'') + END))
F.append(eth(base(c=chassis(7, b'ch\x01\x7fx')) + tlv(4, b'port\x00\x00') + tlv(5, b'sw\xc3\xa9itch\xff')
             + tlv(6, b'tab\there') + END))
F.append(eth(base() + caps(0xffff, 0x00ff) + caps(0x0000, 0xff00) + tlv(9, b'') + tlv(10, b'\x01\x02')
             + tlv(126, b'abc') + END))
# management addresses: other families, interface subtypes, object identifiers
F.append(eth(base() + mgmt(6, MAC, 1, 0) + mgmt(0, b'', 3, 0xffffffff, bytes.fromhex('2b06010201020201'))
             + mgmt(1, bytes([10, 1, 2, 3]), 4, 7, bytes.fromhex('2b')) + mgmt(16, b'\x01\x02\x03', 0, 5) + END))
# organization specific: unknown subtypes and OUIs, too short, excess bytes, 802.1 congestion notification
F.append(eth(base() + org(IEEE1, 0x05, b'\x01\x02') + org(IEEE1, 0x42, b'') + org(IEEE3, 0x09, b'\xaa')
             + org('001122', 1, b'hello') + org('00000c', 1, b'\x0f') + org(IEEE3, 4, b'\x05\xee\x00')
             + org(IEEE3, 2, b'\x0f\x01') + org(IEEE1, 1, b'\x00') + END))
# an organization specific TLV too short for its subtype: reading it fails
F.append(eth(base() + org(IEEE3, 3, b'') + tlv(127, b'\x00\x80\xc2') + END))
F.append(eth(base() + tlv(127, b'') + END))
# IEEE 802.1 DCB TLVs (congestion notification, ETS configuration and recommendation, PFC, application priority),
# EVB and CDCP, which tshark names but does not decode
ETS_TABLES = bytes([0x01, 0x23, 0x45, 0x67]) + bytes([10, 20, 30, 40, 0, 0, 0, 0]) + bytes([0, 1, 2, 255, 3, 2, 2, 2])
F.append(eth(base() + org(IEEE1, 8, b'\x81\x01') + org(IEEE1, 9, b'\xc0' + ETS_TABLES)
             + org(IEEE1, 9, b'\x03' + ETS_TABLES) + org(IEEE1, 10, b'\x00' + ETS_TABLES)
             + org(IEEE1, 11, b'\xc3\x18') + org(IEEE1, 12, b'\x00\x81\x0c\xbc\x61\x89\x06\x04\x12\x34\xff\x89\x14')
             + org(IEEE1, 12, b'\x00') + org(IEEE1, 13, b'\x07\x0d\x2a\x95\x3f')
             + org(IEEE1, 14, b'\x80\x00\x00\x05\x00\x10\x01\x00\x20\x02') + END))
# IEEE 802.3 Energy-Efficient Ethernet and 802.3br frame preemption
F.append(eth(base() + org(IEEE3, 5, struct.pack('!HHHHH', 17, 16, 25, 0, 65535)) + org(IEEE3, 7, b'\x00\x0f')
             + org(IEEE3, 7, b'\xff\xf0') + org(IEEE3, 7, b'\x00\x00\x01') + END))
# the IANA MUD URL (RFC 8520) and an unknown IANA subtype
F.append(eth(base() + org('00005e', 1, b'https://example.com/.well-known/mud/v1/sensor') + org('00005e', 7, b'xyz')
             + org('00005e', 1, b'') + END))
# an ETS TLV too short for its tables
F.append(eth(base() + org(IEEE1, 9, b'\x00\x01\x02') + END))
# the IEEE 802.3 MAC/PHY TLV with every capability bit, each MAU type range
F.append(eth(base() + org(IEEE3, 1, bytes([0xff]) + struct.pack('!HH', 0xffff, 53))
             + org(IEEE3, 1, bytes([0x00]) + struct.pack('!HH', 0x0000, 54))
             + org(IEEE3, 1, bytes([0x02]) + struct.pack('!HH', 0x5555, 0xffff)) + END))
# no End TLV; a trailer after the End TLV; a frame padded to 60 bytes
F.append(eth(base() + tlv(5, b'noend')))
F.append(eth(base() + END + b'\xde\xad\xbe\xef'))
F.append(eth(base(c=chassis(7, b'a'), p=port(7, b'b')) + END + bytes(60)))
F.append(eth(base(c=chassis(7, b'a'), p=port(7, b'b')) + END + bytes(4)))
# a TLV whose length runs past the frame, and captures cut short
F.append(eth(base() + tlvlen(5, 40, b'short')))
F.append(eth(base() + tlvlen(127, 20, bytes.fromhex(IEEE3) + b'\x01\x03')))
F.append(eth(tlvlen(1, 7, b'\x04\x00\x19')))
F.append(eth(b'\x02'))
F.append(eth(b''))
full = eth(base() + tlv(5, b'truncated-name') + END)
F.append((full[:40], len(full)))
F.append((full[:27], len(full)))
pcap(F, 'lldp.pcap')

# TIA LLDP-MED (ANSI/TIA-1057), as IP phones and the switches they plug into send it: capabilities, network policies,
# coordinate, civic address and ELIN locations, extended power, inventory; short and unknown ones
TIA = '0012bb'
M = []
M.append(eth(base() + org(TIA, 1, b'\x00\x3f\x03') + org(TIA, 1, b'\x00\x00\x09')
             + org(TIA, 2, b'\x01\x40\x64\xdc\x2e') + org(TIA, 2, b'\x09\xa0\x00\x00')
             + org(TIA, 4, b'\x51\x00\x7b') + org(TIA, 4, b'\x2e\x04\x00') + org(TIA, 4, b'\xa3\x00\x01')
             + org(TIA, 4, b'\xf0\xff\xff') + org(TIA, 5, b'rev 1.2') + org(TIA, 6, b'fw 9') + org(TIA, 7, b'sw 3.1')
             + org(TIA, 8, b'SN1234\x00x') + org(TIA, 9, b'Acme') + org(TIA, 10, b'Phone 7') + org(TIA, 11, b'asset')
             + org(TIA, 5, b'') + org(TIA, 12, b'\x01') + END))
M.append(eth(base() + org(TIA, 3, b'\x01' + bytes.fromhex('a944e11c008e0c7fb1002000 0012c001'.replace(' ', '')))
             + org(TIA, 3, b'\x01' + bytes.fromhex('06fe0000000afe000000 0110000000 02'.replace(' ', '')))
             + org(TIA, 3, b'\x02' + bytes([9, 0]) + b'DE' + bytes([6, 4]) + b'Main')
             + org(TIA, 3, b'\x02' + bytes([13, 2]) + b'US' + bytes([1, 2]) + b'CA' + bytes([3, 4]) + b'Palo')
             + org(TIA, 3, b'\x03' + b'5551234567') + org(TIA, 3, b'\x03') + org(TIA, 3, b'\x07\x01\x02\x03')
             + org(TIA, 3, b'\x01\x00') + org(TIA, 1, b'\x00') + org(TIA, 2, b'\x01\x00') + END))
M.append(eth(base() + org(TIA, 3, b'\x02' + bytes([14, 2]) + b'US' + bytes([1, 2]) + b'CA' + bytes([3, 4]) + b'Palo'
                                  + bytes([0, 0])) + END))
M.append(eth(base() + org(TIA, 3, b'\x02' + bytes([20, 2]) + b'US') + END))
M.append(eth(base() + org(TIA, 4, b'') + END))
pcap(M, 'lldp-med.pcap')

# For tcpdump only (tcpdump-link): DCBX, which tshark 4.0.17 decodes further than jdissect does.
DCBX = '001b21'
T = []
T.append(eth(base() + org(DCBX, 1, b'\x01\x02') + org(DCBX, 2, tlv(1, b'\x00\x00\x00\x00\x00\x07\x00\x00\x00\x06')
             + tlv(2, b'\x00\x00\xe0\x00\x01\x23\x45\x67' + bytes([12, 13, 14, 15, 16, 17, 18, 19]) + b'\x08')
             + tlv(3, b'\x00\x00\x80\x00\x18\x08') + tlv(4, b'\x00\x00\x40\x00' + b'\x89\x06\x00\x1b\x21\x08'
             + b'\x0c\xbc\x40\x1b\x21\x10') + tlv(9, b'\x01\x02')) + END))
T.append(eth(base() + org(DCBX, 2, tlv(1, b'\x00\x00\x00') + tlv(2, b'\x00')) + org(DCBX, 2, tlv(0, b'') + b'\x00\x00')
             + org(DCBX, 2, tlvlen(3, 30, b'\x00')) + END))
pcap(T, 'lldp-dcbx.pcap')
