// "What number do we use?": low, best and high of a series at a date, by a named rule, with a one-sentence
// reason an analyst can put in a report. Verified figures count first: when any figure in the window was
// verified, only verified figures are weighed. Rejected claims never reach the points at all.

import { latestBySource } from './change.ts'
import { addDays } from './dates.ts'
import { describe } from './disagreement.ts'
import { formatNumber, type Range, rangeOf, toBounds } from './intervals.ts'
import type { Point } from './points.ts'
import type { SourceKind } from './sources.ts'
import { ESTIMATE_RULES, type EstimateRule, type Grade } from './vocab.ts'

export { ESTIMATE_RULES, type EstimateRule, GRADES, type Grade } from './vocab.ts'
export const DEFAULT_RULE: EstimateRule = 'latest_reliable'
/** Sources' figures older than this many days before the latest report are not weighed, by default. */
export const ESTIMATE_WINDOW_DAYS = 30

/** A stored rule, checked: an unknown or missing one is the default. */
export function ruleOf(stored: string | null | undefined): EstimateRule {
  return ESTIMATE_RULES.find((r) => r === stored) ?? DEFAULT_RULE
}

export const RULE_NAMES: Record<EstimateRule, string> = {
  latest_reliable: 'latest from the most reliable source',
  most_conservative: 'most conservative',
  highest_credible: 'highest credible',
  median_latest: "median of sources' latest",
}

/**
 * How far a source's figure is trusted by default, by kind: UN agencies and casualty monitors keep
 * named lists, health authorities count bodies, parties to a conflict and the press relay. An analyst's
 * grade, when there is one, goes before this.
 */
export const KIND_RELIABILITY: Record<SourceKind, number> = {
  un: 5,
  monitor: 5,
  health: 4,
  ngo: 3,
  government: 2,
  media: 2,
  military: 1,
  other: 1,
}

/**
 * An analyst's grade (NATO/Admiralty: A completely reliable, B usually, C fairly, D not usually,
 * E unreliable, F cannot be judged) goes before the kind: A and B outrank any ungraded source, E sinks
 * below every kind. F says nothing, so the kind decides.
 */
export const GRADE_RELIABILITY: Record<Exclude<Grade, 'F'>, number> = { A: 7, B: 6, C: 4, D: 1.5, E: 0.5 }

/** How far a source's figures are trusted: its grade, else its kind; unattributed figures least. */
export function reliabilityOf(kind: string | null | undefined, grade: string | null | undefined): number {
  if (grade && grade in GRADE_RELIABILITY) return GRADE_RELIABILITY[grade as keyof typeof GRADE_RELIABILITY]
  if (kind && kind in KIND_RELIABILITY) return KIND_RELIABILITY[kind as SourceKind]
  return kind ? 1 : 0
}

export interface Estimate {
  rule: EstimateRule
  rule_name: string
  /** The date the estimate holds at: the latest report weighed. */
  as_of: string
  low: number
  best: number
  /** Null: no upper bound ("more than 860"). */
  high: number | null
  /** The figure the best value comes from; for the median, the source nearest to it. */
  source_key: string | null
  point: string
  /** How many sources' figures were weighed. */
  weighed: number
  reason: string
}

export interface EstimateOptions {
  rule?: EstimateRule
  /** Only reports on or before this date count ('YYYY-MM-DD'); default: all. */
  at?: string
  /** Sources' figures older than this many days before the latest report are not weighed. Default 30. */
  windowDays?: number
  reliability?: (key: string | null) => number
  sourceName?: (key: string | null) => string
  /** 'cumulative' says "latest cumulative figure" in the reason. */
  kind?: string
}

/** The single value a figure stands for: its stated number, the middle of a range, the cap of "up to". */
export function bestValue(p: Pick<Point, 'low' | 'high' | 'qualifier'>): number {
  if (p.qualifier === 'range' && p.high !== null) return Math.round((p.low + p.high) / 2)
  if (p.qualifier === 'at_most') return p.high ?? p.low
  return p.low
}

export function estimate(points: readonly Point[], options: EstimateOptions = {}): Estimate | null {
  const rule = options.rule ?? DEFAULT_RULE
  const at = options.at
  const name = options.sourceName ?? ((k: string | null) => k ?? 'an unattributed report')
  const reliability = options.reliability ?? ((k: string | null) => (k === null ? 0 : 1))
  const dated = points.filter(
    (p): p is Dated => p.date !== null && !p.denied && (at === undefined || p.date <= at),
  )
  const verified = dated.filter((p) => p.verified)
  const pool = verified.length ? verified : dated
  const last = pool.reduce<string | null>((d, p) => (d === null || p.date > d ? p.date : d), null)
  if (last === null) return null
  const from = addDays(last, -(options.windowDays ?? ESTIMATE_WINDOW_DAYS))
  // Each source's latest figure within the window: earlier figures of a source are superseded.
  const latest = latestBySource(pool).filter((p) => p.date >= from)
  if (!nonEmpty(latest)) return null
  const rank = (p: Point) => reliability(p.sourceKey)
  let chosen: Dated
  let range: Range
  let best: number
  let why: string
  const what = options.kind === 'cumulative' ? 'cumulative figure' : 'figure'
  const verifiedNote = verified.length ? 'verified ' : ''
  switch (rule) {
    case 'most_conservative':
      chosen = pick(latest, (p, q) => rangeOf(q).low - rangeOf(p).low || later(p, q))
      why = `the lowest of ${latest.length} source${plural(latest.length)}' latest ${verifiedNote}${what}s`
      break
    case 'highest_credible': {
      // Credible: not a figure its own source has since put lower, and not resting on one unnamed report
      // alone when named sources exist.
      const named = latest.filter((p) => p.sourceKey !== null)
      const credible = nonEmpty(named) ? named : latest
      chosen = pick(credible, (p, q) => bestValue(p) - bestValue(q) || later(p, q))
      why = `the highest of ${credible.length} named source${plural(credible.length)}' latest ${verifiedNote}${what}s`
      break
    }
    case 'median_latest': {
      const values = latest.map(bestValue).sort((a, b) => a - b)
      const mid = values.length >> 1
      const median =
        values.length % 2 ? (values[mid] ?? 0) : Math.round(((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2)
      chosen = pick(latest, (p, q) => Math.abs(bestValue(q) - median) - Math.abs(bestValue(p) - median))
      const lows = latest.map((p) => rangeOf(p).low)
      const highs = latest.map((p) => rangeOf(p).high)
      range = { low: Math.min(...lows), high: Math.max(...highs) }
      best = median
      why = `the median of ${latest.length} source${plural(latest.length)}' latest ${verifiedNote}${what}s`
      return finish(rule, last, range, best, chosen, latest.length, `${headline(best)}, ${why}`, true)
    }
    default:
      chosen = pick(latest, (p, q) => rank(p) - rank(q) || later(p, q) || p.citations - q.citations)
      why = `the latest ${verifiedNote}${what} from ${name(chosen.sourceKey)} (report of ${dayMonth(chosen.date)})`
  }
  range = rangeOf(chosen)
  best = bestValue(chosen)
  const sentence =
    rule === 'latest_reliable'
      ? `${headline(best)}, ${why}`
      : `${headline(best)}, ${why}: ${name(chosen.sourceKey)} (report of ${dayMonth(chosen.date)})`
  return finish(rule, last, range, best, chosen, latest.length, sentence, false)
}

function finish(
  rule: EstimateRule,
  asOf: string,
  range: Range,
  best: number,
  chosen: Point,
  weighed: number,
  sentence: string,
  spread: boolean,
): Estimate {
  const bounds = toBounds(range)
  const low = bounds.low ?? 0
  const lowWhy = spread ? 'the lowest figure weighed' : boundReason(chosen, 'low')
  const highWhy = spread ? 'the highest figure weighed' : boundReason(chosen, 'high')
  const highText =
    bounds.high === null
      ? `high open${spread ? '' : ` because '${describe(chosen)}'`}`
      : `high ${formatNumber(bounds.high)}${highWhy ? ` because ${highWhy}` : ''}`
  const reason = `${sentence}; low ${formatNumber(low)}${lowWhy ? ` because ${lowWhy}` : ''}; ${highText}.`
  return {
    rule,
    rule_name: RULE_NAMES[rule],
    as_of: asOf,
    low,
    best,
    high: bounds.high,
    source_key: chosen.sourceKey,
    point: chosen.id,
    weighed,
    reason,
  }
}

function boundReason(p: Point, side: 'low' | 'high'): string {
  switch (p.qualifier) {
    case 'exact':
      return ''
    case 'approx':
      return `'${describe(p)}' is read as ±10%`
    case 'at_most':
      return side === 'low' ? `'${describe(p)}' sets no floor` : `'${describe(p)}'`
    case 'range':
      return `'${describe(p)}' is a range`
    default:
      return side === 'low' ? `'${describe(p)}'` : ''
  }
}

const headline = (best: number) => `Best: ${formatNumber(best)}`
const plural = (n: number) => (n === 1 ? '' : 's')
const later = (p: Dated, q: Dated) => (p.date > q.date ? 1 : p.date < q.date ? -1 : 0)
type Dated = Point & { date: string }

/** The element that `better` ranks highest; ties keep the earlier (the input is sorted by date). */
function pick(list: readonly [Dated, ...Dated[]], better: (p: Dated, q: Dated) => number): Dated {
  let top = list[0]
  for (const p of list.slice(1)) if (better(p, top) > 0) top = p
  return top
}

const nonEmpty = <T>(list: T[]): list is [T, ...T[]] => list.length > 0

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
function dayMonth(date: string): string {
  const [y, m, d] = date.split('-')
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`
}
