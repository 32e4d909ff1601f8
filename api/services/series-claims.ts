import { eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { articles, claims, outlets, type Series, series, sources } from '../db/schema/index.ts'
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
} from '../series/index.ts'

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
    input: {
      id: r.claim.id,
      articleId: r.claim.articleId,
      articleFamily: r.family === null ? null : Number(r.family),
      sourceKey: r.sourceKey,
      low: r.claim.low,
      high: r.claim.high,
      qualifier: r.claim.qualifier,
      asOf: r.claim.asOf,
      published: r.published,
      denied: r.claim.denied,
      projected: r.claim.projected,
      status: r.claim.status,
    } satisfies SeriesClaim,
  }))
}
export type SeriesClaimRow = Awaited<ReturnType<typeof seriesClaims>>[number]

/**
 * Everything derived from a series' claims: points (or collapsed incidents), change, increments,
 * disagreements and revisions. Incident series are not checked for disagreement: two different
 * events on nearby days are not two sources contradicting each other.
 */
export function analyse(kind: Series['kind'], rows: SeriesClaimRow[], windowDays = 7) {
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

/** Recomputes the stored summaries of these series from their claims. */
export async function refreshSeries(tx: Pick<Db, 'select' | 'update'>, ids: number[]) {
  if (!ids.length) return
  const list = await tx.select().from(series).where(inArray(series.id, ids))
  const rows = await seriesClaims(tx, ids)
  for (const s of list) {
    const mine = rows.filter((r) => r.claim.seriesId === s.id)
    const a = analyse(s.kind, mine)
    const latest = a.summary.latest
    // Consecutive incidents are different events: "change" only means something for a running toll.
    const change =
      latest && s.kind !== 'incident' ? a.changes.find((c) => c.pointId === latest.id) : undefined
    const previous = change?.previousPointId
      ? a.points.find((p) => p.id === change.previousPointId)
      : undefined
    await tx
      .update(series)
      .set({
        claimCount: mine.length,
        pointCount: a.points.length,
        sourceCount: a.summary.independentSources,
        firstDate: a.summary.firstDate,
        lastDate: a.summary.lastDate,
        latestLow: latest?.low ?? null,
        latestHigh: latest?.high ?? null,
        latestQualifier: latest?.qualifier ?? null,
        latestSource: latest ? a.sourceName(latest.sourceKey) : null,
        previousLow: previous?.low ?? null,
        disagreementCount: a.disagreements.length,
        revisionCount: a.revisions.length,
        spark: sparkline(a.points),
        version: sql`${series.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(series.id, s.id))
  }
}
