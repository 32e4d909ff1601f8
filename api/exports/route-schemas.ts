import { Type } from 'typebox'
import { ClaimFilters, ClaimQuery } from '../claims/schemas.ts'
import { EXPORT_FORMATS, EXPORT_RUN_STATUSES, EXPORT_TRIGGERS } from '../db/schema/exports.ts'
import { Nullable } from '../http/schemas.ts'
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

export const ScheduleCreate = Type.Object(
  {
    name: scheduleFields.name,
    cron: scheduleFields.cron,
    tables: scheduleFields.tables,
    format: scheduleFields.format,
    timezone: Type.Optional(scheduleFields.timezone),
    filters: Type.Optional(scheduleFields.filters),
    hxl: Type.Optional(scheduleFields.hxl),
    bom: Type.Optional(scheduleFields.bom),
    folder: Type.Optional(scheduleFields.folder),
    file_pattern: Type.Optional(scheduleFields.file_pattern),
    keep: Type.Optional(scheduleFields.keep),
    paused: Type.Optional(scheduleFields.paused),
  },
  { additionalProperties: false },
)

export const SchedulePatch = Type.Object(
  {
    name: Type.Optional(scheduleFields.name),
    cron: Type.Optional(scheduleFields.cron),
    timezone: Type.Optional(scheduleFields.timezone),
    tables: Type.Optional(scheduleFields.tables),
    filters: Type.Optional(scheduleFields.filters),
    format: Type.Optional(scheduleFields.format),
    hxl: Type.Optional(scheduleFields.hxl),
    bom: Type.Optional(scheduleFields.bom),
    folder: Type.Optional(scheduleFields.folder),
    file_pattern: Type.Optional(scheduleFields.file_pattern),
    keep: Type.Optional(scheduleFields.keep),
    paused: Type.Optional(scheduleFields.paused),
  },
  { additionalProperties: false },
)

export const Run = Type.Object({
  id: Type.Integer(),
  schedule_id: Type.Integer(),
  slot: Type.String(),
  trigger: Type.Enum(EXPORT_TRIGGERS),
  status: Type.Enum(EXPORT_RUN_STATUSES),
  attempts: Type.Integer(),
  next_attempt_at: Nullable(Type.String()),
  started_at: Nullable(Type.String()),
  finished_at: Nullable(Type.String()),
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
  active_since: Type.String(),
  next_run: Nullable(Type.String()),
  last_run: Nullable(Run),
  created_by: Nullable(Type.Integer()),
  created_at: Type.String(),
  updated_at: Type.String(),
})

const feedFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  tables: Tables,
  filters: ExportFilters,
  hxl: Type.Boolean(),
  bom: Type.Boolean(),
}

export const FeedCreate = Type.Object(
  {
    name: feedFields.name,
    tables: Type.Optional(feedFields.tables),
    filters: Type.Optional(feedFields.filters),
    hxl: Type.Optional(feedFields.hxl),
    bom: Type.Optional(feedFields.bom),
  },
  { additionalProperties: false },
)

export const FeedPatch = Type.Object(
  {
    name: Type.Optional(feedFields.name),
    tables: Type.Optional(feedFields.tables),
    filters: Type.Optional(feedFields.filters),
    hxl: Type.Optional(feedFields.hxl),
    bom: Type.Optional(feedFields.bom),
  },
  { additionalProperties: false },
)

export const Feed = Type.Object({
  id: Type.Integer(),
  ...feedFields,
  token_prefix: Type.String(),
  created_by: Nullable(Type.Integer()),
  created_at: Type.String(),
  revoked_at: Nullable(Type.String()),
  last_read_at: Nullable(Type.String()),
  read_count: Type.Integer(),
})

export const CreatedFeed = Type.Object({
  ...Feed.properties,
  token: Type.String({ description: 'shown once: the secret in the feed URLs' }),
  urls: Type.Object({ csv: Type.String(), xlsx: Type.String() }),
})
