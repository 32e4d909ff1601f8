import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'
import { at, counter, createdAt, flag, id, int64, leased, parent, ref, updatedAt } from './columns.ts'
import { metricEnum } from './enums.ts'
import { series, topics } from './series.ts'

export const WATCH_KINDS = ['series', 'topic', 'place', 'metric_place'] as const
export type WatchKind = (typeof WATCH_KINDS)[number]
export const ALERT_KINDS = ['new_figure', 'disagreement', 'jump', 'revision', 'verified', 'rejected'] as const
export type AlertKind = (typeof ALERT_KINDS)[number]
export const DELIVERY_CHANNELS = ['email', 'webhook'] as const
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]
export const EMAIL_MODES = ['off', 'immediate', 'digest'] as const
export type EmailMode = (typeof EMAIL_MODES)[number]

/**
 * What one user watches: a series, a topic, a place with everything under it ("SYR" holds "SYR:idlib"),
 * or one metric in a place. `target` is the unique spelling ("series:12", "place:SYR",
 * "metric_place:killed:SYR") so the same thing is watched once.
 */
export const watches = pgTable(
  'watches',
  {
    id: id(),
    userId: parent('user_id', () => users.id),
    kind: text('kind', { enum: WATCH_KINDS }).notNull(),
    target: text('target').notNull(),
    seriesId: ref('series_id', () => series.id, 'cascade'),
    topicId: ref('topic_id', () => topics.id, 'cascade'),
    placeKey: text('place_key'),
    metric: metricEnum('metric'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('watches_user_target_key').on(t.userId, t.target),
    index('watches_series_idx').on(t.seriesId),
    index('watches_topic_idx').on(t.topicId),
    index('watches_place_idx').on(t.placeKey),
  ],
)

/**
 * The outbox: one row per thing that happened to a series, written in the transaction that made it
 * happen. `key` names the event ("figure:<claim id>", "review:<claim>:<version>") so the same event
 * is recorded once however often the series is refreshed.
 */
export const alertEvents = pgTable(
  'alert_events',
  {
    id: id(),
    key: text('key').notNull().unique(),
    kind: text('kind', { enum: ALERT_KINDS }).notNull(),
    seriesId: ref('series_id', () => series.id, 'cascade'),
    claimId: int64('claim_id'),
    // What every channel shows: title, figure, qualifier, source, date, quote, reason, link.
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('alert_events_series_idx').on(t.seriesId)],
)

/** One user's copy of an event (the bell). */
export const alerts = pgTable(
  'alerts',
  {
    id: id(),
    userId: parent('user_id', () => users.id),
    eventId: parent('event_id', () => alertEvents.id),
    readAt: at('read_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('alerts_user_event_key').on(t.userId, t.eventId),
    index('alerts_user_unread_idx').on(t.userId, t.readAt, t.id),
  ],
)

/** How a user wants e-mail: off, at once, or one digest a day at `digestTime` in `timezone`. */
export const alertSettings = pgTable('alert_settings', {
  userId: int64('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  emailMode: text('email_mode', { enum: EMAIL_MODES }).notNull().default('immediate'),
  digestTime: text('digest_time').notNull().default('08:00'),
  timezone: text('timezone').notNull().default('UTC'),
  // Set by the one-click link in an e-mail; cleared when the user turns e-mail on again.
  mutedAt: at('muted_at'),
  updatedAt: updatedAt(),
})

/** Where alerts are POSTed. The secret signs each body; it is shown once, at creation. */
export const webhooks = pgTable('webhooks', {
  id: id(),
  userId: parent('user_id', () => users.id),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  secretPrefix: text('secret_prefix').notNull(),
  // Failed attempts in a row; at the limit the hook is paused until its owner resumes it.
  failures: counter('failures'),
  pausedAt: at('paused_at'),
  createdAt: createdAt(),
})

/**
 * One message to send: an e-mail to a user or a POST to a webhook, for one event. `key` is the
 * idempotency key sent with it. A sender claims due rows (FOR UPDATE SKIP LOCKED), holds them under a
 * lease while sending, and marks them sent; a lease that runs out means its process died.
 */
export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: id(),
    key: text('key').notNull().unique(),
    eventId: parent('event_id', () => alertEvents.id),
    userId: parent('user_id', () => users.id),
    channel: text('channel', { enum: DELIVERY_CHANNELS }).notNull(),
    webhookId: ref('webhook_id', () => webhooks.id, 'cascade'),
    // Daily digests: e-mail rows wait until the user's digest time and go out together.
    digest: flag('digest'),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: smallint('attempts').notNull().default(0),
    dueAt: at('due_at').notNull().defaultNow(),
    ...leased(),
    sentAt: at('sent_at'),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    index('alert_deliveries_due_idx').on(t.status, t.dueAt),
    index('alert_deliveries_webhook_idx').on(t.webhookId, t.id),
    check('alert_deliveries_target', sql`${t.channel} = 'email' or ${t.webhookId} is not null`),
  ],
)

export type Watch = typeof watches.$inferSelect
export type NewWatch = typeof watches.$inferInsert
export type AlertEvent = typeof alertEvents.$inferSelect
export type AlertDelivery = typeof alertDeliveries.$inferSelect
export type Webhook = typeof webhooks.$inferSelect
export type AlertSettings = typeof alertSettings.$inferSelect

/** One row: the key that signs one-click links in e-mails, made on first use, shared by all processes. */
export const alertLinkKey = pgTable(
  'alert_link_key',
  {
    id: smallint('id').primaryKey().default(1),
    secret: text('secret').notNull(),
  },
  (t) => [check('alert_link_key_one', sql`${t.id} = 1`)],
)
