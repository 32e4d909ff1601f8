import { and, desc, eq, gte, isNull } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { series, topics } from '../../db/schema/index.ts'
import { CLAIM_COLUMNS, readSeriesClaims } from './claim-reader.ts'
import { analyse } from './claims.ts'
import { changeToApi, conditions, SERIES_SHOWN, type SeriesFilters, seriesToApi } from './read.ts'

/**
 * What moved since a date: figures first stored since then, the biggest moves they made against the
 * same source's previous figure, and disagreements they started.
 */
export async function changesSince(db: Db, since: string, filters: SeriesFilters = {}, limit = 50) {
  const sinceTime = new Date(since)
  const touched = await db
    .select({ s: SERIES_SHOWN, t: topics })
    .from(series)
    .innerJoin(topics, eq(topics.id, series.topicId))
    // The overview's filters, so that what changed is about the topics it shows.
    .where(and(isNull(series.mergedInto), gte(series.updatedAt, sinceTime), conditions(filters)))
    .orderBy(desc(series.updatedAt))
    .limit(limit)
  const rows = await readSeriesClaims(
    db,
    touched.map((r) => r.s.id),
    CLAIM_COLUMNS.changes,
  )
  const newPoints = []
  const moves = []
  const newDisagreements = []
  for (const { s, t } of touched) {
    const mine = rows.filter((r) => r.seriesId === s.id)
    const fresh = new Set(mine.filter((r) => r.createdAt >= sinceTime).map((r) => r.id))
    if (!fresh.size) continue
    const a = analyse(s.kind, mine)
    const isNew = (id: string) =>
      a.points.find((p) => p.id === id)?.claimIds.some((c) => fresh.has(c as number)) ?? false
    const summary = seriesToApi(s, t)
    const changeOf = new Map(a.changes.map((c) => [c.pointId, c]))
    for (const p of a.points.filter((p) => isNew(p.id))) {
      newPoints.push({
        series_id: s.id,
        series_title: s.title,
        point: {
          key: p.id,
          source_name: a.sourceName(p.sourceKey),
          as_of: p.date,
          low: p.low,
          high: p.high,
          qualifier: p.qualifier,
          change: changeToApi(changeOf.get(p.id)),
        },
      })
    }
    for (const c of s.kind === 'incident' ? [] : a.changes) {
      if (c.absolute === null || !isNew(c.pointId)) continue
      const from = a.points.find((p) => p.id === c.previousPointId)!
      const to = a.points.find((p) => p.id === c.pointId)!
      moves.push({
        series_id: s.id,
        series_title: s.title,
        source_name: a.sourceName(c.sourceKey),
        from: from.low,
        to: to.low,
        abs: c.absolute,
        pct: c.percent,
      })
    }
    for (const d of a.disagreements) {
      if (!isNew(d.a.id) && !isNew(d.b.id)) continue
      newDisagreements.push({ series_id: s.id, series_title: summary.title, reason: d.reason, kind: d.kind })
    }
  }
  moves.sort((x, y) => Math.abs(y.pct ?? 0) - Math.abs(x.pct ?? 0) || Math.abs(y.abs) - Math.abs(x.abs))
  return {
    since,
    new_points: newPoints,
    biggest_moves: moves.slice(0, 20),
    new_disagreements: newDisagreements,
  }
}
