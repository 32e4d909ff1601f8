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
import { users } from './accounts.ts'

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const EXPORT_RUN_STATUSES = ['pending', 'running', 'succeeded', 'failed'] as const
export type ExportRunStatus = (typeof EXPORT_RUN_STATUSES)[number]
/** Why a run exists: its slot came, its slot was missed while Tally was down, or someone asked. */
export const EXPORT_TRIGGERS = ['schedule', 'missed', 'manual'] as const
export type ExportTrigger = (typeof EXPORT_TRIGGERS)[number]

export const exportFormatEnum = pgEnum('export_format', EXPORT_FORMATS)
export const exportRunStatusEnum = pgEnum('export_run_status', EXPORT_RUN_STATUSES)
export const exportTriggerEnum = pgEnum('export_trigger', EXPORT_TRIGGERS)

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

/** An export written to a file under EXPORT_DIR on a cron schedule in a time zone. */
export const exportSchedules = pgTable(
  'export_schedules',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    cron: text('cron').notNull(),
    timezone: text('timezone').notNull().default('UTC'),
    // What to export: tables (claims, points, summary), the claims-list filters, format and options.
    tables: text('tables').array().notNull(),
    filters: jsonb('filters').notNull().default({}),
    format: exportFormatEnum('format').notNull(),
    hxl: boolean('hxl').notNull().default(false),
    bom: boolean('bom').notNull().default(false),
    // Where: a folder under EXPORT_DIR and a file name pattern ({name}, {date}, {time}, {datetime}).
    folder: text('folder').notNull().default(''),
    filePattern: text('file_pattern').notNull().default('{name}-{date}'),
    keep: integer('keep').notNull().default(30),
    paused: boolean('paused').notNull().default(false),
    // Slots before this instant are never run: set at creation, on a new cron or time zone, on resume.
    activeSince: timestamp('active_since', { withTimezone: true }).notNull().defaultNow(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('export_schedules_keep', sql`${t.keep} >= 1`)],
)

/**
 * One run of a schedule for one slot. UNIQUE(schedule_id, slot) is what makes a slot run once however
 * many servers share the database: whoever inserts the row owns the slot, and a run is taken from
 * 'pending' to 'running' by one atomic UPDATE (FOR UPDATE SKIP LOCKED).
 */
export const exportRuns = pgTable(
  'export_runs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    scheduleId: bigint('schedule_id', { mode: 'number' })
      .notNull()
      .references(() => exportSchedules.id, { onDelete: 'cascade' }),
    slot: timestamp('slot', { withTimezone: true, precision: 3 }).notNull(),
    trigger: exportTriggerEnum('trigger').notNull(),
    status: exportRunStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // While running: who holds the run and until when; an expired lease means its server went away.
    claimedBy: text('claimed_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    rows: bigint('rows', { mode: 'number' }),
    bytes: bigint('bytes', { mode: 'number' }),
    // Relative to EXPORT_DIR; set once the file is in place, cleared of its file when pruned.
    filePath: text('file_path'),
    fileDeletedAt: timestamp('file_deleted_at', { withTimezone: true }),
    error: text('error'),
    requestedBy: bigint('requested_by', { mode: 'number' }).references(() => users.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('export_runs_slot_key').on(t.scheduleId, t.slot),
    index('export_runs_queue_idx').on(t.status, t.nextAttemptAt),
  ],
)

/** A saved export behind a secret URL (/feeds/<token>.csv|.xlsx); only the token's digest is kept. */
export const exportFeeds = pgTable('export_feeds', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  // { tables, filters, hxl, bom }: what the feed serves.
  definition: jsonb('definition').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  tokenPrefix: text('token_prefix').notNull(),
  createdBy: bigint('created_by', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastReadAt: timestamp('last_read_at', { withTimezone: true }),
  readCount: bigint('read_count', { mode: 'number' }).notNull().default(0),
})

export type ExportSchedule = typeof exportSchedules.$inferSelect
export type ExportRun = typeof exportRuns.$inferSelect
export type ExportFeed = typeof exportFeeds.$inferSelect
