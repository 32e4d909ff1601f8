// Rows of the three tables, read from the database in keyset-paged batches (the next batch is fetched
// while the current one is written), so an export of a million claims holds a few thousand at a time.
import { and, asc, eq, gte, isNotNull, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { articles, claims, outlets, series, sources, topics } from '../db/schema/index.ts'
import { type ClaimFilters, claimConditions } from '../services/claims-query.ts'
import { analyse, type SeriesClaimRow } from '../services/series-claims.ts'
import type { ClaimExportRow, PointExportRow, SeriesIdentity, SummaryExportRow } from './tables.ts'

export interface ReadOptions {
  batchSize?: number
  /** Stops the read between batches (the scheduler aborts runs when Tally shuts down). */
  signal?: AbortSignal
}

const DEFAULT_BATCH = 5000

/** Pages through a keyset: `fetch(after)` returns rows after that key; `key(row)` is a row's key. */
async function* keyset<T, K>(
  fetch: (after: K | null) => Promise<T[]>,
  key: (row: T) => K,
  batchSize: number,
  signal?: AbortSignal,
): AsyncGenerator<T> {
  let pending: Promise<T[]> | null = fetch(null)
  while (pending) {
    const batch: T[] = await pending
    signal?.throwIfAborted()
    // Read ahead: the next page is on its way while this one is written.
    pending = batch.length === batchSize ? fetch(key(batch[batch.length - 1])) : null
    // A rejected read-ahead is awaited (and thrown) on the next turn; keep it from being "unhandled".
    pending?.catch(() => {})
    yield* batch
  }
}

/** Claims matching the claims-list filters, by id. */
export function claimRows(
  db: Db,
  filters: ClaimFilters,
  options: ReadOptions = {},
): AsyncGenerator<ClaimExportRow> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH
  const where = claimConditions(filters)
  const fetch = (after: number | null) =>
    db
      .select({
        id: claims.id,
        low: claims.low,
        high: claims.high,
        qualifier: claims.qualifier,
        metric: claims.metric,
        unit: claims.unit,
        group: sql<string | null>`coalesce(${topics.groupLabel}, ${claims.who})`,
        place: sql<string | null>`coalesce(${topics.placeName}, ${claims.location})`,
        country: sql<string | null>`coalesce(${claims.country}, ${topics.country})`,
        source: sql<string | null>`coalesce(${sources.name}, ${claims.source})`,
        outlet: outlets.name,
        published: articles.published,
        asOf: claims.asOf,
        periodStart: claims.sinceDate,
        status: claims.status,
        quote: claims.quote,
        url: sql<string | null>`coalesce(${articles.url}, ${claims.citation})`,
      })
      .from(claims)
      .leftJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(outlets, eq(outlets.id, articles.outletId))
      .leftJoin(sources, eq(sources.id, claims.sourceId))
      .leftJoin(series, eq(series.id, claims.seriesId))
      .leftJoin(topics, eq(topics.id, series.topicId))
      .where(and(where, after === null ? undefined : sql`${claims.id} > ${after}`))
      .orderBy(asc(claims.id))
      .limit(batchSize)
      .then((rows) => rows.map((r) => ({ ...r, id: Number(r.id) })))
  return keyset(fetch, (r) => r.id, batchSize, options.signal)
}

interface SeriesBlock {
  identity: SeriesIdentity
  analysis: ReturnType<typeof analyse>
}

/**
 * Series with the claims of each that match the filters, analysed as the series page does (points,
 * changes, disagreements), one series at a time: claims are read ordered by (series, id).
 */
async function* seriesBlocks(
  db: Db,
  filters: ClaimFilters,
  options: ReadOptions,
): AsyncGenerator<SeriesBlock> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH
  const where: SQL | undefined = and(claimConditions(filters), isNotNull(claims.seriesId))
  const fetch = (after: [number, number] | null) =>
    db
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
      .where(
        and(where, after ? sql`(${claims.seriesId}, ${claims.id}) > (${after[0]}, ${after[1]})` : undefined),
      )
      .orderBy(asc(claims.seriesId), asc(claims.id))
      .limit(batchSize)
  const rows = keyset(
    fetch,
    (r) => [Number(r.claim.seriesId), Number(r.claim.id)] as [number, number],
    batchSize,
    options.signal,
  )

  let current: number | null = null
  let members: SeriesClaimRow[] = []
  const identities = new Map<number, SeriesIdentity & { kind: string; merged: boolean }>()
  async function identity(id: number) {
    if (!identities.has(id)) {
      identities.clear()
      // Claims come in series order, so the next series are the next ids: fetch them 500 at a time.
      const found = await db
        .select({ s: series, t: topics })
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
        })
      }
    }
    return identities.get(id)
  }
  async function* flush(): AsyncGenerator<SeriesBlock> {
    if (current === null || !members.length) return
    const id = await identity(current)
    if (id && !id.merged) {
      const { merged: _, ...rest } = id
      yield { identity: rest, analysis: analyse(id.kind, members) }
    }
    members = []
  }
  for await (const r of rows) {
    const seriesId = Number(r.claim.seriesId)
    if (seriesId !== current) {
      yield* flush()
      current = seriesId
    }
    const family = r.family === null ? null : Number(r.family)
    members.push({
      ...r,
      family,
      input: {
        id: r.claim.id,
        articleId: r.claim.articleId,
        articleFamily: family,
        sourceKey: r.sourceKey,
        low: r.claim.low,
        high: r.claim.high,
        qualifier: r.claim.qualifier,
        asOf: r.claim.asOf,
        published: r.published,
        denied: r.claim.denied,
        projected: r.claim.projected,
        status: r.claim.status,
      },
    })
  }
  yield* flush()
}

/** One row per point of each series (from the claims that match the filters). */
export async function* pointRows(
  db: Db,
  filters: ClaimFilters,
  options: ReadOptions = {},
): AsyncGenerator<PointExportRow> {
  for await (const { identity, analysis: a } of seriesBlocks(db, filters, options)) {
    const changeOf = new Map(a.changes.map((c) => [c.pointId, c]))
    for (const p of a.points) {
      const change = changeOf.get(p.id)
      yield {
        ...identity,
        pointKey: p.id,
        source: a.sourceName(p.sourceKey),
        asOf: p.date,
        repeatedOn: p.repeatedOn.join('; '),
        low: p.low,
        high: p.high,
        qualifier: p.qualifier,
        citations: p.citations,
        verified: p.verified,
        denied: p.denied,
        change: change?.absolute ?? null,
        changePct: change?.percent ?? null,
        claimIds: p.claimIds.join('; '),
      }
    }
  }
}

/** One row per series and source: the source's latest figure, its change, and disagreement. */
export async function* summaryRows(
  db: Db,
  filters: ClaimFilters,
  options: ReadOptions = {},
): AsyncGenerator<SummaryExportRow> {
  for await (const { identity, analysis: a } of seriesBlocks(db, filters, options)) {
    const disputed = new Set(a.disagreements.flatMap((d) => [d.a.id, d.b.id]))
    const headline = a.summary.latest?.id
    for (const p of a.summary.latestBySource) {
      const change = a.changes.find((c) => c.pointId === p.id)
      const previous = change?.previousPointId
        ? a.points.find((q) => q.id === change.previousPointId)
        : undefined
      yield {
        ...identity,
        source: a.sourceName(p.sourceKey),
        asOf: p.date,
        low: p.low,
        high: p.high,
        qualifier: p.qualifier,
        previous: previous?.low ?? null,
        previousAsOf: previous?.date ?? null,
        change: change?.absolute ?? null,
        changePct: change?.percent ?? null,
        points: a.points.filter((q) => q.sourceKey === p.sourceKey).length,
        disagreement: disputed.has(p.id),
        seriesLatest: p.id === headline,
      }
    }
  }
}
