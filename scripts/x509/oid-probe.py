import struct,sys
sys.path.insert(0,'/work/wt-x509/testdata/x509')
def tl(tag, body):
    n=len(body)
    if n<128: l=bytes([n])
    elif n<256: l=b'\x81'+bytes([n])
    elif n<65536: l=b'\x82'+struct.pack('>H',n)
    else: l=b'\x83'+struct.pack('>I',n)[1:]
    return bytes([tag])+l+body
def oid(s):
    a=[int(x) for x in s.split('.')]
    out=[40*a[0]+a[1]]+a[2:]
    b=b''
    for v in out:
        enc=[v&0x7f]; v>>=7
        while v: enc.append(0x80|(v&0x7f)); v>>=7
        b+=bytes(reversed(enc))
    return tl(6,b)
def cert(oids):
    eku=tl(0x30,b''.join(oid(o) for o in oids))
    ext=tl(0x30, oid('2.5.29.37')+tl(4,eku))
    alg=tl(0x30, oid('1.2.840.113549.1.1.11')+b'\x05\x00')
    name=tl(0x30,b'')
    val=tl(0x30, tl(0x17,b'240101000000Z')*2)
    spki=tl(0x30, tl(0x30, oid('1.3.101.112'))+tl(3,b'\x00'+b'k'*32))
    tbs=tl(0x30, tl(0xa0,b'\x02\x01\x02')+b'\x02\x01\x01'+alg+name+val+name+spki+tl(0xa3,tl(0x30,ext)))
    return tl(0x30, tbs+alg+tl(3,b'\x00sig'))
def u24(n): return struct.pack('>I',n)[1:]
def hs(c):
    body=u24(len(c))+c
    msg=b'\x0b'+u24(len(body)+3)+u24(len(body))+body
    return b'\x16\x03\x03'+struct.pack('>H',len(msg))+msg
def frame(i,p):
    ip=struct.pack('>BBHHHBBH4s4s',0x45,0,40+len(p),i,0x4000,64,6,0,bytes([192,0,2,1]),bytes([198,51,100,2]))
    tcp=struct.pack('>HHIIBBHHH',443,40000+i,1000,2000,0x50,0x18,65535,0,0)
    return bytes.fromhex('0200000000020200000000010800')+ip+tcp+p
oids=[l.strip() for l in open(sys.argv[1]) if l.strip()]
fr=[]
for i in range(0,len(oids),300):
    fr.append(frame(len(fr)+1,hs(cert(oids[i:i+300]))))
with open(sys.argv[2],'wb') as f:
    f.write(struct.pack('<IHHiIII',0xa1b2c3d4,2,4,0,0,65535,1))
    for i,x in enumerate(fr): f.write(struct.pack('<IIII',i,0,len(x),len(x))+x)
