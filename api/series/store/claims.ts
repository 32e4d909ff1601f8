import { eq, inArray, sql } from 'drizzle-orm'
import { type Series, series } from '../../db/schema/index.ts'
import type { Runner } from '../../db/sql.ts'
import {
  changes,
  collapseIncidents,
  findDisagreements,
  findRevisions,
  increments,
  type Point,
  summarise,
  toPoints,
} from '../index.ts'
import { recordSeriesEvents } from './alert-outbox.ts'
import { CLAIM_COLUMNS, type ClaimRead, readSeriesClaims } from './claim-reader.ts'

/**
 * Everything derived from a series' claims: points (or collapsed incidents), change, increments,
 * disagreements and revisions. Incident series are not checked for disagreement: two different
 * events on nearby days are not two sources contradicting each other.
 */
export function analyse(
  kind: Series['kind'],
  rows: Pick<ClaimRead, 'input' | 'sourceKey' | 'sourceName'>[],
  windowDays = 7,
) {
  const inputs = rows.map((r) => r.input)
  const names = new Map(rows.map((r) => [r.sourceKey, r.sourceName]))
  const sourceName = (k: string | null) => (k ? (names.get(k) ?? k) : 'an unattributed report')
  const points: Point[] = kind === 'incident' ? collapseIncidents(inputs) : toPoints(inputs)
  return {
    points,
    summary: summarise(points),
    changes: kind === 'incident' ? [] : changes(points),
    increments: kind === 'incident' ? [] : increments(points),
    disagreements: kind === 'incident' ? [] : findDisagreements(points, { windowDays, sourceName }),
    revisions: kind === 'incident' ? [] : findRevisions(points),
    sourceName,
  }
}

const SPARK_DAYS = 30

/** The highest asserted figure of each report day, for the last days that have one. */
export function sparkline(points: Point[]) {
  const byDay = new Map<string, number>()
  for (const p of points) {
    if (!p.date || p.denied) continue
    byDay.set(p.date, Math.max(byDay.get(p.date) ?? 0, p.high ?? p.low))
  }
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(-SPARK_DAYS)
    .map(([as_of, low]) => ({ as_of, low }))
}

/**
 * Recomputes the stored summaries of these series from their claims, in one read and one write. Every
 * rewrite bumps `version`, which validates cached answers about the series.
 */
export async function refreshSeries(tx: Runner, ids: number[]) {
  const unique = [...new Set(ids)].sort((a, b) => a - b)
  if (!unique.length) return
  // Row locks taken in id order, so that two transactions refreshing overlapping series queue
  // instead of deadlocking.
  const list = await tx
    .select({ id: series.id, kind: series.kind, title: series.title })
    .from(series)
    .where(inArray(series.id, unique))
    .orderBy(series.id)
    .for('no key update')
  const bySeries = new Map<number, ClaimRead[]>(list.map((s) => [s.id, []]))
  for (const r of await readSeriesClaims(tx, unique, CLAIM_COLUMNS.analysis))
    bySeries.get(r.seriesId!)?.push(r)
  const analysed = list.map((s) => ({ ...s, analysis: analyse(s.kind, bySeries.get(s.id) ?? []) }))
  const input = analysed.map((s) => {
    const mine = bySeries.get(s.id) ?? []
    const a = s.analysis
    const latest = a.summary.latest
    // Consecutive incidents are different events: "change" only means something for a running toll.
    const change =
      latest && s.kind !== 'incident' ? a.changes.find((c) => c.pointId === latest.id) : undefined
    const previous = change?.previousPointId
      ? a.points.find((p) => p.id === change.previousPointId)
      : undefined
    return {
      id: s.id,
      claim_count: mine.length,
      point_count: a.points.length,
      source_count: a.summary.independentSources,
      first_date: a.summary.firstDate,
      last_date: a.summary.lastDate,
      latest_low: latest?.low ?? null,
      latest_high: latest?.high ?? null,
      latest_qualifier: latest?.qualifier ?? null,
      latest_source: latest ? a.sourceName(latest.sourceKey) : null,
      previous_low: previous?.low ?? null,
      disagreement_count: a.disagreements.length,
      revision_count: a.revisions.length,
      spark: sparkline(a.points),
    }
  })
  if (!input.length) return
  const x = (column: string) => sql.raw(`x.${column}`)
  await tx
    .update(series)
    .set({
      claimCount: sql`${x('claim_count')}`,
      pointCount: sql`${x('point_count')}`,
      sourceCount: sql`${x('source_count')}`,
      firstDate: sql`${x('first_date')}`,
      lastDate: sql`${x('last_date')}`,
      latestLow: sql`${x('latest_low')}`,
      latestHigh: sql`${x('latest_high')}`,
      latestQualifier: sql`${x('latest_qualifier')}`,
      latestSource: sql`${x('latest_source')}`,
      previousLow: sql`${x('previous_low')}`,
      disagreementCount: sql`${x('disagreement_count')}`,
      revisionCount: sql`${x('revision_count')}`,
      spark: sql`${x('spark')}`,
      version: sql`${series.version} + 1`,
      updatedAt: new Date(),
    })
    .from(
      sql`jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as x(id bigint, claim_count int, point_count int,
        source_count int, first_date date, last_date date, latest_low float8, latest_high float8,
        latest_qualifier text, latest_source text, previous_low float8, disagreement_count int,
        revision_count int, spark jsonb)`,
    )
    .where(eq(series.id, sql`${x('id')}`))
  // Watchers are told in the same transaction: the alert exists exactly when the change does.
  await recordSeriesEvents(tx, analysed)
}
