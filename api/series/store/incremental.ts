// A series summary from its stored points (series_points, series_pairs) after the changed slices were
// recomputed: aggregates over points and the few points the latest figure needs, never the claims.
import { sql } from 'drizzle-orm'
import type { Series } from '../../db/schema/index.ts'
import { rowsOf, type Tx } from '../../db/sql.ts'
import { byDate, latest } from '../index.ts'
import { figureOf, POINT_COLUMNS, type PointRow, refreshSlices, type Slices } from './points-state.ts'

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

export async function incrementalSummary(
  tx: Tx,
  s: Pick<Series, 'id' | 'kind'>,
  slices: Slices,
): Promise<SummaryRow> {
  if (slices.sourceIds.length || slices.lows.length) await refreshSlices(tx, s, slices)
  const [agg] = await rowsOf<{
    claims: number
    points: number
    first: string | null
    last: string | null
    revisions: number
    named: number
    asserted: boolean | null
    pairs: number
    top: string | null
  }>(
    tx,
    sql`select
      (select count(*)::int from claims where series_id = ${s.id}) as claims,
      count(*)::int as points, min(date)::text as first, max(last_seen)::text as last,
      count(*) filter (where revision)::int as revisions,
      count(distinct source_key) filter (where not denied)::int as named,
      bool_or(not denied) as asserted,
      (select count(*)::int from series_pairs where series_id = ${s.id}) as pairs,
      max(date) filter (where not denied)::text as top
    from series_points where series_id = ${s.id}`,
  )
  if (!agg) throw new Error(`no summary of series ${s.id}`)
  // The latest figure: among the points first reported on the last date, as latest() picks.
  const top = agg.top
    ? (
        await rowsOf<PointRow>(
          tx,
          sql`select ${POINT_COLUMNS} from series_points
            where series_id = ${s.id} and not denied and date = ${agg.top}::date`,
        )
      )
        .map(figureOf)
        .sort(byDate)
    : []
  const newest = latest(top)
  let previousLow: number | null = null
  if (newest && s.kind !== 'incident') {
    // The same source's point before it, as changes() orders a source's points.
    const own = (
      await rowsOf<PointRow>(
        tx,
        sql`select ${POINT_COLUMNS} from series_points
          where series_id = ${s.id} and not denied and date is not null and date <= ${agg.top}::date
            and source_id is not distinct from ${newest.sourceId}`,
      )
    )
      .map(figureOf)
      .sort(byDate)
    const at = own.findIndex((p) => p.id === newest.id)
    previousLow = at > 0 ? (own[at - 1]?.low ?? null) : null
  }
  const [name] = newest?.sourceKey
    ? await rowsOf<{ name: string }>(tx, sql`select name from sources where key = ${newest.sourceKey}`)
    : []
  const spark = await rowsOf<{ as_of: string; low: number }>(
    tx,
    sql`select * from (
      select date::text as as_of, max(coalesce(high, low)) as low from series_points
      where series_id = ${s.id} and date is not null and not denied
      group by date order by date desc limit 30) d order by as_of`,
  )
  return {
    id: s.id,
    claim_count: agg.claims,
    point_count: agg.points,
    source_count: agg.named > 0 ? agg.named : agg.asserted ? 1 : 0,
    first_date: agg.first,
    last_date: agg.last,
    latest_low: newest?.low ?? null,
    latest_high: newest?.high ?? null,
    latest_qualifier: newest?.qualifier ?? null,
    latest_source: newest
      ? newest.sourceKey
        ? (name?.name ?? newest.sourceKey)
        : 'an unattributed report'
      : null,
    previous_low: previousLow,
    disagreement_count: s.kind === 'incident' ? 0 : agg.pairs,
    revision_count: s.kind === 'incident' ? 0 : agg.revisions,
    spark: spark.map((r) => ({ as_of: r.as_of, low: Number(r.low) })),
  }
}
