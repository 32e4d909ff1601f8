import type { ClaimRow, NewClaimRow } from '../db/schema/index.ts'
import type { ExtractedClaim } from '../extractor/types.ts'

/** A claim as the API returns it: the fields of claims-format.md plus Tally's own. */
export function claimToApi(c: ClaimRow) {
  return {
    id: c.id,
    article_id: c.articleId,
    citation: c.citation,
    origin: c.origin,
    metric: c.metric,
    unit: c.unit,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    who: c.who,
    source: c.source,
    since: c.since,
    since_date: c.sinceDate,
    as_of: c.asOf,
    location: c.location,
    country: c.country,
    quote: c.quote,
    start: c.quoteStart,
    end: c.quoteEnd,
    denied: c.denied,
    projected: c.projected,
    confidence: c.confidence,
    status: c.status,
    series_id: c.seriesId,
    version: c.version,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
  }
}
export type ApiClaim = ReturnType<typeof claimToApi>

/** The API's snake_case field names mapped to the table's columns, for edits and hand entry. */
export const EDITABLE = {
  metric: 'metric',
  unit: 'unit',
  low: 'low',
  high: 'high',
  qualifier: 'qualifier',
  who: 'who',
  source: 'source',
  since: 'since',
  since_date: 'sinceDate',
  as_of: 'asOf',
  location: 'location',
  country: 'country',
  quote: 'quote',
  start: 'quoteStart',
  end: 'quoteEnd',
  denied: 'denied',
  projected: 'projected',
  citation: 'citation',
} as const satisfies Record<string, keyof NewClaimRow>

export function extractedToRow(c: ExtractedClaim, articleId: number, createdBy: number | null): NewClaimRow {
  return {
    articleId,
    origin: 'extracted',
    metric: c.metric,
    unit: c.unit,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    who: c.who,
    source: c.source,
    since: c.since,
    sinceDate: c.since_date,
    asOf: c.as_of,
    location: c.location,
    country: c.country,
    quote: c.quote,
    quoteStart: c.start,
    quoteEnd: c.end,
    denied: c.denied,
    projected: c.projected,
    confidence: c.confidence,
    createdBy,
  }
}
