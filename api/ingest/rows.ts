import { sql } from 'drizzle-orm'
import type { NewClaimRow } from '../db/schema/index.ts'
import type { Runner } from '../db/sql.ts'
import { jsonb } from '../db/sql.ts'

// The columns an extracted claim sets; the others keep their defaults.
const COLUMNS = {
  article_id: ['articleId', 'bigint'],
  origin: ['origin', 'claim_origin'],
  metric: ['metric', 'metric'],
  unit: ['unit', 'unit'],
  low: ['low', 'float8'],
  high: ['high', 'float8'],
  qualifier: ['qualifier', 'qualifier'],
  who: ['who', 'text'],
  source: ['source', 'text'],
  since: ['since', 'text'],
  since_date: ['sinceDate', 'date'],
  as_of: ['asOf', 'date'],
  location: ['location', 'text'],
  country: ['country', 'text'],
  quote: ['quote', 'text'],
  quote_start: ['quoteStart', 'int'],
  quote_end: ['quoteEnd', 'int'],
  context: ['context', 'text'],
  denied: ['denied', 'boolean'],
  projected: ['projected', 'boolean'],
  confidence: ['confidence', 'real'],
  created_by: ['createdBy', 'bigint'],
  source_id: ['sourceId', 'bigint'],
  series_id: ['seriesId', 'bigint'],
  series_confidence: ['seriesConfidence', 'real'],
  geo_country: ['geoCountry', 'text'],
  geo_adm1: ['geoAdm1', 'text'],
  geo_adm1_name: ['geoAdm1Name', 'text'],
  geo_site_id: ['geoSiteId', 'text'],
  geo_site_name: ['geoSiteName', 'text'],
  geo_lat: ['geoLat', 'float8'],
  geo_lon: ['geoLon', 'float8'],
  geo_precision: ['geoPrecision', 'text'],
} as const satisfies Record<string, [keyof NewClaimRow, string]>

const names = Object.keys(COLUMNS).join(', ')
const types = Object.entries(COLUMNS)
  .map(([column, [, type]]) => `${column} ${type}`)
  .join(', ')

/**
 * Inserts claims as one jsonb parameter rather than a parameter per field: a batch's claims are
 * hundreds of rows of 24 fields, and building, sending and parsing that many parameters costs more
 * than the insert.
 */
export async function insertClaims(tx: Runner, rows: NewClaimRow[]) {
  if (!rows.length) return
  const input = rows.map((r) =>
    Object.fromEntries(Object.entries(COLUMNS).map(([column, [field]]) => [column, r[field] ?? null])),
  )
  await tx.execute(
    sql`insert into claims (${sql.raw(names)})
      select ${sql.raw(names)} from jsonb_to_recordset(${jsonb(input)}) as x(${sql.raw(types)})`,
  )
}
