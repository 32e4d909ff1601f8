import json, re, sys
QUAL = {'ex': 'exact', 'al': 'at_least', 'ap': 'approx', 'am': 'at_most', 'r': 'range', 'v': 'vague'}
NOUNS = ['apartment buildings', 'health facilities', 'health centres', 'houses', 'homes', 'buildings',
         'structures', 'schools', 'classrooms', 'hospitals', 'families', 'households', 'idps', 'refugees',
         'evacuees', 'shelters', 'dwellings']
def default_who(metric, unit, quote, ctx):
    if unit == 'people' and metric not in ('displaced', 'refugees'):
        return 'people'
    text = ' '.join(x for x in (quote, ctx) if x).lower().replace('\n', ' ')
    words = re.findall(r"[a-z]+", text)
    for n in NOUNS:
        if n in words or (' ' in n and n in ' '.join(words)):
            return n
    return 'people'
def find(text, quote, start, csv=False):
    pat = (r'(?<![\w.])' + re.escape(quote) + r'(?![\w.])') if csv else (r'(?<![\w.,])' + re.escape(quote) + r'(?![\w]|[.,]\d)')
    m = re.compile(pat).search(text, start)
    return m.start() if m else -1
def build(doc):
    text = doc['text']; claims = []
    for c in doc['claims']:
        metric, low, quote = c[0], c[1], c[2]
        kw = {**doc.get('d', {}), **(c[3] if len(c) > 3 else {})}
        q = QUAL[kw.pop('q', 'ex')]
        high = kw.pop('high', low if q in ('exact', 'at_most') else None)
        anchor = kw.pop('after', None)
        at = 0
        if anchor:
            a = text.find(anchor)
            if a < 0: raise SystemExit(f"{doc['id']}: anchor not found {anchor!r}")
            at = a + len(anchor)
        for _ in range(kw.pop('nth', 0) + 1):
            at = find(text, quote, at, doc.get('fmt') == 'csv') ; 
            if at < 0: raise SystemExit(f"{doc['id']}: quote not found: {quote!r}")
            at_end = at; at = at + 1
        at = at_end
        unit = kw.pop('unit', 'households' if kw.pop('hh', False) else {'homes': 'homes', 'facilities': 'facilities'}.get(metric, 'people'))
        kw.pop('hh', None)
        ctx = kw.pop('ctx', None)
        since = kw.pop('since', None)
        loc = kw.pop('loc', None)
        claim = {'metric': metric, 'unit': unit, 'low': low, 'high': high, 'qualifier': q,
                 'who': kw.pop('who', None) or default_who(metric, unit, quote, ctx), 'source': kw.pop('src', None),
                 'since': since[0] if since else None, 'since_date': since[1] if since else None,
                 'as_of': kw.pop('as_of', doc['pub']),
                 'location': loc[0] if loc else None, 'country': loc[1] if loc else None,
                 'quote': quote, 'start': at, 'end': at + len(quote),
                 'denied': kw.pop('denied', False), 'projected': kw.pop('projected', False), 'context': ctx}
        if kw: raise SystemExit(f"{doc['id']}: unknown keys {kw}")
        claims.append(claim)
    return {'id': doc['id'], 'published': doc['pub'], 'language': doc.get('lang', 'en'), 'outlet': 'own test text',
            'format': doc.get('fmt', 'report'), 'text': text, 'claims': claims}
def write(docs, out):
    with open(out, 'w') as f:
        for d in docs: f.write(json.dumps(build(d), ensure_ascii=False) + '\n')
    print(len(docs), 'texts,', sum(len(d['claims']) for d in docs), 'claims ->', out)
def row(label, cells, **common):
    # cells: (metric, low, quote, ctx, extra-opts)
    out = []
    for cell in cells:
        metric, low, quote, ctx = cell[:4]
        extra = cell[4] if len(cell) > 4 else {}
        out.append((metric, low, quote, {'ctx': ctx, 'after': label, **common, **extra}))
    return out
