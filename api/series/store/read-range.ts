// A long series answered in pages (issue 18): the points of a date range, decimated to what a chart can
// show, read from the stored points (series_points) instead of analysing every claim; the quotes of a
// point are loaded when asked for. A series of tens of thousands of claims then answers in the time of
// one indexed read of its points, and never with megabytes of quotes.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { claims } from '../../db/schema/index.ts'
import { jsonb, type Runner, rowsOf } from '../../db/sql.ts'
import { badRequest, HttpError, notFound } from '../../http/errors.ts'
import { dayNumber, lttb } from '../decimate.ts'
import { explainDisagreements, type FigureFacts } from '../explain.ts'
import { byFlagDate, jumpFlags, lateFlag } from '../flags.ts'
import {
  byDate,
  byReportDate,
  changes,
  collapseIncidents,
  type Disagreement,
  findDisagreements,
  findRevisions,
  increments,
  pairOf,
  reasonOf,
  toPoints,
  type Unexplained,
} from '../index.ts'
import { CLAIM_COLUMNS, readSeriesClaims } from './claim-reader.ts'
import { refreshSeries } from './claims.ts'
import { flagsToApi, readFlagNotes } from './flag-notes.ts'
import { sourcesOfPoints } from './judgements.ts'
import {
  figureOf,
  POINT_COLUMNS_P,
  POINT_COLUMNS_P_TEXT,
  type PointRow,
  type StoredPoint,
  WINDOW_DAYS,
} from './points-state.ts'
import {
  getSeriesDetail,
  getSeriesRow,
  judgementsToApi,
  pointToApi,
  quoteToApi,
  seriesToApi,
} from './read.ts'

/** Above this many claims a series is answered from its stored points, in a range, without quotes. */
export const LARGE_SERIES_CLAIMS = 2_000
export const DEFAULT_MAX_POINTS = 1_500
/** At most this many disagreements in a paged answer: the latest. */
export const MAX_DISAGREEMENTS = 500

export interface RangeQuery {
  from?: string
  to?: string
  max_points?: number
}

/** Whether a series answer is the paged one: asked for (a range or a budget), or the series is long. */
export const wantsRange = (q: RangeQuery, claimCount: number) =>
  q.from !== undefined || q.to !== undefined || q.max_points !== undefined || claimCount > LARGE_SERIES_CLAIMS

/**
 * The dated stored points of a series, and what each counts (`facts`), parsed only when asked: a long
 * series has thousands of points and explains the pairs of at most a thousand.
 */
async function storedPoints(db: Runner, seriesId: number) {
  const rows = await rowsOf<PointRow>(
    db,
    sql`select ${POINT_COLUMNS_P_TEXT} from series_points p where p.series_id = ${seriesId} and p.date is not null`,
  )
  const text = new Map<string, string>()
  for (const r of rows) {
    if (typeof r.facts === 'string') text.set(r.point_key, r.facts)
    r.facts = null
  }
  const parsed = new Map<string, FigureFacts | undefined>()
  const factsOf = (p: StoredPoint) => {
    if (!parsed.has(p.id)) {
      const t = text.get(p.id)
      parsed.set(p.id, t === undefined ? undefined : ((JSON.parse(t) as FigureFacts | null) ?? undefined))
    }
    return parsed.get(p.id)
  }
  return { points: rows.map(figureOf).sort(byDate), factsOf }
}

/**
 * The points to send: those dated within [from, to], and when there are more than `budget`, each
 * source's line thinned by LTTB in proportion to its share, keeping every point a revision or a flag
 * names, so that what the answer explains is on the chart.
 */
function visible(points: StoredPoint[], keep: Set<string>, budget: number): StoredPoint[] {
  if (points.length <= budget) return points
  const must = points.filter((p) => keep.has(p.id))
  const rest = Math.max(0, budget - must.length)
  const bySource = new Map<string, StoredPoint[]>()
  for (const p of points) {
    if (keep.has(p.id)) continue
    const k = p.sourceKey ?? ''
    const list = bySource.get(k)
    if (list) list.push(p)
    else bySource.set(k, [p])
  }
  const free = points.length - must.length
  const chosen = new Set(must.map((p) => p.id))
  for (const list of bySource.values()) {
    const share = Math.floor((rest * list.length) / free)
    const xy = list.map((p) => ({ x: dayNumber(p.date as string), y: p.high ?? p.low }))
    for (const i of lttb(xy, share)) chosen.add(list[i].id)
  }
  return points.filter((p) => chosen.has(p.id))
}

/**
 * The points a revision or a jump flag names, which the chart must show; at most half the budget,
 * the latest first, so that a series revised at every step is still thinned.
 */
function named(
  shown: StoredPoint[],
  revisions: { before: StoredPoint; after: StoredPoint }[],
  flags: { point: string }[],
  budget: number,
): Set<string> {
  const ids = new Set([...revisions.flatMap((r) => [r.before.id, r.after.id]), ...flags.map((f) => f.point)])
  const dated = shown.filter((p) => ids.has(p.id))
  return new Set(dated.slice(-Math.floor(budget / 2)).map((p) => p.id))
}

/**
 * The disagreeing pairs among `points`: how many, and the latest `limit` with their reasons. With the
 * stored window the pairs come from series_pairs (every stored pair disagrees: it was judged when its
 * points were stored), judged again for their report dates, and only the latest given their reasons.
 * Another window judges the points sent.
 */
async function disagreementsAmong(
  db: Runner,
  id: number,
  points: StoredPoint[],
  windowDays: number,
  sourceName: (k: string | null) => string,
  limit: number,
): Promise<{ total: number; latest: Disagreement<StoredPoint>[] }> {
  if (windowDays !== WINDOW_DAYS) {
    const found = findDisagreements(points, { windowDays, sourceName })
    return { total: found.length, latest: found.slice(-limit) }
  }
  // Only the pairs of two sent points, found through the primary key from each sent point: a long
  // series has millions of pairs, and a key list compared row by row costs as much as reading them all.
  // Each pair comes back as the positions of its points in `points`, not as two keys to look up.
  // The database counts them and sends only those reported on or after the `limit`-th latest report
  // date (ties included, and pairs stored before their date was), so that Node judges hundreds of
  // pairs, not the tens of thousands a dense series has among the points sent.
  const keys = jsonb(points.map((p) => p.id))
  const rows = await rowsOf<{ a: number; b: number; total: number }>(
    db,
    sql`with sent as (select key, i::int - 1 as i from jsonb_array_elements_text(${keys}) with ordinality s(key, i)),
      found as (select a.i as a, b.i as b, p.report_date as d from sent a
        join series_pairs p on p.series_id = ${id} and p.a_key = a.key
        join sent b on b.key = p.b_key),
      cutoff as (select d from found where d is not null order by d desc offset ${limit - 1} limit 1)
      select a, b, (select count(*) from found)::int as total from found
      where d is null or not exists (select 1 from cutoff) or d >= (select d from cutoff)`,
  )
  // The candidates are judged without their reason, and only the latest `limit` get theirs written.
  const found: Unexplained<StoredPoint>[] = []
  for (const r of rows) {
    const d = pairOf(points[r.a], points[r.b])
    if (d) found.push(d)
  }
  const latest = found.sort(byReportDate).slice(-limit)
  return {
    total: rows[0]?.total ?? 0,
    latest: latest.map((d) => ({ ...d, reason: reasonOf(d, sourceName) })),
  }
}

/** A series' points of a date range from its stored state, decimated; quotes come from `pointQuotes`. */
export async function getSeriesRange(
  db: Db,
  id: number,
  q: RangeQuery,
  windowDays = WINDOW_DAYS,
  // The series' row when the caller has just read it (seriesAnswer), so that it is read once.
  row?: Awaited<ReturnType<typeof getSeriesRow>>,
) {
  let { s, t } = row ?? (await getSeriesRow(db, id))
  if (s.mergedInto)
    throw new HttpError(404, 'merged', `Series ${id} was merged into series ${s.mergedInto}`, {
      merged_into: s.mergedInto,
    })
  if (!s.pointsBuilt) {
    // Stored points are made by the first refresh after the migration that added them.
    await db.transaction((tx) => refreshSeries(tx, [id], { full: true }))
    ;({ s, t } = await getSeriesRow(db, id))
  }
  // Three reads that need nothing of each other, side by side: each round trip costs most on a busy
  // machine, where the database waits its turn for a core.
  const [{ points: all, factsOf }, { sourceName }, explained] = await Promise.all([
    storedPoints(db, id),
    sourcesOfPoints(db, id),
    readFlagNotes(db, [id]),
  ])
  const inRange = (date: string | null) =>
    date !== null && (!q.from || date >= q.from) && (!q.to || date <= q.to)
  const shown = all.filter((p) => inRange(p.date))
  const ids = new Set(shown.map((p) => p.id))
  const incident = s.kind === 'incident'
  // Judgements over the whole series (a revision reads the source's previous point, a jump the
  // series' usual rate), then kept where they touch the range.
  const revisions = incident ? [] : findRevisions(all).filter((r) => ids.has(r.after.id))
  const jumps = incident
    ? []
    : jumpFlags(all, { periodStart: s.sinceDate, sourceName }).filter((f) => ids.has(f.point))
  // Late reports from the dates each point keeps (its claims' earliest date and publication).
  const late = shown.flatMap((p) => lateFlag(p, p.aboutDate, p.firstPublished) ?? [])
  const flags = [...jumps, ...late].sort(byFlagDate)
  const budget = q.max_points ?? DEFAULT_MAX_POINTS
  const sent = visible(shown, named(shown, revisions, flags, budget), budget)
  // A change reads the source's previous point, sent or not; only the sent points' are shown.
  const sentIds = new Set(sent.map((p) => p.id))
  const changeOf = new Map(incident ? [] : changes(all, sentIds).map((c) => [c.pointId, c]))
  // Disagreements among the figures sent, the latest kept: a long series can have tens of thousands
  // (the summary's disagreement_count has them all).
  const { total, latest: listed } = incident
    ? { total: 0, latest: [] }
    : await disagreementsAmong(db, id, sent, windowDays, sourceName, MAX_DISAGREEMENTS)
  const notes = explained.get(id)
  return {
    series: seriesToApi(s, t),
    sources: [...new Set(sent.map((p) => p.sourceKey))].map((k) => ({ key: k, name: sourceName(k) })),
    range: {
      from: q.from ?? null,
      to: q.to ?? null,
      points_in_range: shown.length,
      points_sent: sent.length,
      decimated: sent.length < shown.length,
      disagreements_found: total,
      disagreements_sent: listed.length,
    },
    points: sent.map((p) => pointToApi(p, [], sourceName, changeOf.get(p.id))),
    ...judgementsToApi({ disagreements: listed, revisions, increments: incident ? [] : increments(shown) }),
    disagreement_groups: explainDisagreements(listed, factsOf, windowDays),
    flags: flagsToApi(flags, sourceName, notes),
  }
}

/** The claims behind one point of a series, with their quotes: what the paged answer leaves out. */
export async function pointQuotes(db: Db, id: number, key: string) {
  const [point] = await rowsOf<PointRow>(
    db,
    sql`select ${POINT_COLUMNS_P} from series_points p where p.series_id = ${id} and p.point_key = ${key}`,
  )
  if (!point) throw notFound('Point', key)
  const { kind } = (await getSeriesRow(db, id)).s
  // A point is made of claims of one figure: one source's in a running toll; in an incident series,
  // every report of that value (its slice).
  const bySource =
    kind === 'incident'
      ? undefined
      : point.source_id === null
        ? sql`${claims.sourceId} is null`
        : eq(claims.sourceId, Number(point.source_id))
  const rows = await readSeriesClaims(
    db,
    [id],
    CLAIM_COLUMNS.detail,
    and(eq(claims.low, Number(point.low)), bySource),
  )
  const inputs = rows.map((r) => r.input)
  const made = (kind === 'incident' ? collapseIncidents(inputs) : toPoints(inputs)).find((x) => x.id === key)
  const behind = new Set((made?.claimIds ?? []).map(Number))
  return {
    key,
    claim_ids: [...behind],
    quotes: rows.filter((r) => behind.has(r.id)).map(quoteToApi),
  }
}

/** A series answer: the whole series analysed from its claims, or, for a range or a long series, paged. */
export async function seriesAnswer(db: Db, id: number, q: RangeQuery, windowDays = WINDOW_DAYS) {
  if (q.from && q.to && q.from > q.to) throw badRequest('querystring.to', `is before from (${q.from})`)
  const row = await getSeriesRow(db, id)
  return wantsRange(q, row.s.claimCount)
    ? getSeriesRange(db, id, q, windowDays, row)
    : getSeriesDetail(db, id, windowDays)
}
