# HTTP responses of many media types (one TCP segment each, port 80): which dissector gets each body.
# usage: python3 make.py  (writes media.pcap and types.txt here); oracles: see README.md
import struct
types = """text/html text/plain text/css text/javascript application/javascript application/x-javascript application/json
application/xml text/xml application/octet-stream image/png image/jpeg image/gif image/svg+xml application/x-www-form-urlencoded
text/csv application/pdf multipart/form-data text/event-stream application/zip video/mp4 font/woff2 application/wasm
text/markdown application/vnd.api+json application/problem+json application/ld+json application/soap+xml application/atom+xml
application/rss+xml application/xhtml+xml text/richtext application/sdp message/http application/dns-message text/x-markdown
application/x-tcl text/rfc822-headers text/html-sandboxed application/ecmascript text/ecmascript application/x-ndjson
application/jsonrequest application/json-rpc application/vnd.oma.drm.message application/sparql-results+json
application/x-json text/json application/xml-dtd text/vnd.wap.wml application/x-shockwave-flash""".split()
body = b'{"a": 1}\n'
out = open('media.pcap','wb')
out.write(struct.pack('<IHHiIII',0xa1b2c3d4,2,4,0,0,65535,1))
def csum(b):
    if len(b)%2: b+=b'\0'
    s=sum(struct.unpack('!%dH'%(len(b)//2),b)); s=(s>>16)+(s&0xffff); s+=s>>16; return ~s&0xffff
for i,t in enumerate(types):
    http = ('HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n' % (t,len(body))).encode()+body
    tcp = struct.pack('!HHIIBBHHH',80,40000+i,1000,1,0x50,0x18,65535,0,0)+http
    ip = struct.pack('!BBHHHBBH4s4s',0x45,0,20+len(tcp),i,0x4000,64,6,0,bytes([10,0,0,1]),bytes([10,0,0,2]))
    ip = ip[:10]+struct.pack('!H',csum(ip))+ip[12:]
    eth = bytes(6)+bytes([0,1,2,3,4,5])+b'\x08\x00'+ip+tcp
    out.write(struct.pack('<IIII',1700000000+i,0,len(eth),len(eth))+eth)
out.close()
open('types.txt','w').write('\n'.join(types))
