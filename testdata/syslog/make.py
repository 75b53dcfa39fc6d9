#!/usr/bin/env python3
"""Writes syslog.pcap: syslog messages (Ethernet/IPv4/UDP port 514) to hold jdissect to tshark 4.0.17's
packet-syslog.c and tcpdump 4.99.3's print-syslog.c. Plain struct, no scapy. Run: python3 make.py && sh oracle.sh
"""
import struct


def pcap(frames, path):
    out = struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1)
    for i, f in enumerate(frames):
        out += struct.pack('<IIII', 1700000000 + i, 0, len(f), len(f)) + f
    open(path, 'wb').write(out)


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def udp(payload, sport=40000, dport=514):
    u = struct.pack('!HHHH', sport, dport, 8 + len(payload), 0) + payload
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(u), 1, 0, 64, 17, 0, bytes([10, 1, 1, 5]),
                     bytes([10, 1, 1, 1]))
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    return b'\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\x08\x00' + ip + u


MESSAGES = [
    # RFC 3164, as rsyslog and network devices send it
    b'<134>Nov 27 10:00:00 host1 sshd[123]: Accepted password for root from 10.1.1.9 port 51234 ssh2',
    b'<34>Oct 11 22:14:15 mymachine su: \'su root\' failed for lonvick on /dev/pts/8\n',
    b'<0>Jan  5 01:02:03 h prog: m',
    b'<190>Nov 27 10:00:00 h ab_c: x y z w aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    b'<0>Jan 15 01:02:03 hostnamewithoutspace',
    b'<13>Nov 27 10:00:00 host1 logger: ends with a NUL\0',
    b'<13>hello\0world',
    # RFC 5424: structured data, NIL values, zones, fractions, a BOM
    b'<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3"] '
    b'\xef\xbb\xbfAn application event',
    b'<165>1 - host app - - - msg',
    b'<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It\'s time',
    b'<165>1 2003-10-11T22:14:15+02:00 h a p \xef\xbb\xbfutf8 \xc3\xa9',
    b'<13>1 2026-11-27T10:00:00.123Z host2 app 42 ID47 - hello world',
    b'<165>1 notatime host app 1 m',
    # priorities: every facility and level name, out of range, too many digits, none
    b'<999>bad', b'<1234>x', b'no pri at all', b'<7>', b'<191>local7.debug', b'<96>f12', b'<120>f15',
    # cut short
    b'<0>', b'<', b'<12',
]
F = [udp(m) for m in MESSAGES]
F.append(udp(b'<13>from the standard port', sport=514))
# found by mutated copies (scripts/differential): header words and message IDs with text after a NUL ("Trailing stray
# characters"; a message ID after a BOM is UTF-8, cut at its NUL), and timestamps as iso8601_to_nstime reads them
# (sscanf's numbers skip white space; a bad fraction is 0; what follows the part it reads is ignored; out-of-range
# fields leave the time unset)
EXTRA = [
    b'<13>1 2003-10-11T22:14:15Z h\0x app 42 - msg\0tail',
    b'<13>1 2003-10-11T22:14:15Z host a\0p 4\x002 ID\0\0',
    b'<13>1 2003-10-11T22:14:15Z host app 42 \xef\xbb\xbfmsg\0more',
    b'<13>Oct 11 22:14:15 ho\0st proc: hi\0there',
    b'<13>1 2003-10-11T22:\r4:15+02:00 h app 1 m',
    b'<13>1 2026-11-27T10:00:00.\xef23Z h app 1 m',
    b'<13>1 2026-11-27T10:00:00.5junk h app 1 m',
    b'<13>1 2026-11-27T10:00Z h app 1 m',
    b'<13>1 2026-11-27T10:00:00-0530 h app 1 m',
    b'<13>1 2026-13-27T10:00:00Z h app 1 m',
    b'<13>1 2026-02-30T10:00:00Z h app 1 m',
    b'<13>1 2026-11-00T10:00:00Z h app 1 m',
    b'<13>1 2026-11-27T24:00:00Z h app 1 m',
    b'<13>1 2026-11-27T23:59:60Z h app 1 m',
    b'<13>1 2026-11-27T10:00:00.0000000001Z h app 1 m',
    b'<13>1 2026-11-27 10:00:00+05 h app 1 m',
    b'<13>1 26-11-27T10:00:00Z h app 1 m',
]
F += [udp(m) for m in EXTRA]
pcap(F, 'syslog.pcap')
