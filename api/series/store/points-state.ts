// The stored points and disagreeing pairs of a series (series_points, series_pairs): recomputed per
// slice when claims change (one source's claims in a running toll, one value's in an incident series;
// points never span two slices) and in full by a rebuild.
import { inArray, type SQL, sql } from 'drizzle-orm'
import { LONG_SPAN_DAYS, type Series, seriesPairs, seriesPoints } from '../../db/schema/index.ts'
import { jsonb, rowsOf, type Tx } from '../../db/sql.ts'
import { daysBetween } from '../dates.ts'
import { type Disagreement, findPairsInvolving, type Revision, type Unexplained } from '../disagreement.ts'
import { causeOf, type FigureFacts } from '../explain.ts'
import { byDate, collapseIncidents, type Figure, findRevisions, type Point, toPoints } from '../index.ts'
import { addConflicts, addRevisions, emptyDelta, type RecordDelta } from '../track-record.ts'
import { type ClaimRead, seriesClaimOf } from './claim-reader.ts'

export const WINDOW_DAYS = 7

type Kind = Series['kind']
/** A point as stored; read back, it no longer knows its claims (`claimIds` is empty). */
export interface StoredPoint extends Point {
  sourceId: number | null
  revision: boolean
  facts: FigureFacts | null
  /** The earliest date its claims give, and the earliest publication behind it: is it a late report? */
  aboutDate: string | null
  firstPublished: string | null
}

/** What analyse() made of the same claims: a rebuild analyses each series once, for all it stores. */
export interface Analysed {
  points: Point[]
  revisions: Revision<Point>[]
  disagreements: Disagreement<Point>[]
}

/** The points of these claims (a whole slice), with the later point of each revision marked. */
export function pointsOf(
  kind: Kind,
  rows: ClaimRead[],
  made?: Omit<Analysed, 'disagreements'>,
): StoredPoint[] {
  const inputs = rows.map((r) => r.input)
  const sourceIds = new Map(rows.map((r) => [r.sourceKey, r.sourceId]))
  const byId = new Map(rows.map((r) => [r.id, r]))
  // What a point counts: what its first claim says, as analyse() reads it.
  const factsOf = (p: Point): FigureFacts | null => {
    const r = byId.get(Number(p.claimIds[0]))
    return r ? { since: r.sinceDate, group: r.who, place: r.location, unit: r.unit } : null
  }
  const earliestOf = (p: Point, field: 'asOf' | 'published') => {
    let min: string | null = null
    for (const id of p.claimIds) {
      const d = byId.get(Number(id))?.input[field] ?? null
      if (d !== null && (min === null || d < min)) min = d
    }
    return min
  }
  const points = made?.points ?? (kind === 'incident' ? collapseIncidents(inputs) : toPoints(inputs))
  const revisions = made?.revisions ?? (kind === 'incident' ? [] : findRevisions(points))
  const revised = new Set(revisions.map((r) => r.after.id))
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
    claimIds: p.claimIds,
    verified: p.verified,
    revision: revised.has(p.id),
    facts: factsOf(p),
    aboutDate: earliestOf(p, 'asOf'),
    firstPublished: earliestOf(p, 'published'),
  }))
}

const pairKey = (a: string, b: string) => (a < b ? [a, b] : [b, a])
const datesOf = (p: Figure) => (p.date ? [p.date, ...p.repeatedOn] : [])

// Rows go in as one jsonb parameter per statement, many series at once: building a values list of
// thousands of rows through the query builder, one statement per series, cost more than the inserts
// themselves (a fifth of a full rebuild's CPU at 100k claims).
const ROWS_PER_STATEMENT = 20_000

/**
 * What a refresh changed per series: its stored points, revision points and pairs (the point, revision
 * and disagreement counts) and its record's counts.
 */
export interface Changes {
  points: Map<number, number>
  revisions: Map<number, number>
  pairs: Map<number, number>
  records: Map<number, RecordDelta>
  /** What the figure to use may weigh of the points stored or removed: see `Reach`. */
  reach: Map<number, Reach>
}
/**
 * Of a series' points stored or removed (both versions of a rewritten one), the asserted dated ones:
 * the latest report day among them, and whether any is verified. No other point can move the figure to
 * use (api/series/estimate.ts weighs asserted dated points, verified ones first, within a window).
 */
export interface Reach {
  last: string | null
  verified: boolean
}
export const noChanges = (): Changes => ({
  points: new Map(),
  revisions: new Map(),
  pairs: new Map(),
  records: new Map(),
  reach: new Map(),
})
const add = (m: Map<number, number>, id: number, n: number) => m.set(id, (m.get(id) ?? 0) + n)
const deltaOf = (into: Changes, id: number) => {
  const d = into.records.get(id) ?? emptyDelta()
  into.records.set(id, d)
  return d
}

/**
 * Pairs a statement ending in `returning series_id, conflict, low_source, high_source` inserted (+1) or
 * deleted (-1), added to `into`: per series, and the true conflicts per pair of sources.
 */
async function countChanged(tx: Tx, statement: SQL, into: Changes, sign: 1 | -1) {
  const rows = await rowsOf<{
    series_id: string | number
    conflict: boolean
    low_source: string | null
    high_source: string | null
    n: number
  }>(
    tx,
    sql`with d as (${statement}) select series_id, conflict, low_source, high_source, count(*)::int as n
      from d group by 1, 2, 3, 4`,
  )
  for (const r of rows) {
    const id = Number(r.series_id)
    into.pairs.set(id, (into.pairs.get(id) ?? 0) + sign * r.n)
    if (r.conflict && r.low_source !== null && r.high_source !== null)
      addConflicts(deltaOf(into, id), r.low_source, r.high_source, sign * r.n)
  }
}

async function insertPoints(tx: Tx, list: { seriesId: number; points: StoredPoint[] }[]) {
  const rows = list.flatMap(({ seriesId, points }) =>
    points.map((p) => {
      const dates = datesOf(p)
      return {
        series_id: seriesId,
        k: p.id,
        source_id: p.sourceId,
        source_key: p.sourceKey,
        low: p.low,
        high: p.high,
        qualifier: p.qualifier,
        denied: p.denied,
        date: p.date,
        last_seen: dates.length ? [...dates].sort().at(-1) : null,
        dates,
        citations: p.citations,
        revision: p.revision,
        verified: p.verified,
        facts: p.facts,
        about: p.aboutDate,
        published: p.firstPublished,
      }
    }),
  )
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT)
    await tx.execute(sql`insert into series_points (series_id, point_key, source_id, source_key, low, high,
        qualifier, denied, date, last_seen, dates, citations, revision, verified, facts, about_date, first_published)
      select x.series_id, x.k, x.source_id, x.source_key, x.low, x.high, x.qualifier, x.denied, x.date,
        x.last_seen, x.dates, x.citations, x.revision, x.verified, x.facts, x.about, x.published
      from jsonb_to_recordset(${jsonb(rows.slice(i, i + ROWS_PER_STATEMENT))}) x(series_id bigint, k text,
        source_id bigint, source_key text, low float8, high float8, qualifier text, denied boolean, date date,
        last_seen date, dates jsonb, citations int, revision boolean, verified boolean, facts jsonb, about date,
        published date)`)
}

/**
 * Stores disagreeing pairs, each with whether it is a true conflict and between which sources; adds
 * what was stored per series to `stored`.
 */
async function insertPairs<T extends Point>(
  tx: Tx,
  list: { seriesId: number; found: Unexplained<T>[]; facts: (p: T) => FigureFacts | null }[],
  stored = noChanges(),
) {
  const rows = list.flatMap(({ seriesId, found, facts }) =>
    found.map((d) => {
      const [a = '', b = ''] = pairKey(d.a.id, d.b.id)
      const conflict = causeOf(d, (p) => facts(p) ?? undefined) === 'conflict'
      return {
        series_id: seriesId,
        a,
        b,
        conflict,
        low: d.a.sourceKey,
        high: d.b.sourceKey,
        reported: d.dates[1],
      }
    }),
  )
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT)
    await countChanged(
      tx,
      sql`insert into series_pairs (series_id, a_key, b_key, conflict, low_source, high_source, report_date)
        select x.series_id, x.a, x.b, x.conflict, x.low, x.high, x.reported
        from jsonb_to_recordset(${jsonb(rows.slice(i, i + ROWS_PER_STATEMENT))})
          x(series_id bigint, a text, b text, conflict boolean, low text, high text, reported date)
        on conflict do nothing returning series_id, conflict, low_source, high_source`,
      stored,
      1,
    )
}
const storedFacts = (p: StoredPoint) => p.facts

/** What decides a point's pairs besides its value: its report dates and what it counts. */
function pairSignature(dates: string[], f: FigureFacts | null) {
  return JSON.stringify([dates, f?.since ?? null, f?.group ?? null, f?.place ?? null, f?.unit ?? null])
}
const parsed = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v)

/** Everything stored of a point: two points with the same signature are the same row. */
const rowSignature = (p: StoredPoint) =>
  JSON.stringify([
    p.sourceId,
    p.sourceKey,
    p.low,
    p.high,
    p.qualifier,
    p.denied,
    datesOf(p),
    p.citations,
    p.revision,
    p.verified,
    pairSignature([], p.facts),
    p.aboutDate,
    p.firstPublished,
  ])

/**
 * A point stored (+1) or removed (-1); a revision point changes the revision count, and that of a named
 * source its record too.
 */
function countPoint(into: Changes, id: number, p: StoredPoint, sign: 1 | -1) {
  add(into.points, id, sign)
  if (p.revision) countRevision(into, id, p.sourceKey, sign)
  if (p.date === null || p.denied) return
  const r = into.reach.get(id) ?? { last: null, verified: false }
  into.reach.set(id, {
    last: r.last === null || p.date > r.last ? p.date : r.last,
    verified: r.verified || p.verified,
  })
}

/** A revision point stored or flagged (+1), removed or unflagged (-1). */
function countRevision(into: Changes, id: number, source: string | null, sign: 1 | -1) {
  add(into.revisions, id, sign)
  if (source !== null) addRevisions(deltaOf(into, id), source, sign)
}

/**
 * Deletes the stored points of the slices that vanished or differ, and inserts the new and differing;
 * adds the points and revisions they remove and store to `into`.
 */
async function rewritePoints(
  tx: Tx,
  fresh: Map<number, StoredPoint[]>,
  before: Map<number, Map<string, StoredPoint>>,
  into: Changes,
) {
  const gone: { series_id: number; k: string }[] = []
  for (const [id, points] of fresh) {
    const was = before.get(id) ?? new Map<string, StoredPoint>()
    const now = new Map(points.map((p) => [p.id, p]))
    for (const [k, o] of was) {
      const p = now.get(k)
      if (p && rowSignature(p) === rowSignature(o)) continue
      gone.push({ series_id: id, k })
      countPoint(into, id, o, -1)
    }
    for (const p of points) {
      const o = was.get(p.id)
      if (!o || rowSignature(p) !== rowSignature(o)) countPoint(into, id, p, 1)
    }
  }
  if (gone.length)
    await tx.execute(
      sql`delete from series_points p using jsonb_to_recordset(${jsonb(gone)}) x(series_id bigint, k text)
        where p.series_id = x.series_id and p.point_key = x.k`,
    )
  await insertPoints(
    tx,
    [...fresh].map(([id, points]) => {
      const was = before.get(id) ?? new Map<string, StoredPoint>()
      return {
        seriesId: id,
        points: points.filter((p) => {
          const o = was.get(p.id)
          return !o || rowSignature(p) !== rowSignature(o)
        }),
      }
    }),
  )
}

/**
 * Replaces every stored point and pair of these series with those of `rows`, all their claims, as
 * `made` (their analysis, disagreements found within WINDOW_DAYS) has them.
 */
export async function rebuildPoints(
  tx: Tx,
  list: { s: Pick<Series, 'id' | 'kind'>; rows: ClaimRead[]; made: Analysed }[],
) {
  if (!list.length) return
  const ids = list.map(({ s }) => s.id)
  await tx.delete(seriesPoints).where(inArray(seriesPoints.seriesId, ids))
  await tx.delete(seriesPairs).where(inArray(seriesPairs.seriesId, ids))
  const built = list.map(({ s, rows, made }) => ({ s, made, points: pointsOf(s.kind, rows, made) }))
  await insertPoints(
    tx,
    built.map(({ s, points }) => ({ seriesId: s.id, points })),
  )
  await insertPairs(
    tx,
    built
      .filter(({ s }) => s.kind !== 'incident')
      .map(({ s, made, points }) => {
        // What a pair's figures count is their stored points' (a point's first claim, as analyse() reads it).
        const facts = new Map(points.map((p) => [p.id, p.facts]))
        return { seriesId: s.id, found: made.disagreements, facts: (p: Point) => facts.get(p.id) ?? null }
      }),
  )
}

/**
 * A slice of a series that changed: one source's claims of one value. No point spans two slices (a
 * point is one source's figure; an incident one value's reports), so a slice's points are made from
 * its claims alone.
 */
export interface Slice {
  seriesId: number
  sourceId: number | null
  low: number
}

type Keyed = { series_id: number; source_id: number | null; low: number }

/** The claims of these slices, in claim order: one indexed lookup per slice, in one statement. */
async function sliceClaims(tx: Tx, bySource: Keyed[], byLow: Keyed[]): Promise<ClaimRead[]> {
  const named = bySource.filter((x) => x.source_id !== null)
  const unnamed = bySource.filter((x) => x.source_id === null)
  const columns = sql.raw(`c.id, c.series_id, c.source_id, c.article_id, c.low, c.high, c.qualifier,
    c.as_of::text as as_of, c.denied, c.projected, c.status, s.key as source_key, s.name as source_name,
    s.kind as source_kind, s.grade as source_grade, c.unit, c.who, c.since_date::text as since_date, c.location,
    coalesce(a.duplicate_of, a.id) as family, a.published::text as published`)
  const joins = sql.raw(
    `left join sources s on s.id = c.source_id left join articles a on a.id = c.article_id`,
  )
  const rows = await rowsOf<Record<string, unknown>>(
    tx,
    sql`select ${columns} from jsonb_to_recordset(${jsonb(named)}) x(series_id bigint, source_id bigint, low float8)
        join claims c on c.series_id = x.series_id and c.low = x.low and c.source_id = x.source_id ${joins}
      union all
      select ${columns} from jsonb_to_recordset(${jsonb(unnamed)}) x(series_id bigint, low float8)
        join claims c on c.series_id = x.series_id and c.low = x.low and c.source_id is null ${joins}
      union all
      select ${columns} from jsonb_to_recordset(${jsonb(byLow)}) x(series_id bigint, low float8)
        join claims c on c.series_id = x.series_id and c.low = x.low ${joins}`,
  )
  const num = (v: unknown) => (v === null ? null : Number(v))
  return rows
    .map((r) => {
      const row = {
        id: Number(r.id),
        seriesId: num(r.series_id),
        sourceId: num(r.source_id),
        articleId: num(r.article_id),
        low: Number(r.low),
        high: num(r.high),
        qualifier: r.qualifier as ClaimRead['qualifier'],
        asOf: r.as_of as string | null,
        denied: r.denied as boolean,
        projected: r.projected as boolean,
        status: r.status as ClaimRead['status'],
        sourceKey: r.source_key as string | null,
        sourceName: r.source_name as string | null,
        sourceKind: r.source_kind as ClaimRead['sourceKind'],
        sourceGrade: r.source_grade as ClaimRead['sourceGrade'],
        unit: r.unit as ClaimRead['unit'],
        who: r.who as ClaimRead['who'],
        sinceDate: r.since_date as ClaimRead['sinceDate'],
        location: r.location as ClaimRead['location'],
        family: num(r.family),
        published: r.published as string | null,
      }
      return { ...row, input: seriesClaimOf(row) }
    })
    .sort((a, b) => a.id - b.id)
}

/** The stored points of these slices: one lookup per slice through (series_id, low). */
async function slicePoints(tx: Tx, bySource: Keyed[], byLow: Keyed[]) {
  const named = bySource.filter((x) => x.source_id !== null)
  const unnamed = bySource.filter((x) => x.source_id === null)
  return rowsOf<PointRow & { series_id: string | number }>(
    tx,
    sql`select p.series_id, ${POINT_COLUMNS_P} from jsonb_to_recordset(${jsonb(named)})
        x(series_id bigint, source_id bigint, low float8)
        join series_points p on p.series_id = x.series_id and p.low = x.low and p.source_id = x.source_id
      union all
      select p.series_id, ${POINT_COLUMNS_P} from jsonb_to_recordset(${jsonb(unnamed)}) x(series_id bigint, low float8)
        join series_points p on p.series_id = x.series_id and p.low = x.low and p.source_id is null
      union all
      select p.series_id, ${POINT_COLUMNS_P} from jsonb_to_recordset(${jsonb(byLow)}) x(series_id bigint, low float8)
        join series_points p on p.series_id = x.series_id and p.low = x.low`,
  )
}

type Around = { series_id: number; source_id: number | null; d: string }

/**
 * A source's stored points around each date: those reported on it, on the source's report day before
 * it and on its report day after it (asserted and dated ones: what a revision is judged among).
 */
async function pointsAround(tx: Tx, list: Around[]) {
  const side = (named: boolean) => {
    const same = named ? sql.raw('q.source_id = x.source_id') : sql.raw('q.source_id is null')
    const near = (op: '<' | '>', agg: 'max' | 'min') =>
      sql`(select ${sql.raw(agg)}(q.date) from series_points q where q.series_id = x.series_id and ${same}
        and not q.denied and q.date ${sql.raw(op)} x.d)`
    return sql`select x.series_id, ${POINT_COLUMNS_P}
      from jsonb_to_recordset(${jsonb(list.filter((a) => (a.source_id !== null) === named))})
        x(series_id bigint, source_id bigint, d date)
      join series_points p on p.series_id = x.series_id and ${named ? sql.raw('p.source_id = x.source_id') : sql.raw('p.source_id is null')}
        and not p.denied and p.date >= coalesce(${near('<', 'max')}, x.d)
        and p.date <= coalesce(${near('>', 'min')}, x.d)`
  }
  const rows = await rowsOf<PointRow & { series_id: string | number }>(
    tx,
    sql`${side(true)} union ${side(false)}`,
  )
  return rows
}

const dated = (p: StoredPoint): p is StoredPoint & { date: string } => p.date !== null && !p.denied

/**
 * The revision flags the changed slices' points take, and those of their source's other points that a
 * change moves: a point's flag depends only on the point before it among its source's asserted, dated
 * points, so only points reported on a day a changed point was (or is) reported, or on the source's next
 * report day after it, can change. Sets `revision` on `fresh` points and returns, per series, the
 * source's neighbouring points (stored, with their new flags) and those whose flag changed.
 */
async function reviseAround(
  tx: Tx,
  fresh: Map<number, StoredPoint[]>,
  before: Map<number, Map<string, StoredPoint>>,
  cumulative: number[],
) {
  const around = new Map<string, Around>()
  for (const id of cumulative) {
    for (const p of [...(fresh.get(id) ?? []), ...(before.get(id)?.values() ?? [])])
      if (dated(p))
        around.set(`${id}|${p.sourceId}|${p.date}`, { series_id: id, source_id: p.sourceId, d: p.date })
  }
  const context = new Map<number, StoredPoint[]>()
  const flips: { series_id: number; k: string; r: boolean; source: string | null }[] = []
  if (!around.size) return { context, flips }
  const rows = await pointsAround(tx, [...around.values()])
  // Per series and source: the stored neighbours (minus the changed slices' old points) and the new points.
  const groups = new Map<string, { id: number; stored: Map<string, StoredPoint>; days: Set<string> }>()
  const groupOf = (id: number, sourceId: number | null) => {
    const k = `${id}|${sourceId}`
    let g = groups.get(k)
    if (!g) {
      g = { id, stored: new Map<string, StoredPoint>(), days: new Set<string>() }
      groups.set(k, g)
    }
    return g
  }
  for (const a of around.values()) groupOf(a.series_id, a.source_id).days.add(a.d)
  for (const r of rows) {
    const p = figureOf(r)
    const id = Number(r.series_id)
    if (before.get(id)?.has(p.id)) continue
    groupOf(id, p.sourceId).stored.set(p.id, p)
  }
  for (const g of groups.values()) {
    // The source's next report day after each day of interest: its points' flags may change too.
    const storedDays = [...new Set([...g.stored.values()].map((p) => p.date as string))].sort()
    const trusted = new Set(g.days)
    for (const d of g.days) {
      const next = storedDays.find((x) => x > d)
      if (next) trusted.add(next)
    }
    const mine = (fresh.get(g.id) ?? []).filter((p) => dated(p) && groupOf(g.id, p.sourceId) === g)
    const all = [...g.stored.values(), ...mine]
    const revised = new Set(findRevisions(all).map((r) => r.after.id))
    for (const p of mine) p.revision = revised.has(p.id)
    for (const p of g.stored.values()) {
      if (!trusted.has(p.date as string)) continue
      const r = revised.has(p.id)
      if (r !== p.revision) flips.push({ series_id: g.id, k: p.id, r, source: p.sourceKey })
      p.revision = r
    }
    context.set(g.id, [...(context.get(g.id) ?? []), ...g.stored.values()])
  }
  return { context, flips }
}

/**
 * Recomputes the slices that changed, for many series in a few statements: their points from their
 * claims, the revision flags around them, then the pairs involving a point that appeared, vanished or
 * moved in time, against the points reported within the window of it (a pair is a property of its two
 * points, so those are all that can change). Returns per series the recomputed points (they know their
 * claims) with the source's stored points around them: what alert events judge a new figure against.
 */
export async function refreshSlices(
  tx: Tx,
  list: Pick<Series, 'id' | 'kind'>[],
  slices: Slice[],
): Promise<{ fresh: Map<number, StoredPoint[]> } & Changes> {
  const fresh = new Map<number, StoredPoint[]>()
  // The change in each series' stored pairs and revisions: its disagreement count and its sources'
  // record, kept without counting them all.
  const changes = noChanges()
  const kinds = new Map(list.map((s) => [s.id, s.kind]))
  const unique = new Map<string, Keyed>()
  for (const d of slices) {
    const incident = kinds.get(d.seriesId) === 'incident'
    const x = { series_id: d.seriesId, source_id: incident ? null : d.sourceId, low: d.low }
    if (kinds.has(d.seriesId)) unique.set(`${incident}|${x.series_id}|${x.source_id}|${x.low}`, x)
  }
  const keyed = [...unique.values()]
  if (!keyed.length) return { fresh, ...changes }
  const bySource = keyed.filter((x) => kinds.get(x.series_id) !== 'incident')
  const byLow = keyed.filter((x) => kinds.get(x.series_id) === 'incident')
  const rows = await sliceClaims(tx, bySource, byLow)
  // The slices' stored points, read and not deleted: only those that differ are rewritten.
  const old = await slicePoints(tx, bySource, byLow)
  const claimsOf = new Map<number, ClaimRead[]>()
  for (const r of rows) {
    const mine = claimsOf.get(r.seriesId ?? 0) ?? []
    mine.push(r)
    claimsOf.set(r.seriesId ?? 0, mine)
  }
  const before = new Map<number, Map<string, StoredPoint>>()
  for (const o of old) {
    const id = Number(o.series_id)
    const p = figureOf(o)
    before.set(id, (before.get(id) ?? new Map()).set(p.id, p))
  }
  for (const s of list) fresh.set(s.id, pointsOf(s.kind, claimsOf.get(s.id) ?? []))
  const cumulative = list.filter((s) => s.kind !== 'incident').map((s) => s.id)
  const { context, flips } = await reviseAround(tx, fresh, before, cumulative)
  const changed: { series_id: number; k: string }[] = []
  const windows: { series_id: number; lo: string; hi: string }[] = []
  const moved = new Map<number, Set<string>>()
  for (const s of list) {
    if (s.kind === 'incident') continue
    const points = fresh.get(s.id) ?? []
    const was = before.get(s.id) ?? new Map<string, StoredPoint>()
    // Points that appeared or whose report dates or facts changed, and points that vanished.
    const mine = points.filter((p) => {
      const o = was.get(p.id)
      return !o || pairSignature(datesOf(o), o.facts) !== pairSignature(datesOf(p), p.facts)
    })
    const kept = new Set(points.map((p) => p.id))
    for (const k of [...mine.map((p) => p.id), ...[...was.keys()].filter((k) => !kept.has(k))])
      changed.push({ series_id: s.id, k })
    for (const [lo, hi] of spans(mine.flatMap(datesOf))) windows.push({ series_id: s.id, lo, hi })
    moved.set(s.id, new Set(mine.map((p) => p.id)))
  }
  await rewritePoints(tx, fresh, before, changes)
  for (const f of flips) countRevision(changes, f.series_id, f.source, f.r ? 1 : -1)
  if (flips.length)
    await tx.execute(
      sql`update series_points p set revision = x.r
        from jsonb_to_recordset(${jsonb(flips)}) x(series_id bigint, k text, r boolean)
        where p.series_id = x.series_id and p.point_key = x.k`,
    )
  const out = {
    fresh: new Map([...fresh].map(([id, points]) => [id, [...points, ...(context.get(id) ?? [])]])),
    ...changes,
  }
  if (!changed.length) return out
  for (const column of ['a_key', 'b_key'])
    await countChanged(
      tx,
      sql`delete from series_pairs p using jsonb_to_recordset(${jsonb(changed)}) x(series_id bigint, k text)
        where p.series_id = x.series_id and p.${sql.raw(column)} = x.k
        returning p.series_id, p.conflict, p.low_source, p.high_source`,
      changes,
      -1,
    )
  if (!windows.length) return out
  // Per span, the points whose report days reach its window: those first reported at most LONG_SPAN_DAYS
  // before it, one range of (series_id, date), and those spanning longer, through the partial index of
  // such points. One range of (series_id, last_seen) from the window's first day read every point
  // reported after it (10,466 rows to keep 102, for a span early in the largest series at 1M). Each
  // lateral keeps `offset 0`: joined without it the planner hashes the spans against every stored point.
  const long = sql.raw(String(LONG_SPAN_DAYS))
  const near = await rowsOf<PointRow & { series_id: string | number }>(
    tx,
    sql`select x.series_id, p.* from jsonb_to_recordset(${jsonb(windows)}) x(series_id bigint, lo date, hi date)
      cross join lateral (
        (select ${POINT_COLUMNS_P} from series_points p where p.series_id = x.series_id
          and p.date >= x.lo - ${WINDOW_DAYS}::int - ${long} and p.date <= x.hi + ${WINDOW_DAYS}::int
          and p.last_seen >= x.lo - ${WINDOW_DAYS}::int offset 0)
        union all
        (select ${POINT_COLUMNS_P} from series_points p where p.series_id = x.series_id
          and p.last_seen > p.date + ${long} and p.last_seen >= x.lo - ${WINDOW_DAYS}::int
          and p.date < x.lo - ${WINDOW_DAYS}::int - ${long} offset 0)
      ) p`,
  )
  // A point whose report days reach into two spans is read twice: once is enough.
  const nearOf = new Map<number, Map<string, StoredPoint>>()
  for (const r of near) {
    const id = Number(r.series_id)
    const found = nearOf.get(id) ?? new Map<string, StoredPoint>()
    nearOf.set(id, found.set(r.point_key, figureOf(r)))
  }
  await insertPairs(
    tx,
    [...new Set(windows.map((w) => w.series_id))].map((id) => {
      const mine = moved.get(id) ?? new Set<string>()
      const near = [...(nearOf.get(id)?.values() ?? [])].sort(byDate)
      const found = findPairsInvolving(near, mine, WINDOW_DAYS)
      return { seriesId: id, found, facts: storedFacts }
    }),
    changes,
  )
  return out
}

/**
 * The changed points' report days as spans of days whose windows overlap: the points that can pair with
 * a changed one lie within WINDOW_DAYS of one of its days, so within the window of its span. One span
 * from the first to the last day would read every point between them (most of a dense series when a
 * batch's new figures are weeks apart).
 */
function spans(days: string[]): [string, string][] {
  const out: [string, string][] = []
  for (const d of [...days].sort()) {
    const last = out.at(-1)
    if (last && daysBetween(last[1], d) <= 2 * WINDOW_DAYS) last[1] = d
    else out.push([d, d])
  }
  return out
}

/** The columns of a stored point as a raw read, the same on both drivers (dates as text). */
export const POINT_COLUMNS = sql.raw(
  `point_key, source_id, source_key, low, high, qualifier, denied, date::text as date, dates, citations, revision,
  verified, facts, about_date::text as about_date, first_published::text as first_published`,
)
const pointColumns = (facts: string) =>
  sql.raw(
    `p.point_key, p.source_id, p.source_key, p.low, p.high, p.qualifier, p.denied, p.date::text as date, p.dates,
    p.citations, p.revision, p.verified, ${facts}, p.about_date::text as about_date,
    p.first_published::text as first_published`,
  )
export const POINT_COLUMNS_P = pointColumns('p.facts')
/** The same with `facts` as JSON text, for a read that parses only those of the few points it explains. */
export const POINT_COLUMNS_P_TEXT = pointColumns('p.facts::text as facts')
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
  verified: boolean
  facts: FigureFacts | string | null
  about_date: string | null
  first_published: string | null
}

export function figureOf(r: PointRow): StoredPoint {
  const dates = parsed(r.dates)
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
    claimIds: [],
    verified: r.verified,
    facts: r.facts === null ? null : parsed(r.facts),
    aboutDate: r.about_date,
    firstPublished: r.first_published,
  }
}
