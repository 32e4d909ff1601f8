// Scoring predicted claims against gold ones. Pure, so tests and the eval CLI share it.
//
// A prediction matches a gold claim of the same text when the metric is the same, the quotes overlap
// (a gold quote without offsets is located with indexOf) and the value agrees (low equal; high equal when
// both are non-null). Pairs are matched one to one, largest overlap first. Projected claims (gold or
// predicted) are left out of precision and recall: forecasts are not counted figures.

import { lookupPlace, lookupPlaceAnyLanguage } from '../gazetteer/index.ts'
import type { Claim } from '../types.ts'
import { definedAlike, sourcesAgree } from './source-agree.ts'
import { apposedAlike } from './source-apposed.ts'

// Where a predicted source names the labelled speaker: source-agree.ts, by the rule of tests/dev-set/README.md.
export { definedAlike, normalizeSourceLenient, sameSpeaker, sourcesAgree } from './source-agree.ts'

export type GoldClaim = Partial<Claim> & Pick<Claim, 'metric' | 'low' | 'quote'>

export interface GoldDoc {
  id: string
  text: string
  published?: string | null
  claims: GoldClaim[]
}

export interface DocPrediction {
  gold: GoldDoc
  predicted: Claim[]
}

export interface Counts {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export interface FieldScore {
  correct: number
  total: number
  accuracy: number
}

export interface Mismatch {
  id: string
  field: string
  gold: unknown
  predicted: unknown
  quote: string
}

export interface ScoreReport {
  overall: Counts
  perMetric: Record<string, Counts>
  fields: Record<string, FieldScore>
  misses: { id: string; claim: GoldClaim }[]
  extras: { id: string; claim: Claim }[]
  mismatches: Mismatch[]
}

interface Span {
  start: number
  end: number
}

function goldSpan(text: string, c: GoldClaim): Span | null {
  if (typeof c.start === 'number' && typeof c.end === 'number' && text.slice(c.start, c.end) === c.quote) {
    return { start: c.start, end: c.end }
  }
  const at = text.indexOf(c.quote)
  return at < 0 ? null : { start: at, end: at + c.quote.length }
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

function valueAgrees(g: GoldClaim, p: Claim): boolean {
  if (g.low !== p.low) return false
  if (g.high !== undefined && g.high !== null && p.high !== null && g.high !== p.high) return false
  return true
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

function loose(s: unknown): string {
  return String(s ?? '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\u2018\u2019]/g, "'")
    .trim()
}

function placesAgree(gold: string | null | undefined, predicted: string | null | undefined): boolean {
  const g = loose(gold)
  const p = loose(predicted)
  if (g === p) return true
  if (!g || !p) return false
  if (g.includes(p) || p.includes(g)) return true
  // French, Spanish and Arabic spellings resolve too ("Tchad" is Chad), after the English ones.
  const a = lookupPlace(g) ?? lookupPlaceAnyLanguage(g)
  const b = lookupPlace(p) ?? lookupPlaceAnyLanguage(p)
  return a !== null && b !== null && a.name === b.name && a.country === b.country
}

type FieldCheck = (g: GoldClaim, p: Claim, text: string) => boolean

const FIELD_CHECKS: Record<string, [keyof Claim, FieldCheck]> = {
  qualifier: ['qualifier', (g, p) => g.qualifier === p.qualifier],
  who: ['who', (g, p) => loose(g.who) === loose(p.who)],
  source: [
    'source',
    (g, p, text) =>
      sourcesAgree(g.source, p.source) ||
      definedAlike(g.source, p.source, text) ||
      apposedAlike(g.source, p.source, text),
  ],
  source_strict: ['source', (g, p) => (g.source ?? null) === (p.source ?? null)],
  unit: ['unit', (g, p) => g.unit === p.unit],
  since: ['since', (g, p) => loose(g.since) === loose(p.since)],
  since_date: ['since_date', (g, p) => (g.since_date ?? null) === (p.since_date ?? null)],
  as_of: ['as_of', (g, p) => (g.as_of ?? null) === (p.as_of ?? null)],
  location: ['location', (g, p) => placesAgree(g.location, p.location)],
  country: ['country', (g, p) => (g.country ?? null) === (p.country ?? null)],
  denied: ['denied', (g, p) => Boolean(g.denied) === Boolean(p.denied)],
  context: ['context', (g, p) => loose(g.context) === loose(p.context)],
}

export function score(docs: DocPrediction[]): ScoreReport {
  const perMetric = new Map<string, { tp: number; fp: number; fn: number }>()
  const bump = (metric: string, key: 'tp' | 'fp' | 'fn') => {
    const m = perMetric.get(metric) ?? { tp: 0, fp: 0, fn: 0 }
    m[key]++
    perMetric.set(metric, m)
  }
  const fieldTallies = new Map<string, { correct: number; total: number }>()
  const report: ScoreReport = {
    overall: counts(0, 0, 0),
    perMetric: {},
    fields: {},
    misses: [],
    extras: [],
    mismatches: [],
  }
  let tp = 0
  let fp = 0
  let fn = 0
  for (const { gold, predicted } of docs) {
    const golds = gold.claims.filter((c) => !c.projected)
    const preds = predicted.filter((c) => !c.projected)
    const spans = golds.map((g) => goldSpan(gold.text, g))
    const pairs: { gi: number; pi: number; size: number }[] = []
    golds.forEach((g, gi) => {
      const gs = spans[gi]
      if (!gs) return
      preds.forEach((p, pi) => {
        if (p.metric !== g.metric || !valueAgrees(g, p)) return
        const size = overlap(gs, p)
        if (size > 0) pairs.push({ gi, pi, size })
      })
    })
    pairs.sort((a, b) => b.size - a.size || a.gi - b.gi || a.pi - b.pi)
    const goldUsed = new Set<number>()
    const predUsed = new Set<number>()
    for (const pair of pairs) {
      if (goldUsed.has(pair.gi) || predUsed.has(pair.pi)) continue
      goldUsed.add(pair.gi)
      predUsed.add(pair.pi)
      const g = golds[pair.gi]
      const p = preds[pair.pi]
      tp++
      bump(g.metric, 'tp')
      for (const [name, [field, check]] of Object.entries(FIELD_CHECKS)) {
        if (!(field in g)) continue
        const t = fieldTallies.get(name) ?? { correct: 0, total: 0 }
        t.total++
        if (check(g, p, gold.text)) t.correct++
        else if (name !== 'source_strict') {
          report.mismatches.push({
            id: gold.id,
            field: name,
            gold: g[field],
            predicted: p[field],
            quote: g.quote,
          })
        }
        fieldTallies.set(name, t)
      }
    }
    golds.forEach((g, gi) => {
      if (goldUsed.has(gi)) return
      fn++
      bump(g.metric, 'fn')
      report.misses.push({ id: gold.id, claim: g })
    })
    preds.forEach((p, pi) => {
      if (predUsed.has(pi)) return
      fp++
      bump(p.metric, 'fp')
      report.extras.push({ id: gold.id, claim: p })
    })
  }
  report.overall = counts(tp, fp, fn)
  for (const [metric, c] of [...perMetric].sort()) report.perMetric[metric] = counts(c.tp, c.fp, c.fn)
  for (const [name, t] of fieldTallies) {
    report.fields[name] = { ...t, accuracy: t.total === 0 ? 1 : t.correct / t.total }
  }
  return report
}
