import {
  and,
  desc,
  eq,
  exists,
  getTableColumns,
  gte,
  ilike,
  inArray,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Db } from '../../db/client.ts'
import { claims, type Series, series, sources, type Topic, topics } from '../../db/schema/index.ts'
import type { Runner } from '../../db/sql.ts'
import type { Metric } from '../../extractor/types.ts'
import { HttpError, notFound } from '../../http/errors.ts'
import { type Estimate, type EstimateRule, ruleOf } from '../estimate.ts'
import {
  type BucketUnit,
  type Disagreement,
  type Increment,
  incidentTotals,
  type Point,
  type Revision,
} from '../index.ts'
import type { SeriesQuery } from '../schemas.ts'
import { CLAIM_COLUMNS, type ClaimRead, readSeriesClaims } from './claim-reader.ts'
import { analyse } from './claims.ts'
import { flagsToApi, readFlagNotes } from './flag-notes.ts'
import { readPlace } from './place-filter.ts'

/** The series-list filters: the route's query, with the metric list parsed. */
export type SeriesFilters = Omit<Static<typeof SeriesQuery>, 'metric' | 'limit' | 'cursor'> & {
  metric?: Metric[]
}

/**
 * The series columns an answer shows: all but the sources' track record, which only the track-record
 * page reads (api/series/store/track-records.ts), and which for a long series is megabytes of JSON that
 * every read of the row would fetch and parse.
 */
const { sourceRecord: _shownWithout, ...shownColumns } = getTableColumns(series)
export const SERIES_SHOWN = shownColumns
export type SeriesRow = Omit<Series, 'sourceRecord'>

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Live series with points matching the overview's filters; the place as claims filters read it. */
export function conditions(f: SeriesFilters): SQL | undefined {
  const meant = f.place ? readPlace(f.place) : {}
  return and(
    isNull(series.mergedInto),
    // Series whose claims were all rejected have nothing left to show.
    sql`${series.pointCount} > 0`,
    f.metric?.length ? inArray(topics.metric, f.metric) : undefined,
    f.place
      ? or(
          ilike(topics.placeName, like(f.place)),
          eq(topics.country, f.place.toUpperCase()),
          eq(topics.placeKey, f.place),
          meant.key ? eq(topics.placeKey, meant.key) : undefined,
          meant.country ? eq(topics.country, meant.country) : undefined,
        )
      : undefined,
    f.group ? or(ilike(topics.groupLabel, like(f.group)), eq(topics.groupKey, f.group)) : undefined,
    f.source
      ? exists(
          sql`(select 1 from ${claims} join ${sources} on ${sources.id} = ${claims.sourceId}
               where ${claims.seriesId} = ${series.id} and (${sources.name} ilike ${like(f.source)} or ${sources.key} = ${f.source}))`,
        )
      : undefined,
    f.from ? gte(series.lastDate, f.from) : undefined,
    f.to ? lte(series.firstDate, f.to) : undefined,
    f.has_disagreement === undefined
      ? undefined
      : f.has_disagreement
        ? sql`${series.disagreementCount} > 0`
        : sql`${series.disagreementCount} = 0`,
    f.updated_since ? gte(series.updatedAt, new Date(f.updated_since)) : undefined,
    f.pinned === undefined ? undefined : eq(series.pinned, f.pinned),
    f.topic_id ? eq(series.topicId, f.topic_id) : undefined,
  )
}

export function seriesToApi(s: SeriesRow, t: Topic) {
  const change =
    s.latestLow !== null && s.previousLow !== null
      ? {
          abs: s.latestLow - s.previousLow,
          pct: s.previousLow ? Math.round(((s.latestLow - s.previousLow) / s.previousLow) * 1000) / 10 : null,
        }
      : null
  return {
    id: s.id,
    topic_id: s.topicId,
    title: s.title,
    kind: s.kind as 'cumulative' | 'incident',
    since_date: s.sinceDate,
    pinned: s.pinned,
    metric: t.metric,
    group: { key: t.groupKey, label: t.groupLabel },
    place: { key: t.placeKey, name: t.placeName, country: t.country },
    claim_count: s.claimCount,
    point_count: s.pointCount,
    source_count: s.sourceCount,
    first_date: s.firstDate,
    last_date: s.lastDate,
    latest:
      s.latestLow === null
        ? null
        : {
            low: s.latestLow,
            high: s.latestHigh,
            qualifier: s.latestQualifier,
            source: s.latestSource,
            as_of: s.lastDate,
          },
    previous_low: s.previousLow,
    change,
    disagreement_count: s.disagreementCount,
    revision_count: s.revisionCount,
    spark: s.spark,
    estimate_rule: ruleOf(s.estimateRule),
    // Written by refreshSeries from estimate(), so the stored shape is an Estimate.
    estimate: (s.estimate as Estimate | null) ?? null,
    updated_at: s.updatedAt.toISOString(),
  }
}
export type ApiSeries = ReturnType<typeof seriesToApi>

// Keyset cursor of the series list: the last row's (pinned, updated_at, id).
type Cursor = [0 | 1, string, number]
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url')
function decode(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString())
    if (
      Array.isArray(c) &&
      (c[0] === 0 || c[0] === 1) &&
      typeof c[1] === 'string' &&
      /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-][\d:]+)$/.test(c[1]) &&
      !Number.isNaN(Date.parse(c[1])) &&
      Number.isSafeInteger(c[2])
    ) {
      return c as Cursor
    }
  } catch {}
  throw new HttpError(400, 'invalid_field', 'querystring.cursor: is not a cursor this API issued', [
    { field: 'querystring.cursor', message: 'is not a cursor this API issued' },
  ])
}

/** Series, pinned first, then most recently updated. */
export async function listSeries(db: Db, f: SeriesFilters, limit: number, cursor?: string) {
  const after = cursor ? decode(cursor) : null
  const key = sql`(${series.pinned}::int, ${series.updatedAt}, ${series.id})`
  const rows = await db
    .select({ s: SERIES_SHOWN, t: topics })
    .from(series)
    .innerJoin(topics, eq(topics.id, series.topicId))
    .where(
      and(
        conditions(f),
        after ? sql`${key} < (${after[0]}::int, ${after[1]}::timestamptz, ${after[2]})` : undefined,
      ),
    )
    .orderBy(desc(series.pinned), desc(series.updatedAt), desc(series.id))
    .limit(limit + 1)
  const page = rows.slice(0, limit)
  const last = page.at(-1)?.s
  return {
    items: page.map((r) => seriesToApi(r.s, r.t)),
    next_cursor:
      rows.length > limit && last
        ? encode([last.pinned ? 1 : 0, last.updatedAt.toISOString(), last.id])
        : null,
  }
}

/** Topics with their live series, for the overview; topics ordered by their latest activity. */
export async function listTopics(db: Db, f: SeriesFilters, limit: number, offset: number) {
  const activity = sql<string>`max(${series.updatedAt})`
  const ids = await db
    .select({ id: topics.id, at: activity })
    .from(series)
    .innerJoin(topics, eq(topics.id, series.topicId))
    .where(conditions(f))
    .groupBy(topics.id)
    .orderBy(desc(sql`bool_or(${series.pinned})`), desc(activity), desc(topics.id))
    .limit(limit + 1)
    .offset(offset)
  const page = ids.slice(0, limit).map((r) => r.id)
  if (!page.length) return { items: [], next_offset: null }
  const rows = await db
    .select({ s: SERIES_SHOWN, t: topics })
    .from(series)
    .innerJoin(topics, eq(topics.id, series.topicId))
    .where(and(conditions(f), inArray(topics.id, page)))
    // The headline series first: the pinned one, then the one most sources report.
    .orderBy(
      desc(series.pinned),
      desc(series.sourceCount),
      desc(series.pointCount),
      desc(series.updatedAt),
      desc(series.id),
    )
  const items = page.map((id) => {
    const mine = rows.filter((r) => r.t.id === id)
    const t = mine[0].t
    return {
      id: t.id,
      metric: t.metric,
      group: { key: t.groupKey, label: t.groupLabel },
      place: { key: t.placeKey, name: t.placeName, country: t.country },
      series: mine.map((r) => seriesToApi(r.s, r.t)),
    }
  })
  return { items, next_offset: ids.length > limit ? offset + limit : null }
}

export async function getSeriesRow(db: Runner, id: number) {
  const [row] = await db
    .select({ s: SERIES_SHOWN, t: topics })
    .from(series)
    .innerJoin(topics, eq(topics.id, series.topicId))
    .where(eq(series.id, id))
  if (!row) throw notFound('Series', id)
  return row
}

export type DetailRow = ClaimRead<typeof CLAIM_COLUMNS.detail>
const detailClaims = (db: Runner, id: number) => readSeriesClaims(db, [id], CLAIM_COLUMNS.detail)

/** A point's change from the same source's previous figure, as the API shows it. */
export function changeToApi(change: ReturnType<typeof analyse>['changes'][number] | undefined) {
  return change && change.absolute !== null
    ? { abs: change.absolute, pct: change.percent, per_day: change.perDay, days: change.days }
    : null
}

/** Where a claim behind a point was published, with its exact words. */
export function quoteToApi(r: DetailRow) {
  return {
    claim_id: r.id,
    quote: r.quote,
    article_id: r.articleId,
    article_title: r.articleTitle,
    outlet: r.outlet,
    url: r.url,
    published: r.published,
    start: r.quoteStart,
    end: r.quoteEnd,
  }
}

/** A point as the API shows it, with the claims behind it (none for a stored point: paged answers). */
export function pointToApi(
  p: Point,
  behind: DetailRow[],
  name: (k: string | null) => string,
  change?: ReturnType<typeof analyse>['changes'][number],
) {
  return {
    key: p.id,
    source_key: p.sourceKey,
    source_name: name(p.sourceKey),
    as_of: p.date,
    low: p.low,
    high: p.high,
    qualifier: p.qualifier,
    repeated_on: p.repeatedOn,
    citations: p.citations,
    claim_ids: p.claimIds as number[],
    verified: p.verified,
    denied: p.denied,
    change: changeToApi(change),
    quotes: behind.map(quoteToApi),
  }
}

/** Disagreements, revisions and increments as the API shows them: by point keys. */
export function judgementsToApi(a: {
  disagreements: Disagreement[]
  revisions: Revision[]
  increments: Increment[]
}) {
  return {
    disagreements: a.disagreements.map((d) => ({
      kind: d.kind,
      a: d.a.id,
      b: d.b.id,
      days_apart: d.days,
      gap: d.gap,
      dates: d.dates,
      reason: d.reason,
    })),
    revisions: a.revisions.map((r) => ({
      source_key: r.sourceKey,
      from: r.before.id,
      to: r.after.id,
      drop: r.drop,
      reason: r.reason,
    })),
    increments: a.increments.map((i) => ({
      source_key: i.sourceKey,
      from: i.from,
      to: i.to,
      delta: i.increment,
      per_day: i.perDay,
      exact: i.exact,
    })),
  }
}

/** One series with its points per source, ready to plot, and what disagrees. */
export async function getSeriesDetail(db: Db, id: number, windowDays = 7) {
  const { s, t } = await getSeriesRow(db, id)
  if (s.mergedInto)
    throw new HttpError(404, 'merged', `Series ${id} was merged into series ${s.mergedInto}`, {
      merged_into: s.mergedInto,
    })
  const rows = await detailClaims(db, id)
  const a = analyse(s.kind, rows, windowDays, ruleOf(s.estimateRule))
  const keys = [...new Set(a.points.map((p) => p.sourceKey))]
  const rowsById = new Map(rows.map((r) => [r.id, r]))
  const changeOf = new Map(a.changes.map((c) => [c.pointId, c]))
  const notes = (await readFlagNotes(db, [id])).get(id)
  return {
    // Computed from the claims just read, so it is right even before the stored summary is refreshed.
    series: { ...seriesToApi(s, t), estimate: a.estimate() },
    sources: keys.map((k) => ({ key: k, name: a.sourceName(k) })),
    points: a.points.map((p) =>
      pointToApi(
        p,
        p.claimIds.map((c) => rowsById.get(c as number) as DetailRow),
        a.sourceName,
        changeOf.get(p.id),
      ),
    ),
    ...judgementsToApi(a),
    disagreement_groups: a.explained,
    flags: flagsToApi(a.flags, a.sourceName, notes),
  }
}

/** Low, best and high of a series at a date, by its rule or the one asked for. */
export async function seriesEstimate(
  db: Db,
  id: number,
  q: { at?: string; rule?: EstimateRule; window_days?: number },
) {
  const { s } = await getSeriesRow(db, id)
  const a = analyse(s.kind, await detailClaims(db, id), 7, ruleOf(s.estimateRule))
  return { series_id: id, at: q.at ?? null, estimate: a.estimate(q.at, q.rule, q.window_days) }
}

/** Incidents summed per day, week or month, with a running total. */
export async function seriesBuckets(db: Db, id: number, unit: BucketUnit) {
  const { s } = await getSeriesRow(db, id)
  const a = analyse('incident', await detailClaims(db, id))
  const rows = incidentTotals(a.points, unit)
  // Undated incidents cannot be put in a period; they are counted apart, never on an invented day.
  const undated = a.points.filter((p) => p.date === null && !p.denied)
  return {
    kind: s.kind,
    unit,
    undated: { incidents: undated.length, sum: undated.reduce((n, p) => n + p.low, 0) },
    buckets: rows.map((r) => ({
      start: r.start,
      end: r.end,
      sum: r.low,
      sum_high: r.high,
      running_total: r.runningLow,
      incidents: r.incidents,
    })),
  }
}

// Every cached read asks for this; built once per database and prepared on the server.
const versionQueries = new WeakMap<Db, ReturnType<typeof prepareVersion>>()
const prepareVersion = (db: Db) =>
  db
    .select({ version: series.version })
    .from(series)
    .where(eq(series.id, sql.placeholder('id')))
    .prepare('tally_series_version')

/** The validator of a series' cached answers; null when there is no such series. */
export async function seriesVersion(db: Db, id: number): Promise<number | null> {
  let query = versionQueries.get(db)
  if (!query) {
    query = prepareVersion(db)
    versionQueries.set(db, query)
  }
  const [row] = await query.execute({ id })
  return row ? row.version : null
}

/**
 * The validator of cached series lists: it grows with every series created (count) and every series
 * rewritten (versions only grow), and lists show nothing but series and their topics.
 */
export async function seriesListVersion(db: Runner): Promise<number> {
  const [row] = await db
    .select({ v: sql<number>`(count(*) + coalesce(sum(${series.version}), 0))::float8` })
    .from(series)
  return Number(row.v)
}
