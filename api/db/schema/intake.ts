import { sql } from 'drizzle-orm'
import { index, integer, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { users } from './accounts.ts'
import { articles } from './articles.ts'
import { at, counter, flag, id, int64, ref, timestamps } from './columns.ts'

// Intake (api/intake): the sources Tally watches and every item it has seen from them.

export const SUBSCRIPTION_KINDS = ['feed', 'reliefweb', 'page'] as const
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number]
/** ok: last poll worked; failing: failing for over a day; paused: by hand or after the feed was gone. */
export const SUBSCRIPTION_STATUSES = ['new', 'ok', 'erroring', 'failing', 'paused'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]
export const ITEM_STATES = ['pending', 'stored', 'skipped', 'failed'] as const
export type ItemState = (typeof ITEM_STATES)[number]

export const subscriptionKindEnum = pgEnum('subscription_kind', SUBSCRIPTION_KINDS)
export const subscriptionStatusEnum = pgEnum('subscription_status', SUBSCRIPTION_STATUSES)
export const itemStateEnum = pgEnum('intake_item_state', ITEM_STATES)

export const subscriptions = pgTable(
  'subscriptions',
  {
    id: id(),
    url: text('url').notNull(),
    kind: subscriptionKindEnum('kind').notNull(),
    name: text('name').notNull(),
    everyMinutes: integer('every_minutes').notNull().default(60),
    include: text('include').array().notNull().default(sql`'{}'`),
    exclude: text('exclude').array().notNull().default(sql`'{}'`),
    language: text('language'),
    paused: flag('paused'),
    status: subscriptionStatusEnum('status').notNull().default('new'),
    // Validators of the last answer, for conditional requests.
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastPollAt: at('last_poll_at'),
    lastResult: text('last_result'),
    lastError: text('last_error'),
    // First failure of the current run of failures; a day of them marks the subscription failing.
    failingSince: at('failing_since'),
    failures: counter('failures'),
    nextPollAt: at('next_poll_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('subscriptions_url_key').on(t.url), index('subscriptions_due_idx').on(t.nextPollAt)],
)

/**
 * Every item seen, once: UNIQUE(subscription_id, key) (key is the GUID, else the URL) is what makes a
 * re-poll, a retried job or two workers polling at once store an item once. One-off URLs
 * (POST /api/articles with a url) have no subscription.
 */
export const intakeItems = pgTable(
  'intake_items',
  {
    id: id(),
    subscriptionId: ref('subscription_id', () => subscriptions.id, 'cascade'),
    key: text('key').notNull(),
    url: text('url'),
    title: text('title'),
    published: text('published'),
    // What the feed itself carried (HTML or text), read when the item has no page or the page is gone.
    content: text('content'),
    source: text('source'),
    language: text('language'),
    pdfs: text('pdfs').array().notNull().default(sql`'{}'`),
    state: itemStateEnum('state').notNull().default('pending'),
    attempts: counter('attempts'),
    error: text('error'),
    articleId: ref('article_id', () => articles.id, 'set null'),
    claimCount: integer('claim_count'),
    // The bytes fetched: sha256 (hex) of them, names the file under ARCHIVE_DIR.
    contentHash: text('content_hash'),
    contentType: text('content_type'),
    fetchedAt: at('fetched_at'),
    seenAt: at('seen_at').notNull().defaultNow(),
    storedAt: at('stored_at'),
    dismissedAt: at('dismissed_at'),
  },
  (t) => [
    uniqueIndex('intake_items_key').on(sql`coalesce(${t.subscriptionId}, 0)`, t.key),
    index('intake_items_state_idx').on(t.state, t.seenAt),
    index('intake_items_article_idx').on(t.articleId),
    index('intake_items_stored_idx').on(t.storedAt),
  ],
)

/** When each user last opened the inbox: "what arrived since you last looked". */
export const inboxViews = pgTable('inbox_views', {
  userId: int64('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  seenAt: at('seen_at').notNull(),
})

export type Subscription = typeof subscriptions.$inferSelect
export type NewSubscription = typeof subscriptions.$inferInsert
export type IntakeItem = typeof intakeItems.$inferSelect
export type NewIntakeItem = typeof intakeItems.$inferInsert
