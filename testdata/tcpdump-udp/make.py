#!/usr/bin/env python3
"""Builds the crafted BOOTP/DHCP and NTP captures of this folder (see README.md).

Plain struct: Ethernet + IPv4 (or IPv6) + UDP frames with correct IP and UDP checksums (one UDP sum left at zero),
each carrying what print-bootp.c and print-ntp.c branch on, plus copies cut short by the snapshot length at the
points where tcpdump's bounds checks differ (a longjmp'ing fetch or a local ND_TCHECK). Deterministic: same bytes
on every run. Run from this folder: python3 make.py
"""
import struct

CLIENT = bytes.fromhex("0011223344 55".replace(" ", ""))
SERVER = bytes.fromhex("02000a000001")
BCAST = b"\xff" * 6


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(a):
    return bytes(int(x) for x in a.split("."))


def udp4(src, dst, sport, dport, payload, ttl=64, ident=1, zero_sum=False):
    s, d = ip4(src), ip4(dst)
    ulen = 8 + len(payload)
    u = struct.pack("!HHHH", sport, dport, ulen, 0) + payload
    if not zero_sum:
        c = csum(s + d + struct.pack("!BBH", 0, 17, ulen) + u) or 0xFFFF
        u = u[:6] + struct.pack("!H", c) + u[8:]
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + ulen, ident, 0, ttl, 17, 0, s, d)
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    return h + u


def udp6(src, dst, sport, dport, payload):
    ulen = 8 + len(payload)
    u = struct.pack("!HHHH", sport, dport, ulen, 0) + payload
    c = csum(src + dst + struct.pack("!IxxxB", ulen, 17) + u) or 0xFFFF
    u = u[:6] + struct.pack("!H", c) + u[8:]
    return struct.pack("!IHBB16s16s", 0x60000000, ulen, 17, 64, src, dst) + u


def eth(dst, src, etype, body):
    f = dst + src + struct.pack("!H", etype) + body
    return f + b"\0" * max(0, 60 - len(f))


def frame4(src, dst, sport, dport, payload, smac=CLIENT, dmac=BCAST, **kw):
    return eth(dmac, smac, 0x0800, udp4(src, dst, sport, dport, payload, **kw))


def write_pcap(name, records):
    """records: (frame, caplen or None); one microsecond apart."""
    with open("captures/" + name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        for i, (b, cap) in enumerate(records):
            data = b if cap is None else b[:cap]
            f.write(struct.pack("<IIII", 1700000000 + i, 1000 * i, len(data), len(b)))
            f.write(data)


# ---- BOOTP / DHCP ----------------------------------------------------------------------------------------------

def opt(tag, data):
    return bytes([tag, len(data)]) + data


def bootp(op, xid, options=None, htype=1, hlen=6, hops=0, secs=0, flags=0, ciaddr="0.0.0.0",
          yiaddr="0.0.0.0", siaddr="0.0.0.0", giaddr="0.0.0.0", chaddr=CLIENT, sname=b"", file=b"",
          vend=None):
    b = struct.pack("!BBBBIHH4s4s4s4s", op, htype, hlen, hops, xid, secs, flags, ip4(ciaddr), ip4(yiaddr),
                    ip4(siaddr), ip4(giaddr))
    b += chaddr.ljust(16, b"\0") + sname.ljust(64, b"\0")[:64] + file.ljust(128, b"\0")[:128]
    if vend is not None:
        return b + vend.ljust(64, b"\0")
    v = b"\x63\x82\x53\x63" + (options if options is not None else b"")
    return b + v.ljust(64, b"\0")


def msg(t):
    return opt(53, bytes([t]))


PRL = opt(55, bytes([1, 3, 6, 15, 119, 252, 28, 33, 121, 249, 42, 44, 46, 47, 26, 2, 200]))
discover = (msg(1) + opt(61, b"\x01" + CLIENT) + opt(50, ip4("192.168.1.50")) + opt(57, struct.pack("!H", 1500))
            + opt(12, b"laptop-01") + PRL + opt(60, b"MSFT 5.0") + opt(81, b"\x01\x00\x00laptop-01.example.com")
            + opt(116, b"\x01") + opt(77, b"\x05alpha\x04beta") + b"\xff")
offer = (msg(2) + opt(54, ip4("192.168.1.1")) + opt(51, struct.pack("!I", 86400))
         + opt(58, struct.pack("!I", 43200)) + opt(59, struct.pack("!I", 75600)) + opt(1, ip4("255.255.255.0"))
         + opt(3, ip4("192.168.1.1") + ip4("192.168.1.2")) + opt(6, ip4("8.8.8.8") + ip4("1.1.1.1"))
         + opt(15, b"example.com") + opt(28, ip4("192.168.1.255")) + opt(2, struct.pack("!i", -3600))
         + opt(121, bytes([24, 10, 1, 2]) + ip4("192.168.1.1") + bytes([0]) + ip4("192.168.1.1")
               + bytes([9, 10, 128]) + ip4("192.168.1.3") + bytes([32, 10, 9, 8, 7]) + ip4("192.168.1.4"))
         + opt(249, bytes([16, 172, 16]) + ip4("192.168.1.1")) + opt(42, ip4("192.168.1.1"))
         + opt(44, ip4("192.168.1.1")) + opt(46, b"\x08") + opt(33, ip4("10.0.0.0") + ip4("192.168.1.1"))
         + opt(26, struct.pack("!H", 1500)) + opt(19, b"\x00") + opt(31, b"\x01") + opt(43, b"\x01\x02\x03\x04")
         + opt(52, b"\x03") + opt(66, b"tftp.example.com") + opt(67, b"pxelinux.0") + opt(252, b"\x00\x00\x00\x01")
         + opt(224, b"\x01\x02\x03") + opt(225, b"\x01\x02") + opt(226, b"") + opt(150, ip4("192.168.1.9"))
         + opt(100, b"EST5EDT") + opt(119, b"\x07example\x03com\x00") + b"\xff")
request = (msg(3) + opt(61, b"\x01" + CLIENT) + opt(50, ip4("192.168.1.50")) + opt(54, ip4("192.168.1.1"))
           + opt(12, b"laptop-01") + opt(81, b"\x05\xff\xfflaptop") + PRL + b"\xff")
ack = msg(5) + opt(54, ip4("192.168.1.1")) + opt(51, struct.pack("!I", 0xFFFFFFFF)) + opt(1, ip4("255.255.255.0")) + b"\xff"
relay = (msg(3) + opt(82, b"\x01\x06eth0/1\x02\x04\x00\x11\x22\x33\x06\x03sub\x09\x04\xde\xad\xbe\xef"
                         b"\x05\x09abc") + b"\xff")
oddities = (opt(53, b"\x01\x02") + opt(61, b"\x00my-client") + opt(61, b"\x20\xaa\xbb") + opt(61, b"")
            + opt(81, b"\x01\x00") + opt(81, b"\xf3\x00\x00x") + opt(121, b"\x21\x01\x02\x03\x04")
            + opt(121, bytes([24, 10, 1, 2, 192, 168])) + opt(121, b"\x01\x02")
            + opt(77, b"\x00\x01") + opt(77, b"\x01") + opt(77, b"\x05ab") + opt(46, b"") + opt(46, b"\x03")
            + opt(52, b"\x07\x08") + opt(3, ip4("10.0.0.1") + b"\x01\x02") + opt(33, ip4("10.0.0.0") + ip4("10.0.0.1")
                                                                              + ip4("10.0.0.2"))
            + opt(19, b"\x00\x01\x02") + opt(26, b"\x05\xdc\x01") + opt(53, b"\x63") + opt(82, b"\x01")
            + opt(82, b"\x01\x00") + opt(12, b"h\x01st\xe9\x7f") + b"\0\0\0" + opt(91, struct.pack("!i", -5))
            + b"\xff")
leases = [msg(t) for t in (4, 6, 7, 8, 10, 11, 12, 13, 9, 14)]

recs = []
recs.append((frame4("0.0.0.0", "255.255.255.255", 68, 67, bootp(1, 0x3903F326, discover)), None))
recs.append((frame4("192.168.1.1", "192.168.1.50", 67, 68,
                    bootp(2, 0x3903F326, offer, yiaddr="192.168.1.50", siaddr="192.168.1.1",
                          sname=b"dhcp-server", file=b"/boot/pxelinux.0"), smac=SERVER, dmac=CLIENT), None))
recs.append((frame4("0.0.0.0", "255.255.255.255", 68, 67,
                    bootp(1, 0x3903F326, request, secs=3, flags=0x8000)), None))
recs.append((frame4("192.168.1.1", "192.168.1.50", 67, 68,
                    bootp(2, 0x3903F326, ack, yiaddr="192.168.1.50", flags=0x8001), smac=SERVER, dmac=CLIENT),
             None))
recs.append((frame4("10.0.0.254", "192.168.1.1", 67, 67,
                    bootp(1, 0xABCDEF01, relay, hops=1, giaddr="10.0.0.254", ciaddr="10.0.0.7")), None))
recs.append((frame4("192.168.1.50", "192.168.1.1", 68, 67, bootp(1, 7, oddities, ciaddr="192.168.1.50")), None))
for i, m in enumerate(leases):
    recs.append((frame4("192.168.1.50", "192.168.1.1", 68, 67, bootp(1 + i % 2, 100 + i, m + b"\xff")), None))
# PAD runs: -vvv prints PAD and END and counts the run
recs.append((frame4("192.168.1.50", "192.168.1.1", 68, 67, bootp(1, 8, b"\0" + msg(1) + b"\0\0\0\0" + b"\xff\0\0")),
             None))
# plain BOOTP: no options, a zero vendor area; another vendor cookie; CMU vendor data
recs.append((frame4("0.0.0.0", "255.255.255.255", 68, 67, bootp(1, 0, vend=b"")), None))
recs.append((frame4("10.1.1.1", "10.1.1.2", 67, 68, bootp(2, 9, vend=b"\x01\x02\x03\x04")), None))
recs.append((frame4("10.1.1.1", "10.1.1.2", 67, 68,
                    bootp(2, 10, vend=b"CMU\0" + b"\x00\x00\x00\x01" + ip4("255.255.0.0") + ip4("10.1.0.1")
                          + ip4("10.1.0.53") + bytes(4) + ip4("10.1.0.54") + bytes(4) + ip4("10.1.0.123"))), None))
recs.append((frame4("10.1.1.1", "10.1.1.2", 67, 68, bootp(2, 11, vend=b"CMU\0\x83\x00\x00\x00")), None))
# other hardware types and lengths, an unknown op, names with odd bytes, a 64-byte sname with no NUL
recs.append((frame4("10.1.1.2", "10.1.1.1", 68, 67, bootp(1, 12, msg(1) + b"\xff", htype=6)), None))
recs.append((frame4("10.1.1.2", "10.1.1.1", 68, 67, bootp(1, 13, msg(1) + b"\xff", hlen=16, chaddr=bytes(range(16)))),
             None))
recs.append((frame4("10.1.1.2", "10.1.1.1", 68, 67, bootp(3, 14, msg(1) + b"\xff", sname=b"a\x01b\x80\xff")), None))
recs.append((frame4("10.1.1.1", "10.1.1.2", 67, 68, bootp(2, 15, msg(2) + b"\xff", sname=b"s" * 64, file=b"f")), None))
recs.append((frame4("10.1.1.1", "10.1.1.2", 67, 68, bootp(2, 16, msg(2) + b"\xff", file=b"g" * 128)), None))
# ports: DNS and mDNS come first in udp_print's chain; BOOTP comes before NTP; one side is enough
dns_q = bytes.fromhex("12340100000100000000000003777777076578616d706c6503636f6d0000010001")
recs.append((frame4("10.1.1.2", "10.1.1.1", 53, 67, dns_q), None))
recs.append((frame4("10.1.1.2", "10.1.1.1", 68, 5353, dns_q), None))
recs.append((frame4("10.1.1.2", "10.1.1.1", 40000, 67, bootp(1, 17, msg(8) + b"\xff")), None))
recs.append((frame4("10.1.1.2", "10.1.1.1", 67, 40000, bootp(2, 18, msg(5) + b"\xff")), None))
recs.append((frame4("10.1.1.2", "10.1.1.1", 123, 68, bootp(1, 19, msg(1) + b"\xff")), None))
recs.append((frame4("10.1.1.2", "10.1.1.1", 68, 67, bootp(1, 20, msg(1) + b"\xff"), zero_sum=True), None))
# a BOOTP payload shorter than its fixed header, within a complete datagram
recs.append((frame4("10.1.1.2", "10.1.1.1", 68, 67, bootp(1, 21, msg(1))[:100]), None))
# BOOTP over IPv6
recs.append((eth(BCAST, CLIENT, 0x86DD, udp6(bytes.fromhex("fe80" + "00" * 12 + "0001"),
                                              bytes.fromhex("ff02" + "00" * 12 + "0002"), 68, 67,
                                              bootp(1, 22, msg(1) + b"\xff"))), None))
# cut by the snapshot length: in op/htype, in chaddr, before secs, in the sname with no NUL yet, before the
# vendor area, after a tag, inside an option's value, inside a relay sub-option, inside a CMU address
full = frame4("0.0.0.0", "255.255.255.255", 68, 67, bootp(1, 0x3903F326, discover, sname=b"server"))
base = 14 + 20 + 8
for cut in (1, 2, 20, 9, 52, 236 - 40, 238, 243, 244, 247, 260, 275):
    recs.append((full, base + cut))
rel = frame4("10.0.0.254", "192.168.1.1", 67, 67, bootp(1, 0xABCDEF01, relay, hops=1, giaddr="10.0.0.254"))
recs.append((rel, base + 240 + 3 + 2 + 4))
recs.append((rel, base + 240 + 3 + 2 + 8 + 4 + 4))
cmu = frame4("10.1.1.1", "10.1.1.2", 67, 68, bootp(2, 10, vend=b"CMU\0" + b"\x00\x00\x00\x01" + ip4("255.255.0.0")
                                                       + ip4("10.1.0.1")))
recs.append((cmu, base + 236 + 6))
recs.append((cmu, base + 236 + 14))
# DNS on port 53 against 67, cut inside its 12-byte header: domain_print's ND_TCHECK, so -x/-X start after Ethernet
recs.append((frame4("10.1.1.2", "10.1.1.1", 53, 67, dns_q), base + 2))
write_pcap("dhcp.pcap", recs)


# ---- NTP -------------------------------------------------------------------------------------------------------

def ntp(li, vn, mode, stratum=2, poll=6, prec=-20, delay=(0, 0x1234), disp=(1, 0x8000), refid=b"\xc0\xa8\x01\x01",
        ref=(0xE8F0B2C0, 0x12345678), org=(0xE8F0B2C1, 0x80000000), rec=(0xE8F0B2C2, 0x40000000),
        xmt=(0xE8F0B2C2, 0x40001000), tail=b""):
    return (struct.pack("!BBbb", li << 6 | vn << 3 | mode, stratum, poll, prec) + struct.pack("!HH", *delay)
            + struct.pack("!HH", *disp) + refid + struct.pack("!II", *ref) + struct.pack("!II", *org)
            + struct.pack("!II", *rec) + struct.pack("!II", *xmt) + tail)


def control(vn, flags, op, seq, status, assoc, offset, data=b"", count=None):
    cnt = len(data) if count is None else count
    return struct.pack("!BBHHHHH", vn << 3 | 6, flags | op, seq, status, assoc, offset, cnt) + data


A, B = "10.2.0.1", "10.2.0.2"
recs = []
recs.append((frame4(A, B, 40123, 123, ntp(0, 4, 3, stratum=0, poll=3, prec=-6, delay=(0, 0), disp=(0, 0),
                                           refid=b"\0\0\0\0", ref=(0, 0), org=(0, 0), rec=(0, 0))), None))
recs.append((frame4(B, A, 123, 40123, ntp(0, 4, 4)), None))
recs.append((frame4(B, A, 123, 123, ntp(1, 3, 1, stratum=1, refid=b"GPS\0")), None))
recs.append((frame4(B, A, 123, 123, ntp(2, 3, 2, stratum=1, refid=b"\x80\xff\x01P")), None))
recs.append((frame4(B, A, 123, 123, ntp(3, 2, 5, stratum=0, refid=b"RATE", poll=-3)), None))
recs.append((frame4(B, A, 123, 123, ntp(0, 1, 0, stratum=16, poll=40, prec=127)), None))
recs.append((frame4(B, A, 123, 123, ntp(0, 4, 4, stratum=15, poll=-31, prec=-128)), None))
recs.append((frame4(B, A, 123, 123, ntp(0, 4, 4, stratum=17, poll=31)), None))
recs.append((frame4(B, A, 123, 123, ntp(0, 3, 4, stratum=62)), None))
recs.append((frame4(B, A, 123, 123, ntp(0, 3, 4, stratum=63)), None))
# deltas: receive before originate (negative, borrow), equal seconds both ways, timestamps before 1970
recs.append((frame4(B, A, 123, 123, ntp(0, 4, 4, org=(0xE8F0B2C5, 0x10000000), rec=(0xE8F0B2C2, 0x20000000),
                                        xmt=(0xE8F0B2C5, 0x10000000))), None))
recs.append((frame4(B, A, 123, 123, ntp(0, 4, 4, org=(0xE8F0B2C5, 0x10000000), rec=(0xE8F0B2C5, 0x20000000),
                                        xmt=(0xE8F0B2C9, 0x00000001))), None))
recs.append((frame4(B, A, 123, 123, ntp(0, 4, 4, ref=(1, 1), org=(0x7FFFFFFF, 0xFFFFFFFF),
                                        rec=(0xFFFFFFFF, 0xFFFFFFFF), xmt=(0x83AA7E80, 0)), zero_sum=True), None))
# key id and digests: 52, 68 and 72 bytes; other lengths only count the bytes past the header
recs.append((frame4(A, B, 123, 123, ntp(0, 4, 3, tail=struct.pack("!I", 42))), None))
recs.append((frame4(A, B, 123, 123, ntp(0, 4, 3, tail=struct.pack("!I", 7) + bytes(range(16)))), None))
recs.append((frame4(A, B, 123, 123, ntp(0, 4, 3, tail=struct.pack("!I", 0xFFFFFFFF) + bytes(range(20, 40)))), None))
recs.append((frame4(A, B, 123, 123, ntp(0, 4, 3, tail=bytes(12))), None))
recs.append((frame4(A, B, 123, 123, ntp(0, 4, 3)[:40]), None))
# control messages (mode 6) and mode 7
recs.append((frame4(A, B, 40124, 123, control(2, 0, 1, 1, 0, 0, 0)), None))
recs.append((frame4(B, A, 123, 40124, control(2, 0x80, 1, 1, 0x0615, 0, 0, b"version=\"ntpd 4.2.8\"")), None))
recs.append((frame4(B, A, 123, 40124, control(4, 0xE0, 2, 65535, 0xFFFF, 12345, 400, b"x" * 4)), None))
recs.append((frame4(B, A, 123, 40124, control(2, 0x40, 31, 2, 0x0001, 1, 0, b"ab", count=20)), None))
recs.append((frame4(B, A, 123, 40124, control(2, 0, 1, 3, 0, 0, 0)[:10]), None))
recs.append((frame4(A, B, 40125, 123, bytes([0x17, 0x00, 0x03, 0x2a]) + bytes(4)), None))
recs.append((frame4(A, B, 40125, 123, bytes([0x07])), None))
# ports: NTP only after the printers before it in the chain (DNS, BOOTP)
recs.append((frame4(A, B, 123, 53, dns_q), None))
recs.append((frame4(A, B, 123, 67, ntp(0, 4, 3)), None))
recs.append((frame4(A, B, 5000, 6000, ntp(0, 4, 3)), None))
# NTP over IPv6
recs.append((eth(SERVER, CLIENT, 0x86DD, udp6(bytes.fromhex("20010db8" + "00" * 11 + "01"),
                                               bytes.fromhex("20010db8" + "00" * 11 + "02"), 40126, 123,
                                               ntp(0, 4, 3))), None))
# cut by the snapshot length: after the status byte, in root delay, in the reference ID, in a timestamp, in a
# key id, in a digest; a control header, control data; a short message cut before its end
t = frame4(A, B, 123, 123, ntp(0, 4, 4, tail=struct.pack("!I", 7) + bytes(range(16))))
for cut in (1, 2, 6, 14, 30, 46, 50, 60):
    recs.append((t, base + cut))
c = frame4(B, A, 123, 40124, control(2, 0x80, 1, 1, 0x0615, 0, 0, b"version=\"ntpd 4.2.8\""))
for cut in (3, 11, 16):
    recs.append((c, base + cut))
recs.append((frame4(A, B, 123, 123, ntp(0, 4, 3)[:40]), base + 20))
recs.append((frame4(A, B, 123, 123, control(2, 0, 1, 3, 0, 0, 0)[:10]), base + 6))
write_pcap("ntp-crafted.pcap", recs)
