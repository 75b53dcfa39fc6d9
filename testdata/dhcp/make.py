"""DHCP and BOOTP messages for packet-dhcp.c's rules (tshark 4.0.17): a full DORA exchange with realistic options,
INFORM, RELEASE, NAK, DECLINE, a relayed exchange with the relay agent information option (82), BOOTP messages
without DHCP options (with and without the magic cookie), a PXE client, every option jdissect decodes with edge
values (lease times of 0, 1 s and infinity, a negative time offset, classless routes of every width, a domain search
list with a compression pointer, client identifiers of each form, FQDN flags), padding, unknown options, option
overload, UUID client identifiers, and damaged messages (a header cut short, an option running past the end, no End option, a bad cookie).
Ethernet/IPv4/UDP, no checksums. Deterministic: run here with python3 make.py, then sh oracle.sh."""
import struct

CLIENT = bytes.fromhex("001122334455")
SERVER = bytes.fromhex("00aabbccddee")
RELAY = bytes.fromhex("0050569a0b0c")
BCAST = b"\xff" * 6
COOKIE = b"\x63\x82\x53\x63"


def ip(s):
    return bytes(int(x) for x in s.split("."))


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def frame(src_mac, dst_mac, src, dst, sport, dport, payload, ident=1):
    udp = struct.pack(">HHHH", sport, dport, 8 + len(payload), 0) + payload
    h = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), ident, 0, 64, 17, 0, ip(src), ip(dst))
    h = h[:10] + struct.pack(">H", csum(h)) + h[12:]
    return dst_mac + src_mac + b"\x08\x00" + h + udp


def opt(code, value):
    return bytes([code, len(value)]) + value


def bootp(op, xid, chaddr=CLIENT, ciaddr="0.0.0.0", yiaddr="0.0.0.0", siaddr="0.0.0.0", giaddr="0.0.0.0",
          flags=0, secs=0, hops=0, htype=1, hlen=6, sname=b"", file=b"", options=None, cookie=COOKIE, pad_to=300):
    m = struct.pack(">BBBBIHH4s4s4s4s", op, htype, hlen, hops, xid, secs, flags, ip(ciaddr), ip(yiaddr),
                    ip(siaddr), ip(giaddr))
    m += chaddr.ljust(16, b"\0") + sname.ljust(64, b"\0") + file.ljust(128, b"\0")
    if options is None:
        m += cookie
    else:
        m += cookie + options
    return m + bytes(max(0, pad_to - len(m)))


def u32(v):
    return struct.pack(">I", v)


def u16(v):
    return struct.pack(">H", v)


PRL = bytes([1, 3, 6, 15, 31, 33, 43, 44, 46, 47, 119, 121, 249, 252])
CID = b"\x01" + CLIENT
END = b"\xff"

frames = []


def client(payload, src="0.0.0.0", dst="255.255.255.255", dst_mac=BCAST):
    frames.append(frame(CLIENT, dst_mac, src, dst, 68, 67, payload))


def server(payload, dst="192.168.1.100", dst_mac=CLIENT):
    frames.append(frame(SERVER, dst_mac, "192.168.1.1", dst, 67, 68, payload))


# 1-4: DORA
client(bootp(1, 0x3903f326, flags=0x8000, options=opt(53, b"\x01") + opt(61, CID) + opt(50, ip("192.168.1.100"))
             + opt(12, b"laptop-7") + opt(60, b"MSFT 5.0") + opt(55, PRL) + opt(57, u16(1500)) + END))
server(bootp(2, 0x3903f326, yiaddr="192.168.1.100", siaddr="192.168.1.1",
             options=opt(53, b"\x02") + opt(54, ip("192.168.1.1")) + opt(51, u32(86400)) + opt(58, u32(43200))
             + opt(59, u32(75600)) + opt(1, ip("255.255.255.0")) + opt(28, ip("192.168.1.255"))
             + opt(3, ip("192.168.1.1")) + opt(6, ip("192.168.1.1") + ip("8.8.8.8")) + opt(15, b"example.com")
             + opt(42, ip("192.168.1.2") + ip("192.168.1.3"))
             + opt(119, b"\x07example\x03com\x00\x04corp\xc0\x00")
             + opt(121, b"\x00" + ip("192.168.1.1") + b"\x08\x0a" + ip("192.168.1.254") + b"\x0c\xac\x10"
                   + ip("192.168.1.254") + b"\x18\xc0\xa8\x64" + ip("192.168.1.253") + b"\x20\x0a\x01\x02\x03"
                   + ip("192.168.1.252"))
             + opt(252, b"http://wpad.example.com/wpad.dat\n") + END))
client(bootp(1, 0x3903f326, secs=3, flags=0x8000,
             options=opt(53, b"\x03") + opt(61, CID) + opt(50, ip("192.168.1.100")) + opt(54, ip("192.168.1.1"))
             + opt(12, b"laptop-7") + opt(81, b"\x01\x00\x00laptop-7.example.com") + opt(60, b"MSFT 5.0")
             + opt(55, PRL) + END))
server(bootp(2, 0x3903f326, yiaddr="192.168.1.100",
             options=opt(53, b"\x05") + opt(54, ip("192.168.1.1")) + opt(51, u32(86400)) + opt(58, u32(43200))
             + opt(59, u32(75600)) + opt(1, ip("255.255.255.0")) + opt(3, ip("192.168.1.1"))
             + opt(6, ip("192.168.1.1")) + opt(81, b"\x03\xff\xff") + END))
# 5 INFORM, 6 RELEASE, 7 NAK, 8 DECLINE
client(bootp(1, 0x00000001, ciaddr="192.168.1.100", options=opt(53, b"\x08") + opt(61, CID)
             + opt(12, b"laptop-7") + opt(60, b"MSFT 5.0") + opt(55, bytes([1, 15, 3, 6, 44, 46, 47, 31, 33, 121,
                                                                           249, 43, 252])) + END),
       src="192.168.1.100")
client(bootp(1, 0xdeadbeef, ciaddr="192.168.1.100", options=opt(53, b"\x07") + opt(54, ip("192.168.1.1"))
             + opt(61, CID) + END), src="192.168.1.100", dst="192.168.1.1", dst_mac=SERVER)
server(bootp(2, 0x12345678, flags=0x8000, options=opt(53, b"\x06") + opt(54, ip("192.168.1.1"))
             + opt(56, b"requested address not available") + END), dst="255.255.255.255", dst_mac=BCAST)
client(bootp(1, 0x0badcafe, options=opt(53, b"\x04") + opt(50, ip("192.168.1.100")) + opt(54, ip("192.168.1.1"))
             + opt(61, CID) + opt(56, b"address in use") + END))
# 9-10: a relayed exchange: the relay agent adds option 82 (circuit ID, remote ID, link selection, subscriber ID,
# an unknown suboption) and the server echoes it back
o82 = (opt(1, b"eth0/1/3:100") + opt(2, RELAY) + opt(5, ip("10.20.30.0")) + opt(6, b"subscriber-42")
       + opt(200, b"\x01\x02"))
frames.append(frame(RELAY, SERVER, "10.20.30.1", "192.168.1.1", 67, 67,
                    bootp(1, 0x5a5a0001, hops=1, giaddr="10.20.30.1",
                          options=opt(53, b"\x01") + opt(61, CID) + opt(55, bytes([1, 3, 6])) + opt(82, o82) + END)))
frames.append(frame(SERVER, RELAY, "192.168.1.1", "10.20.30.1", 67, 67,
                    bootp(2, 0x5a5a0001, hops=1, yiaddr="10.20.30.50", giaddr="10.20.30.1",
                          options=opt(53, b"\x02") + opt(54, ip("192.168.1.1")) + opt(51, u32(3600))
                          + opt(1, ip("255.255.255.0")) + opt(3, ip("10.20.30.1")) + opt(82, o82) + END)))
# 11-13: BOOTP: a request and a reply with vendor options but no DHCP message type (server and file names given),
# and a request with no magic cookie (an RFC 951 vendor area)
client(bootp(1, 0x00c0ffee, options=opt(1, ip("255.255.0.0")) + END))
server(bootp(2, 0x00c0ffee, yiaddr="192.168.1.100", siaddr="192.168.1.5", sname=b"bootserver",
             file=b"/tftpboot/pxelinux.0", options=opt(1, ip("255.255.255.0")) + opt(3, ip("192.168.1.1")) + END))
client(bootp(1, 0x00c0fff0, cookie=b"\0\0\0\0", options=b""))
# 14: a PXE client's discover (vendor class PXEClient, client architecture, no client ID)
client(bootp(1, 0x7e57b007, flags=0x8000, options=opt(53, b"\x01") + opt(57, u16(1464))
             + opt(55, bytes([1, 2, 3, 4, 5, 6, 11, 12, 13, 15, 16, 17, 18, 22, 23, 28, 40, 41, 42, 43, 50, 51, 54,
                              58, 59, 60, 66, 67, 128, 129, 130, 131, 132, 133, 134, 135]))
             + opt(93, u16(7)) + opt(60, b"PXEClient:Arch:00007:UNDI:003016") + END))
# 15: edge values: infinite, zero and one-second times, a negative time offset, padding between options, an
# option of length 0, unknown and private options, client identifiers of type 0 and opaque, a zero-length host name
server(bootp(2, 0x0000ffff, yiaddr="192.168.1.101",
             options=opt(53, b"\x05") + opt(51, u32(0xffffffff)) + b"\x00\x00" + opt(58, u32(0)) + opt(59, u32(1))
             + opt(2, struct.pack(">i", -18000)) + opt(80, b"") + opt(200, b"\xde\xad\xbe") + opt(224, b"private")
             + opt(61, b"\x00client-1") + opt(26, u16(1500)) + opt(12, b"") + END))
# 16: another client ID and FQDN forms: a 7-byte ID of another hardware type, the E (binary) FQDN encoding
client(bootp(1, 0x0000fffe, options=opt(53, b"\x03") + opt(61, b"\x06" + CLIENT)
             + opt(81, b"\x05\x00\x00\x06laptop\x07example\x00") + END))
# 17: client ID of 3 opaque bytes, IEEE 802 hardware type, unknown message type, little-endian seconds
client(bootp(1, 0x0000fffd, htype=6, secs=0x0a00, options=opt(53, b"\x63") + opt(61, b"\xab\xcd\xef") + END))
# 18: option overload: the server name field holds options
server(bootp(2, 0x0000fffc, yiaddr="192.168.1.102", sname=opt(15, b"overload.example") + opt(3, ip("192.168.1.9"))
             + END, options=opt(53, b"\x05") + opt(52, b"\x02") + END))
# 19: a hardware address of length 0 and one of 16 bytes
client(bootp(1, 0x0000fffb, htype=32, hlen=0, chaddr=b"", options=opt(53, b"\x01") + END))
client(bootp(1, 0x0000fffa, htype=32, hlen=16, chaddr=bytes(range(1, 17)), options=opt(53, b"\x01") + END))
# 21: a header cut short (the UDP payload ends inside the client hardware address)
client(bootp(1, 0x0000fff9, options=opt(53, b"\x01") + END)[:40])
# 22: the last option's length runs past the end of the message
client(bootp(1, 0x0000fff8, pad_to=0, options=opt(53, b"\x01") + b"\x0c\x20laptop"))
# 23: no End option (the options simply stop)
client(bootp(1, 0x0000fff7, pad_to=0, options=opt(53, b"\x01") + opt(12, b"laptop")))
# 24: a bad magic cookie: the vendor area is BOOTP's
client(bootp(1, 0x0000fff6, cookie=b"\x63\x82\x53\x64", options=opt(53, b"\x01") + END))
# 25: a domain search list split over two options (RFC 3396) and a classless route with a mask width past 32
server(bootp(2, 0x0000fff5, yiaddr="192.168.1.103", options=opt(53, b"\x05") + opt(119, b"\x07example")
             + opt(119, b"\x03com\x00") + opt(121, b"\x21" + ip("10.0.0.0")) + END))
# 26: a parameter request list naming every option
client(bootp(1, 0x0000fff4, options=opt(53, b"\x01") + opt(55, bytes(range(1, 128)))
             + opt(55, bytes(range(128, 255))) + END))

# 27: every option of a basic type packet-dhcp.c decodes, one value each
basic = b""
for code in (list(range(1, 21)) + list(range(22, 33)) + list(range(34, 43)) + list(range(44, 52)) + [54]
             + list(range(56, 60)) + list(range(64, 77)) + [86, 87, 91, 92, 100, 101, 112, 113, 116, 118, 137, 138,
                                                            142, 150, 153, 156, 157, 161, 209, 210, 252]):
    if code in (1, 16, 28, 32, 50, 54):
        v = ip("10.0.%d.1" % code)
    elif code in (2, 24, 35, 38, 51, 58, 59, 91, 153):
        v = u32(code * 1000)
    elif code in (13, 22, 26, 57):
        v = u16(code * 100)
    elif code == 25:
        v = u16(68) + u16(296) + u16(1006)
    elif code in (19, 20, 27, 29, 30, 31, 34, 36, 39, 157):
        v = bytes([code % 2])
    elif code in (23, 37, 46, 116, 156):
        v = bytes([code % 9])
    elif code in (12, 14, 15, 17, 18, 40, 47, 56, 64, 66, 67, 86, 87, 100, 101, 113, 137, 161, 209, 210, 252):
        v = b"text-%d" % code
    else:
        v = ip("10.1.%d.1" % code) + ip("10.1.%d.2" % code)
    basic += opt(code, v)
server(bootp(2, 0x0000fff3, yiaddr="192.168.1.104", options=opt(53, b"\x05") + basic + END))
# 28: basic-type options of the wrong length: an address of 3 bytes, an address list of 6, a flag of 2 bytes, a
# 16-bit value of 3, a time of 2, a byte of 0 bytes
server(bootp(2, 0x0000fff2, yiaddr="192.168.1.105", options=opt(53, b"\x05") + opt(1, b"\xff\xff\xff")
             + opt(3, ip("192.168.1.1") + b"\x01\x02") + opt(19, b"\x00\x01") + opt(26, b"\x05\xdc\x00")
             + opt(51, b"\x00\x01") + opt(23, b"") + END))

# 29: options with decoders of their own: policy filters and static routes (one pair cut short), vendor-specific
# information with no vendor class, user classes (one of length 0), the network interface ID, SIP servers by address,
# a captive portal URI
server(bootp(2, 0x0000fff1, yiaddr="192.168.1.106", options=opt(53, b"\x05")
             + opt(21, ip("10.0.0.0") + ip("255.0.0.0") + ip("172.16.0.0") + ip("255.240.0.0"))
             + opt(33, ip("10.9.0.0") + ip("192.168.1.254") + b"\x0a\x08")
             + opt(43, b"\x01\x04\x00\x00\x00\x00\xff") + opt(77, b"\x04abcd\x03xyz\x00")
             + opt(94, b"\x01\x03\x10") + opt(120, b"\x01" + ip("10.0.0.5") + ip("10.0.0.6"))
             + opt(160, b"https://portal.example.com/") + END))
# 30: iPXE's user class, SIP servers by name (a compression pointer), empty vendor-specific information, RFC 4361
# client identifiers (IAID and DUID-LLT)
client(bootp(1, 0x0000fff0, options=opt(53, b"\x03") + opt(77, b"iPXE") + opt(43, b"")
             + opt(61, b"\xff\x00\x00\x00\x01\x00\x01\x00\x01\x2a\x3b\x4c\x5d" + CLIENT)
             + opt(120, b"\x00\x03sip\x07example\x03com\x00\x05proxy\xc0\x04") + END))
# 31: a SIP server list split over two options, Microsoft's RRAS user class, a DUID-LL client identifier, a network
# interface ID of another type
client(bootp(1, 0x0000ffef, options=opt(53, b"\x01") + opt(120, b"\x01" + ip("10.0.0.7")[:2])
             + opt(120, ip("10.0.0.7")[2:]) + opt(77, b"RRAS.Microsoft") + opt(94, b"\x02\x00\x00")
             + opt(61, b"\xff\x00\x00\x00\x02\x00\x03\x00\x01" + CLIENT) + END))
# 32: SIP servers with an unknown encoding and with an address list of a bad length, a user class too short
client(bootp(1, 0x0000ffee, options=opt(53, b"\x01") + opt(120, b"\x02abc") + opt(77, b"\x05") + END))
client(bootp(1, 0x0000ffed, options=opt(53, b"\x01") + opt(120, b"\x01" + ip("10.0.0.8") + b"\x01") + END))

# 34: a PXE server's offer: vendor class PXEClient, so option 43 holds PXE suboptions (discovery control, boot
# servers, a boot menu, a menu prompt, a boot item, MTFTP settings, LCM values, padding, an unassigned and an unknown
# code, the End suboption with bytes after it)
pxe43 = (opt(6, b"\x07") + opt(8, b"\x80\x00\x01" + ip("192.168.1.5") + b"\x80\x01\x02" + ip("10.0.0.1")
                               + ip("10.0.0.2"))
         + opt(9, b"\x80\x00\x07PXEBoot\x00\x00\x0aLocal disk") + opt(10, b"\x05Press F8") + b"\x00"
         + opt(71, b"\x80\x00\x00\x00") + opt(1, ip("224.1.1.1")) + opt(2, b"\x38\x05") + opt(3, b"\x39\x05")
         + opt(4, b"\x03") + opt(5, b"\x0a") + opt(179, b"lcm.example") + opt(191, b"\x01") + opt(193, u32(3))
         + opt(20, b"\x01") + opt(200, b"\x02\x03") + b"\xff\x01\x02")
server(bootp(2, 0x0000ffec, yiaddr="192.168.1.107", siaddr="192.168.1.5", file=b"pxelinux.0",
             options=opt(53, b"\x02") + opt(54, ip("192.168.1.1")) + opt(60, b"PXEClient") + opt(43, pxe43) + END))
# 35: PXE suboptions of the wrong length, and one whose length byte is missing
server(bootp(2, 0x0000ffeb, yiaddr="192.168.1.108", options=opt(53, b"\x02") + opt(60, b"PXEClient:Arch:00000")
             + opt(43, opt(2, b"\x01\x02\x03") + opt(1, ip("10.0.0.1") + b"\x01") + opt(4, b"") + b"\x07") + END))

# 36-45: damaged and unusual values met while fuzzing: an FT_STRING boot file name and an FT_STRINGZ host name with
# bytes after their NUL (tshark notes the first only); user classes whose last instance runs past the option (the
# rest shown as text); a domain search list whose last name has no root label, one with a NUL and a byte past 0x7f in
# a label, one pointing outside the list; binary FQDNs of the root and of an unknown extended label; the captive
# portal option 114; client identifiers (option 97) of 7 and 4 bytes; a civic location with its elements (one cut
# short); an End met while an overload of an unknown value is in force; empty PXE vendor information; PXE
# suboptions running past their option; a header cut short before the boot file name
server(bootp(2, 0x0000ffea, yiaddr="192.168.1.109", file=b"boot.img\x00junk", options=opt(53, b"\x05")
             + opt(12, b"host\x00junk") + opt(77, b"\x03abc\x09xyz") + opt(119, b"\x07example\x03com")
             + opt(114, b"https://portal.example/") + END))
server(bootp(2, 0x0000ffe9, yiaddr="192.168.1.110", options=opt(53, b"\x05") + opt(119, b"\x03a\x00b\x03c\xb5d\x00")
             + opt(97, b"\x01" + CLIENT) + opt(97, b"\x00\x01\x02\x03")
             + opt(99, b"\x02US\x01\x02CA\x03\x00\x13\x07Main") + END))
server(bootp(2, 0x0000ffe8, yiaddr="192.168.1.111", options=opt(53, b"\x05") + opt(119, b"\x07example\xc0\x40")
             + END))
client(bootp(1, 0x0000ffe7, options=opt(53, b"\x03") + opt(81, b"\x04\x00\x00\x00") + END))
client(bootp(1, 0x0000ffe6, options=opt(53, b"\x03") + opt(81, b"\x04\x00\x00\x07laptop\x42") + END))
server(bootp(2, 0x0000ffe5, yiaddr="192.168.1.112", options=opt(53, b"\x05") + opt(52, b"\x58") + END))
server(bootp(2, 0x0000ffe4, yiaddr="192.168.1.113", options=opt(53, b"\x02") + opt(60, b"PXEClient") + opt(43, b"")
             + END))
server(bootp(2, 0x0000ffe3, yiaddr="192.168.1.114", options=opt(53, b"\x02") + opt(60, b"PXEClient")
             + opt(43, opt(6, b"\x08") + opt(9, b"\x80\x00\x20Boot")) + END))
client(bootp(1, 0x0000ffe2, options=opt(53, b"\x01") + END)[:150])

# 45-47: the SLP directory agent (backwards-compatible form) and scope, the name service search order (one unknown),
# a SIP server name with a control character, and a message of two bytes (cut before the hardware type)
server(bootp(2, 0x0000ffe1, yiaddr="192.168.1.115", options=opt(53, b"\x05")
             + opt(78, b"\x80\x00" + ip("10.0.0.9") + ip("10.0.0.10")) + opt(79, b"\x01scope")
             + opt(117, b"\x00\x06\x00\x00\x00\x63") + opt(120, b"\x00\x03s\x01p\x00") + END))
client(b"\x01\x01")

# 47: the boot file field holds options (overload 1), the message type among them; the server name field is
# overloaded too but holds no End
server(bootp(2, 0x0000ffe0, yiaddr="192.168.1.116", sname=opt(12, b"in-sname"),
             file=opt(53, b"\x05") + opt(1, ip("255.255.255.0")) + END,
             options=opt(52, b"\x03") + opt(54, ip("192.168.1.1")) + END))

# 48: RFC 4361 client identifiers with DUID-EN: systemd's enterprise number, and a number IANA has not assigned
client(bootp(1, 0x0000ffdf, options=opt(53, b"\x01") + opt(61, b"\xff\x5a\x1b\x2c\x3d\x00\x02\x00\x00\xab\x11"
                                                        + bytes(range(8))) + END))
client(bootp(1, 0x0000ffde, options=opt(53, b"\x01") + opt(61, b"\xff\x00\x00\x00\x01\x00\x02\x7f\xff\xff\xfe\x01")
             + END))

# 50-51: V-I vendor classes (RFC 3925): two classes, CableLabs' one-byte address mode, bytes left over, and a class
# running past its option
server(bootp(2, 0x0000ffdd, yiaddr="192.168.1.117", options=opt(53, b"\x05")
             + opt(124, b"\x00\x00\x01\x37\x03abc\x00\x00\x00\x09\x02xy") + opt(124, b"\x02")
             + opt(124, b"\x00\x00\xab\x11\x00\x01\x02\x03") + END))
server(bootp(2, 0x0000ffdc, yiaddr="192.168.1.118", options=opt(53, b"\x05")
             + opt(124, b"\x00\x00\x01\x37\x07abc") + END))

# 52: relay agent suboptions with decoders of their own: vendor-specific information (two enterprises), and VRF
# names in their three forms (the global VPN, a name, an OUI and index)
frames.append(frame(RELAY, SERVER, "10.20.30.1", "192.168.1.1", 67, 67,
                    bootp(1, 0x5a5a0002, hops=1, giaddr="10.20.30.1",
                          options=opt(53, b"\x01") + opt(82, opt(9, b"\x00\x00\x0d\xe9\x03\x01\x01\x00"
                                                                        + b"\x00\x00\x00\x09\x00")
                                                              + opt(151, b"\x00") + opt(151, b"vrf-blue")
                                                              + opt(151, b"\x00\x00\x0c\x00\x00\x00\x2a")) + END)))

# 53-54: the forcerenew nonce algorithms, PANA agents (one address cut short), port parameters (and of a bad
# length), the leasequery status (with a message, and empty)
server(bootp(2, 0x0000ffdb, yiaddr="192.168.1.119", options=opt(53, b"\x05") + opt(145, b"\x01\x02")
             + opt(136, ip("10.0.0.1") + ip("10.0.0.2")[:3]) + opt(159, b"\x06\x08\x12\x34")
             + opt(151, b"\x00done") + END))
server(bootp(2, 0x0000ffda, yiaddr="192.168.1.120", options=opt(53, b"\x05") + opt(159, b"\x06\x08")
             + opt(151, b"") + END))

# 55-58: UUID client identifiers (type 0 and 16 bytes: an FT_GUID whose first three groups are little-endian): a PXE
# client's option 97 and option 61 of a machine's SMBIOS UUID, the nil and the all-ones UUID; option 97 of 17 bytes
# and type 1, and of type 0 a byte short and a byte long (no UUID in them); a UUID cut short by the capture
UUID = bytes.fromhex("4445 4c4c 4200 1035 8052 b4c04f4a4d32")
client(bootp(1, 0x0000ffd9, options=opt(53, b"\x01") + opt(93, b"\x00\x07") + opt(94, b"\x01\x03\x10")
             + opt(97, b"\x00" + UUID) + opt(61, b"\x00" + UUID) + opt(60, b"PXEClient:Arch:00007:UNDI:003016")
             + END))
client(bootp(1, 0x0000ffd8, options=opt(53, b"\x01") + opt(97, b"\x00" + bytes(16)) + opt(61, b"\x00" + b"\xff" * 16)
             + END))
client(bootp(1, 0x0000ffd7, options=opt(53, b"\x01") + opt(97, b"\x01" + UUID) + opt(97, b"\x00" + UUID[:15])
             + opt(97, b"\x00" + UUID + b"\x00") + opt(61, b"\x00" + UUID[:15]) + END))
client(bootp(1, 0x0000ffd6, options=opt(53, b"\x01") + opt(97, b"\x00" + UUID) + END)[:252])

# RFC 6926's times (options 152 base time, 154 query start, 155 query end): four NTP seconds each (the high bit clear
# counts from 2036), and lengths other than 4 ("length must be 4", no value item), found by mutated copies of this
# capture (scripts/differential)
for code in (152, 154, 155):
    server(bootp(2, 0x0000ffc0 + code, options=opt(53, b"\x0d") + opt(code, u32(1700000000)) + opt(code, u32(0xffffffff))
                 + opt(code, b"") + opt(code, b"\x01\x02") + END))

with open("dhcp.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, fr in enumerate(frames):
        f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
print(len(frames), "frames in dhcp.pcap")
