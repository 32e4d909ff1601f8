import { type Static, Type } from 'typebox'
import { SUBSCRIPTION_KINDS, SUBSCRIPTION_STATUSES } from '../db/schema/index.ts'
import { Nullable, NullableTimestamp, Timestamp } from '../http/schemas.ts'

const Terms = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 })
const Language = Type.String({ pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$' })
const Every = Type.Integer({ minimum: 5, maximum: 10080, description: 'minutes between polls' })
const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 })

export const SubscriptionCreate = Type.Object(
  {
    url: Url,
    kind: Type.Optional(
      Type.Enum(SUBSCRIPTION_KINDS, { description: 'found from the content when left out' }),
    ),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    every_minutes: Type.Optional(Every),
    include: Type.Optional(Terms),
    exclude: Type.Optional(Terms),
    language: Type.Optional(Nullable(Language)),
  },
  { additionalProperties: false },
)

export const SubscriptionPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    every_minutes: Type.Optional(Every),
    include: Type.Optional(Terms),
    exclude: Type.Optional(Terms),
    language: Type.Optional(Nullable(Language)),
    paused: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
)

export const SubscriptionView = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  kind: Type.Enum(SUBSCRIPTION_KINDS),
  name: Type.String(),
  every_minutes: Type.Integer(),
  include: Type.Array(Type.String()),
  exclude: Type.Array(Type.String()),
  language: Nullable(Type.String()),
  paused: Type.Boolean(),
  status: Type.Enum(SUBSCRIPTION_STATUSES),
  last_poll_at: NullableTimestamp,
  last_result: Nullable(Type.String()),
  last_error: Nullable(Type.String()),
  failing_since: NullableTimestamp,
  next_poll_at: Nullable(Type.String({ description: 'null while paused' })),
  items_seen: Type.Integer(),
  items_pending: Type.Integer(),
  items_failed: Type.Integer(),
  articles_made: Type.Integer(),
  figures_found: Type.Integer(),
  created_at: Timestamp,
})

export const InboxItem = Type.Object({
  item_id: Type.Integer(),
  article_id: Nullable(Type.Integer()),
  title: Nullable(Type.String()),
  url: Nullable(Type.String()),
  claim_count: Type.Integer(),
  stored_at: NullableTimestamp,
})

export const InboxGroup = Type.Object({
  subscription_id: Nullable(Type.Integer()),
  subscription: Type.String(),
  items: Type.Array(InboxItem),
})

export const Inbox = Type.Object({
  since: Type.String({ description: 'when you last marked the inbox seen (or a week ago)' }),
  with_figures: Type.Array(InboxGroup),
  without_figures: Type.Array(InboxItem),
  article_ids: Type.Array(Type.Integer(), { description: 'the articles with figures, for the review queue' }),
})

export const ArticleOrigin = Type.Object({
  article_id: Type.Integer(),
  original_url: Nullable(Type.String()),
  subscription_id: Nullable(Type.Integer()),
  subscription: Nullable(Type.String()),
  fetched_at: NullableTimestamp,
  content_hash: Nullable(Type.String()),
  content_type: Nullable(Type.String()),
  archive_url: Nullable(Type.String()),
})

export type SubscriptionCreateBody = Static<typeof SubscriptionCreate>
export type SubscriptionPatchBody = Static<typeof SubscriptionPatch>
export type SubscriptionViewT = Static<typeof SubscriptionView>
