import { Type } from 'typebox'
import { ClaimFilters, ClaimQuery } from '../claims/schemas.ts'
import { EXPORT_FORMATS, EXPORT_RUN_STATUSES, EXPORT_TRIGGERS } from '../db/schema/exports.ts'
import { Nullable, NullableTimestamp, Timestamp } from '../http/schemas.ts'
import { EXPORT_TABLES } from './tables.ts'

const { sort: _s, limit: _l, cursor: _c, ...claimFilterQuery } = ClaimQuery.properties

/** The claims-list filters as query parameters, plus the export's options. */
export const ExportQuery = Type.Object(
  {
    ...claimFilterQuery,
    hxl: Type.Optional(Type.Boolean({ description: 'a row of HXL hashtags under the header' })),
    bom: Type.Optional(Type.Boolean({ description: 'CSV: start with a UTF-8 byte-order mark (for Excel)' })),
  },
  { additionalProperties: false },
)

export const MultiExportQuery = Type.Object(
  {
    ...ExportQuery.properties,
    tables: Type.Optional(
      Type.String({ description: 'comma-separated: claims, points, summary (default all three)' }),
    ),
  },
  { additionalProperties: false },
)

/** The claims-list filters as stored with a schedule or a feed. */
export const ExportFilters = ClaimFilters

const Tables = Type.Array(Type.Enum(EXPORT_TABLES), { minItems: 1, maxItems: 3, uniqueItems: true })

const scheduleFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  cron: Type.String({
    minLength: 9,
    maxLength: 120,
    description: 'cron expression, 5 fields (or 6 with seconds): "0 6 * * *" every day at 06:00',
  }),
  timezone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/London' }),
  tables: Tables,
  filters: ExportFilters,
  format: Type.Enum(EXPORT_FORMATS),
  hxl: Type.Boolean(),
  bom: Type.Boolean(),
  folder: Type.String({ maxLength: 200, description: 'folder under EXPORT_DIR ("" for EXPORT_DIR itself)' }),
  file_pattern: Type.String({
    minLength: 1,
    maxLength: 120,
    description: 'file name with {name} {date} {time} {datetime} {tables}; the extension is added',
  }),
  keep: Type.Integer({ minimum: 1, maximum: 1000, description: 'how many past files to keep (1 to 1,000)' }),
  paused: Type.Boolean(),
}

const { name, cron, tables, format, ...optionalScheduleFields } = scheduleFields

export const ScheduleCreate = Type.Object(
  { name, cron, tables, format, ...Type.Partial(Type.Object(optionalScheduleFields)).properties },
  { additionalProperties: false },
)

/** Any of the fields of a new schedule. */
export const SchedulePatch = Type.Partial(ScheduleCreate, { additionalProperties: false })

/** Where a queued export job (a run, a delivery) stands: the API side of the tables' jobColumns(). */
export const jobState = {
  status: Type.Enum(EXPORT_RUN_STATUSES),
  attempts: Type.Integer(),
  next_attempt_at: NullableTimestamp,
}

export const Run = Type.Object({
  id: Type.Integer(),
  schedule_id: Type.Integer(),
  slot: Type.String(),
  trigger: Type.Enum(EXPORT_TRIGGERS),
  ...jobState,
  started_at: NullableTimestamp,
  finished_at: NullableTimestamp,
  duration_ms: Nullable(Type.Number()),
  rows: Nullable(Type.Integer()),
  bytes: Nullable(Type.Integer()),
  file: Nullable(Type.String()),
  file_deleted: Type.Boolean(),
  error: Nullable(Type.String()),
})

export const Schedule = Type.Object({
  id: Type.Integer(),
  ...scheduleFields,
  active_since: Timestamp,
  next_run: Nullable(Type.String()),
  last_run: Nullable(Run),
  created_by: Nullable(Type.Integer()),
  created_at: Timestamp,
  updated_at: Timestamp,
})

const feedFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  tables: Tables,
  filters: ExportFilters,
  hxl: Type.Boolean(),
  bom: Type.Boolean(),
}

const { name: feedName, ...optionalFeedFields } = feedFields

export const FeedCreate = Type.Object(
  { name: feedName, ...Type.Partial(Type.Object(optionalFeedFields)).properties },
  { additionalProperties: false },
)

export const FeedPatch = Type.Partial(FeedCreate, { additionalProperties: false })

export const Feed = Type.Object({
  id: Type.Integer(),
  ...feedFields,
  token_prefix: Type.String(),
  created_by: Nullable(Type.Integer()),
  created_at: Timestamp,
  revoked_at: NullableTimestamp,
  last_read_at: NullableTimestamp,
  read_count: Type.Integer(),
})

export const CreatedFeed = Type.Object({
  ...Feed.properties,
  token: Type.String({ description: 'shown once: the secret in the feed URLs' }),
  urls: Type.Object({ csv: Type.String(), xlsx: Type.String() }),
})
