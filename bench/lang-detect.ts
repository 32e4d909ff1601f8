// npm run bench:lang-detect
// Language detectors compared on the development sets (English, French, Spanish, Arabic): accuracy on
// whole texts and on their first 60 characters, and texts per second. Picked from this: see
// api/extractor/lang/detect.ts.

import { readdirSync, readFileSync } from 'node:fs'
import { eld } from 'eld/small'
import { franc } from 'franc'
import { detect as tinyld } from 'tinyld'
import { detectLanguage } from '../api/extractor/index.ts'

const DIR = new URL('../tests/dev-set/', import.meta.url)
const docs: { text: string; language: string }[] = []
for (const f of readdirSync(DIR)) {
  if (!f.endsWith('.jsonl')) continue
  for (const line of readFileSync(new URL(f, DIR), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const d = JSON.parse(line)
    docs.push({ text: d.text, language: d.language ?? 'en' })
  }
}

const ISO3: Record<string, string> = { eng: 'en', fra: 'fr', spa: 'es', arb: 'ar', ara: 'ar' }
const detectors: Record<string, (t: string) => string> = {
  franc: (t) => ISO3[franc(t, { minLength: 3 })] ?? franc(t),
  eld: (t) => eld.detect(t).language,
  tinyld: (t) => tinyld(t),
  'tally (function words, then eld)': (t) => detectLanguage(t) ?? '',
}

console.log(`${docs.length} texts`)
console.log(`${'detector'.padEnd(34)} whole texts   first 60 chars   texts/s (whole)`)
for (const [name, detect] of Object.entries(detectors)) {
  let whole = 0
  let short = 0
  for (const d of docs) {
    if (detect(d.text) === d.language) whole++
    if (detect(d.text.slice(0, 60)) === d.language) short++
  }
  const t0 = performance.now()
  for (const d of docs) detect(d.text)
  const perSec = docs.length / ((performance.now() - t0) / 1000)
  const pct = (n: number) => `${((100 * n) / docs.length).toFixed(1)}%`
  console.log(
    `${name.padEnd(34)} ${pct(whole).padStart(11)}   ${pct(short).padStart(14)}   ${perSec.toFixed(0).padStart(15)}`,
  )
}
