import { sql } from 'drizzle-orm'
import {
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
import { at, counter, createdAt, flag, id, int64, leased, parent, ref, timestamps } from './columns.ts'

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

/** An export written to a file under EXPORT_DIR on a cron schedule in a time zone. */
export const exportSchedules = pgTable(
  'export_schedules',
  {
    id: id(),
    name: text('name').notNull(),
    cron: text('cron').notNull(),
    timezone: text('timezone').notNull().default('UTC'),
    // What to export: tables (claims, points, summary), the claims-list filters, format and options.
    tables: text('tables').array().notNull(),
    filters: jsonb('filters').notNull().default({}),
    format: exportFormatEnum('format').notNull(),
    hxl: flag('hxl'),
    bom: flag('bom'),
    // Where: a folder under EXPORT_DIR and a file name pattern ({name}, {date}, {time}, {datetime}).
    folder: text('folder').notNull().default(''),
    filePattern: text('file_pattern').notNull().default('{name}-{date}'),
    keep: integer('keep').notNull().default(30),
    paused: flag('paused'),
    // Slots before this instant are never run: set at creation, on a new cron or time zone, on resume.
    activeSince: at('active_since').notNull().defaultNow(),
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...timestamps(),
  },
  (t) => [check('export_schedules_keep', sql`${t.keep} >= 1`)],
)

/**
 * The life of a queued export job (a run, a delivery): its status, its attempts with the time of the
 * next, the lease of the server running it (an expired one means that server went away), its times.
 */
export const jobColumns = () => ({
  status: exportRunStatusEnum('status').notNull().default('pending'),
  attempts: counter('attempts'),
  nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
  ...leased(),
  startedAt: at('started_at'),
  finishedAt: at('finished_at'),
})

/**
 * One run of a schedule for one slot. UNIQUE(schedule_id, slot) is what makes a slot run once however
 * many servers share the database: whoever inserts the row owns the slot, and a run is taken from
 * 'pending' to 'running' by one atomic UPDATE (FOR UPDATE SKIP LOCKED).
 */
export const exportRuns = pgTable(
  'export_runs',
  {
    id: id(),
    scheduleId: parent('schedule_id', () => exportSchedules.id),
    slot: timestamp('slot', { withTimezone: true, precision: 3 }).notNull(),
    trigger: exportTriggerEnum('trigger').notNull(),
    ...jobColumns(),
    rows: int64('rows'),
    bytes: int64('bytes'),
    // Relative to EXPORT_DIR; set once the file is in place, cleared of its file when pruned.
    filePath: text('file_path'),
    fileDeletedAt: at('file_deleted_at'),
    error: text('error'),
    requestedBy: ref('requested_by', () => users.id, 'set null'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('export_runs_slot_key').on(t.scheduleId, t.slot),
    index('export_runs_queue_idx').on(t.status, t.nextAttemptAt),
  ],
)

/** A saved export behind a secret URL (/feeds/<token>.csv|.xlsx); only the token's digest is kept. */
export const exportFeeds = pgTable('export_feeds', {
  id: id(),
  name: text('name').notNull(),
  // { tables, filters, hxl, bom }: what the feed serves.
  definition: jsonb('definition').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  tokenPrefix: text('token_prefix').notNull(),
  createdBy: ref('created_by', () => users.id, 'set null'),
  createdAt: createdAt(),
  revokedAt: at('revoked_at'),
  lastReadAt: at('last_read_at'),
  readCount: int64('read_count').notNull().default(0),
})

export type ExportSchedule = typeof exportSchedules.$inferSelect
export type ExportRun = typeof exportRuns.$inferSelect
export type ExportFeed = typeof exportFeeds.$inferSelect
