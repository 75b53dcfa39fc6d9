"""Segments to port 80, each from its own port, whole or cut after a few payload bytes (written to ARGV[1])."""
import struct,sys
def csum(b):
    if len(b)%2: b+=b'\0'
    s=sum(struct.unpack('!%dH'%(len(b)//2),b))
    while s>>16: s=(s&0xffff)+(s>>16)
    return ~s&0xffff
def frame(payload, sport, caplen=None):
    tcp=struct.pack('!HHIIBBHHH',sport,80,1000,1,0x50,0x18,502,0,0)+payload
    ip=struct.pack('!BBHHHBBH4s4s',0x45,0,20+len(tcp),1,0x4000,64,6,0,bytes([10,0,0,1]),bytes([10,0,0,2]))
    ip=ip[:10]+struct.pack('!H',csum(ip))+ip[12:]
    f=b'\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00'+ip+tcp
    return f, (len(f) if caplen is None else 54+caplen)
cases=[(b'GE\r\n',None),(b'GE',None),(b'hello world\r\n',None),(b'hello',None),(b'GET / HTTP/1.1\r\n\r\n',1),(b'GET / HTTP/1.1\r\n\r\n',2),(b'GET / HTTP/1.1\r\n\r\n',3),(b'\r\nGET / HTTP/1.1\r\n\r\n',1),(b'\r\nGET / HTTP/1.1\r\n\r\n',2),(b'\r\nGET / HTTP/1.1\r\n\r\n',3), (b'hello world\r\n',2), (b'hello world\r\n',5)]
out=[struct.pack('<IHHiIII',0xa1b2c3d4,2,4,0,0,65535,1)]
for i,(p,c) in enumerate(cases):
    f,cl=frame(p,40000+i,c)
    out.append(struct.pack('<IIII',1700000000+i,0,cl,len(f))+f[:cl])
open(sys.argv[1],'wb').write(b''.join(out))
