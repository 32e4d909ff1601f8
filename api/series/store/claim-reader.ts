// The one read of claims joined with their source, article and outlet. Callers name a column set and
// get only those columns: the refresh after every ingest reads whole series, so it reads what
// analyse() needs and no more, while a series answer also shows the quote and where it was published.
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm'
import { articles, claims, outlets, sources } from '../../db/schema/index.ts'
import type { Runner } from '../../db/sql.ts'
import type { SeriesClaim } from '../index.ts'

/** What analyse() reads of a claim (see seriesClaimOf), with the series and the source's name. */
const analysis = {
  id: claims.id,
  seriesId: claims.seriesId,
  sourceId: claims.sourceId,
  articleId: claims.articleId,
  low: claims.low,
  high: claims.high,
  qualifier: claims.qualifier,
  asOf: claims.asOf,
  denied: claims.denied,
  projected: claims.projected,
  status: claims.status,
  sourceKey: sources.key,
  sourceName: sources.name,
  // The source's kind weighs its figures in the best estimate; what the claim counts explains
  // disagreements (different unit, period, group or place).
  sourceKind: sources.kind,
  sourceGrade: sources.grade,
  unit: claims.unit,
  who: claims.who,
  sinceDate: claims.sinceDate,
  location: claims.location,
  family: sql<number | null>`coalesce(${articles.duplicateOf}, ${articles.id})`,
  published: articles.published,
}

export const CLAIM_COLUMNS = {
  analysis,
  /** What moved since a date: when each claim was stored. */
  changes: { ...analysis, createdAt: claims.createdAt },
  /** A series answer: each point's citations, with the exact words and where they were published. */
  detail: {
    ...analysis,
    quote: claims.quote,
    quoteStart: claims.quoteStart,
    quoteEnd: claims.quoteEnd,
    articleTitle: articles.title,
    url: articles.url,
    outlet: outlets.name,
  },
}

type AnalysisFields = Omit<SeriesClaim, 'articleFamily'> & {
  family: number | string | null
  sourceName: string | null
}

type ColumnSet = (typeof CLAIM_COLUMNS)[keyof typeof CLAIM_COLUMNS]
const ALL = { ...CLAIM_COLUMNS.detail, ...CLAIM_COLUMNS.changes }

function joined(db: Runner, seriesIds: number[], columns: typeof ALL, where?: SQL) {
  return db
    .select(columns)
    .from(claims)
    .leftJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(and(inArray(claims.seriesId, seriesIds), where))
}
type Row = Awaited<ReturnType<typeof joined>>[number]

/** A row of the reader with the columns of `C`, and `input`: what analyse() reads. */
export type ClaimRead<C extends ColumnSet = typeof CLAIM_COLUMNS.analysis> = Omit<
  Pick<Row, keyof C & keyof Row>,
  'family'
> & {
  family: number | null
  input: SeriesClaim
}

/**
 * The claims of these series with `columns`, in claim order (it decides ties inside analyse(), so the
 * same whatever plan the database picks), each with `input`, what analyse() reads. `where` narrows
 * them (an incremental refresh reads one source's or one value's claims).
 */
export async function readSeriesClaims<C extends ColumnSet>(
  db: Runner,
  seriesIds: number[],
  columns: C,
  where?: SQL,
): Promise<ClaimRead<C>[]> {
  if (!seriesIds.length) return []
  // Only `columns` are read; the row type says so (each set is part of ALL, with the same joins).
  const rows = await joined(db, seriesIds, columns as unknown as typeof ALL, where)
  rows.sort((a, b) => a.id - b.id)
  return rows.map((r) => ({
    ...r,
    family: r.family === null ? null : Number(r.family),
    input: seriesClaimOf(r),
  }))
}

/** The fields analyse() reads, from a claim row joined with its article and source. */
export function seriesClaimOf(r: AnalysisFields): SeriesClaim {
  return {
    id: r.id,
    articleId: r.articleId,
    articleFamily: r.family === null ? null : Number(r.family),
    sourceKey: r.sourceKey,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    asOf: r.asOf,
    published: r.published,
    denied: r.denied,
    projected: r.projected,
    status: r.status,
  }
}
