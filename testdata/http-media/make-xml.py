# HTTP responses with XML bodies (one TCP segment each, port 80), for packet-xml.c's tokenizer as Wireshark 4.0
# reads it: declarations, processing instructions, tags with every attribute form, namespaces, comments, CDATA
# sections, DOCTYPEs with an internal subset, and what it does not recognize (unclosed and stray tags, escaped
# quotes, text at the end); a tree nested deeper than tshark's 500 levels.
# usage: python3 make-xml.py  (writes xml.pcap, xml-dtd.pcap and xml-tcp.pcap here); oracles: see README.md
import struct
A = 'application/xml'
bodies = [
    (A, b'<?xml version="1.0" encoding="UTF-8"?>\n<root a="1" b=\'two\' c=3 d=name><child>text</child><empty/>'
        b'<x:y xmlns:x="urn:x">v</x:y></root>\n'),
    ('text/xml', b'<!-- a comment -->\n<note>\n  <to>Tove</to>\n  <from>Jani</from>\n'
                 b'  <body>Don&apos;t &amp; forget!</body>\n</note>'),
    (A, b'<!DOCTYPE note SYSTEM "Note.dtd">\n<note><![CDATA[ <raw> & stuff ]]></note>\n'),
    (A, b'<!DOCTYPE note [\n<!ELEMENT note (to,from)>\n<!ELEMENT to (#PCDATA)>\n]>\n<note><to>x</to></note>\n'),
    (A, b'</stray>text before<open>unclosed'),
    (A, b'plain text, no tags at all\r\nsecond line'),
    (A, b'<a attr="with \\"escaped\\" quote" other=\'x\'>t</a>'),
    (A, b'<?xml-stylesheet type="text/xsl" href="s.xsl"?><?php echo 1; ?><r/>'),
    ('application/soap+xml', b'<?xml version="1.0"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">'
        b'<soap:Body><m:GetPrice xmlns:m="https://www.w3schools.com/prices"><m:Item>Apples</m:Item></m:GetPrice>'
        b'</soap:Body></soap:Envelope>'),
    ('image/svg+xml', b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect x="0" y="0" width="10"'
        b' height="10" fill="red"/></svg>'),
    (A, b'<a>\x01ctl\x7f \xc3\xa9t\xc3\xa9 \xff</a>'),
    (A, b'<A><B>x</b></A>'),
    (A, b'<a b = "1" c="2"/><d  e="f" >g</d >'),
    (A, b'<a:b:c>x</a:b:c><1tag/><-x/><a.b>y</a.b>'),
    (A, b'<a>&lt;esc&gt; &#65; &#x42;</a>'),
    (A, b'   \n\t  <a/>   \n'),
    (A, b''),
    (A, b'<a><!-- unterminated comment'),
    (A, b'<?xml version="1.0" standalone="yes" encoding="ISO-8859-1"?><a/>'),
    (A, b'<a x="1"'),
    (A, b'<a><![CDATA[unterminated'),
    (A, b'<!ENTITY foo "bar"><a/>'),
    (A, b'<!DOCTYPE note SYSTEM "Note.dtd">'),
    (A, b'<!DOCTYPE n [<!ELEMENT x>'),
    (A, b'<a/><!-- c -->'),
    (A, b'<a>' + b'x' * 600 + b'</a>'),
    (A, b'\xef\xbb\xbf<?xml version="1.0"?><a/>'),
    (A, b'<a>\x00nul</a>'),
    (A, b'<?xml version=1.0 encoding=utf-8?><b/>'),
    (A, b'<?xml?><?XML version="1"?>'),
    (A, b'?>'),
    (A, b']>'),
    (A, b'<a b="">c</a>'),
    (A, b"<a b='x\\'y'/>"),
    (A, b'<a b="\\"q"/>'),
    (A, b'<a\n  b="1"\n/>'),
    (A, b'<a:b c:d="1">t</a:b>'),
    (A, b'<a>x</a>\n</b>\n</c>'),
    (A, b'<![CDATA[x]]><!---->'),
    ('text/xml; charset=utf-8', b'<a/>'),
    (A, b'<a><b><c>deep</c></b></a>tail text'),
    (A, b'<!-- a <!-- b <! c <! d'),
    (A, b'<! x <! y>'),
    (A, b'<! ' * 300 + b'<!-- c --> <! z >'),
    (A, b'<a>' * 40 + b'x' + b'</a>' * 40),
    (A, b'<a>' * 600 + b'x'),
    (A, b'<a>\xff\x00x</a>'),
    (A, b'<a>\xc3\xa9\x00x</a>'),
    (A, b'<a>\xff\xfe\x00\x00x</a>'),
]
# Documents of the namespaces Wireshark builds from its DTDs (rss, presence, smil, reginfo...): their elements anywhere,
# their media types, prefixes naming them (dc:title), a hierarchy's root inside itself, a flat namespace's text.
RSS = b'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
 <title>Feed</title><link>http://x/</link><description>d</description>
 <image><url>http://x/i.png</url><title>t</title><link>l</link><width>10</width></image>
 <itunes:author>Me</itunes:author><itunes:category text="Tech"/>
 <item><title>One</title><guid isPermaLink="false">g1</guid><dc:creator>c</dc:creator>
  <enclosure url="http://x/a.mp3" length="1" type="audio/mpeg"/><pubDate>Mon</pubDate><category domain="d">k</category></item>
 <item><title>Two</title><source url="u">s</source><rss><channel><title>inner</title></channel></rss></item>
</channel></rss>'''
namespaced = [
    ('application/rss+xml', RSS),
    ('application/reginfo+xml', b'<?xml version="1.0"?><reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="0" '
        b'state="full"><registration aor="sip:a@b" id="a" state="active"><contact id="c" state="active" '
        b'event="registered"><uri>sip:a@1.2.3.4</uri></contact></registration></reginfo>'),
    ('application/watcherinfo+xml', b'<watcherinfo version="0" state="full"><watcher-list resource="sip:p@x" '
        b'package="presence"><watcher id="w" event="subscribe" status="pending">sip:w@x</watcher></watcher-list>'
        b'</watcherinfo>'),
    ('application/smil', b'<smil><head><layout><root-layout width="1"/><region id="r"/></layout></head><body>'
        b'<par dur="5s"><img src="a" region="r"/><text src="t"/></par></body></smil>'),
    ('application/xcap-error+xml', b'<xcap-error xmlns="urn:ietf:params:xml:ns:xcap-error"><uniqueness-failure>'
        b'<exists field="a"><alt-value>x</alt-value></exists></uniqueness-failure></xcap-error>'),
    ('application/rlmi+xml', b'<list xmlns="urn:ietf:params:xml:ns:rlmi" uri="sip:l@x" version="1" fullState="true">'
        b'<name>L</name><resource uri="sip:r@x"><name>R</name><instance id="i" state="active" cid="c"/></resource>'
        b'</list>'),
    ('application/poc-settings+xml', b'<poc-settings><entity id="e"><isb-settings><incoming-session-barring '
        b'active="true"/></isb-settings></entity></poc-settings>'),
    ('text/xml', b'<doc><title>x</title><dc:title>y</dc:title><dc:nope>z</dc:nope><itunes:image href="h"/>'
        b'<presence entity="p"/><tuple/>TEXT<list><list/></list></doc>'),
    ('application/smil', b'text<head/><smil/>'),
    ('application/cpim-pidf+xml', b'<presence><presence><tuple/></presence></presence>'),
    ('application/cpim-pidf+xml', b'<presence entity="e"><tuple id="t"><status><basic>open</basic></status></tuple>'
        b'</presence>'),
    ('application/cpim-pidf+xml', b'text<rss/><tuple/>'),
    ('application/mediaservercontrol+xml', b'<MediaServerControl version="1.0"><request><play/></request>'
        b'</MediaServerControl><mediaservercontrol/>'),
    (A, b'<Title>x</Title><dc:title>q</dc:title><rss:channel>c</rss:channel><list><name>n</name></list>'),
]


def csum(b):
    if len(b) % 2: b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b)); s = (s >> 16) + (s & 0xffff); s += s >> 16; return ~s & 0xffff


def write(name, payloads, sport=80, dport=40000):
    """A pcap of one TCP segment a payload, sport to dport + i, one second apart."""
    out = open(name, 'wb')
    out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    for i, payload in enumerate(payloads):
        tcp = struct.pack('!HHIIBBHHH', sport, dport + i, 1000, 1, 0x50, 0x18, 65535, 0, 0) + payload
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), i, 0x4000, 64, 6, 0, bytes([10, 0, 0, 1]),
                         bytes([10, 0, 0, 2]))
        ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
        eth = bytes(6) + bytes([0, 1, 2, 3, 4, 5]) + b'\x08\x00' + ip + tcp
        out.write(struct.pack('<IIII', 1700000000 + i, 0, len(eth), len(eth)) + eth)
    out.close()


def responses(items):
    return [('HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n' % (t, len(body))).encode() + body
            for t, body in items]


write('xml.pcap', responses(bodies))
write('xml-dtd.pcap', responses(namespaced))
# XML straight over TCP (port 5222, XMPP's), which tshark reads as XML only when told: -d tcp.port==5222,xml
write('xml-tcp.pcap', [b'<a x="1">t</a>', b'<?xml version="1.0"?><b/>', b'</c>', b'<presence/>'], 5222, 41000)
