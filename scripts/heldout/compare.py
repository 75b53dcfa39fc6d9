#!/usr/bin/env python3
"""Compare jdissect outputs (ours) with tcpdump/tshark references (oracle).

usage: compare.py ORACLE_DIR OURS_DIR REPORT_DIR
Writes REPORT_DIR/summary.txt (capture x mode table), REPORT_DIR/details.txt (examples), and one .diff per
differing text file under REPORT_DIR/diffs/.
"""
import json, os, subprocess, sys, collections

if len(sys.argv) != 4:
    sys.exit(__doc__)
OR, US, RD = sys.argv[1:4]
os.makedirs(RD + '/diffs', exist_ok=True)

results = collections.OrderedDict()   # (capture, mode) -> str
details = []

def cap_mode(name, kind):
    # name like http-basic.pcap.nnvv.txt / http-basic.pcap.json / x.pcap.core.tsv
    for ext in ('.pcapng.gz', '.pcap.gz', '.pcapng', '.pcap'):
        i = name.find(ext + '.')
        if i >= 0:
            cap = name[:i + len(ext)]
            mode = name[i + len(ext) + 1:]
            for suf in ('.txt', '.tsv'):
                if mode.endswith(suf):
                    mode = mode[:-len(suf)]
            return cap, mode
    return name, kind

def text_cmp(rel):
    a, b = f'{OR}/{rel}', f'{US}/{rel}'
    ab, bb = open(a, 'rb').read(), open(b, 'rb').read()
    if ab == bb:
        return 'identical', None
    p = subprocess.run(['diff', a, b], capture_output=True)
    out = p.stdout.decode('utf-8', 'replace')
    dpath = f'{RD}/diffs/' + rel.replace('/', '__') + '.diff'
    open(dpath, 'w').write(out)
    minus = sum(1 for l in out.splitlines() if l.startswith('< '))
    plus = sum(1 for l in out.splitlines() if l.startswith('> '))
    na, nb = ab.count(b'\n'), bb.count(b'\n')
    return f'{max(minus, plus)} lines differ (-{minus}/+{plus}; {na} vs {nb} lines)', out

def pairs_hook(pairs):
    # keep duplicate keys (tshark -T json emits them): duplicates become a tagged list
    d = {}
    for k, v in pairs:
        if k in d:
            if isinstance(d[k], dict) and '__dup__' in d[k]:
                d[k]['__dup__'].append(v)
            else:
                d[k] = {'__dup__': [d[k], v]}
        else:
            d[k] = v
    return d

def tree_diff(x, y, path, out):
    if type(x) != type(y):
        out.append((path, x, y)); return
    if isinstance(x, dict):
        for k in x:
            if k not in y:
                out.append((path + '/' + k, x[k], '<missing>'))
            else:
                tree_diff(x[k], y[k], path + '/' + k, out)
        for k in y:
            if k not in x:
                out.append((path + '/' + k, '<missing>', y[k]))
    elif isinstance(x, list):
        if len(x) != len(y):
            out.append((path + f'[len {len(x)} vs {len(y)}]', x, y))
        for i, (p, q) in enumerate(zip(x, y)):
            tree_diff(p, q, f'{path}[{i}]', out)
    elif x != y:
        out.append((path, x, y))

def short(v, n=110):
    s = json.dumps(v) if not isinstance(v, str) else repr(v)
    return s if len(s) <= n else s[:n] + '...'

def json_cmp(rel):
    a, b = f'{OR}/{rel}', f'{US}/{rel}'
    ab, bb = open(a, 'rb').read(), open(b, 'rb').read()
    try:
        x = json.loads(ab, object_pairs_hook=pairs_hook)
    except Exception as e:
        return f'oracle JSON unparsable: {e}', None
    try:
        y = json.loads(bb, object_pairs_hook=pairs_hook)
    except Exception as e:
        return f'OUR JSON UNPARSABLE: {e}', None
    diffs = []
    if len(x) != len(y):
        diffs.append(('[packet count]', len(x), len(y)))
    for i, (p, q) in enumerate(zip(x, y)):
        for k in ('_index', '_type', '_score'):
            if p.get(k) != q.get(k):
                diffs.append((f'frame {i+1}/{k}', p.get(k), q.get(k)))
        tree_diff(p['_source']['layers'], q['_source']['layers'], f'frame {i+1}:', diffs)
    byte = 'byte-identical' if ab == bb else 'bytes differ'
    if not diffs:
        return f'identical ({byte})' if ab != bb else 'identical', None
    # group by path without the frame number
    groups = collections.OrderedDict()
    for pth, u, v in diffs:
        key = pth.split(':', 1)[-1]
        groups.setdefault(key, []).append((pth, u, v))
    txt = []
    for key, lst in groups.items():
        pth, u, v = lst[0]
        txt.append(f'  {len(lst):4d}x {key}\n        e.g. {pth.split(":")[0]}: tshark={short(u)}  ours={short(v)}')
    return f'{len(diffs)} paths differ ({len(groups)} distinct; {byte})', '\n'.join(txt)

field_totals = collections.defaultdict(lambda: [0, 0])   # set -> [cells, differing]
field_per = collections.defaultdict(lambda: collections.defaultdict(list))  # set -> field -> examples

def tsv_cmp(rel, setname):
    a, b = f'{OR}/{rel}', f'{US}/{rel}'
    la = open(a, encoding='utf-8', errors='replace').read().split('\n')
    lb = open(b, encoding='utf-8', errors='replace').read().split('\n')
    if la and la[-1] == '': la.pop()
    if lb and lb[-1] == '': lb.pop()
    notes = []
    ha, hb = la[0].split('\t'), (lb[0].split('\t') if lb else [])
    if ha != hb:
        notes.append(f'header differs: {ha} vs {hb}')
    rows = max(len(la), len(lb)) - 1
    if len(la) != len(lb):
        notes.append(f'row count {len(la)-1} vs {len(lb)-1}')
    cells = diff = 0
    cap = rel.split('/')[-1]
    for r in range(1, rows + 1):
        ra = la[r].split('\t') if r < len(la) else []
        rb = lb[r].split('\t') if r < len(lb) else []
        n = max(len(ha), len(ra), len(rb))
        for c in range(len(ha)):
            cells += 1
            u = ra[c] if c < len(ra) else '<nocell>'
            v = rb[c] if c < len(rb) else '<nocell>'
            if u != v:
                diff += 1
                fr = ra[0] if ra else rb[0] if rb else r
                field_per[setname][ha[c]].append((cap, fr, u, v))
        if len(ra) > len(ha) or len(rb) > len(ha):
            notes.append(f'row {r}: extra columns {len(ra)} vs {len(rb)}')
    field_totals[setname][0] += cells
    field_totals[setname][1] += diff
    s = 'identical' if diff == 0 and not notes else f'{diff}/{cells} cells differ'
    if notes: s += ' [' + '; '.join(notes[:3]) + ']'
    return s, None

# ---- run ---------------------------------------------------------------------------------------------
for sub in ('tcpdump', 'tshark', 'fields'):
    for name in sorted(os.listdir(f'{OR}/{sub}')):
        rel = f'{sub}/{name}'
        if not os.path.exists(f'{US}/{rel}'):
            results[cap_mode(name, sub)] = 'OURS MISSING'; continue
        cap, mode = cap_mode(name, sub)
        # crash/exit detection
        errbase = f'{US}/err/{cap}.{mode}'
        extra = ''
        if os.path.exists(errbase + '.rc'):
            rc = open(errbase + '.rc').read().strip()
            err = open(errbase + '.err', errors='replace').read()
            if rc != '0': extra += f' [EXIT {rc}]'
            if err.strip(): extra += f' [stderr: {err.strip().splitlines()[0][:100]}]'
        if sub == 'fields':
            st, det = tsv_cmp(rel, mode.split('.')[-1] if '.' in mode else mode)
            mode = 'fields.' + mode
        elif name.endswith('.json'):
            st, det = json_cmp(rel); mode = 'json'
        else:
            st, det = text_cmp(rel)
            if sub == 'tshark': mode = mode  # V / summary
            # empty oracle (tcpdump could not read the file)
            if os.path.getsize(f'{OR}/{rel}') == 0:
                st += ' (oracle EMPTY)'
        results[(cap, mode)] = st + extra
        if det and name.endswith('.json'):
            details.append(f'== {rel}: {st}\n{det}')

caps = sorted({c for c, m in results})
modes = []
for c, m in results:
    if m not in modes: modes.append(m)
with open(f'{RD}/summary.txt', 'w') as fo:
    for c in caps:
        fo.write(f'## {c}\n')
        for m in modes:
            if (c, m) in results:
                fo.write(f'   {m:22s} {results[(c, m)]}\n')
    fo.write('\n## fields cell agreement\n')
    for s, (n, d) in field_totals.items():
        fo.write(f'   {s}: {n-d}/{n} cells agree = {100.0*(n-d)/n:.3f}%  ({d} differ)\n')
with open(f'{RD}/details.txt', 'w') as fo:
    fo.write('\n'.join(details) + '\n')
    for s, per in field_per.items():
        fo.write(f'\n==== fields {s}: differing cells per field\n')
        for f, lst in sorted(per.items(), key=lambda kv: -len(kv[1])):
            fo.write(f'  {f}: {len(lst)} cells\n')
            for cap, fr, u, v in lst[:4]:
                fo.write(f'      {cap} frame {fr}: tshark={u!r} ours={v!r}\n')
print(open(f'{RD}/summary.txt').read())
