import { sql } from 'drizzle-orm'
import { boolean, check, index, jsonb, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { at, id, parent, timestamps } from './columns.ts'
import { exportRuns, exportSchedules, jobColumns } from './exports.ts'

export const DESTINATION_KINDS = ['email', 's3', 'webdav'] as const
export type DestinationKind = (typeof DESTINATION_KINDS)[number]
export const destinationKindEnum = pgEnum('export_destination_kind', DESTINATION_KINDS)

/**
 * Where a schedule's files go besides EXPORT_DIR. `settings` holds what may be shown (recipients,
 * endpoint, bucket, folder URL); `secret` the credentials, AES-256-GCM under SECRETS_KEY, never sent out.
 */
export const exportDestinations = pgTable('export_destinations', {
  id: id(),
  scheduleId: parent('schedule_id', () => exportSchedules.id),
  kind: destinationKindEnum('kind').notNull(),
  name: text('name').notNull(),
  settings: jsonb('settings').notNull().default({}),
  secret: text('secret'),
  secretUpdatedAt: at('secret_updated_at'),
  enabled: boolean('enabled').notNull().default(true),
  ...timestamps(),
})

/**
 * One run's file delivered to one destination. UNIQUE(run_id, destination_id): queued in the same
 * transaction that marks the run succeeded, taken with a lease like runs, so each is done once.
 */
export const exportDeliveries = pgTable(
  'export_deliveries',
  {
    id: id(),
    runId: parent('run_id', () => exportRuns.id),
    destinationId: parent('destination_id', () => exportDestinations.id),
    ...jobColumns(),
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
