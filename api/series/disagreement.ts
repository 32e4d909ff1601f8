// Where figures cannot all be true: two sources at about the same time whose ranges do not overlap, a
// denied figure set against the same figure asserted, and a cumulative count that drops (a revision).

import { bySource } from './change.ts'
import { dayNumber, daysBetween } from './dates.ts'
import { rangeOf, tidy } from './intervals.ts'
import type { Figure } from './points.ts'

/** "About 1,000" is read as 900..1,100: news rounding rarely strays further than a tenth. */
export const APPROX_TOLERANCE = 0.1

/** Closed interval of values a figure allows; `high` null means no upper bound. */
export interface Interval {
  low: number
  high: number | null
}

export function interval(f: Pick<Figure, 'low' | 'high' | 'qualifier'>): Interval {
  const r = rangeOf(f, APPROX_TOLERANCE)
  return { low: r.low, high: Number.isFinite(r.high) ? r.high : null }
}

/** Touching counts as overlapping: 100 and 100..200 can both be true. */
export function overlaps(a: Interval, b: Interval): boolean {
  return (a.high === null || b.low <= a.high) && (b.high === null || a.low <= b.high)
}

export interface Disagreement<T extends Figure = Figure> {
  /** Independent of input order: the same pair always gets the same id. */
  id: string
  kind: 'range' | 'denial'
  /** For 'range' the lower figure; for 'denial' the figure asserted. */
  a: T
  /** For 'range' the higher figure; for 'denial' the figure denied. */
  b: T
  /** The closest report dates of the two (first reports or repeats) and the days between them. */
  dates: [string, string]
  days: number
  /** For 'range': how far apart the two intervals are; null for a denial. */
  gap: number | null
  reason: string
}

export interface DisagreementOptions {
  /** Reports further apart than this many days are not compared. Default 7. */
  windowDays?: number
  /** Display names for reasons; defaults to the source key. */
  sourceName?: (key: string | null) => string
}

export function findDisagreements<T extends Figure>(
  points: readonly T[],
  options: DisagreementOptions = {},
): Disagreement<T>[] {
  const windowDays = options.windowDays ?? 7
  const name = options.sourceName ?? ((k: string | null) => k ?? 'an unattributed report')
  // Every report (first or repeat) is an event in time; only events within the window of each other
  // can make a pair, so a sliding window over sorted events finds every candidate pair without
  // comparing all pairs of points. `seen` keeps a pair that meets several times from being judged twice.
  const events = timeline(points)
  const seen = new Set<string>()
  const out: Disagreement<T>[] = []
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length && events[j].day - events[i].day <= windowDays; j++) {
      const [p, q] = [events[i].p, events[j].p]
      if (!candidate(p, q, seen)) continue
      const d = judgePair(p, q, name)
      if (d) out.push(d)
    }
  }
  return out.sort(byReportDate)
}

/**
 * The pairs findDisagreements finds among `points` that involve one of `ids`, without their reasons:
 * what a refresh stores when a few points of a dense window changed. Only the events of those points
 * are scanned against the window either side, not every pair of events in the window (at 1M claims
 * that pass and the reasons it wrote were a seventh of the ingesting process's time).
 */
export function findPairsInvolving<T extends Figure>(
  points: readonly T[],
  ids: ReadonlySet<string>,
  windowDays = 7,
): Unexplained<T>[] {
  const events = timeline(points)
  const seen = new Set<string>()
  const out: Unexplained<T>[] = []
  for (let i = 0; i < events.length; i++) {
    const p = events[i].p
    if (!ids.has(p.id)) continue
    for (const step of [-1, 1])
      for (let j = i + step; events[j] && Math.abs(events[j].day - events[i].day) <= windowDays; j += step) {
        const q = events[j].p
        if (!candidate(p, q, seen)) continue
        const d = pairOf(p, q)
        if (d) out.push(d)
      }
  }
  return out.sort(byReportDate)
}

/** Every report of these figures (first or repeat) as an event, in time order. */
function timeline<T extends Figure>(points: readonly T[]) {
  return points
    .filter((p) => p.date !== null)
    .flatMap((p) => [p.date!, ...p.repeatedOn].map((d) => ({ day: dayNumber(d), p })))
    .sort((x, y) => x.day - y.day)
}

/** Whether two figures reported within the window may disagree and were not judged yet (then marked). */
function candidate(p: Figure, q: Figure, seen: Set<string>) {
  if (p === q) return false
  // Cheap rejections first: most pairs agree.
  if (!p.denied && !q.denied && (p.sourceKey === q.sourceKey || overlaps(interval(p), interval(q))))
    return false
  if ((p.denied || q.denied) && p.low !== q.low) return false
  const pair = p.id < q.id ? `${p.id}\n${q.id}` : `${q.id}\n${p.id}`
  if (seen.has(pair)) return false
  seen.add(pair)
  return true
}

/** Disagreements in the order of their later report date, then id: the order answers list them in. */
export function byReportDate(
  x: Pick<Disagreement, 'dates' | 'id'>,
  y: Pick<Disagreement, 'dates' | 'id'>,
): number {
  return x.dates[1] < y.dates[1] ? -1 : x.dates[1] > y.dates[1] ? 1 : x.id < y.id ? -1 : 1
}

/** A disagreement before its reason is written: all that counting and ordering pairs need. */
export type Unexplained<T extends Figure = Figure> = Omit<Disagreement<T>, 'reason'>

/**
 * Whether two dated figures reported within the window of each other cannot both be true, and why;
 * null when they can. The answer does not depend on the order of `p` and `q`.
 */
export function judgePair<T extends Figure>(
  p: T,
  q: T,
  name: (key: string | null) => string,
): Disagreement<T> | null {
  const d = pairOf(p, q)
  return d && { ...d, reason: reasonOf(d, name) }
}

/**
 * `judgePair` without the reason, which `reasonOf` writes: a long series has thousands of disagreeing
 * pairs among the points a chart shows and lists only the latest, so only theirs are worth writing.
 */
export function pairOf<T extends Figure>(p: T, q: T): Unexplained<T> | null {
  if (p.denied && q.denied) return null
  if (p.denied || q.denied) {
    // A denial stands against the same figure asserted, whoever asserted it.
    if (p.low !== q.low) return null
    const [a, b] = p.denied ? [q, p] : [p, q]
    return disagreementOf('denial', a, b, closest(a, b), null)
  }
  if (p.sourceKey === q.sourceKey) return null
  const [ip, iq] = [interval(p), interval(q)]
  if (overlaps(ip, iq)) return null
  const pLower = ip.high !== null && ip.high < iq.low
  const [a, b] = pLower ? [p, q] : [q, p]
  return disagreementOf('range', a, b, closest(a, b), tidy(interval(b).low - interval(a).high!))
}

/** Why the two figures of a disagreement cannot both be true, in words. */
export function reasonOf<T extends Figure>(d: Unexplained<T>, name: (key: string | null) => string): string {
  const { a, b, dates, days } = d
  return d.kind === 'denial'
    ? `${name(a.sourceKey)} reported ${describe(a)} on ${dates[0]}; a report of ${dates[1]} (${name(b.sourceKey)}) says the figure is denied`
    : `${name(a.sourceKey)} says ${describe(a)} (${dates[0]}) but ${name(b.sourceKey)} says ` +
        `${describe(b)} (${dates[1]}): ${format(d.gap!)} apart, ${days} day${days === 1 ? '' : 's'} between reports`
}

/** What a disagreement of either kind says of its two figures, besides the reason. */
function disagreementOf<T extends Figure>(
  kind: Disagreement['kind'],
  a: T,
  b: T,
  d: { dates: [string, string]; days: number },
  gap: number | null,
) {
  return { id: `${kind}|${a.id}|${b.id}`, kind, a, b, dates: d.dates, days: d.days, gap }
}

/** A figure's i-th report date: 0 is its first report, then its repeats. */
const reportDate = (f: Figure, i: number) => (i === 0 ? f.date! : f.repeatedOn[i - 1])

/** The pair of report dates (first report or repeat) of `a` and `b` closest in time, earliest on ties. */
function closest(a: Figure, b: Figure): { dates: [string, string]; days: number } {
  // Indexes into each figure's report dates, without building lists or closures: a long series judges
  // thousands of pairs per answer.
  let bi = 0
  let bj = 0
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i <= a.repeatedOn.length; i++) {
    for (let j = 0; j <= b.repeatedOn.length; j++) {
      const days = Math.abs(daysBetween(reportDate(a, i), reportDate(b, j)))
      if (days < best) {
        bi = i
        bj = j
        best = days
      }
    }
  }
  return { dates: [reportDate(a, bi), reportDate(b, bj)], days: best }
}

export interface Revision<T extends Figure = Figure> {
  id: string
  sourceKey: string
  before: T
  after: T
  /** How much lower the later figure is. */
  drop: number
  percent: number | null
  days: number
  reason: string
}

/**
 * A cumulative figure that a named source later reports lower: a correction or a change of scope, for an
 * editor to look at. Compares each point with the source's previous one. The earlier figure's floor is its
 * `low`, except "up to N", which sets no floor. Unattributed figures are left out: they are many sources.
 */
export function findRevisions<T extends Figure>(points: readonly T[]): Revision<T>[] {
  const out: Revision<T>[] = []
  for (const [key, list] of bySource(points)) {
    if (key === '') continue
    for (let i = 1; i < list.length; i++) {
      const [before, after] = [list[i - 1], list[i]]
      const floor = before.qualifier === 'at_most' ? 0 : before.low
      if (after.low >= floor || after.date === before.date) continue
      const drop = before.low - after.low
      out.push({
        id: `revision|${before.id}|${after.id}`,
        sourceKey: key,
        before,
        after,
        drop,
        percent: before.low ? tidy((drop / before.low) * 100) : null,
        days: daysBetween(before.date!, after.date!),
        reason: `${key} reported ${describe(before)} on ${before.date} and then ${describe(after)} on ${after.date}`,
      })
    }
  }
  return out
}

/** A figure the way a reader says it: "at least 860", "about 1,000", "20-30". */
export function describe(f: Pick<Figure, 'low' | 'high' | 'qualifier'>): string {
  switch (f.qualifier) {
    case 'exact':
      return format(f.low)
    case 'at_least':
      return `at least ${format(f.low)}`
    case 'at_most':
      return `up to ${format(f.high ?? f.low)}`
    case 'range':
      return `${format(f.low)}-${format(f.high ?? f.low)}`
    case 'approx':
      return `about ${format(f.low)}`
    default:
      return `${format(f.low)} or more (vague)`
  }
}

function format(n: number): string {
  const [int, frac] = String(n).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${grouped}.${frac}` : grouped
}
