#!/usr/bin/env python3
"""Builds options.pcap: Ethernet/IPv4/TCP frames whose TCP options exercise how tshark 4.0.17 dissects them.

Each frame is its own connection (its own client port) unless said otherwise, so that the sequence analysis of one
case does not touch another. Run `python3 make.py` here, then make the oracles as README.md says.
"""
import struct

C = (10, 0, 0, 1)
S = (10, 0, 0, 2)
SYN, ACK, PSH, RST = 0x02, 0x10, 0x08, 0x04


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def pkt(sport, dport, flags, seq, ack, opts=b'', src=C, dst=S):
    """An Ethernet/IPv4/TCP frame; the options are padded with NOPs to a multiple of 4 bytes."""
    while len(opts) % 4:
        opts += b'\x01'
    doff = (20 + len(opts)) // 4
    tcp = struct.pack('!HHIIBBHHH', sport, dport, seq, ack, doff << 4, flags, 64240, 0, 0) + opts
    s, d = bytes(src), bytes(dst)
    c = csum(s + d + struct.pack('!BBH', 0, 6, len(tcp)) + tcp)
    tcp = tcp[:16] + struct.pack('!H', c) + tcp[18:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), 1, 0x4000, 64, 6, 0, s, d)
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return bytes.fromhex('020000000002020000000001') + b'\x08\x00' + ip + tcp


def sack(*blocks):
    return bytes([5, 2 + 8 * len(blocks)]) + b''.join(struct.pack('!II', a, b) for a, b in blocks)


MSS = b'\x02\x04\x05\xb4'
# (flags, ack, options, what it shows)
CASES = [
    # -- option kinds
    (SYN, 0, MSS + b'\x04\x02\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x00\x01\x03\x03\x07', 'a Linux SYN'),
    (SYN, 0, b'\x63\x04\xab\xcd', 'unknown kind 0x63'),
    (SYN, 0, b'\x10\x04\x01\x02', 'kind 16: a name in tcp.option_kind, but no dissector: Unknown (0x10)'),
    (SYN, 0, b'\x45\x04\x01\x02', 'kind 69: no name, no dissector'),
    (SYN, 0, b'\x63\x02', 'unknown kind without payload'),
    (SYN, 0, b'\x04\x02\x63\x04\xab\xcd', 'SACK permitted, unknown'),
    (SYN, 0, b'\xfe\x04\xf9\x89', 'experimental 254: TFO cookie request'),
    (SYN, 0, b'\xfe\x0c\xf9\x89' + bytes(range(1, 9)), 'experimental 254: TFO cookie on a SYN'),
    (SYN, 0, b'\xfd\x06\x12\x34\x56\x78', 'experimental 253: unknown experiment, data'),
    (SYN, 0, b'\xfe\x02', 'experimental, length 2'),
    (SYN, 0, b'\xfe\x03\xf9', 'experimental, length 3'),
    (SYN, 0, b'\x1c\x04\x80\x10', 'user timeout, minutes'),
    (SYN, 0, b'\x1c\x04\x00\x10', 'user timeout, seconds'),
    (SYN, 0, b'\x1c\x03\x80', 'user timeout, bad length'),
    (SYN, 0, b'\x13\x12' + bytes(16), 'MD5 signature'),
    (SYN, 0, b'\x13\x04\x01\x02', 'MD5 signature, bad length'),
    (SYN, 0, b'\x22\x0a' + bytes(range(1, 9)), 'TFO cookie on a SYN'),
    (SYN | ACK, 1, b'\x22\x0a' + bytes(range(1, 9)), 'TFO cookie on a SYN-ACK (no expert)'),
    (SYN, 0, b'\x22\x02', 'TFO cookie request'),
    (ACK, 1000, b'\x22\x02', 'TFO cookie request on an ACK'),
    (SYN, 0, b'\x06\x06\x00\x00\x00\x07', 'echo'),
    (SYN, 0, b'\x07\x06\x00\x00\x00\x08', 'echo reply (shown as Echo)'),
    (SYN, 0, b'\x06\x02', 'echo, bad length'),
    (SYN, 0, b'\x0b\x06\x00\x00\x01\x00', 'CC'),
    (SYN, 0, b'\x0c\x06\x00\x00\x01\x01', 'CC.NEW'),
    (SYN, 0, b'\x0d\x04\x00\x00', 'CC.ECHO, bad length'),
    (SYN, 0, b'\x1d\x0c\x01\x02' + bytes(range(8)), 'TCP-AO with MAC'),
    (SYN, 0, b'\x1d\x04\x01\x02', 'TCP-AO without MAC'),
    (SYN, 0, b'\x1d\x03\x01', 'TCP-AO, length 3'),
    # -- the common options with bad lengths, and their findings
    (SYN, 0, b'\x02\x03\x05', 'MSS, length 3'),
    (SYN, 0, b'\x03\x04\x07\x00', 'window scale, length 4'),
    (SYN, 0, b'\x03\x03\x0f', 'window scale shift 15'),
    (SYN, 0, b'\x08\x06\x00\x00\x00\x01', 'timestamps, length 6'),
    (SYN, 0, b'\x04\x03\x00', 'SACK permitted, length 3'),
    (SYN, 0, MSS + MSS, 'two MSS options'),
    (ACK, 1000, MSS, 'MSS on a non-SYN'),
    (RST, 1000, MSS, 'MSS on a RST'),
    (SYN, 0, b'\x04\x02', 'SYN without MSS'),
    # -- NOPs and EOLs
    (SYN, 0, b'\x01\x01\x01\x01', '4 NOPs'),
    (SYN, 0, b'\x01' * 8 + MSS, '8 NOPs: one finding'),
    (SYN, 0, b'\x01' + MSS + b'\x01\x01\x01', 'NOPs counted across an option'),
    (SYN, 0, b'\x01\x01\x01\x03\x03\x07\x01\x01', 'NOPs counted across an option'),
    (SYN, 0, b'\x01\x01' + sack((0, 0)) + b'\x01\x01\x01\x01', 'NOPs after SACK'),
    (SYN, 0, b'\x00\x00\x00\x00', 'EOLs'),
    (SYN, 0, b'\x01\x01\x01\x00\x00\x00\x00\x00', 'EOL, then zeros'),
    (SYN, 0, b'\x01\x01\x01\x00\x01\x01\x01\x01', 'EOL, then NOPs: non-zero padding'),
    (SYN, 0, b'\x00\x01\x00\x00', 'EOL, NOP'),
    # -- bogus lengths
    (SYN, 0, b'\x02\x01\x05\xb4', 'MSS, length 1'),
    (SYN, 0, b'\x02\x08\x05\xb4', 'MSS past the end'),
    (SYN, 0, b'\x01\x01\x01\x63', 'kind in the last byte'),
    (SYN, 0, b'\x63\x09\x00\x00', 'unknown past the end'),
    (SYN, 0, b'\x22\x09\x00\x00', 'TFO past the end'),
    # -- D-SACK (raw edges: a connection seen from its middle has base 0 for the reverse side)
    (ACK, 1000, sack((500, 500)), 'empty block below the ACK'),
    (ACK, 1000, sack((500, 600)), 'block below the ACK'),
    (ACK, 1000, sack((1000, 1000)), 'empty block at the ACK'),
    (ACK, 1000, sack((1500, 1500)), 'empty block above the ACK'),
    (ACK, 1000, sack((700, 600)), 'reversed block below the ACK'),
    (SYN, 0, sack((0, 0)), 'SACK 0-0 on a SYN'),
    (SYN, 5, sack((10, 20)), 'SYN with an ack field below the block'),
    (SYN, 30, sack((10, 20)), 'SYN with an ack field above the block'),
    (SYN | ACK, 30, sack((20, 20)), 'SYN-ACK'),
    (PSH, 1000, sack((500, 600)), 'no ACK flag'),
    (ACK, 1000, sack((1200, 1300), (1100, 1400)), 'first block inside the second'),
    (ACK, 1000, sack((1200, 1200), (1100, 1400)), 'empty first block inside the second'),
    # -- SACK lengths other than 2 + 8n: "suboption would go past end of option" where an edge should start; no
    #    whole block: the lone left edge shown as D-SACK, then Malformed
] + [(ACK, 1000, bytes([5, n]) + struct.pack('!IIII', le, le + 100, le + 200, le + 300)[:n - 2],
      'SACK of length %d' % n) for n, le in ((3, 500), (4, 500), (5, 500), (6, 500), (7, 5000), (8, 500), (9, 500),
                                            (11, 500), (12, 5000), (14, 500), (18, 500))] + [
    # -- Accurate ECN (kinds 172 and 174, counters in the two orders; lengths 2, 5, 8 and 11, and others)
    (ACK, 1000, bytes([kind, n]) + bytes([0, 1, 2, 0, 3, 4, 0, 5, 6, 7, 8, 9])[:n - 2], 'AccECN %d of length %d' % (kind, n))
    for kind, n in ((172, 2), (172, 5), (172, 8), (172, 11), (174, 11), (174, 5), (172, 10), (174, 3))]


def main():
    with open('options.pcap', 'wb') as out:
        out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, (flags, ack, opts, _) in enumerate(CASES):
            p = pkt(40000 + i, 80, flags, 5000, ack, opts)
            out.write(struct.pack('<IIII', 1700000000 + i, 0, len(p), len(p)) + p)


if __name__ == '__main__':
    main()
