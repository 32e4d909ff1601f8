// How a series moves: latest figures, change between one source's consecutive points, increments of a
// cumulative count, and sums of incidents per period. Changes compare `low` (the reported figure, the
// lower bound of a range or of "at least"), so "at least 360" -> "at least 860" is +500.

import { daysBetween } from './dates.ts'
import { byDate, type Figure } from './points.ts'

export interface Change {
  pointId: string
  sourceKey: string | null
  date: string
  /** Null for a source's first point. */
  previousPointId: string | null
  previousDate: string | null
  absolute: number | null
  /** Null when there is no previous point or it was 0. */
  percent: number | null
  days: number | null
  /** Null when the two points share a date. */
  perDay: number | null
}

/** Dated, asserted (not denied) points of each source in date order; the key '' stands for unattributed. */
export function bySource<T extends Figure>(points: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const p of [...points].sort(byDate)) {
    if (p.date === null || p.denied) continue
    const k = p.sourceKey ?? ''
    const list = out.get(k)
    if (list) list.push(p)
    else out.set(k, [p])
  }
  return out
}

/** Each point's change from its source's previous point; only those of `only` when given. */
export function changes<T extends Figure>(points: readonly T[], only?: ReadonlySet<string>): Change[] {
  const out: Change[] = []
  for (const list of bySource(points).values()) {
    list.forEach((p, i) => {
      if (only && !only.has(p.id)) return
      const prev = i > 0 ? list[i - 1] : null
      const days = prev ? daysBetween(prev.date!, p.date!) : null
      const absolute = prev ? p.low - prev.low : null
      out.push({
        pointId: p.id,
        sourceKey: p.sourceKey,
        date: p.date!,
        previousPointId: prev?.id ?? null,
        previousDate: prev?.date ?? null,
        absolute,
        percent: prev && prev.low !== 0 ? round((absolute! / prev.low) * 100) : null,
        days,
        perDay: days ? round(absolute! / days) : null,
      })
    })
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** The most recent asserted point of each source. */
export function latestBySource<T extends Figure>(points: readonly T[]): T[] {
  return [...bySource(points).values()].map((list) => list[list.length - 1]).sort(byDate)
}

/** The most recent asserted point overall; on a shared date the best-cited, then the highest figure. */
export function latest<T extends Figure & { citations?: number }>(points: readonly T[]): T | null {
  let best: T | null = null
  for (const p of points) {
    if (p.date === null || p.denied) continue
    if (
      !best ||
      p.date > best.date! ||
      (p.date === best.date &&
        ((p.citations ?? 0) > (best.citations ?? 0) ||
          ((p.citations ?? 0) === (best.citations ?? 0) && p.low > best.low)))
    ) {
      best = p
    }
  }
  return best
}

/**
 * Distinct named sources behind asserted points; unattributed figures count as one source only when
 * nobody is named, since an uncredited figure is usually someone's figure copied without credit.
 */
export function independentSources(points: readonly Figure[]): number {
  const asserted = points.filter((p) => !p.denied)
  const named = new Set(asserted.map((p) => p.sourceKey).filter((s) => s !== null))
  if (named.size > 0) return named.size
  return asserted.length > 0 ? 1 : 0
}

export interface Increment {
  sourceKey: string | null
  fromPointId: string
  toPointId: string
  from: string
  to: string
  /** Implied new cases between the two reports; negative is a drop (see findRevisions). */
  increment: number
  days: number
  perDay: number | null
  /** Only when both figures are exact is the increment itself exact; otherwise it is indicative. */
  exact: boolean
}

/** Cumulative series: what each source's consecutive reports imply happened in between. */
export function increments<T extends Figure>(points: readonly T[]): Increment[] {
  const out: Increment[] = []
  for (const list of bySource(points).values()) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]]
      const days = daysBetween(a.date!, b.date!)
      out.push({
        sourceKey: b.sourceKey,
        fromPointId: a.id,
        toPointId: b.id,
        from: a.date!,
        to: b.date!,
        increment: b.low - a.low,
        days,
        perDay: days > 0 ? round((b.low - a.low) / days) : null,
        exact: a.qualifier === 'exact' && b.qualifier === 'exact',
      })
    }
  }
  return out.sort((x, y) => (x.to < y.to ? -1 : x.to > y.to ? 1 : 0))
}

export interface SeriesSummary<T extends Figure> {
  firstDate: string | null
  lastDate: string | null
  points: number
  independentSources: number
  latest: T | null
  latestBySource: T[]
}

export function summarise<T extends Figure & { citations?: number }>(points: readonly T[]): SeriesSummary<T> {
  const dates = points.flatMap((p) => (p.date ? [p.date, ...p.repeatedOn] : [])).sort()
  return {
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    points: points.length,
    independentSources: independentSources(points),
    latest: latest(points),
    latestBySource: latestBySource(points),
  }
}

export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4
}

export { bucket, incidentTotals } from './buckets.ts'
