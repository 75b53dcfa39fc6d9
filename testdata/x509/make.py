"""X.509 certificates in TLS 1.2 Certificate handshake messages for tshark 4.0.17's packet-x509af.c, packet-x509sat.c,
packet-x509ce.c, packet-pkix1explicit.c, packet-pkcs1.c and packet-ber.c. Each frame is one TCP segment to port 443
of its own connection (source port 40000 + frame number) carrying one whole TLS record (content type 22, version
0x0303) with one Certificate message. The certificates are certs/*.der (gen-certs.sh, gen-odd.py); after the whole
ones come damaged copies: BER lengths that lie, a wrong tag, an indefinite length, a cut certificate, a frame cut by
the capture's snap length. Deterministic: python3 make.py, then sh oracle.sh."""
import struct

CERTS = {n: open("certs/%s.der" % n, "rb").read() for n in ("ca", "inter", "server", "ec", "v1", "odd", "policy")}


def u24(n):
    return struct.pack(">I", n)[1:]


def handshake(certs, lens=None):
    body = b"".join(u24(len(c) if lens is None else lens[i]) + c for i, c in enumerate(certs))
    msg = b"\x0b" + u24(len(body) + 3) + u24(len(body)) + body
    return b"\x16\x03\x03" + struct.pack(">H", len(msg)) + msg


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def frame(i, payload):
    src, dst = bytes([192, 0, 2, 1]), bytes([198, 51, 100, 2])
    sport = 40000 + i
    tcp = struct.pack(">HHIIBBHHH", 443, sport, 1000, 2000, 0x50, 0x18, 65535, 0, 0)
    pseudo = src + dst + struct.pack(">BBH", 0, 6, len(tcp) + len(payload))
    tcp = tcp[:16] + struct.pack(">H", csum(pseudo + tcp + payload)) + tcp[18:]
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp) + len(payload), i, 0x4000, 64, 6, 0, src, dst)
    ip = ip[:10] + struct.pack(">H", csum(ip)) + ip[12:]
    return bytes.fromhex("0200000000020200000000010800") + ip + tcp + payload


def patch(b, off, new):
    return b[:off] + new + b[off + len(new):]


ca, inter, server, ec, v1, odd = (CERTS[n] for n in ("ca", "inter", "server", "ec", "v1", "odd"))
payloads = [
    handshake([ca]),
    handshake([server, inter, ca]),
    handshake([ec]),
    handshake([v1]),
    handshake([odd]),
    handshake([inter]),
]
# damaged: the outer SEQUENCE claims 16 more bytes than the certificate has
payloads.append(handshake([patch(ec, 2, struct.pack(">H", struct.unpack(">H", ec[2:4])[0] + 16))]))
# the certificate cut after 200 bytes, its TLS length telling the truth
payloads.append(handshake([ec[:200]]))
# the version's [0] tag replaced by [5]
payloads.append(handshake([patch(v1 if False else ca, 8, b"\xa5")]))
# the serial number's INTEGER tag made a BOOLEAN
payloads.append(handshake([patch(ca, 13, b"\x01")]))
# the signedCertificate SEQUENCE with an indefinite length (BER, not DER)
payloads.append(handshake([patch(v1, 4, b"\x30\x80")]))
# the validity's length one too long, so it swallows the subject's first byte
vi = ec.index(b"\x30\x1e\x17\x0d")
payloads.append(handshake([patch(ec, vi + 1, b"\x1f")]))
# a name's string length running past its attribute
cn = server.index(b"\x06\x03\x55\x04\x03\x0c")
payloads.append(handshake([patch(server, cn + 6, bytes([server[cn + 6] + 40]))]))
# an empty certificate (TLS length 0 in a list with one whole certificate after it)
payloads.append(handshake([b"", v1]))
# garbage that is no certificate
payloads.append(handshake([bytes(range(0x30, 0x50))]))


def names_of(*certs):
    """The subject Names of certificates (their DER), for a CertificateRequest's certificate_authorities."""
    def tlv(b, o):
        """(start, contents start, end) of the TLV at o (definite lengths)."""
        n = b[o + 1]
        if n < 0x80:
            return o, o + 2, o + 2 + n
        k = n & 0x7f
        return o, o + 2 + k, o + 2 + k + int.from_bytes(b[o + 2:o + 2 + k], "big")
    out = []
    for c in certs:
        o = tlv(c, tlv(c, 0)[1])[1]  # into tbsCertificate
        elems = []
        while len(elems) < 6:
            start, _, end = tlv(c, o)
            elems.append(c[start:end])
            o = end
        # [0] version, serialNumber, signature, issuer, validity, subject (v1 has no version)
        out.append(elems[5] if elems[0][0] == 0xa0 else elems[4])
    return out


def certificate_request(dns):
    body = b"\x01\x01" + struct.pack(">H", 4) + b"\x04\x01\x04\x03"
    cas = b"".join(struct.pack(">H", len(d)) + d for d in dns)
    body += struct.pack(">H", len(cas)) + cas
    msg = b"\x0d" + u24(len(body)) + body
    return b"\x16\x03\x03" + struct.pack(">H", len(msg)) + msg


# a CertificateRequest naming the authorities it trusts (dissect_x509if_DistinguishedName)
payloads.append(certificate_request(names_of(ca, server, odd)))
# policy constraints and mappings, inhibitAnyPolicy, issuerAltName, freshestCRL, Microsoft's template and policies
payloads.append(handshake([CERTS["policy"]]))
frames = [frame(i + 1, p) for i, p in enumerate(payloads)]
# the chain again, cut by a snap length of 600 bytes
cut = frame(len(frames) + 1, handshake([server, inter, ca]))

def write(name, frames, cut=None):
    with open(name, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, fr in enumerate(frames):
            f.write(struct.pack("<IIII", 1700000000 + i, 0, len(fr), len(fr)) + fr)
        if cut:
            f.write(struct.pack("<IIII", 1700000000 + len(frames), 0, 600, len(cut)) + cut[:600])


write("x509.pcap", frames, cut)


def split_der(b):
    """The certificates of a concatenation of DER certificates (each a SEQUENCE with a long-form length)."""
    out = []
    while b:
        n = b[1] & 0x7f
        length = 2 + n + int.from_bytes(b[2:2 + n], "big")
        out.append(b[:length])
        b = b[length:]
    return out


# Mozilla's root certificates as Debian 12's ca-certificates 20230311 ships them (certs/roots.der): names in every
# string type real CAs chose, RSA, EC and unusual parameters, old and new extensions
roots = split_der(open("certs/roots.der", "rb").read())
write("roots.pcap", [frame(i + 1, handshake([c])) for i, c in enumerate(roots)])

# Mutants: the crafted certificates damaged at random (seeded, so the same every run): a byte changed, a byte
# inserted or removed, the certificate cut short (its TLS length telling the truth); one per frame
import random

rnd = random.Random(509)
base = [ca, inter, server, ec, v1, odd]
mutants = []
for i in range(400):
    c = bytearray(rnd.choice(base))
    kind = i % 4
    at = rnd.randrange(len(c))
    if kind == 0:
        c[at] = rnd.randrange(256)
    elif kind == 1:
        c[at] ^= 1 << rnd.randrange(8)
    elif kind == 2:
        c = c[:at] + bytes([rnd.randrange(256)]) + c[at:] if rnd.random() < 0.5 else c[:at] + c[at + 1:]
    else:
        c = c[:at]
    mutants.append(frame(i + 1, handshake([bytes(c)])))
write("mutants.pcap", mutants)
