import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Db } from '../db/client.ts'
import { articles, claims, outlets, series, topics } from '../db/schema/index.ts'
import { HttpError } from '../http/errors.ts'
import {
  adm1Condition,
  contains,
  countryCondition,
  placeCondition,
  placeTextCondition,
} from '../series/store/place-filter.ts'
import type { CLAIM_SORTS, ClaimFilters as ClaimFiltersSchema } from './schemas.ts'
import { claimToApi } from './shape.ts'

/** The claims-list filters (the list, exports, schedules and feeds share them). */
export type ClaimFilters = Static<typeof ClaimFiltersSchema>
export type ClaimSort = (typeof CLAIM_SORTS)[number]

const NO_DATE = '0001-01-01'
const asOfKey = sql`coalesce(${claims.asOf}, ${NO_DATE}::date)`

export function claimConditions(f: ClaimFilters): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    f.metric?.length ? inArray(claims.metric, f.metric) : undefined,
    f.status?.length ? inArray(claims.status, f.status) : undefined,
    f.origin ? eq(claims.origin, f.origin) : undefined,
    f.who ? ilike(claims.who, contains(f.who)) : undefined,
    f.source ? ilike(claims.source, contains(f.source)) : undefined,
    f.outlet ? ilike(outlets.name, contains(f.outlet)) : undefined,
    f.place ? placeCondition(f.place) : undefined,
    f.place_text ? placeTextCondition(f.place_text) : undefined,
    f.country ? countryCondition(f.country) : undefined,
    f.adm1 ? adm1Condition(f.adm1) : undefined,
    f.article_id ? eq(claims.articleId, f.article_id) : undefined,
    f.articles?.length ? inArray(claims.articleId, f.articles) : undefined,
    f.from ? gte(claims.asOf, f.from) : undefined,
    f.to ? lte(claims.asOf, f.to) : undefined,
    f.include_projected ? undefined : eq(claims.projected, false),
    f.changed_since ? gte(claims.updatedAt, new Date(f.changed_since)) : undefined,
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
const isId = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url')
// A cursor comes back from the client, so its key is checked against the sort it claims to continue:
// the database must never be the one to find out that "abc" is not a number or a date.
const cursorKeyFits: Record<ClaimSort, (k: unknown) => boolean> = {
  confidence: (k) => typeof k === 'number' && Number.isFinite(k),
  '-as_of': (k) => typeof k === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(k) && k >= '0001-01-01',
  id: () => true,
  '-id': () => true,
}
function decodeCursor(s: string, sort: ClaimSort): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString())
    if (Array.isArray(c) && c.length === 2 && isId(c[1]) && (cursorKeyFits[sort] ?? (() => true))(c[0])) {
      return c as Cursor
    }
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
  const ks = keyset(sort, cursor ? decodeCursor(cursor, sort) : null)
  const rows = await db
    .select({
      claim: claims,
      outlet: outlets.name,
      article_title: articles.title,
      article_url: articles.url,
      place_name: topics.placeName,
      place_country: topics.country,
    })
    .from(claims)
    .leftJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(outlets, eq(outlets.id, articles.outletId))
    .leftJoin(series, eq(series.id, claims.seriesId))
    .leftJoin(topics, eq(topics.id, series.topicId))
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
      // Where the claim is filed, which the place filter matches; null when it is in no series.
      filed_place: r.claim.seriesId === null ? null : { name: r.place_name, country: r.place_country },
    })),
    next_cursor: rows.length > limit && last ? encodeCursor([sortKey(last), last.id]) : null,
  }
}
