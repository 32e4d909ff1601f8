// Claims of one series turned into points: one source's figure, first reported on one date and perhaps
// repeated later. Repeats are citations of the same point, never independent confirmations, and copies of
// one story (near-duplicate articles share an `articleFamily`) are cited once.

import type { Qualifier } from '../extractor/types.ts'
import { daysBetween } from './dates.ts'

export type ClaimId = number | string

/** A stored claim as the series library needs it. */
export interface SeriesClaim {
  id: ClaimId
  articleId: number | null
  /** The original article's id for near-duplicates, else the article's own id. */
  articleFamily: number | null
  /** Normalised source (see sources.ts); null when the text credits no one. */
  sourceKey: string | null
  low: number
  high: number | null
  qualifier: Qualifier
  asOf: string | null
  published: string | null
  denied: boolean
  projected: boolean
  status: 'pending' | 'verified' | 'rejected'
}

/** What change, disagreement and bucketing need from a point or an incident. */
export interface Figure {
  id: string
  sourceKey: string | null
  low: number
  high: number | null
  qualifier: Qualifier
  /** First date reported ('YYYY-MM-DD'), null when no claim carries a date. */
  date: string | null
  repeatedOn: string[]
  denied: boolean
}

export interface Point extends Figure {
  claimIds: ClaimId[]
  /** Distinct article families: copies of one story count once, claims without an article each once. */
  citations: number
  /** True when at least one claim behind it was verified by an editor. */
  verified: boolean
}

/** Claims left out of points: rejected ones are wrong, projected ones are forecasts (out by default). */
export function inSeries(c: SeriesClaim): boolean {
  return c.status !== 'rejected' && !c.projected
}

export function claimDate(c: SeriesClaim): string | null {
  return c.asOf ?? c.published
}

/** Stable id of a point: the same figure from the same source always gets the same id. */
export function pointId(c: Pick<SeriesClaim, 'sourceKey' | 'low' | 'high' | 'qualifier' | 'denied'>): string {
  return `${c.sourceKey ?? '-'}|${c.low}|${c.high ?? ''}|${c.qualifier}${c.denied ? '|denied' : ''}`
}

/** Sorted by date (undated last), then source, then value, so output is deterministic. */
export function byDate<T extends Figure>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date < b.date ? -1 : 1
  }
  if (a.sourceKey !== b.sourceKey) return (a.sourceKey ?? '\uffff') < (b.sourceKey ?? '\uffff') ? -1 : 1
  if (a.low !== b.low) return a.low - b.low
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * One point per (source, low, high, qualifier, denied). A denied figure stays apart from the same
 * figure asserted, so that disagreement can set the two against each other.
 */
export function toPoints(claims: readonly SeriesClaim[]): Point[] {
  const groups = new Map<string, SeriesClaim[]>()
  for (const c of claims) {
    if (!inSeries(c)) continue
    const id = pointId(c)
    const list = groups.get(id)
    if (list) list.push(c)
    else groups.set(id, [c])
  }
  const points: Point[] = []
  for (const [id, list] of groups) {
    const first = list[0]
    const dates = [...new Set(list.map(claimDate).filter((d): d is string => d !== null))].sort()
    points.push({
      id,
      sourceKey: first.sourceKey,
      low: first.low,
      high: first.high,
      qualifier: first.qualifier,
      date: dates[0] ?? null,
      repeatedOn: dates.slice(1),
      denied: first.denied,
      claimIds: list.map((c) => c.id),
      citations: countCitations(list),
      verified: list.some((c) => c.status === 'verified'),
    })
  }
  return points.sort(byDate)
}

export function countCitations(claims: readonly SeriesClaim[]): number {
  const families = new Set<string>()
  for (const c of claims) {
    const family = c.articleFamily ?? c.articleId
    families.add(family === null ? `claim:${c.id}` : `article:${family}`)
  }
  return families.size
}

export interface Incident extends Figure {
  /** Every source credited for this incident; null stands for "unattributed" and comes last. */
  sources: Array<string | null>
  claimIds: ClaimId[]
  citations: number
  verified: boolean
}

/**
 * Incident series: reports of the same value within `windowDays` of the first report are one incident.
 * Clusters are anchored on their first date rather than chained, so a figure that recurs every two days
 * for a month is several incidents, not one.
 */
export function collapseIncidents(
  claims: readonly SeriesClaim[],
  options: { windowDays?: number } = {},
): Incident[] {
  const windowDays = options.windowDays ?? 3
  const kept = claims.filter((c) => inSeries(c) && !c.denied)
  const dated = kept.filter((c) => claimDate(c) !== null)
  dated.sort((a, b) => (claimDate(a)! < claimDate(b)! ? -1 : claimDate(a)! > claimDate(b)! ? 1 : 0))
  const clusters: Array<{ start: string; claims: SeriesClaim[] }> = []
  const open = new Map<number, { start: string; claims: SeriesClaim[] }>()
  for (const c of dated) {
    const cluster = open.get(c.low)
    if (cluster && daysBetween(cluster.start, claimDate(c)!) <= windowDays) cluster.claims.push(c)
    else {
      const fresh = { start: claimDate(c)!, claims: [c] }
      open.set(c.low, fresh)
      clusters.push(fresh)
    }
  }
  // An undated report of a figure that a dated report of the same source, or of the same story, gives
  // is that incident again (an upload without a date of an article already in). Other undated reports
  // cannot be placed in time: each stays an incident of its own, with no date.
  for (const c of kept) {
    if (claimDate(c) !== null) continue
    const same = clusters.find((k) => k.start && k.claims.some((d) => sameReport(c, d)))
    if (same) same.claims.push(c)
    else clusters.push({ start: '', claims: [c] })
  }
  return clusters.map(({ claims: list }) => toIncident(list)).sort(byDate)
}

/** The same figure from the same named source, or from a copy of the same story. */
function sameReport(a: SeriesClaim, b: SeriesClaim): boolean {
  if (a.low !== b.low || a.high !== b.high) return false
  if (a.sourceKey !== null && a.sourceKey === b.sourceKey) return true
  const family = (c: SeriesClaim) => c.articleFamily ?? c.articleId
  return family(a) !== null && family(a) === family(b)
}

function toIncident(list: SeriesClaim[]): Incident {
  const dates = [...new Set(list.map(claimDate).filter((d): d is string => d !== null))].sort()
  // The wording most reports use stands for the incident ("at least 12" over a lone "12").
  const counts = new Map<string, { c: SeriesClaim; n: number }>()
  for (const c of list) {
    const k = `${c.high}|${c.qualifier}`
    const e = counts.get(k)
    if (e) e.n++
    else counts.set(k, { c, n: 1 })
  }
  const typical = [...counts.values()].sort((a, b) => b.n - a.n)[0].c
  const named = [...new Set(list.map((c) => c.sourceKey).filter((s): s is string => s !== null))].sort()
  const sources: Array<string | null> = list.some((c) => c.sourceKey === null) ? [...named, null] : named
  return {
    id: `incident|${dates[0] ?? `claim:${list[0].id}`}|${typical.low}`,
    sourceKey: named[0] ?? null,
    low: typical.low,
    high: typical.high,
    qualifier: typical.qualifier,
    date: dates[0] ?? null,
    repeatedOn: dates.slice(1),
    denied: false,
    sources,
    claimIds: list.map((c) => c.id),
    citations: countCitations(list),
    verified: list.some((c) => c.status === 'verified'),
  }
}
