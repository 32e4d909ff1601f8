import { sql } from 'drizzle-orm'
import { char, check, doublePrecision, index, integer, pgTable, real, text } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'
import { articles } from './articles.ts'
import { day, flag, id, ref, timestamps } from './columns.ts'
import { claimOriginEnum, claimStatusEnum, metricEnum, qualifierEnum, unitEnum } from './enums.ts'
import { series, sources } from './series.ts'

export const claims = pgTable(
  'claims',
  {
    id: id(),
    articleId: ref('article_id', () => articles.id),
    // Where a hand-entered claim came from when there is no stored article: a URL or a citation.
    citation: text('citation'),
    origin: claimOriginEnum('origin').notNull(),
    metric: metricEnum('metric').notNull(),
    unit: unitEnum('unit').notNull().default('people'),
    low: doublePrecision('low').notNull(),
    high: doublePrecision('high'),
    qualifier: qualifierEnum('qualifier').notNull(),
    who: text('who').notNull().default('people'),
    source: text('source'),
    since: text('since'),
    sinceDate: day('since_date'),
    asOf: day('as_of'),
    location: text('location'),
    country: char('country', { length: 3 }),
    quote: text('quote').notNull(),
    quoteStart: integer('quote_start'),
    quoteEnd: integer('quote_end'),
    // For a figure in a table or key-figures box: the row or column label it belongs to when that label
    // is outside the quote ("Killed", "Idlib"), as claims-format.md defines it; the quote stays the cell.
    context: text('context'),
    denied: flag('denied'),
    projected: flag('projected'),
    confidence: real('confidence').notNull().default(1),
    status: claimStatusEnum('status').notNull().default('pending'),
    // The organisation `source` resolves to, and the series the claim is assigned to, with how sure
    // the assignment is. An editor's move locks it so automatic re-assignment leaves it alone.
    sourceId: ref('source_id', () => sources.id),
    seriesId: ref('series_id', () => series.id),
    seriesConfidence: real('series_confidence'),
    seriesLocked: flag('series_locked'),
    // An editor set the place or country: filing takes them as given instead of reading the sentence.
    placeSet: flag('place_set'),
    // The place resolved against the gazetteer (api/geo/): country, ISO 3166-2 division, town or site
    // with coordinates, and how precise it is. Null precision: not resolved yet (back-filled at start).
    geoCountry: char('geo_country', { length: 3 }),
    geoAdm1: text('geo_adm1'),
    geoAdm1Name: text('geo_adm1_name'),
    geoSiteId: text('geo_site_id'),
    geoSiteName: text('geo_site_name'),
    geoLat: doublePrecision('geo_lat'),
    geoLon: doublePrecision('geo_lon'),
    geoPrecision: text('geo_precision'),
    // Bumped on every change; an edit must name the version it read, so no edit is silently lost.
    version: integer('version').notNull().default(1),
    createdBy: ref('created_by', () => users.id),
    updatedBy: ref('updated_by', () => users.id),
    ...timestamps(),
  },
  (t) => [
    check('claims_cited', sql`${t.articleId} is not null or ${t.citation} is not null`),
    check('claims_bounds', sql`${t.high} is null or ${t.high} >= ${t.low}`),
    check('claims_offsets', sql`${t.quoteStart} is null or ${t.quoteEnd} >= ${t.quoteStart}`),
    index('claims_article_idx').on(t.articleId),
    index('claims_status_conf_idx').on(t.status, t.confidence, t.id),
    index('claims_metric_idx').on(t.metric, t.asOf),
    index('claims_as_of_idx').on(t.asOf, t.id),
    // What an incremental series refresh reads: one source's claims, or one value's (incidents); either
    // serves a read of a whole series too (no read orders a series' claims by date, so no index on
    // (series_id, as_of): one index less for every claim ingested).
    index('claims_series_source_idx').on(t.seriesId, t.sourceId),
    index('claims_series_low_idx').on(t.seriesId, t.low),
    index('claims_source_idx').on(t.sourceId),
    index('claims_geo_idx').on(t.geoCountry, t.geoAdm1),
    check(
      'claims_geo_precision',
      sql`${t.geoPrecision} is null or ${t.geoPrecision} in ('site', 'town', 'district', 'province', 'country', 'unknown')`,
    ),
  ],
)

export type ClaimRow = typeof claims.$inferSelect
export type NewClaimRow = typeof claims.$inferInsert
