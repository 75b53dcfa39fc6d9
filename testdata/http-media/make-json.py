# HTTP responses with application/json bodies: valid and invalid JSON, Wireshark 4.0's parser quirks (whitespace
# inside numbers, NaN, escapes, surrogates, a \u escape ending a string, several top-level values, garbage after one).
# usage: python3 make-json.py  (writes json.pcap here); oracle: see README.md
import struct
bodies = [b'{"a": 1, "b": [true, false, null, "x\\"y", 2.5e3], "c": {"d": "\\u00e9t\\u00e9", "e": []}, "f": {}}',
          b'[1,"two",{"k":"v"}]', b'"just a string"', b'{"a":1}{"b":2}', b'  {"a" : 1 }  \n', b'{"a":1,}',
          b'{"html":"<b>"}', b'{"a":"x\\/y\\n"}',
          b'{"s":"\\u00e9"}', b'{"s":"a\\u00e9b"}', b'{"s":"\\u4e2d\\u6587xyz"}', b'{"s":"\\u0041B"}',
          b'{"s":"\\t\\b\\f\\r"}', b'{"s":"\xc3\xa9t\xc3\xa9"}', b'{"\\u00e9k":1}', b'{"n":-0.5E+10}',
          b'{"s":"\\ud83d\\ude00!"}',
          b'1', b'true', b'[]', b'{}', b'[1,]', b'{"a" 1}', b'{"a":01}', b'{"a":1.}', b'{"a":tru}', b'{"a":"\\x"}',
          b"{'a':1}", b'[1]garbage', b'[1] 2', b'{"a":1}\r\n\r\n', b'[1,[2,[3]]]', b'{"a":-}', b'{"a":+1}',
          b'{"a":1e}', b'{"a":.5}', b'{"a":[1 2]}', b'{"a":1 "b":2}', b'{,}', b'{"a":null,"b":NaN}', b'{"a":"\\u12"}',
          b'[1 ]', b'{"a":1 }', b'[ 1 , 2 ]', b'{"a" : "x" , "b":-1.5e+3 }', b'[1 .5]', b'[-]', b'[0 1]',
          b'[ "a\\u0001b", "\\ud800x", "\\ud83d\\u0041y" ]', b'[1]  \n  [2]']
out = open('json.pcap', 'wb')
out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
for i, body in enumerate(bodies):
    http = ('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n' % len(body)).encode() + body
    tcp = struct.pack('!HHIIBBHHH', 80, 40000 + i, 1000, 1, 0x50, 0x18, 65535, 0, 0) + http
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), i, 0x4000, 64, 6, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    eth = bytes(6) + bytes([0, 1, 2, 3, 4, 5]) + b'\x08\x00' + ip + tcp
    out.write(struct.pack('<IIII', 1700000000 + i, 0, len(eth), len(eth)) + eth)
