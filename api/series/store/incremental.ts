// A series summary from its stored points (series_points, series_pairs) after the changed slices were
// recomputed: aggregates over points and the few points the latest figure needs, never the claims.
import { sql } from 'drizzle-orm'
import type { Series } from '../../db/schema/index.ts'
import { jsonb, rowsOf, type Tx } from '../../db/sql.ts'
import { byDate, latest } from '../index.ts'
import {
  type Changes,
  figureOf,
  POINT_COLUMNS_P,
  type PointRow,
  refreshSlices,
  type Slice,
  type StoredPoint,
} from './points-state.ts'

/** What a refresh writes to a series row (the names of its columns). */
export interface SummaryRow {
  id: number
  claim_count: number
  point_count: number
  source_count: number
  first_date: string | null
  last_date: string | null
  latest_low: number | null
  latest_high: number | null
  latest_qualifier: string | null
  latest_source: string | null
  previous_low: number | null
  disagreement_count: number
  revision_count: number
  spark: { as_of: string; low: number }[]
}

type Num = string | number

/**
 * The summaries of these series from their stored points, once their changed slices are recomputed;
 * with the recomputed points of each (they know their claims, which alert events need) and what the
 * refresh changed in each one's sources' record.
 */
export async function incrementalSummaries(
  tx: Tx,
  list: Pick<Series, 'id' | 'kind' | 'disagreementCount' | 'claimCount' | 'pointCount' | 'revisionCount'>[],
  slices: (Slice & { joined: number })[],
): Promise<{ rows: SummaryRow[]; fresh: Map<number, StoredPoint[]> } & Pick<Changes, 'records' | 'reach'>> {
  if (!list.length) return { rows: [], fresh: new Map(), records: new Map(), reach: new Map() }
  const { fresh, points, revisions, pairs, records, reach } = await refreshSlices(tx, list, slices)
  const ids = jsonb(list.map((s) => s.id))
  const inIds = sql`(select jsonb_array_elements_text(${ids})::bigint)`
  // Each through an index, never a pass over the series' points: first and last report days, named
  // sources (a skip scan over the keys of asserted points), whether any point is asserted, and the latest
  // asserted report day. The point and revision counts are kept as deltas: a count of the revision
  // points read all of them, a pass that grew with the series (70 ms for a series of 11k claims).
  const aggs = await rowsOf<{
    series_id: Num
    first: string | null
    last: string | null
    named: number
    asserted: boolean | null
    top: string | null
  }>(
    tx,
    sql`select x.id as series_id,
      (select min(p.date)::text from series_points p where p.series_id = x.id) as first,
      (select max(p.last_seen)::text from series_points p where p.series_id = x.id) as last,
      (with recursive k(key) as (
          (select p.source_key from series_points p where p.series_id = x.id and not p.denied
            and p.source_key is not null order by p.source_key limit 1)
          union all
          select (select p.source_key from series_points p where p.series_id = x.id and not p.denied
            and p.source_key > k.key order by p.source_key limit 1) from k where k.key is not null)
        select count(key)::int from k) as named,
      exists (select 1 from series_points p where p.series_id = x.id and not p.denied) as asserted,
      (select p.date::text from series_points p where p.series_id = x.id and not p.denied and p.date is not null
        order by p.date desc limit 1) as top
    from ${inIds} x(id)`,
  )
  // The claim count from the marks consumed: claims that joined or left, not a count of the series' claims.
  const claimCounts = new Map(list.map((s) => [s.id, s.claimCount]))
  for (const d of slices) claimCounts.set(d.seriesId, (claimCounts.get(d.seriesId) ?? 0) + d.joined)
  const agg = new Map(aggs.map((a) => [Number(a.series_id), a]))
  // The latest figure: among the points first reported on each series' last date, as latest() picks.
  const tops = aggs.flatMap((a) => (a.top ? [{ series_id: Number(a.series_id), top: a.top }] : []))
  const topRows = await rowsOf<PointRow & { series_id: Num }>(
    tx,
    sql`select p.series_id, ${POINT_COLUMNS_P} from jsonb_to_recordset(${jsonb(tops)}) x(series_id bigint, top date)
      join series_points p on p.series_id = x.series_id and p.date = x.top and not p.denied`,
  )
  const newest = new Map<number, StoredPoint>()
  for (const t of tops) {
    const best = latest(
      topRows
        .filter((r) => Number(r.series_id) === t.series_id)
        .map(figureOf)
        .sort(byDate),
    )
    if (best) newest.set(t.series_id, best)
  }
  // The same source's point before it, as changes() orders a source's points: its other points of that
  // day, and its last point of an earlier day.
  const kinds = new Map(list.map((s) => [s.id, s.kind]))
  const owners = [...newest].flatMap(([id, p]) =>
    kinds.get(id) === 'incident' ? [] : [{ series_id: id, source_id: p.sourceId, top: p.date }],
  )
  const ownRows = await rowsOf<PointRow & { series_id: Num }>(
    tx,
    sql`select x.series_id, p.* from jsonb_to_recordset(${jsonb(owners)}) x(series_id bigint, source_id bigint, top date)
      cross join lateral (
        (select ${POINT_COLUMNS_P} from series_points p where p.series_id = x.series_id and not p.denied
          and p.source_id is not distinct from x.source_id and p.date = x.top)
        union all
        (select ${POINT_COLUMNS_P} from series_points p where p.series_id = x.series_id and not p.denied
          and p.source_id is not distinct from x.source_id and p.date < x.top
          order by p.date desc, p.low desc, p.point_key collate "C" desc limit 1)
      ) p`,
  )
  const keys = [...new Set([...newest.values()].flatMap((p) => (p.sourceKey ? [p.sourceKey] : [])))]
  const names = new Map(
    (
      await rowsOf<{ key: string; name: string }>(
        tx,
        sql`select key, name from sources where key in (select jsonb_array_elements_text(${jsonb(keys)}))`,
      )
    ).map((r) => [r.key, r.name]),
  )
  // The last 30 report days of each series, read backwards through (series_id, date): the points of
  // those days only, not the whole series.
  const sparks = await rowsOf<{ series_id: Num; as_of: string; low: number }>(
    tx,
    sql`select x.id as series_id, d.as_of, d.low from ${inIds} x(id) cross join lateral (
      select date::text as as_of, max(coalesce(high, low)) as low from series_points
      where series_id = x.id and date is not null and not denied
      group by date order by date desc limit 30) d
    order by x.id, d.as_of`,
  )
  const rows = list.map((s) => {
    const a = agg.get(s.id)
    const top = newest.get(s.id)
    let previousLow: number | null = null
    if (top && s.kind !== 'incident') {
      const own = ownRows
        .filter((r) => Number(r.series_id) === s.id)
        .map(figureOf)
        .sort(byDate)
      const at = own.findIndex((p) => p.id === top.id)
      previousLow = at > 0 ? (own[at - 1]?.low ?? null) : null
    }
    const named = a?.named ?? 0
    return {
      id: s.id,
      claim_count: claimCounts.get(s.id) ?? 0,
      point_count: s.pointCount + (points.get(s.id) ?? 0),
      source_count: named > 0 ? named : a?.asserted ? 1 : 0,
      first_date: a?.first ?? null,
      last_date: a?.last ?? null,
      latest_low: top?.low ?? null,
      latest_high: top?.high ?? null,
      latest_qualifier: top?.qualifier ?? null,
      latest_source: top
        ? top.sourceKey
          ? (names.get(top.sourceKey) ?? top.sourceKey)
          : 'an unattributed report'
        : null,
      previous_low: previousLow,
      disagreement_count: s.kind === 'incident' ? 0 : s.disagreementCount + (pairs.get(s.id) ?? 0),
      revision_count: s.kind === 'incident' ? 0 : s.revisionCount + (revisions.get(s.id) ?? 0),
      spark: sparks
        .filter((r) => Number(r.series_id) === s.id)
        .map((r) => ({ as_of: r.as_of, low: Number(r.low) })),
    }
  })
  return { rows, fresh, records, reach }
}
