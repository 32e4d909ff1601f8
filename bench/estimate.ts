// What the best estimate and the disagreement explanations add to analysing a series: the time of
// analyse()'s existing steps (points, changes, disagreements, revisions) against the new ones (estimate
// by each rule, explained clusters, the per-series source record) and the jump and late-report flags,
// on generated series of 100 to 5,000 claims. Ratios within one run; no database.
//   npm run bench:estimate -- [--runs 10]
import { parseArgs } from 'node:util'
import type { Qualifier } from '../api/extractor/types.ts'
import { ESTIMATE_RULES, estimate } from '../api/series/estimate.ts'
import { explainDisagreements } from '../api/series/explain.ts'
import { findFlags } from '../api/series/flags.ts'
import {
  addDays,
  changes,
  findDisagreements,
  findRevisions,
  increments,
  type SeriesClaim,
  summarise,
  toPoints,
} from '../api/series/index.ts'
import { seriesSourceRecord } from '../api/series/track-record.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } })
const runs = Number(values.runs)
const QUALIFIERS: Qualifier[] = ['exact', 'at_least', 'approx', 'range']

function claimsOf(n: number): SeriesClaim[] {
  return Array.from({ length: n }, (_, i) => {
    const qualifier = QUALIFIERS[i % QUALIFIERS.length] ?? 'exact'
    // A rising toll, as sources report one: each figure near the others of its day, some apart.
    const day = i % 400
    const low = 100 + day * 10 + (i % 12) * (i % 7 === 0 ? 40 : 2)
    return {
      id: i + 1,
      articleId: i + 1,
      articleFamily: i + 1,
      sourceKey: `src${i % 12}`,
      low,
      high: qualifier === 'range' ? low + 50 : qualifier === 'exact' ? low : null,
      qualifier,
      asOf: addDays('2024-01-01', day),
      published: addDays('2024-01-01', day),
      denied: false,
      projected: false,
      status: i % 9 === 0 ? 'verified' : 'pending',
    }
  })
}

function median(fn: () => unknown): number {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    out.push(performance.now() - t0)
  }
  out.sort((a, b) => a - b)
  return out[Math.floor(out.length / 2)] ?? 0
}

const rows = []
for (const n of [100, 1_000, 5_000]) {
  console.error(`${n} claims…`)
  const claims = claimsOf(n)
  const points = toPoints(claims)
  const disagreements = findDisagreements(points)
  const revisions = findRevisions(points)
  const before = median(() => {
    const p = toPoints(claims)
    summarise(p)
    changes(p)
    increments(p)
    findRevisions(p)
    findDisagreements(p)
  })
  const added = median(() => {
    for (const rule of ESTIMATE_RULES) estimate(points, { rule })
    const explained = explainDisagreements(disagreements, () => undefined)
    seriesSourceRecord(revisions, disagreements, explained)
  })
  const flags = median(() => findFlags('cumulative', points, claims, { periodStart: '2023-12-01' }))
  rows.push({
    claims: n,
    points: points.length,
    disagreements: disagreements.length,
    'existing steps ms': before.toFixed(2),
    'new steps (4 rules) ms': added.toFixed(2),
    'new / existing': (added / before).toFixed(2),
    'flags ms': flags.toFixed(2),
    'flags / existing': (flags / before).toFixed(2),
  })
}
console.table(rows)
