// The API's shapes as the dashboard reads them (the schemas beside each feature in api/ and docs/api-series.md).
// Type-only imports from the API: erased in the build, so web/ still builds on its own.
import type { Claim as ExtractedFields, Metric, Qualifier, Unit } from '../../../api/extractor/types.ts'

// The claim vocabulary is the extractor's (api/extractor/types.ts). The lists are repeated as values
// here, as the dashboard is built without the API's sources; `allOf` checks each names every member.
export type { Metric, Qualifier, Unit }

/** The list, checked to name every member of T (a list that misses one does not compile). */
const allOf =
  <T>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list

export const METRICS = allOf<Metric>()([
  'killed',
  'injured',
  'casualties',
  'displaced',
  'refugees',
  'missing',
  'detained',
  'affected',
  'facilities',
  'homes',
])
export const UNITS = allOf<Unit>()(['people', 'households', 'facilities', 'homes'])
export const QUALIFIERS = allOf<Qualifier>()(['exact', 'at_least', 'approx', 'at_most', 'range', 'vague'])
export const STATUSES = ['pending', 'verified', 'rejected'] as const
export type Status = (typeof STATUSES)[number]
export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface User {
  id: number
  email: string
  name: string
  role: Role
  disabled: boolean
  created_at: string
}

export interface Token {
  id: number
  user_id: number
  name: string
  prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface Figure {
  low: number
  high: number | null
  qualifier: Qualifier
}

/** A stored claim: the extractor's fields, and what storing and reviewing it adds. */
export interface Claim extends Omit<ExtractedFields, 'start' | 'end'> {
  id: number
  article_id: number | null
  origin: 'extracted' | 'manual'
  /** Where the quote stands in the article's text; null for a claim added without one. */
  start: number | null
  end: number | null
  citation: string | null
  confidence: number
  status: Status
  series_id: number | null
  version: number
  created_at: string
  updated_at: string
}

export interface ClaimListItem extends Claim {
  outlet: string | null
  article_title: string | null
  article_url: string | null
}

export interface HistoryEntry {
  id: number
  action: string
  actor: string
  actor_id: number | null
  at: string
  before: unknown
  after: unknown
  note: string | null
}

export interface ArticleSummary {
  id: number
  title: string | null
  url: string | null
  outlet: string | null
  outlet_id: number | null
  published: string | null
  date_unknown: boolean
  language: string | null
  duplicate_of: number | null
  duplicate_score: number | null
  ingested_at: string
  claim_count: number
}

export interface ArticleDetail extends ArticleSummary {
  text: string
  content_hash: string
  duplicates: { id: number; title: string | null; score: number | null }[]
}

export interface ArticleCreate {
  text?: string
  html?: string
  title?: string | null
  url?: string | null
  outlet?: string | null
  published?: string | null
}

export interface IngestResponse {
  status: 'created' | 'existing'
  article: ArticleSummary
}

export interface Outlet {
  id: number
  name: string
  domain: string | null
  articles: number
}

export interface Page<T, C = string> {
  items: T[]
  next_cursor: C | null
}

// Series (docs/api-series.md)

export interface SeriesLatest {
  low: number
  high: number | null
  qualifier: Qualifier | null
  source: string | null
  as_of: string | null
}

export interface Change {
  abs: number
  pct: number | null
  per_day?: number | null
  days?: number | null
}

export interface SeriesSummary {
  id: number
  topic_id: number
  title: string
  kind: 'cumulative' | 'incident'
  since_date: string | null
  pinned: boolean
  metric: Metric
  group: { key: string; label: string }
  place: Place
  claim_count: number
  point_count: number
  source_count: number
  first_date: string | null
  last_date: string | null
  latest: SeriesLatest | null
  previous_low: number | null
  change: Change | null
  disagreement_count: number
  revision_count: number
  updated_at: string
  /** Not in the contract yet: recent values for a sparkline, when the API sends them. */
  spark?: { as_of: string; low: number }[]
}

export interface Place {
  key: string
  name: string | null
  country: string | null
}

export interface Topic {
  id: number
  metric: Metric
  group: { key: string; label: string }
  place: Place
  series: SeriesSummary[]
}

export interface PointQuote {
  claim_id: number
  quote: string
  article_id: number | null
  article_title: string | null
  outlet: string | null
  url: string | null
  published: string | null
  start: number | null
  end: number | null
}

export interface SeriesPoint extends Figure {
  key: string
  source_key: string | null
  source_name: string
  as_of: string | null
  repeated_on: string[]
  verified: boolean
  citations: number
  claim_ids: number[]
  change: Change | null
  denied: boolean
  quotes: PointQuote[]
}

export interface Disagreement {
  kind: 'range' | 'denial' | string
  a: string
  b: string
  days_apart: number
  gap?: number | null
  dates?: string[]
  reason: string
}

export interface Revision {
  source_key: string
  from: string
  to: string
  drop?: number
  reason: string
}

export interface Increment {
  source_key: string | null
  from: string
  to: string
  delta: number
  per_day: number | null
  exact?: boolean
}

export interface SeriesDetail {
  series: SeriesSummary
  sources: { key: string; name: string }[]
  points: SeriesPoint[]
  disagreements: Disagreement[]
  revisions: Revision[]
  increments: Increment[]
}

export interface Bucket {
  start: string
  end: string
  sum: number
  sum_high?: number | null
  running_total: number
  incidents: number
}

export interface Buckets {
  kind: string
  unit: 'day' | 'week' | 'month'
  buckets: Bucket[]
}

export interface Changes {
  since?: string
  new_points: { series_id: number; series_title: string; point: SeriesPoint }[]
  biggest_moves: {
    series_id: number
    series_title: string
    source_name: string
    from: number
    to: number
    abs: number
    pct: number | null
  }[]
  new_disagreements: { series_id: number; series_title: string; reason: string; kind: string }[]
}

export interface Source {
  id: number
  key: string
  name: string
  kind: string
  country: string | null
  aliases: { id: number; alias: string }[]
  claim_count: number
}
