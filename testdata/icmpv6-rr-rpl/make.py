#!/usr/bin/env python3
"""Builds rr-rpl.pcap: ICMPv6 Router Renumbering (type 138, RFC 2894) and RPL Control (type 155, RFC 6550)
messages for tshark 4.0.17 to show how packet-icmpv6.c dissects them: RR commands with match-prefix and use-prefix
parts, results with result messages, a sequence-number reset; RPL DIS, DIO, DAO, DAO-ACK, consistency checks and
secure variants, with every RPL option packet-icmpv6.c knows, unknown ones, lengths running past the message and
messages the capture cut short (pcap caplen < len) at several offsets.
Run `python3 make.py` here, then `sh oracle.sh`. Plain `struct`; checksums are right.
"""
import struct
import sys

sys.path.insert(0, "../crafted-icmp")
from ipcraft import csum  # noqa: E402

SRC = bytes.fromhex('fe800000000000000000000000000001')
DST = bytes.fromhex('ff020000000000000000000000000002')
P1 = bytes.fromhex('20010db8000100000000000000000000')
P2 = bytes.fromhex('20010db8abcd00000000000000000000')
ID = bytes.fromhex('fd000000000000000000000000000001')


frames = []


def icmp6(type_, code, body, cut=None):
    """One ICMPv6 message with `body` after the checksum; `cut` keeps only that many bytes of the message (a short
    frame as captured: the IPv6 payload length still counts them all)."""
    msg = bytes([type_, code, 0, 0]) + body
    c = csum(SRC + DST + struct.pack('!IxxxB', len(msg), 58) + msg)
    msg = msg[:2] + struct.pack('!H', c) + msg[4:]
    ip6 = struct.pack('!IHBB', 0x60000000, len(msg), 58, 255) + SRC + DST
    eth = bytes.fromhex('333300000002') + bytes.fromhex('020000000001') + b'\x86\xdd' + ip6 + msg
    frames.append((eth if cut is None else eth[:54 + cut], len(eth)))


# ---- Router Renumbering (RFC 2894) ----
def rr_head(seq, seg, flags, delay):
    return struct.pack('!IBBH4s', seq, seg, flags, delay, b'\0\0\0\0')


def mp(opcode, oplen, ordinal, matchlen, minlen, maxlen, prefix):
    return struct.pack('!BBBBBB2s16s', opcode, oplen, ordinal, matchlen, minlen, maxlen, b'\0\0', prefix)


def up(uselen, keeplen, mask, ra, valid, pref, flags, prefix):
    return struct.pack('!BBBBIII16s', uselen, keeplen, mask, ra, valid, pref, flags, prefix)


def rm(flags, ordinal, matchedlen, ifindex, prefix):
    return struct.pack('!HBBI16s', flags, ordinal, matchedlen, ifindex, prefix)


CMD = mp(1, 7, 0x2a, 32, 32, 64, P1) + up(48, 16, 0xc0, 0x80, 86400, 3600, 0xc0000000, P2)
icmp6(138, 0, rr_head(1, 0, 0xc0, 100))                                        # 1 command, no parts
icmp6(138, 0, rr_head(2, 1, 0xf8, 500) + CMD)                                  # 2 command, one use-prefix
icmp6(138, 0, rr_head(3, 2, 0x27, 0) + mp(2, 11, 0xff, 200, 0, 128, P1)        # 3 matchlen > 128, two use-prefixes,
      + up(64, 0, 0x3f, 0x7f, 0xffffffff, 0xffffffff, 0x3fffffff, P2)          #   reserved bits, infinite lifetimes
      + up(0, 0, 0, 0, 0, 0, 0, bytes(16)))
icmp6(138, 0, rr_head(4, 0, 0, 0) + mp(3, 3, 0, 64, 0, 0, P2))                 # 4 ADD/CHANGE/SET-GLOBAL opcodes
icmp6(138, 0, rr_head(5, 0, 0, 0) + mp(9, 3, 0, 64, 0, 0, P2))                 # 5 unknown opcode
icmp6(138, 1, rr_head(6, 0, 0x08, 0) + rm(0x0003, 0x2a, 64, 3, P1)             # 6 result, two messages
      + rm(0xfffc, 1, 129, 0xffffffff, P2))
icmp6(138, 1, rr_head(7, 0, 0, 0))                                             # 7 result, no messages
icmp6(138, 255, rr_head(8, 0, 0, 0) + b'\x01\x02\x03\x04')                     # 8 sequence number reset with data
icmp6(138, 7, rr_head(9, 0, 0, 0) + b'\x01\x02')                               # 9 unknown code with data
icmp6(138, 0, rr_head(10, 0, 0, 0) + CMD[:30])                                 # 10 command ending inside a use-prefix
icmp6(138, 1, rr_head(11, 0, 0, 0) + rm(0, 1, 64, 3, P1)[:10])                 # 11 result ending inside a message
icmp6(138, 0, rr_head(12, 0, 0, 0) + CMD, cut=10)                              # 12 cut in the header
icmp6(138, 0, rr_head(13, 0, 0, 0) + CMD, cut=20)                              # 13 cut in the match-prefix part
icmp6(138, 0, rr_head(14, 0, 0, 0) + CMD, cut=50)                              # 14 cut in the use-prefix part
icmp6(138, 1, rr_head(15, 0, 0, 0) + rm(3, 1, 64, 3, P1), cut=22)              # 15 cut in a result message
icmp6(138, 0, rr_head(16, 0, 0, 0), cut=6)                                     # 16 cut in the sequence number


# ---- RPL Control (RFC 6550) ----
def opt(t, data):
    return bytes([t, len(data)]) + data


PAD1 = b'\x00'
PADN = opt(1, b'\0\0\0')
MC = opt(2, bytes([7, 0x00, 0x01, 2]) + b'\x00\x03'                            # hop count
         + bytes([8, 0x00, 0x00, 2]) + b'\x01\x00'                             # link color, then out of step
         + bytes([7, 0x06, 0x3f, 2]) + b'\xff\xff'                             # hop count, all flags
         + bytes([99, 0x00, 0x00, 0]))                                         # unknown metric
ROUTE0 = opt(3, bytes([0, 0x18]) + struct.pack('!I', 600))
ROUTE8 = opt(3, bytes([48, 0x08]) + struct.pack('!I', 0xffffffff) + P2[:8])
ROUTE16 = opt(3, bytes([128, 0xff]) + struct.pack('!I', 1) + P1)
ROUTEBAD = opt(3, bytes([64, 0]) + struct.pack('!I', 1) + b'\0\0\0')
CONF = opt(4, bytes([0x0b, 8, 12, 10]) + struct.pack('!HHHBBH', 2048, 256, 1, 0, 30, 60))
CONF_ALL = opt(4, bytes([0xf7, 255, 255, 255]) + struct.pack('!HHHBBH', 0xffff, 0xffff, 0xffff, 0xff, 0xff, 0xffff))
TGT0 = opt(5, bytes([0, 0]))
TGT8 = opt(5, bytes([0, 64]) + P2[:8])
TGT16 = opt(5, bytes([0xff, 128]) + ID)
TGTBAD = opt(5, bytes([0, 64]) + b'\x20\x01\x0d')
TRANSIT = opt(6, bytes([0x80, 0x01, 7, 30]))
TRANSIT_P = opt(6, bytes([0x7f, 0xff, 255, 255]) + ID)
SOL = opt(7, bytes([1, 0xe0]) + ID + bytes([3]))
SOL0 = opt(7, bytes([0, 0x1f]) + bytes(16) + bytes([0]))
PIO = opt(8, bytes([64, 0xe0]) + struct.pack('!II4s16s', 86400, 14400, b'\0\0\0\0', P1))
PIO_R = opt(8, bytes([128, 0x3f]) + struct.pack('!II4s16s', 0xffffffff, 0, b'\0\0\0\0', ID))
TD = opt(9, struct.pack('!I', 0xdeadbeef))
UNK = opt(200, b'\x01\x02\x03')
LONGER = opt(6, bytes([0, 0, 1, 2]) + b'\xaa\xbb')                            # transit with 2 extra bytes
MC_NE = opt(2, bytes([2, 0x00, 0x00, 4]) + b'\x0b\x64\x00\x50'                 # node energy x2
            + bytes([1, 0x00, 0x00, 6]) + b'\x00\x03' + b'\x05\x02\xab\xcd'  # NSA with a TLV
            + bytes([3, 0x04, 0x81, 2]) + b'\x00\x05'                      # hop count, P, R, A 0
            + bytes([4, 0x00, 0x00, 4]) + struct.pack('!I', 250000)           # throughput
            + bytes([5, 0x00, 0x00, 4]) + struct.pack('!I', 1000)             # latency
            + bytes([6, 0x00, 0x00, 3]) + b'\x00\x23\xe1'                    # LQL x2
            + bytes([7, 0x00, 0x00, 4]) + b'\x00\x80\x01\x00'                # ETX x2
            + bytes([8, 0x02, 0x00, 3]) + b'\x00\xff\xc1'                    # LC constraint
            + bytes([8, 0x00, 0x80, 3]) + b'\x00\x40\x3f'                    # LC recorded
            + bytes([8, 0x00, 0x00, 3]) + b'\x00\x40\x01'                    # LC neither
            + bytes([9, 0x00, 0x00, 0]) + b'\x00\x00')                       # unknown, two bytes after it


def dio(inst, ver, rank, flags, dtsn, dodag=ID):
    return struct.pack('!BBHBBBB16s', inst, ver, rank, flags, dtsn, 0, 0, dodag)


def dao(inst, flags, seq, dodag=None):
    return struct.pack('!BBBB', inst, flags, 0, seq) + (dodag or b'')


def daoack(inst, flags, seq, status, dodag=None):
    return struct.pack('!BBBB', inst, flags, seq, status) + (dodag or b'')


icmp6(155, 0, b'\x00\x00')                                                     # 17 DIS, no options
icmp6(155, 0, b'\xff\x00' + SOL + PAD1 + PADN + SOL0)                          # 18 DIS with solicited info, pads
icmp6(155, 1, dio(1, 240, 256, 0x88, 5) + CONF + PIO + ROUTE0 + ROUTE8)        # 19 DIO: G, MOP 1, config, PIO
icmp6(155, 1, dio(30, 0, 0xffff, 0x7f, 255) + MC + ROUTE16 + PIO_R + CONF_ALL)  # 20 DIO all bits, metrics
icmp6(155, 1, dio(2, 1, 512, 0x00, 0) + MC_NE)                                 # 21 DIO: every metric object
icmp6(155, 2, dao(1, 0x80, 7) + TGT16 + TRANSIT + TD)                          # 22 DAO K, no DODAGID
icmp6(155, 2, dao(1, 0x7f, 8, ID) + TGT8 + TGT0 + TRANSIT_P + TGTBAD)          # 23 DAO D with DODAGID
icmp6(155, 3, daoack(1, 0x00, 7, 0))                                           # 24 DAO-ACK without DODAGID
icmp6(155, 3, daoack(1, 0xff, 8, 200, ID) + PAD1)                              # 25 DAO-ACK with DODAGID
icmp6(155, 1, dio(1, 1, 1, 0, 0) + UNK + LONGER + ROUTEBAD)                    # 26 unknown option, longer option
icmp6(155, 1, dio(1, 1, 1, 0, 0) + opt(8, bytes(10)))                          # 27 PIO shorter than its fields
icmp6(155, 1, dio(1, 1, 1, 0, 0) + bytes([4, 40]) + bytes(6))                  # 28 option length past the message
icmp6(155, 0, b'\x00\x00' + bytes([1]))                                        # 29 option without its length
icmp6(155, 0x8a, dio(1, 1, 1, 0, 0))                                           # 30 code unknown (secure bit set)
icmp6(155, 0x80, bytes([0x80, 0, 0x00, 0]) + struct.pack('!I', 5) + b'\x07'   # 31 secure DIS, KIM 0, key index
      + b'\x00\x00' + SOL)
icmp6(155, 0x81, bytes([0x00, 1, 0x40 | 0x3f, 0xff]) + struct.pack('!I', 6)    # 32 secure DIO, KIM 1, no key id
      + dio(1, 1, 1, 0, 0))
icmp6(155, 0x82, bytes([0x7f, 0, 0x80 | 2, 0]) + struct.pack('!I', 7)          # 33 secure DAO, KIM 2, source+index
      + bytes(range(8)) + b'\x09' + dao(1, 0x40, 1, ID))
icmp6(155, 0x83, bytes([0, 0, 0xc0 | 1, 0]) + struct.pack('!I', 8)             # 34 secure DAO-ACK, KIM 3 LVL 1
      + bytes(range(8)) + b'\x09' + daoack(1, 0x80, 1, 0, ID))
icmp6(155, 0x83, bytes([0, 0, 0xc0 | 2, 0]) + struct.pack('!I', 8)             # 35 secure DAO-ACK, KIM 3 LVL 2
      + daoack(1, 0, 1, 0))
icmp6(155, 0x8a, bytes([0x80, 0, 0, 0]) + struct.pack('!I', 9) + b'\x01')      # 36 consistency check (secure)
icmp6(155, 0x8a, bytes([0x80, 0, 0x40, 0]) + struct.pack('!I', 9)              # 37 consistency check with fields
      + struct.pack('!BBH16sI', 1, 0x80, 0x1234, ID, 99) + PAD1)
icmp6(155, 7, b'\x00\x01\x02')                                                 # 38 unknown code
icmp6(155, 1, dio(1, 240, 256, 0x88, 5) + CONF + PIO, cut=12)                  # 39 DIO cut in its header
icmp6(155, 1, dio(1, 240, 256, 0x88, 5) + CONF + PIO, cut=30)                  # 40 DIO cut in the first option
icmp6(155, 1, dio(1, 240, 256, 0x88, 5) + CONF + PIO, cut=50)                  # 41 DIO cut in the PIO
icmp6(155, 2, dao(1, 0x40, 8, ID) + TGT16, cut=12)                             # 42 DAO cut in the DODAGID
icmp6(155, 1, dio(2, 1, 512, 0, 0) + MC_NE, cut=40)                            # 43 DIO cut in a metric
icmp6(155, 0x82, bytes([0, 0, 0x80, 0]) + struct.pack('!I', 7) + bytes(9)      # 44 secure DAO cut in its key source
      + dao(1, 0, 1), cut=12)
icmp6(155, 3, daoack(1, 0x80, 8, 0, ID) + TGT8, cut=6)                         # 45 DAO-ACK cut after its flags
icmp6(155, 4, struct.pack('!BBH16s', 1, 2, 0xd123, ID)                       # 46 P2P-DRO, version not 0,
      + opt(10, bytes([0x98, 0xc5]) + ID + P1[8:] + P2[8:]))                   #   route discovery, Compr 8
icmp6(155, 1, dio(1, 1, 1, 0, 0) + opt(10, bytes([0x50, 0x40]) + ID + P1))     # 47 DIO with route discovery
icmp6(155, 0x85, bytes([0, 0, 0, 0]) + struct.pack('!I', 1) + b'\x01'          # 48 secure P2P-DRO-ACK
      + struct.pack('!BBH16s', 1, 0, 0x4000, ID))
icmp6(155, 5, struct.pack('!BBH16s', 1, 0, 0xffff, ID))                        # 49 P2P-DRO-ACK

with open('rr-rpl.pcap', 'wb') as out:
    out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, (f, orig) in enumerate(frames):
        out.write(struct.pack('<IIII', 1700000000 + i, 0, len(f), orig) + f)
