import { eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { articles, claims, outlets, type Series, series, sources } from '../../db/schema/index.ts'
import {
  changes,
  collapseIncidents,
  findDisagreements,
  findRevisions,
  increments,
  type Point,
  type SeriesClaim,
  summarise,
  toPoints,
} from '../index.ts'

type Reader = Pick<Db, 'select'>

/** A series' claims with what the series library needs, plus what a reader needs to see a citation. */
export async function seriesClaims(db: Reader, seriesIds: number[]) {
  if (!seriesIds.length) return []
  const rows = await db
    .select({
      claim: claims,
      sourceKey: sources.key,
      sourceName: sources.name,
      family: sql<number | null>`coalesce(${articles.duplicateOf}, ${articles.id})`,
      published: articles.published,
      articleTitle: articles.title,
      url: articles.url,
      outlet: outlets.name,
    })
    .from(claims)
    .leftJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(inArray(claims.seriesId, seriesIds))
  return rows.map((r) => ({
    ...r,
    family: r.family === null ? null : Number(r.family),
    input: seriesClaimOf({ ...r.claim, family: r.family, sourceKey: r.sourceKey, published: r.published }),
  }))
}
/** The fields analyse() reads, from a claim row joined with its article and source. */
export function seriesClaimOf(
  r: Omit<SeriesClaim, 'articleFamily'> & { family: number | string | null },
): SeriesClaim {
  return {
    id: r.id,
    articleId: r.articleId,
    articleFamily: r.family === null ? null : Number(r.family),
    sourceKey: r.sourceKey,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    asOf: r.asOf,
    published: r.published,
    denied: r.denied,
    projected: r.projected,
    status: r.status,
  }
}

export type SeriesClaimRow = Awaited<ReturnType<typeof seriesClaims>>[number]

/**
 * Everything derived from a series' claims: points (or collapsed incidents), change, increments,
 * disagreements and revisions. Incident series are not checked for disagreement: two different
 * events on nearby days are not two sources contradicting each other.
 */
export function analyse(
  kind: Series['kind'],
  rows: Pick<SeriesClaimRow, 'input' | 'sourceKey' | 'sourceName'>[],
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

/** What analyse() reads of a claim, and no more: the refresh after every ingest reads whole series. */
async function refreshClaims(db: Reader, seriesIds: number[]) {
  const rows = await db
    .select({
      id: claims.id,
      seriesId: claims.seriesId,
      articleId: claims.articleId,
      low: claims.low,
      high: claims.high,
      qualifier: claims.qualifier,
      asOf: claims.asOf,
      denied: claims.denied,
      projected: claims.projected,
      status: claims.status,
      sourceKey: sources.key,
      sourceName: sources.name,
      family: sql<number | null>`coalesce(${articles.duplicateOf}, ${articles.id})`,
      published: articles.published,
    })
    .from(claims)
    .leftJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(articles, eq(articles.id, claims.articleId))
    .where(inArray(claims.seriesId, seriesIds))
  // Claim order decides ties inside analyse(); the same order whatever plan the database picks.
  rows.sort((a, b) => a.id - b.id)
  return rows.map((r) => ({
    seriesId: r.seriesId,
    sourceKey: r.sourceKey,
    sourceName: r.sourceName,
    input: seriesClaimOf(r),
  }))
}

/**
 * Recomputes the stored summaries of these series from their claims, in one read and one write. Every
 * rewrite bumps `version`, which validates cached answers about the series.
 */
export async function refreshSeries(tx: Pick<Db, 'select' | 'update'>, ids: number[]) {
  const unique = [...new Set(ids)].sort((a, b) => a - b)
  if (!unique.length) return
  // Row locks taken in id order, so that two transactions refreshing overlapping series queue
  // instead of deadlocking.
  const list = await tx
    .select({ id: series.id, kind: series.kind })
    .from(series)
    .where(inArray(series.id, unique))
    .orderBy(series.id)
    .for('no key update')
  const bySeries = new Map<number, Awaited<ReturnType<typeof refreshClaims>>>(list.map((s) => [s.id, []]))
  for (const r of await refreshClaims(tx, unique)) bySeries.get(r.seriesId!)?.push(r)
  const input = list.map((s) => {
    const mine = bySeries.get(s.id)!
    const a = analyse(s.kind, mine)
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
}
