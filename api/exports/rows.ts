// Rows of the three tables, read from the database a batch at a time and pushed one by one to the
// writer, which formats each at once and waits for room in its output between batches: an export of
// a million claims holds a row and a few hundred formatted ones at a time.
import { and, asc, eq, gte, isNotNull, sql } from 'drizzle-orm'
import { type ClaimFilters, claimConditions } from '../claims/query.ts'
import type { Db } from '../db/client.ts'
import { articles, claims, outlets, series, sources, topics } from '../db/schema/index.ts'
import { CLAIM_COLUMNS, type ClaimRead, readSeriesClaims } from '../series/store/claim-reader.ts'
import { analyse } from '../series/store/claims.ts'
import { flagsToApi, readFlagNotes } from '../series/store/flag-notes.ts'
import { SERIES_SHOWN } from '../series/store/read.ts'
import { readRows } from './positional.ts'
import {
  type CellValue,
  type Column,
  claimsTable,
  type PointExportRow,
  pointsTable,
  type RowSink,
  type RowSource,
  type SeriesIdentity,
  type SummaryExportRow,
  summaryTable,
} from './tables.ts'

export interface ReadOptions {
  /** Rows per read from the database; the writer waits for room in its output after each. */
  batchSize?: number
  /** Stops the read between batches (the scheduler aborts runs when Tally shuts down). */
  signal?: AbortSignal
}

// Rows per round trip to the database; the writers wait for room in their output between batches.
// Rows are handed on one at a time, so a batch is never held in memory as a whole.
const DEFAULT_BATCH = 5000

const CLAIM_SELECTION = Object.fromEntries(claimsTable.columns.map((c, i) => [`c${i}`, c.sql]))
const CLAIM_ID = claimsTable.columns.findIndex((c) => c.key === 'claim_id')

/** Claims matching the claims-list filters, by id, in the claims table's columns. */
export function claimRows(db: Db, filters: ClaimFilters, options: ReadOptions = {}): RowSource {
  const where = claimConditions(filters)
  const build = (after: number | null, limit: number | null) => {
    const query = db
      .select(CLAIM_SELECTION)
      .from(claims)
      .leftJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(outlets, eq(outlets.id, articles.outletId))
      .leftJoin(sources, eq(sources.id, claims.sourceId))
      .leftJoin(series, eq(series.id, claims.seriesId))
      .leftJoin(topics, eq(topics.id, series.topicId))
      .where(and(where, after === null ? undefined : sql`${claims.id} > ${after}`))
      .orderBy(asc(claims.id))
    return (limit === null ? query : query.limit(limit)).toSQL()
  }
  const key = (row: unknown[]) => Number(row[CLAIM_ID])
  const size = options.batchSize ?? DEFAULT_BATCH
  return (sink) =>
    readRows(
      db,
      { build, key },
      size,
      {
        row(values) {
          // postgres.js reads int8 as a string.
          values[CLAIM_ID] = Number(values[CLAIM_ID])
          sink.row(values as CellValue[])
        },
        batch: () => sink.batch(),
      },
      options.signal,
    )
}

interface SeriesBlock {
  identity: SeriesIdentity
  analysis: ReturnType<typeof analyse>
  /** The series' flags with analysts' notes, as the series page shows them. */
  flags: ReturnType<typeof flagsToApi>
}

/** (series id, claim id) of the claims that match the filters, in that order. */
function matchingClaims(
  db: Db,
  filters: ClaimFilters,
  options: ReadOptions,
  each: (seriesId: number, claimId: number) => void,
  batch: () => Promise<void>,
) {
  const where = and(claimConditions(filters), isNotNull(claims.seriesId))
  const build = (after: [number, number] | null, limit: number | null) => {
    const query = db
      .select({ seriesId: claims.seriesId, id: claims.id })
      .from(claims)
      // The filters may name the outlet.
      .leftJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(outlets, eq(outlets.id, articles.outletId))
      .where(
        and(where, after ? sql`(${claims.seriesId}, ${claims.id}) > (${after[0]}, ${after[1]})` : undefined),
      )
      .orderBy(asc(claims.seriesId), asc(claims.id))
    return (limit === null ? query : query.limit(limit)).toSQL()
  }
  const key = (row: unknown[]) => [Number(row[0]), Number(row[1])] as [number, number]
  const size = options.batchSize ?? DEFAULT_BATCH
  return readRows(
    db,
    { build, key },
    size,
    { row: (r) => each(Number(r[0]), Number(r[1])), batch },
    options.signal,
  )
}

/**
 * Series with the claims of each that match the filters, analysed as the series page does (points,
 * changes, disagreements), one series at a time. The matching claims' ids are read in (series, id)
 * order; the claims themselves are read with the series page's own query, several series at once.
 */
async function seriesBlocks(
  db: Db,
  filters: ClaimFilters,
  options: ReadOptions,
  onBlock: (block: SeriesBlock) => Promise<void>,
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH
  const identities = new Map<
    number,
    SeriesIdentity & { kind: string; merged: boolean; rule: string | null }
  >()
  async function identity(id: number) {
    if (!identities.has(id)) {
      identities.clear()
      // Series come in id order, so the next series are the next ids: fetch them 500 at a time.
      const found = await db
        .select({ s: SERIES_SHOWN, t: topics })
        .from(series)
        .innerJoin(topics, eq(topics.id, series.topicId))
        .where(gte(series.id, id))
        .orderBy(asc(series.id))
        .limit(500)
      for (const { s, t } of found) {
        identities.set(s.id, {
          seriesId: s.id,
          seriesTitle: s.title,
          kind: s.kind,
          metric: t.metric,
          group: t.groupLabel,
          place: t.placeName,
          country: t.country,
          periodStart: s.sinceDate,
          merged: s.mergedInto !== null,
          rule: s.estimateRule,
        })
      }
    }
    return identities.get(id)
  }

  // Matching claim ids of the series not yet analysed, in series order.
  let pending = new Map<number, Set<number>>()
  let pendingCount = 0
  async function flush(all: boolean) {
    const ready = [...pending.keys()]
    // The last series may go on in the next batch of ids.
    const last = all ? undefined : ready.pop()
    if (!ready.length) return
    const wanted = pending
    pending = new Map(last === undefined ? [] : [[last, wanted.get(last)!]])
    pendingCount = last === undefined ? 0 : wanted.get(last)!.size
    const members = new Map<number, ClaimRead[]>(ready.map((id) => [id, []]))
    for (const row of await readSeriesClaims(db, ready, CLAIM_COLUMNS.analysis)) {
      const seriesId = Number(row.seriesId)
      if (wanted.get(seriesId)?.has(row.id)) members.get(seriesId)!.push(row)
    }
    const notes = await readFlagNotes(db, ready)
    for (const seriesId of ready) {
      const id = await identity(seriesId)
      if (!id || id.merged) continue
      const { merged: _, rule, ...rest } = id
      const rows = members.get(seriesId)!
      const analysis = analyse(id.kind, rows, 7, rule)
      const flags = flagsToApi(analysis.flags, analysis.sourceName, notes.get(seriesId))
      await onBlock({ identity: rest, analysis, flags })
    }
  }

  await matchingClaims(
    db,
    filters,
    options,
    (seriesId, claimId) => {
      const ids = pending.get(seriesId)
      if (ids) ids.add(claimId)
      else pending.set(seriesId, new Set([claimId]))
      pendingCount++
    },
    async () => {
      if (pendingCount >= batchSize) await flush(false)
    },
  )
  await flush(true)
}

/** The points of a series, one row each. */
function* pointsOf({ identity, analysis: a }: SeriesBlock): Generator<PointExportRow> {
  const changeOf = new Map(a.changes.map((c) => [c.pointId, c]))
  for (const p of a.points) {
    const change = changeOf.get(p.id)
    yield {
      ...identity,
      pointKey: p.id,
      ...figureOf(a, p),
      repeatedOn: p.repeatedOn.join('; '),
      citations: p.citations,
      verified: p.verified,
      denied: p.denied,
      change: change?.absolute ?? null,
      changePct: change?.percent ?? null,
      claimIds: p.claimIds.join('; '),
    }
  }
}

/** A point's figure as the points and summary tables show it: who gave it, when, and how much. */
const figureOf = (a: SeriesBlock['analysis'], p: SeriesBlock['analysis']['points'][number]) => ({
  source: a.sourceName(p.sourceKey),
  asOf: p.date,
  low: p.low,
  high: p.high,
  qualifier: p.qualifier,
})

/** One row per source of a series: the source's latest figure, its change, and disagreement. */
function* summariesOf({ identity, analysis: a, flags }: SeriesBlock): Generator<SummaryExportRow> {
  // Each source's row lists the flags on its figures: "jump 2021-04-02 (explained: backfill)".
  const flagsOf = (key: string | null) =>
    flags
      .filter((f) => f.source_key === key)
      .map((f) => `${f.kind} ${f.date}${f.explained ? ` (explained: ${f.explained.note})` : ''}`)
      .join('; ')
  const disputed = new Set(a.disagreements.flatMap((d) => [d.a.id, d.b.id]))
  // The series' estimate, from the claims that match the export's filters, on every row of the series.
  const e = a.estimate()
  const estimate = {
    estimateLow: e?.low ?? null,
    estimateBest: e?.best ?? null,
    estimateHigh: e?.high ?? null,
    estimateRule: e?.rule_name ?? null,
    estimateReason: e?.reason ?? null,
  }
  const headline = a.summary.latest?.id
  for (const p of a.summary.latestBySource) {
    const change = a.changes.find((c) => c.pointId === p.id)
    const previous = change?.previousPointId
      ? a.points.find((q) => q.id === change.previousPointId)
      : undefined
    yield {
      ...identity,
      ...figureOf(a, p),
      previous: previous?.low ?? null,
      previousAsOf: previous?.date ?? null,
      change: change?.absolute ?? null,
      changePct: change?.percent ?? null,
      points: a.points.filter((q) => q.sourceKey === p.sourceKey).length,
      disagreement: disputed.has(p.id),
      seriesLatest: p.id === headline,
      flags: flagsOf(p.sourceKey),
      ...estimate,
    }
  }
  // A source with undated figures only is listed too, with no date, as the points table lists it;
  // it is never the series' latest figure.
  const dated = new Set(a.summary.latestBySource.map((p) => p.sourceKey))
  const undated = new Map<string | null, (typeof a.points)[number]>()
  for (const p of a.points)
    if (p.date === null && !p.denied && !dated.has(p.sourceKey) && !undated.has(p.sourceKey))
      undated.set(p.sourceKey, p)
  for (const p of undated.values()) {
    yield {
      ...identity,
      source: a.sourceName(p.sourceKey),
      asOf: null,
      low: p.low,
      high: p.high,
      qualifier: p.qualifier,
      previous: null,
      previousAsOf: null,
      change: null,
      changePct: null,
      points: a.points.filter((q) => q.sourceKey === p.sourceKey).length,
      disagreement: false,
      seriesLatest: false,
      flags: flagsOf(p.sourceKey),
      ...estimate,
    }
  }
}

/** Rows computed per series, pushed in the table's columns, with a batch every `size` rows. */
function seriesRows<R>(
  db: Db,
  filters: ClaimFilters,
  options: ReadOptions,
  columns: Column<R>[],
  rowsOf: (block: SeriesBlock) => Iterable<R>,
): RowSource {
  const size = options.batchSize ?? DEFAULT_BATCH
  return async (sink: RowSink) => {
    let since = 0
    await seriesBlocks(db, filters, options, async (block) => {
      for (const row of rowsOf(block)) {
        sink.row(columns.map((c) => c.value(row)))
        if (++since >= size) {
          since = 0
          await sink.batch()
        }
      }
    })
    await sink.batch()
  }
}

/** One row per point of each series (from the claims that match the filters). */
export function pointRows(db: Db, filters: ClaimFilters, options: ReadOptions = {}): RowSource {
  return seriesRows(db, filters, options, pointsTable.columns, pointsOf)
}

/** One row per series and source: the source's latest figure, its change, and disagreement. */
export function summaryRows(db: Db, filters: ClaimFilters, options: ReadOptions = {}): RowSource {
  return seriesRows(db, filters, options, summaryTable.columns, summariesOf)
}
