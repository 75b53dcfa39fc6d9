#!/usr/bin/env python3
"""Makes dissectors/src/main/resources/org/jdissect/dissectors/xml/dtd-namespaces.tsv: the XML namespaces Wireshark
4.0 builds at start-up from the DTDs it ships (/usr/share/wireshark/dtds), each a protocol of its own (rss, presence,
smil...) whose elements and attributes become fields named by their path (rss.channel.item.title).

It reads each DTD as packet-xml.c's DTD reader takes it (comments dropped, parameter entities expanded, names in
lower case; the root is the DOCTYPE's name or the first element; the <? wireshark:protocol ?> header gives the
protocol's name, description, media type and whether it is a hierarchy), then lays the namespaces out as
register_dtd does: a hierarchy has every element at its top and, below each, its children, down each path until an
element would repeat one of its ancestors; a flat namespace has every element at its top only. The result is checked
against the fields tshark -G fields lists for each protocol.

Lines: P proto description root media hierarchy(y|n) | A fqn attribute (an attribute of the namespace fqn) |
N fqn element parent-fqn (a namespace for element below parent; the protocol's top is its proto name).
Needs the tshark the oracles came from (Debian bookworm's 4.0.17). usage: scripts/xml-dtds.py
"""
import os
import re
import subprocess
import sys

DTD_DIR = '/usr/share/wireshark/dtds'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   '../dissectors/src/main/resources/org/jdissect/dissectors/xml/dtd-namespaces.tsv')


def read_dtd(path):
    text = open(path, encoding='utf-8').read()
    header = {}
    m = re.search(r'<\?\s*wireshark:protocol(.*?)\?>', text, re.S)
    if m:
        header = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', m.group(1)))
        text = text[:m.start()] + text[m.end():]
    text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    entities = {}
    while True:
        m = re.search(r'<!ENTITY\s+%\s*([\w.-]+)\s+(["\'])(.*?)\2\s*>', text, re.S)
        if not m:
            break
        entities[m.group(1)] = m.group(3)
        text = text[:m.start()] + text[m.end():]
    for _ in range(10):
        text = re.sub(r'%([\w.-]+);', lambda e: entities.get(e.group(1), e.group(0)), text)
    root = None
    m = re.search(r'<!DOCTYPE\s+([\w.-]+)', text)
    if m:
        root = m.group(1).lower()
    elements = []  # (name, children) in order
    attributes = {}
    for m in re.finditer(r'<!ELEMENT\s+([\w.:-]+)\s+(.*?)>', text, re.S):
        name = m.group(1).lower()
        content = m.group(2)
        children = [] if content.strip() in ('EMPTY', 'ANY') else [
            c.lower() for c in re.findall(r'[\w.:-]+', content) if c != 'PCDATA']
        seen = []
        for c in children:
            if c not in seen:
                seen.append(c)
        elements.append((name, seen))
    for m in re.finditer(r'<!ATTLIST\s+([\w.:-]+)(.*?)>', text, re.S):
        elem = m.group(1).lower()
        body = re.sub(r'"[^"]*"|\'[^\']*\'', ' ', m.group(2))
        body = re.sub(r'\([^)]*\)', ' ENUM ', body)
        words = body.split()
        names = []
        i = 0
        while i < len(words):
            names.append(words[i].lower())  # the attribute, then its type, then its default
            i += 2
            if i < len(words) and words[i].upper() == '#FIXED':
                i += 1
            elif i < len(words) and words[i].startswith('#'):
                i += 1
        attributes.setdefault(elem, []).extend(names)
    return header, root, elements, attributes


def lay_out(header, root, elements, attributes, out):
    proto = header['proto_name']
    defined = {}
    order = []
    for name, children in elements:
        if name not in defined:
            defined[name] = children
            order.append(name)
    if root is None:
        root = order[0]
    hierarchy = header.get('hierarchy') == 'yes'
    if root not in defined:
        # a DOCTYPE's name is an element too, with nothing declared in it (a flat namespace lists it: dc.dc)
        defined[root] = []
        order.append(root)
    out.append(['P', proto, header.get('description', root), root, header.get('media', '-'),
                'y' if hierarchy else 'n'])
    fields = set()

    def attrs(fqn, elem):
        for a in attributes.get(elem, []):
            out.append(['A', fqn, a])
            fields.add(fqn + '.' + a)

    def hier(elem, path, parent):
        if elem == root or elem not in defined or elem in path:
            return
        fqn = '.'.join([proto] + path[1:] + [elem])
        out.append(['N', fqn, elem, parent])
        fields.add(fqn)
        attrs(fqn, elem)
        for child in defined[elem]:
            hier(child, path + [elem], fqn)

    if hierarchy:
        if root in defined:
            attrs(proto, root)
        for elem in order:
            if elem != root:
                hier(elem, [root], proto)
    else:
        for elem in order:
            fqn = root + '.' + elem
            out.append(['N', fqn, elem, proto])
            fields.add(fqn)
            attrs(fqn, elem)
    return proto, fields


def main():
    listed = subprocess.run(['tshark', '-G', 'fields'], capture_output=True, text=True).stdout.splitlines()
    out = [['#', subprocess.run(['tshark', '--version'], capture_output=True, text=True).stdout.splitlines()[0]
            + ': the namespaces of ' + DTD_DIR + ' (scripts/xml-dtds.py)']]
    bad = False
    for f in sorted(os.listdir(DTD_DIR)):
        if not f.endswith('.dtd'):
            continue
        proto, fields = lay_out(*read_dtd(os.path.join(DTD_DIR, f)), out)
        tshark = {c[2] for c in (l.split('\t') for l in listed) if c[0] == 'F' and c[4] == proto}
        if fields != tshark:
            bad = True
            print(f, 'differs from tshark -G fields: ours only', sorted(fields - tshark)[:10], 'tshark only',
                  sorted(tshark - fields)[:10], file=sys.stderr)
    if bad:
        sys.exit(1)
    with open(OUT, 'w') as o:
        for line in out:
            o.write('\t'.join(line) + '\n')
    print(OUT, len(out), 'lines')


main()
