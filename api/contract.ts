// The API's request and response shapes as TypeScript types, from the routes' TypeBox schemas. The
// dashboard imports these type-only (web/src/lib/types.ts), so renaming a field in a schema breaks
// `npm run typecheck` wherever the dashboard still reads the old name.
import type { Static } from 'typebox'
import type * as Accounts from './accounts/schemas.ts'
import type * as Alerts from './alerts/schemas.ts'
import type * as Annotations from './annotations/schemas.ts'
import type * as Articles from './articles/schemas.ts'
import type * as Audit from './audit/schemas.ts'
import type * as Claims from './claims/schemas.ts'
import type * as Delivery from './delivery/schemas.ts'
import type * as Exports from './exports/route-schemas.ts'
import type * as Geo from './geo/schemas.ts'
import type * as Series from './series/schemas.ts'

export type User = Static<typeof Accounts.PublicUser>
export type Token = Static<typeof Accounts.PublicToken>
export type SessionInfo = Static<typeof Accounts.SessionInfo>

export type Claim = Static<typeof Claims.Claim>
export type ClaimListItem = Static<typeof Claims.ClaimListItem>
export type HistoryEntry = Static<typeof Audit.HistoryEntry>

export type ArticleSummary = Static<typeof Articles.ArticleSummary>
export type ArticleDetail = Static<typeof Articles.ArticleDetail>
export type ArticleCreate = Static<typeof Articles.ArticleCreate>
export type IngestResponse = Static<typeof Articles.IngestResponse>
export type Outlet = Static<typeof Articles.Outlet>

export type SeriesSummary = Static<typeof Series.SeriesSummary>
export type Topic = Static<typeof Series.Topic>
export type SeriesDetail = Static<typeof Series.SeriesDetail>
export type SeriesPoint = SeriesDetail['points'][number]
export type PointQuotes = Static<typeof Series.PointQuotes>
export type Buckets = Static<typeof Series.Buckets>
export type Changes = Static<typeof Series.Changes>
export type Source = Static<typeof Series.SourceItem>
export type TrackRecord = Static<typeof Series.TrackRecord>
export type Estimate = Static<typeof Series.Estimate>
export type SeriesFlag = Static<typeof Series.SeriesFlag>
export type SeriesOperation = Static<typeof Series.Operation>

export type ExportFilters = Static<typeof Exports.ExportFilters>
export type ExportRun = Static<typeof Exports.Run>
export type ExportSchedule = Static<typeof Exports.Schedule>
export type ExportFeed = Static<typeof Exports.Feed>
export type CreatedFeed = Static<typeof Exports.CreatedFeed>

export type PlaceCountry = Static<typeof Geo.PlaceCountry>
export type MapPoint = Static<typeof Geo.MapPoint>
export type Watch = Static<typeof Alerts.WatchItem>
export type WatchCreate = Static<typeof Alerts.WatchCreate>
export type AlertItem = Static<typeof Alerts.AlertItem>
export type AlertList = Static<typeof Alerts.AlertList>
export type AlertSettings = Static<typeof Alerts.AlertSettingsItem>
export type Webhook = Static<typeof Alerts.WebhookItem>
export type CreatedWebhook = Static<typeof Alerts.WebhookCreated>
export type WebhookDelivery = Static<typeof Alerts.DeliveryItem>
export type Annotation = Static<typeof Annotations.AnnotationItem>
export type ExportDestination = Static<typeof Delivery.Destination>
export type DeliveryTestResult = Static<typeof Delivery.TestResult>
