# Builds a labelled JSONL set from a compact description, computing each quote's offsets.
# Usage: python3 tests/sets-src/build.py SPEC.json OUT.jsonl
# A spec is {"about": ..., "docs": [{"id", "published", "text", "format"?, "claims": [CLAIM, ...]}]};
# a claim is [metric, low, quote] or [metric, low, quote, {options}] (options: see build() below).
# A doc's "dflt" options apply to each of its claims; "after" finds the quote after the end of that anchor text. A spec
# with "full": true writes every field of the guide (language, since_date, as_of default to the doc's date).
import json, re, sys

QUAL = {'ex': 'exact', 'al': 'at_least', 'ap': 'approx', 'am': 'at_most', 'r': 'range', 'v': 'vague'}

# As in tests/dev-set: the counted noun as written when it is not people ("houses", "families", "schools",
# "idps", "refugees"); "people" otherwise.
NOUNS = ['apartment buildings', 'health facilities', 'health centres', 'houses', 'homes', 'buildings',
         'structures', 'schools', 'classrooms', 'hospitals', 'families', 'households', 'idps', 'refugees',
         'evacuees']

def default_who(metric, unit, quote, ctx):
    if unit == 'people' and metric not in ('displaced', 'refugees'):
        return 'people'
    text = ' '.join(x for x in (quote, ctx) if x).lower().replace('-\n', '').replace('\n', ' ')
    words = re.findall(r"[a-z]+", text)
    for n in NOUNS:
        if n in words or (' ' in n and n in ' '.join(words)):
            return n
    return 'people'

def build(doc, full=False):
    text = doc['text']
    used = {}
    claims = []
    for c in doc['claims']:
        metric, low, quote = c[0], c[1], c[2]
        kw = {**doc.get('dflt', {}), **(c[3] if len(c) > 3 else {})}
        q = QUAL[kw.pop('q', 'ex')]
        high = kw.pop('high', low if q in ('exact', 'at_most') else None)
        nth = kw.pop('nth', 0)
        anchor = kw.pop('after', None)
        at = text.find(anchor) + len(anchor) - 1 if anchor else -1
        for _ in range(nth + 1):
            at = text.find(quote, at + 1)
        if at < 0:
            raise SystemExit(f"{doc['id']}: quote not found: {quote!r}")
        unit = kw.pop('unit', 'households' if metric not in ('homes', 'facilities') and kw.get('hh') else
                      {'homes': 'homes', 'facilities': 'facilities'}.get(metric, 'people'))
        kw.pop('hh', None)
        ctx = kw.get('ctx')
        claim = {'metric': metric, 'unit': unit, 'low': low, 'high': high, 'qualifier': q,
                 'who': kw.pop('who', None) or default_who(metric, unit, quote, ctx), 'source': kw.pop('src', None),
                 'quote': quote, 'start': at, 'end': at + len(quote),
                 'denied': kw.pop('denied', False), 'projected': kw.pop('projected', False),
                 'context': kw.pop('ctx', None)}
        if full:
            claim.update({'location': None, 'country': None, 'since': None, 'since_date': None,
                          'as_of': doc.get('as_of', doc['published'])})
        for k in ('location', 'country', 'since', 'since_date', 'as_of'):
            if k in kw: claim[k] = kw.pop(k)
        if 'loc' in kw:
            claim['location'], claim['country'] = kw.pop('loc')
        if kw: raise SystemExit(f"{doc['id']}: unknown keys {kw}")
        claims.append(claim)
    out = {'id': doc['id'], 'published': doc['published'], 'outlet': doc.get('outlet', 'own test text'),
           'format': doc.get('format'), 'text': text, 'claims': claims}
    if full:
        out = {**out, 'language': doc.get('language', 'en')}
    return out

with open(sys.argv[1], encoding='utf-8') as f:
    spec = json.load(f)
with open(sys.argv[2], 'w') as f:
    for d in spec['docs']:
        f.write(json.dumps(build(d, spec.get('full', False)), ensure_ascii=False) + '\n')
print(len(spec['docs']), 'texts,', sum(len(d['claims']) for d in spec['docs']), 'claims ->', sys.argv[2])
