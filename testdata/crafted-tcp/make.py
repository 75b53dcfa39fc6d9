#!/usr/bin/env python3
"""Crafted Ethernet/IPv4/TCP streams for TCP state that the corpus does not exercise: port reuse, window scaling
learnt from a lone SYN or SYN-ACK, conversation completeness when the handshake is partial or missing.
Run: python3 make.py  (writes *.pcap here); the oracles: see README.md."""
import struct


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def pkt(sport,dport,flags,seq,ack,payload=b'',opts=b'',src=(10,0,0,1),dst=(10,0,0,2)):
    while len(opts)%4: opts+=b'\x01'
    doff=(20+len(opts))//4
    tcp=struct.pack('!HHIIBBHHH',sport,dport,seq,ack,(doff<<4)|(flags>>8),flags&0xff,64240,0,0)+opts+payload
    s=bytes(src); d=bytes(dst)
    c=csum(s+d+struct.pack('!BBH',0,6,len(tcp))+tcp); tcp=tcp[:16]+struct.pack('!H',c)+tcp[18:]
    ip=struct.pack('!BBHHHBBH4s4s',0x45,0,20+len(tcp),1,0x4000,64,6,0,s,d)
    ip=ip[:10]+struct.pack('!H',csum(ip))+ip[12:]
    return bytes.fromhex('020000000002020000000001')+b'\x08\x00'+ip+tcp

def reuse():
    C=(10,0,0,1); S=(10,0,0,2)
    seq=[]
    mss=b'\x02\x04\x05\xb4'
    seq=[]
    def conv(isn_c, isn_s, data=True, fin=True):
        seq.append(pkt(40000,80,0x02,isn_c,0,opts=mss))
        seq.append(pkt(80,40000,0x12,isn_s,isn_c+1,opts=mss,src=S,dst=C))
        seq.append(pkt(40000,80,0x10,isn_c+1,isn_s+1))
        if data:
            seq.append(pkt(40000,80,0x18,isn_c+1,isn_s+1,b'GET / HTTP/1.0\r\n\r\n'))
            seq.append(pkt(80,40000,0x10,isn_s+1,isn_c+19,src=S,dst=C))
        if fin:
            seq.append(pkt(40000,80,0x11,isn_c+19,isn_s+1))
            seq.append(pkt(80,40000,0x11,isn_s+1,isn_c+20,src=S,dst=C))
            seq.append(pkt(40000,80,0x10,isn_c+20,isn_s+2))
    conv(1000,5000)
    conv(9000,7000)
    seq.append(pkt(40000,80,0x02,20000,0,opts=mss))   # reuse, SYN only
    seq.append(pkt(40000,80,0x02,20000,0,opts=mss))   # retransmitted SYN
    seq.append(pkt(80,40000,0x14,0,20001,src=S,dst=C)) # RST-ACK
    conv(30000,31000,data=False,fin=False)
    seq.append(pkt(40000,80,0x04,30001,0))               # RST
    return seq

def window_scale():
    C=(10,0,0,1); S=(10,0,0,2)
    seq=[]
    C=(10,0,0,1); S=(10,0,0,2)
    ws=lambda s: b'\x03\x03'+bytes([s])
    seq=[]
    def a(p): seq.append(p)
    # 1: SYN WS=7, no SYN-ACK seen, client data, server ack
    a(pkt(42001,80,0x02,100,0,opts=ws(7)))
    a(pkt(42001,80,0x18,101,500,b'abc'))
    a(pkt(80,42001,0x10,500,104,src=S,dst=C))
    # 2: SYN no WS, server RST-ACK; client ack
    a(pkt(42002,80,0x02,200,0,opts=b'\x02\x04\x05\xb4'))
    a(pkt(80,42002,0x10,600,201,src=S,dst=C))
    a(pkt(42002,80,0x10,201,601))
    # 3: SYN-ACK only with WS, then server data and client ack
    a(pkt(80,42003,0x12,700,301,opts=ws(5),src=S,dst=C))
    a(pkt(80,42003,0x18,701,301,b'xyz',src=S,dst=C))
    a(pkt(42003,80,0x10,301,704))
    # 4: SYN WS=7, SYN-ACK no WS
    a(pkt(42004,80,0x02,400,0,opts=ws(7)))
    a(pkt(80,42004,0x12,800,401,src=S,dst=C))
    a(pkt(42004,80,0x10,401,801))
    a(pkt(80,42004,0x10,801,401,src=S,dst=C))
    # 5: SYN no WS, SYN-ACK WS=5
    a(pkt(42005,80,0x02,500,0))
    a(pkt(80,42005,0x12,900,501,opts=ws(5),src=S,dst=C))
    a(pkt(42005,80,0x10,501,901))
    a(pkt(80,42005,0x10,901,501,src=S,dst=C))
    # 6: both WS, normal
    a(pkt(42006,80,0x02,600,0,opts=ws(2)))
    a(pkt(80,42006,0x12,1000,601,opts=ws(3),src=S,dst=C))
    a(pkt(42006,80,0x10,601,1001))
    a(pkt(80,42006,0x10,1001,601,src=S,dst=C))
    # 7: mid-stream only (no SYNs)
    a(pkt(42007,80,0x10,700,1100))
    a(pkt(80,42007,0x10,1100,700,src=S,dst=C))
    # 8: SYN WS=15 (capped), SYN-ACK WS=3
    a(pkt(42008,80,0x02,800,0,opts=ws(15)))
    a(pkt(80,42008,0x12,1200,801,opts=ws(3),src=S,dst=C))
    a(pkt(42008,80,0x10,801,1201))
    return seq

def completeness():
    C=(10,0,0,1); S=(10,0,0,2)
    seq=[]
    C=(10,0,0,1); S=(10,0,0,2)
    seq=[]
    def a(p): seq.append(p)
    def cl(port,fl,s,ak,d=b''): a(pkt(port,80,fl,s,ak,d))
    def sv(port,fl,s,ak,d=b''): a(pkt(80,port,fl,s,ak,d,src=S,dst=C))
    # A: SYN, client pure ACK, server pure ACK, probe
    cl(43001,0x02,100,0); cl(43001,0x10,101,500); cl(43001,0x10,101,500); sv(43001,0x10,500,101); cl(43001,0x10,101,500)
    # B: SYN, server data+ACK, client probe x2
    cl(43002,0x02,200,0); sv(43002,0x18,600,201,b'abc'); cl(43002,0x10,201,603); cl(43002,0x10,201,603)
    # C: SYN, SYN-ACK, client data+ACK, server pure ACK, client probe
    cl(43003,0x02,300,0); sv(43003,0x12,700,301); cl(43003,0x18,301,701,b'abc'); sv(43003,0x10,701,304); cl(43003,0x10,304,701)
    # D: SYN-ACK only, client pure ACK, server data, client probe
    sv(43004,0x12,800,401); cl(43004,0x10,401,801); sv(43004,0x18,801,401,b'abc'); cl(43004,0x10,401,804)
    # E: SYN, server pure ACK with wrong ack, probe
    cl(43005,0x02,500,0); sv(43005,0x10,900,999); cl(43005,0x10,501,900)
    # F: SYN, SYN-ACK, client FIN-ACK (no pure ack), probe
    cl(43006,0x02,600,0); sv(43006,0x12,1000,601); cl(43006,0x11,601,1001); sv(43006,0x10,1001,602); cl(43006,0x10,602,1001)
    # G: SYN, RST-ACK from server, probe
    cl(43007,0x02,700,0); sv(43007,0x14,0,701); cl(43007,0x10,701,1)
    return seq

def first_frame():
    C=(10,0,0,1); S=(10,0,0,2)
    seq=[]
    C=(10,0,0,1); S=(10,0,0,2)
    seq=[]
    def a(p): seq.append(p)
    def cl(port,fl,s,ak,d=b''): a(pkt(port,80,fl,s,ak,d))
    def sv(port,fl,s,ak,d=b''): a(pkt(80,port,fl,s,ak,d,src=S,dst=C))
    cl(44001,0x18,100,500,b'abc'); cl(44001,0x10,103,500); cl(44001,0x10,103,500)      # data first
    cl(44002,0x14,100,500); cl(44002,0x10,101,500); cl(44002,0x10,101,500)            # RST-ACK first
    cl(44003,0x04,100,0); cl(44003,0x10,101,500)                                       # RST first
    cl(44004,0x19,100,500,b'abc'); sv(44004,0x10,500,104); cl(44004,0x10,104,500)      # FIN+data first
    cl(44005,0x10,100,500); cl(44005,0x02,99,0); cl(44005,0x10,100,500)                # ACK then SYN
    cl(44006,0x00,100,0)                                                               # no flag at all
    return seq


def binary_body():
    """An HTTP response whose body has bytes above 0x7f and a NUL: http.file_data is an ASCII C string in tshark."""
    C = (10, 0, 0, 1)
    S = (10, 0, 0, 2)
    body = bytes(range(0x20, 0x30)) + bytes([0x80, 0xe9, 0xff, 0x41]) + b'tab\there' + bytes([0]) + b'after nul' + bytes(range(0xf0, 0x100))
    req = b'GET /bin HTTP/1.1\r\nHost: x\r\n\r\n'
    resp = b'HTTP/1.1 200 OK\r\nContent-Type: application/x-foo\r\nContent-Length: %d\r\n\r\n' % len(body) + body
    return [
        pkt(46000, 80, 0x02, 100, 0, opts=b'\x02\x04\x05\xb4'),
        pkt(80, 46000, 0x12, 500, 101, opts=b'\x02\x04\x05\xb4', src=S, dst=C),
        pkt(46000, 80, 0x10, 101, 501),
        pkt(46000, 80, 0x18, 101, 501, req),
        pkt(80, 46000, 0x18, 501, 101 + len(req), resp, src=S, dst=C),
        pkt(46000, 80, 0x10, 101 + len(req), 501 + len(resp)),
    ]

def flag_matrix():
    """After a handshake, one segment with each combination of FIN, RST, PSH, SYN, with and without ACK and data, then
    the peer's ACK that shows the completeness it left; then conversations that start with each of them."""
    C=(10,0,0,1); S=(10,0,0,2)
    seq=[]
    port=2000
    for flags in (0x01,0x04,0x08,0x00,0x11,0x14,0x18,0x10,0x02,0x12,0x05,0x0c,0x03):
        for data in (b'', b'd'):
            port+=1
            seq += [pkt(port,9000,0x02,100,0), pkt(9000,port,0x12,500,101,src=S,dst=C), pkt(port,9000,0x10,101,501),
                    pkt(port,9000,flags,101,501,data), pkt(9000,port,0x10,501,101,src=S,dst=C)]
    for flags in (0x10,0x18,0x11,0x04,0x14,0x02,0x12):
        for data in (b'', b'd'):
            port+=1
            seq += [pkt(port,9000,flags,100,50,data), pkt(9000,port,0x10,50,100,src=S,dst=C)]
    # a SYN, then a SYN with data (a retransmitted TFO SYN), then a SYN again
    seq += [pkt(1000,9000,0x02,100,0), pkt(1000,9000,0x02,100,0,b'xyz'), pkt(1000,9000,0x02,100,0)]
    return seq

def short_segment():
    """Segments shorter than their own header: an IPv4 total length that ends inside the TCP options (packet-tcp.c's
    "Short segment", the options a part claiming more than the segment has: ContainedBoundsError) or inside the fixed
    header; a total length past the frame with a whole header (the segment is what the frame holds); then the same
    SYN whole."""
    def ip_tcp(total, tcp):
        s=bytes((10,0,0,1)); d=bytes((10,0,0,2))
        ip=struct.pack('!BBHHHBBH4s4s',0x45,0,total,1,0x4000,64,6,0,s,d)
        ip=ip[:10]+struct.pack('!H',csum(ip))+ip[12:]
        return bytes.fromhex('020000000002020000000001')+b'\x08\x00'+ip+tcp
    opts=bytes.fromhex('020405b40402080a000000010000000001030307')
    tcp40=struct.pack('!HHIIHHHH',5604,80,1000,0,(10<<12)|0x002,14600,0,0)+opts
    tcp20=struct.pack('!HHIIHHHH',5604,80,1000,0,(5<<12)|0x002,14600,0,0)
    return [ip_tcp(60,tcp40[:22]), ip_tcp(60,tcp40[:30]), ip_tcp(60,tcp20[:10]), ip_tcp(80,tcp20+b'abc'),
            ip_tcp(60,tcp40)]

def bogus_offset():
    """Data offsets below 5 after a handshake with window scaling: an ACK with data (offset 3) and a FIN-ACK (offset
    2); tshark's Info still shows the flags, relative numbers and the scaled window."""
    C=(10,0,0,1); S=(10,0,0,2)
    ws=b'\x01\x03\x03\x07'
    def p(sport,dport,flags,seq,ack,payload=b'',opts=b'',src=C,dst=S,doff=None):
        tcp=struct.pack('!HHIIBBHHH',sport,dport,seq,ack,((20+len(opts))//4 if doff is None else doff)<<4,flags,1000,0,0)
        tcp+=opts+payload
        ip=struct.pack('!BBHHHBBH4s4s',0x45,0,20+len(tcp),1,0x4000,64,6,0,bytes(src),bytes(dst))
        ip=ip[:10]+struct.pack('!H',csum(ip))+ip[12:]
        return bytes.fromhex('020000000002020000000001')+b'\x08\x00'+ip+tcp
    return [p(1000,80,0x02,100,0,opts=ws), p(80,1000,0x12,500,101,opts=ws,src=S,dst=C), p(1000,80,0x10,101,501),
            p(1000,80,0x18,101,501,b'abcdefgh',doff=3), p(80,1000,0x11,501,101,src=S,dst=C,doff=2)]


def damaged():
    """Damaged segments within streams, found by the differential run on a mutated dns-http.pcap: padding after an
    EOL cut by the snapshot, by the IP total length, or whole; a short SYN-ACK with another initial sequence number
    (it moves its side's base though it has no length) and a short SYN (a new stream whose scale stays unknown); a
    header cut after its window (stream, numbers and flags, then the checksum throws); a bogus SYN (no round trip
    learnt) and a bogus segment (the stream's times still move); SYN-ACKs after data (counted in the completeness
    without a SYN); an option's length byte past the segment (malformed) against an option body past it (contained);
    a spurious retransmission of a PDU's first bytes (retransmitted segment data); an option length past the options
    with the options past the segment; SYNs with RST, FIN or data opening a conversation or replacing one; a SYN
    seen again after a segment past a hole; a SYN-ACK with FIN after a handshake; RSTs with data; a SACK option cut in its third block; DNS over TCP after
    a malformed message; keep-alives carrying a byte; a DNS response in a connection reusing the query's ports;
    bytes in flight after a SYN-ACK moved the sender's base; an HTTP blank line split between segments."""
    C=(10,0,0,1); S=(10,0,0,2)
    out=[]
    def raw(sport,dport,flags,seq,ack,hlen=20,opts=b'',payload=b'',src=C,dst=S,total=None,cut=None,orig=None):
        tcp=struct.pack('!HHIIBBHHH',sport,dport,seq,ack,(hlen//4)<<4,flags,100,0,0)+opts+payload
        ip=struct.pack('!BBHHHBBH4s4s',0x45,0,20+len(tcp) if total is None else total,1,0x4000,64,6,0,bytes(src),
                       bytes(dst))
        ip=ip[:10]+struct.pack('!H',csum(ip))+ip[12:]
        f=bytes.fromhex('020000000002020000000001')+b'\x08\x00'+ip+tcp
        if cut is not None:
            f=f[:cut]
        out.append(f if orig is None else (f, orig))
    pad=bytes([0,0,1])+bytes(33)
    raw(1000,2000,0x18,1,0,hlen=56,opts=pad,total=76,cut=74,orig=90)        # padding cut by the snapshot
    raw(1001,2000,0x18,1,0,hlen=56,opts=pad[:12],total=52)                  # padding past the IP total length
    raw(1002,2000,0x18,1,0,hlen=56,opts=pad)                                # padding whole
    nops=b'\x01\x01\x01\x01'
    raw(3000,80,0x02,100,0); raw(80,3000,0x12,500,101,src=S,dst=C); raw(3000,80,0x10,101,501)
    raw(3000,80,0x12,900,501,hlen=24,opts=nops,total=40)                    # short SYN-ACK, another ISN
    raw(3000,80,0x18,101,501,payload=b'hello'); raw(80,3000,0x10,501,106,src=S,dst=C)
    raw(3000,80,0x02,7000,0,hlen=24,opts=nops,total=40)                     # short SYN, another ISN
    raw(3000,80,0x18,106,501,payload=b'again')
    raw(3000,80,0x10,111,501,cut=14+20+16)                                  # cut after the window
    raw(80,3000,0x10,501,111,src=S,dst=C)
    raw(3001,80,0x02,300,0,hlen=16); raw(3001,80,0x18,301,0,payload=b'x'); raw(80,3001,0x10,900,302,src=S,dst=C)
    raw(3002,80,0x02,100,0); raw(3002,80,0x10,101,0,hlen=12); raw(3002,80,0x10,101,0)
    raw(3003,80,0x02,100,0); raw(80,3003,0x12,500,101,src=S,dst=C,cut=14+20+16); raw(3003,80,0x10,101,501)
    for port,synack_seq,synack_flags,first_flags,first_ack in ((3010,9000,0x12,0x18,501),(3011,500,0x12,0x18,501),
            (3012,9000,0x16,0x18,501),(3013,9000,0x12,0x08,0),(3014,500,0x16,0x18,501)):
        raw(port,80,first_flags,101,first_ack,payload=b'abc'); raw(80,port,synack_flags,synack_seq,101,src=S,dst=C)
        raw(port,80,0x10,104,first_ack)
    ts=b'\x01\x01\x08\x0a'+bytes.fromhex('d52c55d5f0570000')
    raw(3020,2000,0x10,1,1,hlen=32,opts=b'\x01\x09\x08\x0a\xd5\x2c\x55\xd7\xf0\x57\x00\x00',total=52,cut=64)
    raw(3021,2000,0x18,1,1,hlen=32,opts=ts,total=132,cut=65)
    req=b'HEAD / HTTP/1.1\r\nHost: www.example.com\r\nUser-Agent: cu'
    raw(3030,80,0x02,100,0); raw(80,3030,0x12,500,101,src=S,dst=C); raw(3030,80,0x10,101,501)
    raw(3030,80,0x18,101,501,payload=req); raw(80,3030,0x10,501,101+len(req),src=S,dst=C)
    raw(3030,80,0x80,101,0,payload=req[:12])                                # spurious, resends the PDU start
    # an option whose length runs past the options, the options past the segment: the finding, then malformed
    raw(3040,2000,0x10,1,1,hlen=52,opts=bytes([76,83])+bytes(18),total=60)
    # SYNs with RST, FIN or data opening a conversation, then replacing one on the same ports (completeness)
    for i,(fl,data) in enumerate(((0x06,b''),(0x03,b''),(0x02,b'abc'),(0x06,b'abc'),(0x0a,b'x'))):
        raw(4000+i,80,fl,100,0,payload=data); raw(80,4000+i,0x10,500,101,src=S,dst=C)
        raw(4100+i,80,0x02,100,0); raw(80,4100+i,0x12,500,101,src=S,dst=C); raw(4100+i,80,0x10,101,501)
        raw(4100+i,80,fl,7000,0,payload=data); raw(80,4100+i,0x10,500,101,src=S,dst=C)
    # a SYN seen again after a segment past a hole takes its flow back to the highest contiguous byte (a gap after it
    # is a lost segment again, an earlier byte a retransmission, the byte before a keep-alive); a SYN-ACK does not
    def opened(port):
        raw(port,80,0x02,100,0); raw(80,port,0x12,500,101,src=S,dst=C); raw(port,80,0x10,101,501)
        raw(port,80,0x18,101,501,payload=b'a'*80)
    opened(5001); raw(5001,80,0x11,7000,501); raw(5001,80,0x02,100,0); raw(5001,80,0x11,181,501)
    raw(5001,80,0x10,181,501)
    opened(5002); raw(5002,80,0x18,7000,501,payload=b'z'*5); raw(5002,80,0x02,100,0)
    raw(5002,80,0x18,281,501,payload=b'b'*10)
    opened(5003); raw(5003,80,0x18,7000,501,payload=b'z'*5); raw(5003,80,0x02,100,0)
    raw(5003,80,0x18,150,501,payload=b'b'*10)
    opened(5004); raw(80,5004,0x18,501,181,payload=b'c'*50,src=S,dst=C)
    raw(80,5004,0x18,9000,181,payload=b'c'*5,src=S,dst=C); raw(80,5004,0x12,500,101,src=S,dst=C)
    raw(80,5004,0x18,651,181,payload=b'd'*10,src=S,dst=C)
    # after a handshake, a SYN-ACK with FIN (and RST, PSH, data): the FIN counts with its ACK, the data does not
    for i,(fl,data) in enumerate(((0x13,b''),(0x13,b'd'),(0x1b,b'd'),(0x17,b''))):
        port=5100+i
        raw(port,80,0x02,100,0); raw(80,port,0x12,500,101,src=S,dst=C); raw(port,80,0x10,101,501)
        raw(port,80,fl,101,501,payload=data); raw(80,port,0x10,501,101,src=S,dst=C)
    # RSTs with data: a NUL then more ("Trailing stray characters"), and a long text whose escapes fill the label
    raw(5200,80,0x14,101,501,payload=b'$\x00xyz')
    raw(5201,80,0x14,101,501,payload=b'HTTP/1.1 404 Not Found\r\nServer: nginx\r\n' * 8)
    # a SACK option of three blocks cut by the IP total length inside the third: the label keeps the first two
    sack=b'\x01\x01\x05\x1a'+struct.pack('!6I',600,700,400,500,200,300)
    raw(5300,80,0x02,100,0); raw(80,5300,0x12,500,101,src=S,dst=C)
    raw(5300,80,0x10,101,501,hlen=48,opts=sack,total=20+44)
    # DNS over TCP: a one-byte message (malformed), then the start of a longer one: tcp_dissect_pdus shows the first
    # PDU's error and goes on (the rest is a segment of the next PDU)
    raw(5400,53,0x02,100,0); raw(53,5400,0x12,500,101,src=S,dst=C); raw(5400,53,0x10,101,501)
    raw(5400,53,0x18,101,501,payload=b'\x00\x01\x01\x08\x0a\x6d\x18\xfb\x7a\x16\xd4\x25')
    # keep-alives carrying a byte: shown as data, handed to no protocol above (decode_tcp_ports), unless they fall
    # inside a PDU being reassembled (then they join it, as any segment does)
    req=b'GET / HTTP/1.1\r\nHost: x\r\n\r\n'
    resp=b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'
    raw(5500,80,0x02,100,0); raw(80,5500,0x12,500,101,src=S,dst=C); raw(5500,80,0x10,101,501)
    raw(5500,80,0x18,101,501,payload=req); raw(80,5500,0x18,501,101+len(req),payload=resp,src=S,dst=C)
    raw(5500,80,0x10,100+len(req),501+len(resp),payload=b'x')
    raw(80,5500,0x10,500+len(resp),101+len(req),payload=b'\xfa',src=S,dst=C)
    dq=bytes.fromhex('1234010000010000000000000378797a03636f6d0000010001')
    raw(5501,53,0x02,100,0); raw(53,5501,0x12,500,101,src=S,dst=C); raw(5501,53,0x10,101,501)
    raw(5501,53,0x18,101,501,payload=len(dq).to_bytes(2,'big')+dq); raw(53,5501,0x10,501,128,src=S,dst=C)
    raw(5501,53,0x10,127,501,payload=b'\x00')
    raw(5502,53,0x02,100,0); raw(53,5502,0x12,500,101,src=S,dst=C); raw(5502,53,0x10,101,501)
    raw(5502,53,0x18,101,501,payload=b'\x00\x1d'+dq[:20]); raw(53,5502,0x10,501,123,src=S,dst=C)
    raw(5502,53,0x10,122,501,payload=b'\xfa')
    # a DNS query over TCP, then a new connection on the same ports (another ISN) whose response has the query's ID:
    # each connection is a conversation of its own, so the response is unsolicited
    raw(5600,53,0x02,100,0); raw(53,5600,0x12,500,101,src=S,dst=C); raw(5600,53,0x10,101,501)
    raw(5600,53,0x18,101,501,payload=len(dq).to_bytes(2,'big')+dq)
    raw(5600,53,0x02,9000,0); raw(53,5600,0x12,700,9001,src=S,dst=C); raw(5600,53,0x10,9001,701)
    ans=bytes.fromhex('1234818000010001000000000378797a03636f6d0000010001c00c000100010000003c0004c0000201')
    raw(53,5600,0x18,701,9001,payload=len(ans).to_bytes(2,'big')+ans,src=S,dst=C)
    # bytes in flight after a SYN-ACK with another ISN moved the sender's base: counted from the new base
    raw(5700,2000,0x02,100,0); raw(2000,5700,0x12,500,101,src=S,dst=C); raw(5700,2000,0x10,101,501)
    raw(2000,5700,0x18,501,101,payload=b'd'*100,src=S,dst=C)
    raw(2000,5700,0x12,9000,101,hlen=24,opts=nops,total=40,src=S,dst=C)   # a short segment: no analysis
    raw(2000,5700,0x18,601,101,payload=b'e'*50,src=S,dst=C)
    # HTTP headers whose blank line is split between segments (its CR ends one, its LF starts the next): the first
    # segment waits for more (tvb_find_line_end cannot tell a lone CR from half a CR LF)
    raw(5800,80,0x02,100,0); raw(80,5800,0x12,500,101,src=S,dst=C); raw(5800,80,0x10,101,501)
    raw(5800,80,0x18,101,501,payload=b'GET / HTTP/1.1\r\nHost: x\r\n\r')
    raw(5800,80,0x18,127,501,payload=b'\n')
    raw(80,5800,0x18,501,128,payload=b'HTTP/1.1 204 No Content\r\n\r\n',src=S,dst=C)
    return out


def accecn():
    """Accurate ECN: a SYN asking for it (AE, CWR, ECE) and a SYN-ACK agreeing (AE,CWR,ECE of 010, 011, 100, 110)
    make the three bits the ACE counter on later segments; a declining SYN-ACK (000, 001, 101, 111), a lone SYN,
    a lone agreeing SYN-ACK and classic ECN leave them bits."""
    AE, CWR, ECE, SYN, ACK, PSH = 0x100, 0x80, 0x40, 0x02, 0x10, 0x08
    C = (10, 0, 0, 1); S = (10, 0, 0, 2)
    out = []
    for i, synack in enumerate([CWR, CWR | ECE, AE, AE | CWR, 0, ECE, AE | ECE, AE | CWR | ECE]):
        p = 3000 + i
        out += [pkt(p, 80, SYN | AE | CWR | ECE, 100, 0, src=C, dst=S),
                pkt(80, p, SYN | ACK | synack, 500, 101, src=S, dst=C),
                pkt(p, 80, ACK | PSH | ECE, 101, 501, payload=b'hi', src=C, dst=S),
                pkt(80, p, ACK | AE, 501, 103, src=S, dst=C)]
    out += [pkt(3100, 80, SYN | AE | CWR | ECE, 100, 0, src=C, dst=S), pkt(3100, 80, ACK | ECE, 101, 501, src=C, dst=S)]
    out += [pkt(80, 3101, SYN | ACK | AE, 500, 101, src=S, dst=C), pkt(3101, 80, ACK | CWR, 101, 501, src=C, dst=S)]
    out += [pkt(3102, 80, SYN | CWR | ECE, 100, 0, src=C, dst=S), pkt(80, 3102, SYN | ACK | ECE, 500, 101, src=S, dst=C),
            pkt(3102, 80, ACK | ECE, 101, 501, src=C, dst=S)]
    # no handshake, but an AccECN option (kind 172, three counters): the segments after it show ACE
    acc_opt = b'\x01\xac\x0b' + bytes(9)
    out += [pkt(3104, 80, ACK | PSH, 1, 1, payload=b'x', src=C, dst=S),
            pkt(3104, 80, ACK | PSH | ECE, 2, 1, payload=b'y', opts=acc_opt, src=C, dst=S),
            pkt(80, 3104, ACK | CWR, 1, 3, src=S, dst=C)]
    # an AccECN option of a length its dissector refuses (10): no counter after it
    bad_opt = b'\x01\x01\xac\x0a' + bytes(8)
    out += [pkt(3105, 80, ACK | PSH, 1, 1, payload=b'x', opts=bad_opt, src=C, dst=S),
            pkt(80, 3105, ACK | CWR, 1, 2, src=S, dst=C)]
    # no flag but the counter: "ACE=0" alone; every flag with it
    out += [pkt(3103, 80, SYN | AE | CWR | ECE, 100, 0, src=C, dst=S), pkt(80, 3103, SYN | ACK | CWR, 500, 101, src=S, dst=C),
            pkt(3103, 80, 0, 101, 501, src=C, dst=S), pkt(3103, 80, 0x1ff & ~SYN, 101, 501, src=C, dst=S)]
    return out


def write(path, packets):
    with open(path, 'wb') as out:
        out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, p in enumerate(packets):
            p, orig = p if isinstance(p, tuple) else (p, len(p))  # (bytes, length on the wire) for a snapshot cut
            out.write(struct.pack('<IIII', 1700000000 + i, 0, len(p), orig) + p)

if __name__ == '__main__':
    write('reuse.pcap', reuse())
    write('window-scale.pcap', window_scale())
    write('completeness.pcap', completeness())
    write('first-frame.pcap', first_frame())
    write('binary-body.pcap', binary_body())
    write('flag-matrix.pcap', flag_matrix())
    write('short-segment.pcap', short_segment())
    write('damaged.pcap', damaged())
    write('bogus-offset.pcap', bogus_offset())
    write('accecn.pcap', accecn())
