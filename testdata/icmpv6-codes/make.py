# One ICMPv6 message per (type, code), types 1-4 and 138-140, codes 0-11: how tshark names each code.
# usage: python3 make.py  (writes codes.pcap here); oracle: see README.md
import struct
out = open('codes.pcap', 'wb')
out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
i = 0
for t in (1, 2, 3, 4, 138, 139, 140):
    for c in range(0, 12):
        icmp = bytes([t, c, 0, 0]) + bytes(4) + bytes(8)
        ip6 = struct.pack('!IHBB', 0x60000000, len(icmp), 58, 64) + bytes(15) + b'\x01' + bytes(15) + b'\x02'
        eth = bytes(6) + bytes([2, 0, 0, 0, 0, 1]) + b'\x86\xdd' + ip6 + icmp
        out.write(struct.pack('<IIII', 1700000000 + i, 0, len(eth), len(eth)) + eth)
        i += 1

# RPL Control (155) and RFC 8335's Extended Echo (160, 161): the codes packet-icmpv6.c names, and unnamed ones
out = open('codes-rpl-echo.pcap', 'wb')
out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
i = 0
for t, codes in ((155, list(range(0, 7)) + list(range(0x7f, 0x87)) + [0x8a, 0x8b]), (160, range(0, 3)),
                 (161, range(0, 7))):
    for c in codes:
        icmp = bytes([t, c, 0, 0]) + bytes(24)
        ip6 = struct.pack('!IHBB', 0x60000000, len(icmp), 58, 64) + bytes(15) + b'\x01' + bytes(15) + b'\x02'
        eth = bytes(6) + bytes([2, 0, 0, 0, 0, 1]) + b'\x86\xdd' + ip6 + icmp
        out.write(struct.pack('<IIII', 1700000000 + i, 0, len(eth), len(eth)) + eth)
        i += 1
out.close()
