// Figures an analyst should look at twice. A cumulative count that suddenly climbs much faster than it
// usually does is more often a backfill or a new way of counting than a surge; an incident first reported
// long after the day it happened changes totals that readers thought settled. Both are flags, never
// corrections: the figures stay, and an analyst marks a flag as explained with a note.

import { bySource } from './change.ts'
import { daysBetween } from './dates.ts'
import { describe } from './disagreement.ts'
import { formatNumber } from './intervals.ts'
import type { ClaimId, Figure, SeriesClaim } from './points.ts'
import type { FlagKind } from './vocab.ts'

export { FLAG_KINDS, type FlagKind } from './vocab.ts'

/** A rise this many times the series' usual daily rate is flagged as a jump. */
export const JUMP_FACTOR = 3
/** Rises smaller than this are never jumps: 2 -> 9 is 3.5 times anything but tells nothing. */
export const JUMP_MIN_RISE = 10
/** First reported more than this many days after the date it is about: a late report. */
export const LATE_DAYS = 30

export interface Flag {
  kind: FlagKind
  /** The point (or incident) flagged; with `kind`, the key an explanation is stored under. */
  point: string
  sourceKey: string | null
  /** The date the figure is about. */
  date: string
  reason: string
}

export interface JumpOptions {
  factor?: number
  minRise?: number
  /** First day of the series' reference period: a source's first figure then has a rate of its own. */
  periodStart?: string | null
  sourceName?: (key: string | null) => string
}

/** One source's rise between two consecutive reports, or a first figure counted from the period start. */
interface Step {
  to: Figure & { date: string }
  from: (Figure & { date: string }) | null
  rise: number
  days: number
  perDay: number
}

/** Reported rises per day of each source (the figures as reported, as change.ts compares them). */
export function steps(points: readonly Figure[], periodStart?: string | null): Step[] {
  const out: Step[] = []
  for (const list of bySource(points).values()) {
    const dated = list as Array<Figure & { date: string }>
    const first = dated[0]
    if (first && periodStart && first.date > periodStart) {
      const days = daysBetween(periodStart, first.date)
      out.push({ to: first, from: null, rise: first.low, days, perDay: first.low / days })
    }
    for (let i = 1; i < dated.length; i++) {
      const [a, b] = [dated[i - 1]!, dated[i]!]
      const days = daysBetween(a.date, b.date)
      // Two figures of one day are a correction, not a rate.
      if (days < 1) continue
      out.push({ to: b, from: a, rise: b.low - a.low, days, perDay: (b.low - a.low) / days })
    }
  }
  return out
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/**
 * Jumps of a cumulative series: a rise whose daily rate exceeds `factor` times the series' implied daily
 * rate, which is the median rate of all its other steps (every source's, and first figures counted from
 * the period start), so that the jump judged does not raise the bar it is judged against.
 */
export function jumpFlags(points: readonly Figure[], options: JumpOptions = {}): Flag[] {
  const factor = options.factor ?? JUMP_FACTOR
  const minRise = options.minRise ?? JUMP_MIN_RISE
  const name = options.sourceName ?? ((k: string | null) => k ?? 'unattributed reports')
  const all = steps(points, options.periodStart)
  // Sorted once: the median without one step is then read off in O(log n), so a long series is not
  // quadratic in its refresh.
  const rates = all
    .map((s) => s.perDay)
    .filter((r) => r >= 0)
    .sort((a, b) => a - b)
  const out: Flag[] = []
  all.forEach((step) => {
    if (step.from === null || step.rise < minRise) return
    const usual = usualRate(rates, step.perDay)
    if (usual === null || step.perDay <= factor * usual) return
    const times = `${formatRate(step.perDay / usual)} times`
    out.push({
      kind: 'jump',
      point: step.to.id,
      sourceKey: step.to.sourceKey,
      date: step.to.date,
      reason:
        `${name(step.to.sourceKey)}'s figure rose by ${formatNumber(step.rise)} in ${step.days} day${step.days === 1 ? '' : 's'} ` +
        `(${formatRate(step.perDay)} a day) to '${describe(step.to)}', ${times} the series' usual ` +
        `${formatRate(usual)} a day: a backfill or a new way of counting?`,
    })
  })
  return out
}

/**
 * The median of the sorted rates with one occurrence of `own` (the step judged) left out. Falls are
 * revisions (disagreement.ts), not a rate, and are not among `sorted`; a series that has not risen at
 * all has no usual rate to multiply, and nothing is flagged.
 */
export function usualRate(sorted: readonly number[], own: number): number | null {
  // The first index holding `own`: every other step keeps its place around it.
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < own) lo = mid + 1
    else hi = mid
  }
  const skip = sorted[lo] === own ? lo : -1
  const n = skip < 0 ? sorted.length : sorted.length - 1
  if (n === 0) return null
  const at = (j: number) => sorted[skip >= 0 && j >= skip ? j + 1 : j]!
  const m = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2
  return m <= 0 ? null : m
}

/** A claim as the late-report rule needs it. */
export type ReportedClaim = Pick<SeriesClaim, 'id' | 'asOf' | 'published'>

/**
 * Figures first reported more than `days` after the date they are about: the earliest publication of
 * any claim behind the figure, against the date the claims give. A figure whose claims give no date of
 * their own (only the article's) cannot be late.
 */
export function lateFlags(
  points: readonly (Figure & { claimIds: ClaimId[] })[],
  claims: readonly ReportedClaim[],
  days = LATE_DAYS,
): Flag[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  return points.flatMap((p) => {
    const behind = p.claimIds.flatMap((id) => byId.get(id) ?? [])
    const flag = lateFlag(
      p,
      earliest(behind.map((c) => c.asOf)),
      earliest(behind.map((c) => c.published)),
      days,
    )
    return flag ? [flag] : []
  })
}

/**
 * The late-report flag of a figure whose claims are about `about` and were first published on
 * `reported` (the earliest of each); null when it is not late. A stored point keeps both dates, so a
 * paged answer flags it without reading its claims.
 */
export function lateFlag(
  p: Figure,
  about: string | null,
  reported: string | null,
  days = LATE_DAYS,
): Flag | null {
  if (p.denied || !about || !reported) return null
  const lag = daysBetween(about, reported)
  if (lag <= days) return null
  return {
    kind: 'late',
    point: p.id,
    sourceKey: p.sourceKey,
    date: about,
    reason: `'${describe(p)}' of ${about} was first reported on ${reported}, ${lag} days later.`,
  }
}

/** The order flags are listed in: by the date they are about, then kind. */
export const byFlagDate = (a: Flag, b: Flag) =>
  (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.kind < b.kind ? -1 : 1)

/** Every flag of a series: jumps for a running toll, late reports for both kinds. */
export function findFlags(
  kind: string,
  points: readonly (Figure & { claimIds: ClaimId[] })[],
  claims: readonly ReportedClaim[],
  options: JumpOptions & { lateDays?: number } = {},
): Flag[] {
  const jumps = kind === 'incident' ? [] : jumpFlags(points, options)
  return [...jumps, ...lateFlags(points, claims, options.lateDays)].sort(byFlagDate)
}

function earliest(dates: readonly (string | null)[]): string | null {
  let min: string | null = null
  for (const d of dates) if (d !== null && (min === null || d < min)) min = d
  return min
}

function formatRate(x: number): string {
  return formatNumber(x >= 100 ? Math.round(x) : Math.round(x * 10) / 10)
}
