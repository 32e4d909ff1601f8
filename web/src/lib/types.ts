// The API's shapes as the dashboard reads them: type-only re-exports of the routes' TypeBox schemas
// (api/contract.ts), erased in the build, so web/ still builds on its own and cannot drift from the API.
import type * as Api from '../../../api/contract.ts'

// The claim vocabulary is the extractor's own lists (a module with no imports, so the bundle takes only
// these constants).
export {
  METRICS,
  type Metric,
  QUALIFIERS,
  type Qualifier,
  UNITS,
  type Unit,
} from '../../../api/extractor/types.ts'

export const STATUSES = ['pending', 'verified', 'rejected'] as const
export type Status = (typeof STATUSES)[number]
export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export type User = Api.User
export type Token = Api.Token
export type SessionInfo = Api.SessionInfo

export type Claim = Api.Claim
export type ClaimListItem = Api.ClaimListItem
export type HistoryEntry = Api.HistoryEntry

export type ArticleSummary = Api.ArticleSummary
export type ArticleDetail = Api.ArticleDetail
export type ArticleCreate = Api.ArticleCreate
export type IngestResponse = Api.IngestResponse
export type Outlet = Api.Outlet

/** A page of a list route (cursor-paged lists send `next_cursor`). */
export interface Page<T, C = string> {
  items: T[]
  next_cursor: C | null
}

// Series (docs/api-series.md)
export type SeriesSummary = Api.SeriesSummary
export type SeriesLatest = NonNullable<SeriesSummary['latest']>
export type Place = SeriesSummary['place']
export type Topic = Api.Topic
export type SeriesDetail = Api.SeriesDetail
export type PointQuotes = Api.PointQuotes
export type SeriesOperation = Api.SeriesOperation
export type TrackRecord = Api.TrackRecord
export type Estimate = Api.Estimate
export type SeriesPoint = Api.SeriesPoint
export type PointQuote = SeriesPoint['quotes'][number]
/** A series' change (abs, pct), or a point's, which also says over how many days. */
export type Change = NonNullable<SeriesSummary['change']> & Partial<NonNullable<SeriesPoint['change']>>
export type Figure = Pick<SeriesPoint, 'low' | 'high' | 'qualifier'>
export type Disagreement = SeriesDetail['disagreements'][number]
export type Revision = SeriesDetail['revisions'][number]
export type Increment = SeriesDetail['increments'][number]
export type Buckets = Api.Buckets
export type Bucket = Buckets['buckets'][number]
export type Changes = Api.Changes
export type Source = Api.Source
export type MapPoint = Api.MapPoint
export type PlaceCountry = Api.PlaceCountry

export type Watch = Api.Watch
export type WatchCreate = Api.WatchCreate
export type AlertItem = Api.AlertItem
export type AlertList = Api.AlertList
export type AlertSettings = Api.AlertSettings
export type Webhook = Api.Webhook
export type CreatedWebhook = Api.CreatedWebhook
export type WebhookDelivery = Api.WebhookDelivery
export type Annotation = Api.Annotation
