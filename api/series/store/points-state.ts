// The stored points and disagreeing pairs of a series (series_points, series_pairs): recomputed per
// slice when claims change (one source's claims in a running toll, one value's in an incident series;
// points never span two slices) and in full by a rebuild.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { claims, type Series, seriesPairs, seriesPoints } from '../../db/schema/index.ts'
import { jsonb, rowsOf, type Tx } from '../../db/sql.ts'
import { collapseIncidents, type Figure, findDisagreements, findRevisions, toPoints } from '../index.ts'
import { CLAIM_COLUMNS, type ClaimRead, readSeriesClaims } from './claim-reader.ts'

export const WINDOW_DAYS = 7

type Kind = Series['kind']
export interface StoredPoint extends Figure {
  sourceId: number | null
  citations: number
  revision: boolean
}

/** The points of these claims (a whole slice), with the later point of each revision marked. */
export function pointsOf(kind: Kind, rows: ClaimRead[]): StoredPoint[] {
  const inputs = rows.map((r) => r.input)
  const sourceIds = new Map(rows.map((r) => [r.sourceKey, r.sourceId]))
  const points = kind === 'incident' ? collapseIncidents(inputs) : toPoints(inputs)
  const revised = new Set(kind === 'incident' ? [] : findRevisions(points).map((r) => r.after.id))
  return points.map((p) => ({
    id: p.id,
    sourceKey: p.sourceKey,
    sourceId: kind === 'incident' ? null : (sourceIds.get(p.sourceKey) ?? null),
    low: p.low,
    high: p.high,
    qualifier: p.qualifier,
    date: p.date,
    repeatedOn: p.repeatedOn,
    denied: p.denied,
    citations: p.citations,
    revision: revised.has(p.id),
  }))
}

const pairKey = (a: string, b: string) => (a < b ? [a, b] : [b, a])
const datesOf = (p: Figure) => (p.date ? [p.date, ...p.repeatedOn] : [])

async function insertPoints(tx: Tx, seriesId: number, points: StoredPoint[]) {
  for (let i = 0; i < points.length; i += 5000) {
    await tx.insert(seriesPoints).values(
      points.slice(i, i + 5000).map((p) => {
        const dates = datesOf(p)
        return {
          seriesId,
          pointKey: p.id,
          sourceId: p.sourceId,
          sourceKey: p.sourceKey,
          low: p.low,
          high: p.high,
          qualifier: p.qualifier,
          denied: p.denied,
          date: p.date,
          lastSeen: dates.length ? [...dates].sort().at(-1) : null,
          dates,
          citations: p.citations,
          revision: p.revision,
        }
      }),
    )
  }
}

async function insertPairs(tx: Tx, seriesId: number, pairs: string[][]) {
  for (let i = 0; i < pairs.length; i += 5000) {
    await tx
      .insert(seriesPairs)
      .values(pairs.slice(i, i + 5000).map(([aKey = '', bKey = '']) => ({ seriesId, aKey, bKey })))
      .onConflictDoNothing()
  }
}

/** Replaces every stored point and pair of the series with those of `rows`, all its claims. */
export async function rebuildPoints(tx: Tx, s: Pick<Series, 'id' | 'kind'>, rows: ClaimRead[]) {
  await tx.delete(seriesPoints).where(eq(seriesPoints.seriesId, s.id))
  await tx.delete(seriesPairs).where(eq(seriesPairs.seriesId, s.id))
  const points = pointsOf(s.kind, rows)
  await insertPoints(tx, s.id, points)
  if (s.kind !== 'incident') {
    const found = findDisagreements(points, { windowDays: WINDOW_DAYS })
    await insertPairs(
      tx,
      s.id,
      found.map((d) => pairKey(d.a.id, d.b.id)),
    )
  }
}

export interface Slices {
  sourceIds: (number | null)[]
  lows: number[]
}

/**
 * Recomputes the slices of the series that changed: their points from their claims, then the pairs
 * involving a point that appeared, vanished or moved in time, against the points reported within the
 * window of it (pairs are a property of two points, so those are all that can change).
 */
export async function refreshSlices(tx: Tx, s: Pick<Series, 'id' | 'kind'>, slices: Slices) {
  const incident = s.kind === 'incident'
  const ids = slices.sourceIds.filter((x): x is number => x !== null)
  const bySource = (col: AnyPgColumn) =>
    or(
      ids.length ? inArray(col, ids) : sql`false`,
      slices.sourceIds.includes(null) ? isNull(col) : sql`false`,
    )
  const byLow = (col: AnyPgColumn) =>
    slices.lows.length
      ? sql`${col} in (select jsonb_array_elements_text(${jsonb(slices.lows)})::float8)`
      : sql`false`
  const rows = await readSeriesClaims(
    tx,
    [s.id],
    CLAIM_COLUMNS.analysis,
    incident ? byLow(claims.low) : bySource(claims.sourceId),
  )
  const old = await tx
    .delete(seriesPoints)
    .where(
      and(
        eq(seriesPoints.seriesId, s.id),
        incident ? byLow(seriesPoints.low) : bySource(seriesPoints.sourceId),
      ),
    )
    .returning({ key: seriesPoints.pointKey, dates: seriesPoints.dates })
  const points = pointsOf(s.kind, rows)
  await insertPoints(tx, s.id, points)
  if (incident) return
  const before = new Map(old.map((o) => [o.key, JSON.stringify(o.dates)]))
  // Points that appeared or whose report dates changed, and points that vanished.
  const moved = points.filter((p) => before.get(p.id) !== JSON.stringify(datesOf(p)))
  const kept = new Set(points.map((p) => p.id))
  const changed = [...moved.map((p) => p.id), ...[...before.keys()].filter((k) => !kept.has(k))]
  if (!changed.length) return
  await tx
    .delete(seriesPairs)
    .where(
      and(
        eq(seriesPairs.seriesId, s.id),
        or(inArray(seriesPairs.aKey, changed), inArray(seriesPairs.bKey, changed)),
      ),
    )
  const days = moved.flatMap(datesOf).sort()
  const [first, last] = [days[0], days.at(-1)]
  if (!first || !last) return
  const near = await rowsOf<PointRow>(
    tx,
    sql`select ${POINT_COLUMNS} from series_points
      where series_id = ${s.id} and date is not null
        and date <= ${last}::date + ${WINDOW_DAYS}::int and last_seen >= ${first}::date - ${WINDOW_DAYS}::int`,
  )
  const mine = new Set(moved.map((p) => p.id))
  const found = findDisagreements(near.map(figureOf), { windowDays: WINDOW_DAYS }).filter(
    (d) => mine.has(d.a.id) || mine.has(d.b.id),
  )
  await insertPairs(
    tx,
    s.id,
    found.map((d) => pairKey(d.a.id, d.b.id)),
  )
}

/** The columns of a stored point as a raw read, the same on both drivers (dates as text). */
export const POINT_COLUMNS = sql.raw(
  `point_key, source_id, source_key, low, high, qualifier, denied, date::text as date, dates, citations, revision`,
)
export interface PointRow {
  point_key: string
  source_id: string | number | null
  source_key: string | null
  low: number
  high: number | null
  qualifier: Figure['qualifier']
  denied: boolean
  date: string | null
  dates: string[] | string
  citations: number
  revision: boolean
}

export function figureOf(r: PointRow): StoredPoint {
  const dates = (typeof r.dates === 'string' ? JSON.parse(r.dates) : r.dates) as string[]
  return {
    id: r.point_key,
    sourceKey: r.source_key,
    sourceId: r.source_id === null ? null : Number(r.source_id),
    low: Number(r.low),
    high: r.high === null ? null : Number(r.high),
    qualifier: r.qualifier,
    date: r.date,
    repeatedOn: dates.slice(1),
    denied: r.denied,
    citations: r.citations,
    revision: r.revision,
  }
}
