import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { exportRunStatusEnum, exportRuns, exportSchedules } from './exports.ts'

export const DESTINATION_KINDS = ['email', 's3', 'webdav'] as const
export type DestinationKind = (typeof DESTINATION_KINDS)[number]
export const destinationKindEnum = pgEnum('export_destination_kind', DESTINATION_KINDS)

/**
 * Where a schedule's files go besides EXPORT_DIR. `settings` holds what may be shown (recipients,
 * endpoint, bucket, folder URL); `secret` the credentials, AES-256-GCM under SECRETS_KEY, never sent out.
 */
export const exportDestinations = pgTable('export_destinations', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  scheduleId: bigint('schedule_id', { mode: 'number' })
    .notNull()
    .references(() => exportSchedules.id, { onDelete: 'cascade' }),
  kind: destinationKindEnum('kind').notNull(),
  name: text('name').notNull(),
  settings: jsonb('settings').notNull().default({}),
  secret: text('secret'),
  secretUpdatedAt: timestamp('secret_updated_at', { withTimezone: true }),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * One run's file delivered to one destination. UNIQUE(run_id, destination_id): queued in the same
 * transaction that marks the run succeeded, taken with a lease like runs, so each is done once.
 */
export const exportDeliveries = pgTable(
  'export_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    runId: bigint('run_id', { mode: 'number' })
      .notNull()
      .references(() => exportRuns.id, { onDelete: 'cascade' }),
    destinationId: bigint('destination_id', { mode: 'number' })
      .notNull()
      .references(() => exportDestinations.id, { onDelete: 'cascade' }),
    status: exportRunStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    // Where it went (object key, file URL, Message-ID) and what the server answered.
    target: text('target'),
    response: text('response'),
    error: text('error'),
  },
  (t) => [
    uniqueIndex('export_deliveries_run_destination_key').on(t.runId, t.destinationId),
    index('export_deliveries_queue_idx').on(t.status, t.nextAttemptAt),
    check('export_deliveries_attempts', sql`${t.attempts} >= 0`),
  ],
)

export type ExportDestination = typeof exportDestinations.$inferSelect
export type ExportDelivery = typeof exportDeliveries.$inferSelect
