// Arithmetic that keeps qualifiers. A figure stands for the closed interval of values its words allow,
// and sums and differences are taken over those intervals, so "at least 360" then "at least 860" does
// not become "+500": the earlier count may have been 700, the later 5,000. Bounds may be infinite
// (`Infinity`, `-Infinity`); `toBounds` turns them into the API's null.

import type { Qualifier } from '../extractor/types.ts'

/** "About 700" is read as 630..770: news rounding rarely strays further than a tenth. */
export const APPROX_BAND = 0.1

export interface Range {
  low: number
  high: number
}

export interface FigureWords {
  low: number
  high: number | null
  qualifier: Qualifier
}

/** The values a figure's words allow: "more than 860" = [860, ∞), "about 700" = 700 ± band. */
export function rangeOf(f: FigureWords, band = APPROX_BAND): Range {
  switch (f.qualifier) {
    case 'exact':
      return { low: f.low, high: f.low }
    case 'at_most':
      return { low: 0, high: f.high ?? f.low }
    case 'range':
      return { low: f.low, high: f.high ?? f.low }
    case 'approx':
      return { low: tidy(f.low * (1 - band)), high: tidy(f.low * (1 + band)) }
    default:
      // at_least and vague ("hundreds" = at least 200) set a floor only.
      return { low: f.low, high: Number.POSITIVE_INFINITY }
  }
}

export function contains(r: Range, x: number): boolean {
  return r.low <= x && x <= r.high
}

export function add(a: Range, b: Range): Range {
  return { low: tidy(a.low + b.low), high: tidy(a.high + b.high) }
}

export function sum(ranges: readonly Range[]): Range {
  return ranges.reduce(add, { low: 0, high: 0 })
}

/** Every `x - y` with x in `a`, y in `b`. An open bound on either side leaves that side open. */
export function subtract(a: Range, b: Range): Range {
  return { low: tidy(a.low - b.high), high: tidy(a.high - b.low) }
}

/**
 * What happened between two figures of one cumulative count: `later - earlier` where the count cannot
 * fall, so never below 0. "at least 360" then "at least 860" gives [0, ∞): unknown; "360" then "at
 * least 860" gives [500, ∞): at least +500.
 */
export function increase(earlier: Range, later: Range): Range | null {
  const d = subtract(later, earlier)
  // The later count cannot be below the earlier one; if the words say it must be, they contradict.
  if (d.high < 0) return null
  return { low: Math.max(0, d.low), high: d.high }
}

export interface Rebased {
  /** The first day of the new period: the day after the earlier report. */
  since: string
  until: string
  range: Range
  /** "at least 500", "between 400 and 600", "unknown". */
  words: string
}

/**
 * "Killed since 10 October" from two cumulative figures of the same source and the same reference period:
 * the later count minus the earlier, with bounds. Null when they come from different sources or periods,
 * are not in date order, or cannot both be true of one count that never falls.
 */
export function rebase(
  earlier: FigureWords & { date: string; sourceKey: string | null; period?: string | null },
  later: FigureWords & { date: string; sourceKey: string | null; period?: string | null },
  band = APPROX_BAND,
): Rebased | null {
  if (earlier.sourceKey !== later.sourceKey || (earlier.period ?? null) !== (later.period ?? null))
    return null
  if (!(earlier.date < later.date)) return null
  const range = increase(rangeOf(earlier, band), rangeOf(later, band))
  if (!range) return null
  return { since: earlier.date, until: later.date, range, words: rangeWords(range) }
}

/** Reads a range as people say it. */
export function rangeWords(r: Range, signed = false): string {
  const f = (n: number) => (signed && n > 0 ? '+' : '') + formatNumber(n)
  const lowOpen = r.low === Number.NEGATIVE_INFINITY
  const highOpen = r.high === Number.POSITIVE_INFINITY
  if (lowOpen && highOpen) return 'unknown'
  if (highOpen) return r.low <= 0 && signed ? 'unknown' : `at least ${f(r.low)}`
  if (lowOpen) return `at most ${f(r.high)}`
  if (r.low === r.high) return f(r.low)
  return `between ${f(r.low)} and ${f(r.high)}`
}

/** For JSON: an infinite bound is null (no bound). */
export function toBounds(r: Range): { low: number | null; high: number | null } {
  return { low: Number.isFinite(r.low) ? r.low : null, high: Number.isFinite(r.high) ? r.high : null }
}

export function formatNumber(n: number): string {
  const [int = '', frac] = String(Math.abs(n)).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`
}

/** Clears float noise (700 * 1.1 = 770.0000000000001); infinities pass through. */
export function tidy(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x
}
