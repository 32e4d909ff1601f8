import type { ClaimRow, NewClaimRow } from '../db/schema/index.ts'
import type { ExtractedClaim } from '../extractor/types.ts'

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
  context: 'context',
  denied: 'denied',
  projected: 'projected',
  citation: 'citation',
} as const satisfies Record<string, keyof NewClaimRow>

type Editable = typeof EDITABLE
type EditableFields = { [K in keyof Editable]: ClaimRow[Editable[K]] }

/** A row's editable columns under the API's names. */
function editableFields(c: ClaimRow): EditableFields {
  return Object.fromEntries(
    Object.entries(EDITABLE).map(([field, column]) => [field, c[column]]),
  ) as EditableFields
}

/** A claim as the API returns it: the fields of claims-format.md plus Tally's own. */
export function claimToApi(c: ClaimRow) {
  return {
    id: c.id,
    article_id: c.articleId,
    origin: c.origin,
    ...editableFields(c),
    confidence: c.confidence,
    status: c.status,
    series_id: c.seriesId,
    version: c.version,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
  }
}
export type ApiClaim = ReturnType<typeof claimToApi>

export function extractedToRow(c: ExtractedClaim, articleId: number, createdBy: number | null): NewClaimRow {
  const columns = Object.fromEntries(
    Object.entries(EDITABLE).flatMap(([field, column]) =>
      field in c ? [[column, c[field as keyof ExtractedClaim]]] : [],
    ),
  )
  return { ...columns, articleId, origin: 'extracted', confidence: c.confidence, createdBy } as NewClaimRow
}
