// The figure to use, the series' part of its sources' records and the alert events of a series refreshed
// from its stored points: what they weigh is read from series_points (the points within the estimate's
// window, the points near the new claims) or kept as counts the refresh adds its changes to (revisions
// and true conflicts), never from the series' claims, so a refresh costs what changed and not what the
// series holds.
import { type SQL, sql } from 'drizzle-orm'
import type { Series } from '../../db/schema/index.ts'
import { jsonb, type Runner, rowsOf, type Tx } from '../../db/sql.ts'
import type { SeriesAnalysis } from '../alert-events.ts'
import { addDays } from '../dates.ts'
import { ESTIMATE_WINDOW_DAYS, type Estimate, estimate, reliabilityOf, ruleOf } from '../estimate.ts'
import { JUMP_MIN_RISE, jumpFlags, lateFlags, type ReportedClaim, steps } from '../flags.ts'
import { byDate, changes, findDisagreements, findRevisions } from '../index.ts'
import { emptyDelta, type RecordDelta, type SeriesSourceRecord, withDelta } from '../track-record.ts'
import {
  figureOf,
  POINT_COLUMNS_P,
  type PointRow,
  type Reach,
  type StoredPoint,
  WINDOW_DAYS,
} from './points-state.ts'

type Num = string | number
type Listed = Pick<Series, 'id' | 'kind'> & { rule: string | null }

export interface Judgement {
  id: number
  estimate: Estimate | null
  /** The stored estimate stands: nothing it weighs changed (`estimate` is then not computed). */
  keep?: boolean
  source_record: SeriesSourceRecord
}

/** How analyse() names and weighs the sources of these keys. */
export async function sourcesOf(tx: Runner, keys: (string | null)[]) {
  const named = [...new Set(keys.filter((k): k is string => k !== null))]
  return sourceLookup(
    named.length ? await sourceRows(tx, sql`select jsonb_array_elements_text(${jsonb(named)})`) : [],
  )
}

/** The same for the sources of a series' stored points: read beside the points, not after them. */
export async function sourcesOfPoints(tx: Runner, seriesId: number) {
  return sourceLookup(
    await sourceRows(tx, sql`select source_key from series_points where series_id = ${seriesId}`),
  )
}

type SourceRow = { key: string; name: string; kind: string; grade: string | null }
const sourceRows = (tx: Runner, keys: SQL) =>
  rowsOf<SourceRow>(tx, sql`select key, name, kind, grade from sources where key in (${keys})`)

function sourceLookup(rows: SourceRow[]) {
  const byKey = new Map(rows.map((r) => [r.key, r]))
  return {
    sourceName: (k: string | null) => (k ? (byKey.get(k)?.name ?? k) : 'an unattributed report'),
    reliability: (k: string | null) => {
      if (k === null) return 0
      const s = byKey.get(k)
      return s ? reliabilityOf(s.kind, s.grade) : 1
    },
  }
}

const byId = <T extends { series_id: Num }>(rows: T[]) => {
  const out = new Map<number, T[]>()
  for (const r of rows) {
    const id = Number(r.series_id)
    out.set(id, [...(out.get(id) ?? []), r])
  }
  return out
}

/**
 * The points the figure to use weighs: asserted, dated, verified ones only when the series has any,
 * each source's latest within the estimate's window of the latest of them (its points of its latest
 * report day, the ties included). The estimate weighs only those, and a source's latest point in the
 * window is its latest overall, so the estimate over these equals the estimate over all points; a
 * dense series' window holds thousands of points, read here as a few per source.
 */
async function estimatePoints(tx: Tx, ids: number[], keeps: (id: number, lo: string | null) => boolean) {
  const lasts = await rowsOf<{ id: Num; verified: string | null; any: string | null }>(
    tx,
    sql`select x.id,
      (select p.date::text from series_points p where p.series_id = x.id and p.verified and not p.denied
        and p.date is not null order by p.date desc limit 1) as verified,
      (select p.date::text from series_points p where p.series_id = x.id and not p.denied
        and p.date is not null order by p.date desc limit 1) as any
    from (select value::bigint as id from jsonb_array_elements_text(${jsonb(ids)})) x`,
  )
  const kept = new Set<number>()
  const windows = lasts.flatMap((l) => {
    const last = l.verified ?? l.any
    const lo = last ? addDays(last, -ESTIMATE_WINDOW_DAYS) : null
    if (keeps(Number(l.id), lo)) kept.add(Number(l.id))
    else if (lo) return [{ series_id: Number(l.id), lo, verified: l.verified !== null }]
    return []
  })
  const rows = await rowsOf<PointRow & { series_id: Num }>(
    tx,
    sql`select p.series_id, ${POINT_COLUMNS_P}
      from jsonb_to_recordset(${jsonb(windows)}) x(series_id bigint, lo date, verified boolean)
      cross join lateral (select q.source_key, max(q.date) as d from series_points q
        where q.series_id = x.series_id and q.date >= x.lo and not q.denied and (q.verified or not x.verified)
        group by q.source_key) m
      join series_points p on p.series_id = x.series_id and p.date = m.d and not p.denied
        and p.source_key is not distinct from m.source_key and (p.verified or not x.verified)`,
  )
  return { windowed: byId(rows), kept }
}

/**
 * Estimates and sources' records of series whose stored points are up to date: each record is its
 * stored one with what the refresh changed added (`changed`), not recounted from all the series' pairs.
 * With `reach` (the refresh's changed points were all that changed: no rule, grade or name), an estimate
 * whose window none of them reaches is kept, not read again: most new figures of a long series are
 * about days long before its latest report (ingest at 1M claims read ~20 ms of windows per article).
 */
export async function storedJudgements(
  tx: Tx,
  list: (Listed & { sourceRecord: SeriesSourceRecord | null; storedRule: string | null })[],
  changed: Map<number, RecordDelta>,
  reach: Map<number, Reach> | null,
): Promise<Judgement[]> {
  if (!list.length) return []
  const byIds = new Map(list.map((s) => [s.id, s]))
  // Kept when the stored estimate was made by the series' rule (or there is none), and no changed point
  // is verified (the pool may change) or reported on or after the window's first day (lo: none when no
  // point is weighed, and then only a change of no asserted dated point keeps it).
  const keeps = (id: number, lo: string | null) => {
    const s = byIds.get(id)
    if (!reach || !s || (s.storedRule !== null && s.storedRule !== ruleOf(s.rule))) return false
    const r = reach.get(id)
    return !r || r.last === null || (!r.verified && lo !== null && r.last < lo)
  }
  const { windowed, kept } = await estimatePoints(
    tx,
    list.map((s) => s.id),
    keeps,
  )
  const points = new Map([...windowed].map(([id, rows]) => [id, rows.map(figureOf).sort(byDate)]))
  const { sourceName, reliability } = await sourcesOf(
    tx,
    [...points.values()].flat().map((p) => p.sourceKey),
  )
  return list.map((s) => ({
    id: s.id,
    keep: kept.has(s.id),
    estimate: kept.has(s.id)
      ? null
      : estimate(points.get(s.id) ?? [], {
          rule: ruleOf(s.rule),
          reliability,
          sourceName,
          kind: s.kind,
        }),
    source_record:
      s.kind === 'incident'
        ? { revised_down: {}, conflicts: [] }
        : withDelta(s.sourceRecord ?? { revised_down: {}, conflicts: [] }, changed.get(s.id) ?? emptyDelta()),
  }))
}

/**
 * What alert events read of a series after a change: the points holding the new claims, the changes
 * and revisions of their sources (a refreshed slice holds all of a source's points), their
 * disagreements with the points reported within the window of them, and their flags. A late report
 * needs the new points' claims; a jump is judged against the median rate of every step of the series,
 * so the series' other points are read only when a new figure rose enough over its source's previous
 * one to be a jump at all.
 */
export async function changeAnalysis(
  tx: Tx,
  s: Pick<Series, 'id' | 'kind'>,
  slicePoints: StoredPoint[],
  fresh: Set<number>,
): Promise<SeriesAnalysis> {
  const points = slicePoints.filter((p) => p.claimIds.some((id) => fresh.has(Number(id))))
  const late = lateFlags(points, await reportedClaims(tx, points))
  if (s.kind === 'incident') {
    const { sourceName } = await sourcesOf(
      tx,
      points.map((p) => p.sourceKey),
    )
    return { points, changes: [], disagreements: [], revisions: [], flags: late, sourceName }
  }
  const days = points.flatMap(datesOf).sort()
  const [lo, hi] = [days[0], days.at(-1)]
  const near =
    lo && hi
      ? await storedPoints(
          tx,
          s.id,
          sql`and p.date <= ${hi}::date + ${WINDOW_DAYS}::int and p.last_seen >= ${lo}::date - ${WINDOW_DAYS}::int`,
        )
      : []
  const all = withSlice(near, slicePoints)
  const { sourceName } = await sourcesOf(
    tx,
    all.map((p) => p.sourceKey),
  )
  const ids = new Set(points.map((p) => p.id))
  const mayJump = steps(slicePoints).some((st) => st.from && st.rise >= JUMP_MIN_RISE && ids.has(st.to.id))
  const jumps = mayJump
    ? jumpFlags(withSlice(await storedPoints(tx, s.id), slicePoints), {
        periodStart: await periodStart(tx, s.id),
        sourceName,
      })
    : []
  return {
    points,
    changes: changes(slicePoints),
    revisions: findRevisions(slicePoints),
    disagreements: findDisagreements(all, { windowDays: WINDOW_DAYS, sourceName }).filter(
      (d) => ids.has(d.a.id) || ids.has(d.b.id),
    ),
    flags: [...jumps.filter((f) => ids.has(f.point)), ...late],
    sourceName,
  }
}

/** A series' dated stored points, narrowed by `where`. */
const storedPoints = (tx: Tx, seriesId: number, where = sql``) =>
  rowsOf<PointRow>(
    tx,
    sql`select ${POINT_COLUMNS_P} from series_points p where p.series_id = ${seriesId} and p.date is not null ${where}`,
  )

/** Stored points with the refreshed slice's in their place: those know their claims, stored copies do not. */
function withSlice(stored: PointRow[], slicePoints: StoredPoint[]): StoredPoint[] {
  const merged = new Map(stored.map((r) => [r.point_key, figureOf(r)]))
  for (const p of slicePoints) merged.set(p.id, p)
  return [...merged.values()].sort(byDate)
}

const datesOf = (p: StoredPoint) => (p.date ? [p.date, ...p.repeatedOn] : [])

/** The claims behind these points, as the late-report rule reads them. */
async function reportedClaims(tx: Tx, points: StoredPoint[]): Promise<ReportedClaim[]> {
  const ids = points.flatMap((p) => p.claimIds.map(Number))
  if (!ids.length) return []
  const rows = await rowsOf<{ id: Num; as_of: string | null; published: string | null }>(
    tx,
    sql`select c.id, c.as_of::text as as_of, a.published::text as published from claims c
      left join articles a on a.id = c.article_id
      where c.id in (select jsonb_array_elements_text(${jsonb(ids)})::bigint)`,
  )
  return rows.map((r) => ({ id: Number(r.id), asOf: r.as_of, published: r.published }))
}

/** A running toll's reference period starts on its first claim's "since" date, as analyse() reads it. */
async function periodStart(tx: Tx, seriesId: number): Promise<string | null> {
  const [row] = await rowsOf<{ since: string }>(
    tx,
    sql`select since_date::text as since from claims where series_id = ${seriesId} and since_date is not null
      order by id limit 1`,
  )
  return row?.since ?? null
}
