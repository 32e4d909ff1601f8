// node --import tsx scripts/check-gold.ts FILE.jsonl [MORE.jsonl...]
// Checks a labelled set against ../shared/claims-format.md without running the extractor, so a set can be
// validated while it is still held out: JSON per line, unique ids, every field present with its type,
// `text.slice(start, end) === quote`, and `high` consistent with the qualifier. Exits 1 on any problem.

import { readFileSync } from 'node:fs'
import {
  METRICS as METRIC_LIST,
  QUALIFIERS as QUALIFIER_LIST,
  UNITS as UNIT_LIST,
} from '../api/extractor/types.ts'

// The vocabulary only (a module with no imports): the extractor itself is never loaded here.
const METRICS = new Set<string>(METRIC_LIST)
const UNITS = new Set<string>(UNIT_LIST)
const QUALIFIERS = new Set<string>(QUALIFIER_LIST)
const DATE = /^\d{4}-\d{2}-\d{2}$/
const strOrNull = (v: unknown) => v === null || typeof v === 'string'
const dateOrNull = (v: unknown) => v === null || (typeof v === 'string' && DATE.test(v))

function checkClaim(c: Record<string, unknown>, text: string, published: string): string[] {
  const errs: string[] = []
  if (!METRICS.has(c.metric as string)) errs.push(`metric ${c.metric}`)
  if (!UNITS.has(c.unit as string)) errs.push(`unit ${c.unit}`)
  if (!QUALIFIERS.has(c.qualifier as string)) errs.push(`qualifier ${c.qualifier}`)
  if (typeof c.low !== 'number') errs.push('low not a number')
  if (c.high !== null && typeof c.high !== 'number') errs.push('high not a number or null')
  const exactHigh = c.qualifier === 'exact' || c.qualifier === 'at_most'
  if (exactHigh && c.high !== c.low) errs.push(`${c.qualifier} needs high = low`)
  if (c.qualifier === 'range' && !(typeof c.high === 'number' && c.high > (c.low as number)))
    errs.push('range needs high > low')
  if (['at_least', 'approx', 'vague'].includes(c.qualifier as string) && c.high !== null)
    errs.push(`${c.qualifier} needs high null`)
  if (typeof c.who !== 'string' || c.who !== c.who.toLowerCase()) errs.push('who must be lower-case text')
  for (const k of ['source', 'since', 'location', 'country', 'context'])
    if (!strOrNull(c[k])) errs.push(`${k} type`)
  for (const k of ['since_date', 'as_of']) if (!dateOrNull(c[k])) errs.push(`${k} not a date`)
  if ((c.since === null) !== (c.since_date === null)) errs.push('since and since_date go together')
  if (typeof c.as_of === 'string' && c.as_of > published) errs.push('as_of after publication')
  if (typeof c.country === 'string' && !/^[A-Z]{3}$/.test(c.country)) errs.push(`country ${c.country}`)
  if (typeof c.denied !== 'boolean' || typeof c.projected !== 'boolean')
    errs.push('denied/projected not boolean')
  if (text.slice(c.start as number, c.end as number) !== c.quote)
    errs.push(`quote not at ${c.start}-${c.end}`)
  return errs
}

let problems = 0
const ids = new Set<string>()

function checkDoc(line: string, where: string): void {
  let doc: Record<string, unknown>
  try {
    doc = JSON.parse(line)
  } catch {
    problems++
    console.error(`${where}: not JSON`)
    return
  }
  const report = (msg: string) => {
    problems++
    console.error(`${where} ${doc.id}: ${msg}`)
  }
  if (typeof doc.id !== 'string' || ids.has(doc.id)) report('missing or repeated id')
  ids.add(doc.id as string)
  const { text, published, claims } = doc
  if (typeof doc.language !== 'string') report('no language')
  if (
    typeof text !== 'string' ||
    typeof published !== 'string' ||
    !DATE.test(published) ||
    !Array.isArray(claims)
  ) {
    report('text, published (YYYY-MM-DD) and claims are required')
    return
  }
  claims.forEach((c: Record<string, unknown>, i: number) => {
    for (const e of checkClaim(c, text, published)) report(`claim ${i} (${c.quote}): ${e}`)
  })
}

for (const file of process.argv.slice(2)) {
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim()) checkDoc(line, `${file}:${n + 1}`)
  }
}
console.log(`${ids.size} texts checked, ${problems} problem(s)`)
process.exit(problems ? 1 : 0)
