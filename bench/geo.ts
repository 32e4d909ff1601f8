// The gazetteer's cost: how long building it takes, how much memory it holds, and how fast places
// resolve, beside the extractor on the same texts (ratios within one run; `npm run bench:geo`).

import { extractClaims } from '../api/extractor/index.ts'
import articles from '../api/sample-data/articles.json' with { type: 'json' }

const heap = () => {
  globalThis.gc?.()
  return process.memoryUsage().heapUsed
}
const before = heap()
let t = performance.now()
const { gazetteerSize, geoLookup } = await import('../api/geo/gazetteer.ts')
const { resolveArticlePlaces, resolvePlace } = await import('../api/geo/resolve.ts')
geoLookup('Idlib')
const buildMs = performance.now() - t
const held = heap() - before

const names = [
  'Khan Sheikhoun',
  'southern Idlib',
  'Syria',
  'Tripoli',
  'Kharkiv',
  'El Fasher',
  'Gaza',
  'Nowhere',
  'Al-Hol camp',
  'Maarat al-Numan',
  'Idlib province',
  'Bakhmut',
  'Aden',
  'Goma',
  'Maiduguri',
  'Sittwe',
]
const N = 200_000
t = performance.now()
for (let i = 0; i < N; i++) resolvePlace({ location: names[i % names.length] ?? null, country: null })
const perLookupUs = ((performance.now() - t) * 1000) / N

const text = articles.map((a) => a.text).join('\n\n')
const rounds = 20
t = performance.now()
let claims = 0
for (let i = 0; i < rounds; i++) claims += extractClaims(text, { published: '2019-09-01' }).length
const extractMs = (performance.now() - t) / rounds
const extracted = extractClaims(text, { published: '2019-09-01' })
t = performance.now()
for (let i = 0; i < rounds * 10; i++) resolveArticlePlaces(extracted)
const resolveMs = (performance.now() - t) / (rounds * 10)

console.table({
  gazetteer: { ...gazetteerSize(), 'build ms': Math.round(buildMs), 'heap MB': +(held / 1e6).toFixed(1) },
})
console.table({
  'one place (µs)': { value: +perLookupUs.toFixed(2) },
  'extract sample articles (ms)': { value: +extractMs.toFixed(2) },
  'resolve their places (ms)': { value: +resolveMs.toFixed(3) },
  'resolve / extract': { value: +(resolveMs / extractMs).toFixed(4) },
  'extract MB/s': { value: +(text.length / 1e6 / (extractMs / 1000)).toFixed(2) },
  claims: { value: claims / rounds },
})
