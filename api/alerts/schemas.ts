import { Type } from 'typebox'
import { ALERT_KINDS, EMAIL_MODES, WATCH_KINDS } from '../db/schema/alerts.ts'
import { METRICS } from '../extractor/types.ts'
import { HttpUrl, Id, Nullable, NullableDay, NullableTimestamp, Timestamp } from '../http/schemas.ts'

export const WatchCreate = Type.Object(
  {
    kind: Type.Enum(WATCH_KINDS),
    series_id: Type.Optional(Id),
    topic_id: Type.Optional(Id),
    place_key: Type.Optional(Type.String({ minLength: 3, maxLength: 90 })),
    metric: Type.Optional(Type.Enum(METRICS)),
  },
  { additionalProperties: false },
)

export const WatchItem = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(WATCH_KINDS),
  series_id: Nullable(Type.Integer()),
  topic_id: Nullable(Type.Integer()),
  place_key: Nullable(Type.String()),
  metric: Nullable(Type.String()),
  label: Type.String(),
  created_at: Timestamp,
})

export const AlertFigure = Type.Object({
  claim_id: Type.Integer(),
  low: Type.Number(),
  high: Nullable(Type.Number()),
  qualifier: Type.String(),
  text: Type.String(),
  source: Type.String(),
  as_of: NullableDay,
  quote: Type.String(),
})

export const AlertItem = Type.Object({
  id: Type.Integer(),
  read: Type.Boolean(),
  created_at: Timestamp,
  kind: Type.Enum(ALERT_KINDS),
  series_id: Type.Integer(),
  series_title: Type.String(),
  figure: AlertFigure,
  reason: Type.String(),
  path: Type.String(),
})

export const AlertList = Type.Object({ unread: Type.Integer(), items: Type.Array(AlertItem) })

export const AlertListQuery = Type.Object({
  unread: Type.Optional(Type.Boolean()),
  before: Type.Optional(Id),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
})

export const MarkRead = Type.Object(
  { ids: Type.Optional(Type.Array(Id, { maxItems: 500 })), all: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)

export const AlertSettingsBody = Type.Object(
  {
    email_mode: Type.Enum(EMAIL_MODES),
    digest_time: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', default: '08:00' }),
    timezone: Type.String({ minLength: 1, maxLength: 64, default: 'UTC' }),
  },
  { additionalProperties: false },
)
export const AlertSettingsItem = Type.Object({ ...AlertSettingsBody.properties, muted: Type.Boolean() })

export const WebhookCreate = Type.Object({ url: HttpUrl }, { additionalProperties: false })
export const WebhookItem = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  secret_prefix: Type.String(),
  failures: Type.Integer(),
  paused: Type.Boolean(),
  paused_at: NullableTimestamp,
  created_at: Timestamp,
})
export const WebhookCreated = Type.Object({ ...WebhookItem.properties, secret: Type.String() })
export const DeliveryItem = Type.Object({
  id: Type.Integer(),
  key: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  response_status: Nullable(Type.Integer()),
  last_error: Nullable(Type.String()),
  created_at: Timestamp,
  sent_at: NullableTimestamp,
  next_attempt_at: NullableTimestamp,
})
