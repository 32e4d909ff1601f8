// Points and incidents by day, ISO week or month, shaped as flat rows a chart can plot as they are.

import { type BucketUnit, nextPeriod, type Period, periodOf } from './dates.ts'
import { byDate, type Figure } from './points.ts'

export interface BucketRow extends Period {
  sourceKey: string | null
  /** The source's last point in the period: what it was saying by the period's end. */
  pointId: string
  date: string
  low: number
  high: number | null
  qualifier: Figure['qualifier']
  /** How many of the source's points fell in the period. */
  points: number
}

/** One row per source and period holding its latest asserted point; periods without a point are absent. */
export function bucket<T extends Figure>(points: readonly T[], unit: BucketUnit): BucketRow[] {
  const rows = new Map<string, BucketRow>()
  for (const p of [...points].sort(byDate)) {
    if (p.date === null || p.denied) continue
    const period = periodOf(p.date, unit)
    const k = `${period.period}|${p.sourceKey ?? ''}`
    const seen = rows.get(k)?.points ?? 0
    rows.set(k, {
      ...period,
      sourceKey: p.sourceKey,
      pointId: p.id,
      date: p.date,
      low: p.low,
      high: p.high,
      qualifier: p.qualifier,
      points: seen + 1,
    })
  }
  return [...rows.values()].sort((a, b) =>
    a.start !== b.start
      ? a.start < b.start
        ? -1
        : 1
      : (a.sourceKey ?? '\uffff') < (b.sourceKey ?? '\uffff')
        ? -1
        : 1,
  )
}

export interface IncidentTotal extends Period {
  incidents: number
  incidentIds: string[]
  /** Sum of the incidents' figures (their lower bounds). */
  low: number
  /** Sum of upper bounds; null once any incident is open-ended ("at least", approximate, vague). */
  high: number | null
  runningLow: number
  runningHigh: number | null
}

/**
 * Incident series: sums per period and a running total. With `fill` (the default) empty periods between
 * the first and the last incident are present with zeros, so the time axis has no holes.
 */
export function incidentTotals<T extends Figure>(
  incidents: readonly T[],
  unit: BucketUnit,
  options: { fill?: boolean } = {},
): IncidentTotal[] {
  const fill = options.fill ?? true
  const sums = new Map<string, IncidentTotal>()
  for (const inc of incidents) {
    if (inc.date === null || inc.denied) continue
    const period = periodOf(inc.date, unit)
    const row = sums.get(period.period) ?? {
      ...period,
      incidents: 0,
      incidentIds: [],
      low: 0,
      high: 0,
      runningLow: 0,
      runningHigh: 0,
    }
    row.incidents++
    row.incidentIds.push(inc.id)
    row.low += inc.low
    row.high = row.high === null || inc.high === null ? null : row.high + inc.high
    sums.set(period.period, row)
  }
  let rows = [...sums.values()].sort((a, b) => (a.start < b.start ? -1 : 1))
  if (fill && rows.length > 1) {
    const filled: IncidentTotal[] = []
    let p: Period = periodOf(rows[0].start, unit)
    for (const row of rows) {
      while (p.start < row.start) {
        filled.push({ ...p, incidents: 0, incidentIds: [], low: 0, high: 0, runningLow: 0, runningHigh: 0 })
        p = nextPeriod(p, unit)
      }
      filled.push(row)
      p = nextPeriod(row, unit)
    }
    rows = filled
  }
  let low = 0
  let high: number | null = 0
  for (const row of rows) {
    low += row.low
    high = high === null || row.high === null ? null : high + row.high
    row.runningLow = low
    row.runningHigh = high
  }
  return rows
}
