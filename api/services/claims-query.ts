import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { articles, type ClaimStatus, claims, outlets } from '../db/schema/index.ts'
import type { Metric } from '../extractor/types.ts'
import { claimToApi } from './claim-shape.ts'
import { HttpError } from './errors.ts'

export const CLAIM_SORTS = ['-id', 'id', 'confidence', '-as_of'] as const
export type ClaimSort = (typeof CLAIM_SORTS)[number]

export interface ClaimFilters {
  metric?: Metric[]
  status?: ClaimStatus[]
  origin?: 'extracted' | 'manual'
  who?: string
  source?: string
  outlet?: string
  place?: string
  country?: string
  article_id?: number
  articles?: number[]
  from?: string
  to?: string
  q?: string
  include_projected?: boolean
}

const NO_DATE = '0001-01-01'
const asOfKey = sql`coalesce(${claims.asOf}, ${NO_DATE}::date)`

/** `%` and `_` typed by a user are literal characters, not wildcards. */
const contains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export function claimConditions(f: ClaimFilters): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    f.metric?.length ? inArray(claims.metric, f.metric) : undefined,
    f.status?.length ? inArray(claims.status, f.status) : undefined,
    f.origin ? eq(claims.origin, f.origin) : undefined,
    f.who ? ilike(claims.who, contains(f.who)) : undefined,
    f.source ? ilike(claims.source, contains(f.source)) : undefined,
    f.outlet ? ilike(outlets.name, contains(f.outlet)) : undefined,
    f.place
      ? or(ilike(claims.location, contains(f.place)), eq(claims.country, f.place.toUpperCase()))
      : undefined,
    f.country ? eq(claims.country, f.country.toUpperCase()) : undefined,
    f.article_id ? eq(claims.articleId, f.article_id) : undefined,
    f.articles?.length ? inArray(claims.articleId, f.articles) : undefined,
    f.from ? gte(claims.asOf, f.from) : undefined,
    f.to ? lte(claims.asOf, f.to) : undefined,
    f.include_projected ? undefined : eq(claims.projected, false),
    f.q
      ? or(
          ilike(claims.quote, contains(f.q)),
          ilike(claims.who, contains(f.q)),
          ilike(claims.source, contains(f.q)),
          ilike(claims.location, contains(f.q)),
        )
      : undefined,
  ]
  return and(...conds.filter(Boolean))
}

type Cursor = [string | number, number]
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url')
function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString())
    if (Array.isArray(c) && c.length === 2 && Number.isInteger(c[1])) return c as Cursor
  } catch {}
  throw new HttpError(400, 'invalid_field', 'querystring.cursor: is not a cursor this API issued', [
    { field: 'querystring.cursor', message: 'is not a cursor this API issued' },
  ])
}

/** Keyset pagination: each sort orders by (key, id), and the cursor holds the last row's pair. */
function keyset(sort: ClaimSort, cursor: Cursor | null) {
  switch (sort) {
    case 'id':
      return { order: [asc(claims.id)], after: cursor ? sql`${claims.id} > ${cursor[1]}` : undefined }
    case 'confidence':
      return {
        order: [asc(claims.confidence), asc(claims.id)],
        after: cursor
          ? sql`(${claims.confidence}, ${claims.id}) > (${cursor[0]}::real, ${cursor[1]})`
          : undefined,
      }
    case '-as_of':
      return {
        order: [desc(asOfKey), desc(claims.id)],
        after: cursor ? sql`(${asOfKey}, ${claims.id}) < (${cursor[0]}::date, ${cursor[1]})` : undefined,
      }
    default:
      return { order: [desc(claims.id)], after: cursor ? sql`${claims.id} < ${cursor[1]}` : undefined }
  }
}

export async function listClaims(
  db: Db,
  filters: ClaimFilters,
  sort: ClaimSort,
  limit: number,
  cursor?: string,
) {
  const ks = keyset(sort, cursor ? decodeCursor(cursor) : null)
  const rows = await db
    .select({ claim: claims, outlet: outlets.name, article_title: articles.title, article_url: articles.url })
    .from(claims)
    .leftJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .where(and(claimConditions(filters), ks.after))
    .orderBy(...ks.order)
    .limit(limit + 1)
  const page = rows.slice(0, limit)
  const last = page.at(-1)?.claim
  const sortKey = (c: typeof claims.$inferSelect): string | number =>
    sort === 'confidence' ? c.confidence : sort === '-as_of' ? (c.asOf ?? NO_DATE) : c.id
  return {
    items: page.map((r) => ({
      ...claimToApi(r.claim),
      outlet: r.outlet,
      article_title: r.article_title,
      article_url: r.article_url,
    })),
    next_cursor: rows.length > limit && last ? encodeCursor([sortKey(last), last.id]) : null,
  }
}
