// Scheduled exports: editors define them (cron + time zone, what, where, how many files to keep); the
// scheduler (scheduler.ts) runs them. Every change is in the audit trail.

import { Cron } from 'croner'
import { and, desc, eq, inArray, lt } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Actor } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import type { ClaimFilters } from '../claims/query.ts'
import type { Db } from '../db/client.ts'
import { type ExportRun, type ExportSchedule, exportRuns, exportSchedules } from '../db/schema/exports.ts'
import { ownedRow, type Runner } from '../db/sql.ts'
import { badRequest, HttpError, notFound } from '../http/errors.ts'
import { timestampOrNull } from '../http/schemas.ts'
import { checkFolder, checkPattern } from './files.ts'
import type { ExportDefinition } from './index.ts'
import type { ScheduleCreate } from './route-schemas.ts'
import type { TableName } from './tables.ts'

/** A schedule's fields, all given: the create route's body with its defaults filled in. */
export type ScheduleInput = Required<Static<typeof ScheduleCreate>>

/** A cron expression in a time zone, as croner reads it; throws a 400 naming the field. */
export function cronFor(expression: string, timezone: string): Cron {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone })
  } catch {
    throw badRequest('body.timezone', `"${timezone}" is not an IANA time zone (e.g. Europe/London)`)
  }
  try {
    // 5 fields (minute precision) or 6 with seconds; paused: croner only computes times here.
    return new Cron(expression, { timezone, paused: true, mode: '5-or-6-parts' })
  } catch (err) {
    throw badRequest('body.cron', (err as Error).message)
  }
}

// Six-field crons can fire every second; an export a second fills the disk and the run table.
function atMostOncePerMinute(cron: Cron) {
  const runs = cron.nextRuns(4)
  for (let i = 1; i < runs.length; i++) {
    if (runs[i].getTime() - runs[i - 1].getTime() < 60_000) {
      throw badRequest('body.cron', 'runs more than once a minute; the seconds field must be one value')
    }
  }
}

/** The most recent slot at or before `now`, or null. */
export function latestSlot(cron: Cron, now: Date): Date | null {
  // previousRuns excludes a run at exactly the reference; 1 ms later includes it.
  return cron.previousRuns(1, new Date(now.getTime() + 1))[0] ?? null
}

export function checkDefinition(d: Pick<ScheduleInput, 'tables' | 'format'>) {
  if (!d.tables.length) throw badRequest('body.tables', 'needs at least one table')
  if (new Set(d.tables).size !== d.tables.length) throw badRequest('body.tables', 'names a table twice')
  if (d.format === 'csv' && d.tables.length > 1) {
    throw badRequest('body.tables', 'a CSV file holds one table; ask for xlsx to get several sheets')
  }
}

function check(input: ScheduleInput) {
  atMostOncePerMinute(cronFor(input.cron, input.timezone))
  checkDefinition(input)
  if (checkFolder(input.folder) === null) {
    throw badRequest('body.folder', 'a relative folder of letters, digits, . _ - (no "..")')
  }
  const bad = checkPattern(input.file_pattern)
  if (bad) throw badRequest('body.file_pattern', bad)
}

export function scheduleDefinition(s: ExportSchedule): ExportDefinition {
  return {
    tables: s.tables as TableName[],
    filters: s.filters as ClaimFilters,
    format: s.format,
    hxl: s.hxl,
    bom: s.bom,
  }
}

function nextSlot(s: ExportSchedule, now = new Date()): string | null {
  if (s.paused) return null
  try {
    return timestampOrNull(cronFor(s.cron, s.timezone).nextRun(now))
  } catch {
    return null
  }
}

export function scheduleToApi(s: ExportSchedule, lastRun?: ExportRun | null) {
  return {
    id: s.id,
    name: s.name,
    cron: s.cron,
    timezone: s.timezone,
    tables: s.tables as TableName[],
    filters: s.filters as ClaimFilters,
    format: s.format,
    hxl: s.hxl,
    bom: s.bom,
    folder: s.folder,
    file_pattern: s.filePattern,
    keep: s.keep,
    paused: s.paused,
    active_since: s.activeSince.toISOString(),
    next_run: nextSlot(s),
    last_run: lastRun ? runToApi(lastRun) : null,
    created_by: s.createdBy,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  }
}

export function runToApi(r: ExportRun) {
  return {
    id: r.id,
    schedule_id: r.scheduleId,
    slot: r.slot.toISOString(),
    trigger: r.trigger,
    status: r.status,
    attempts: r.attempts,
    next_attempt_at: r.status === 'pending' ? r.nextAttemptAt.toISOString() : null,
    started_at: timestampOrNull(r.startedAt),
    finished_at: timestampOrNull(r.finishedAt),
    duration_ms: r.startedAt && r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null,
    rows: r.rows,
    bytes: r.bytes,
    file: r.filePath && !r.fileDeletedAt ? r.filePath.split('/').pop()! : null,
    file_deleted: r.fileDeletedAt !== null,
    error: r.error && withoutServerPaths(r.error),
  }
}

// A failed run's error ("EACCES: permission denied, open '/srv/tally/exports/ngo/x.csv'") would show
// every viewer how the server's disk is laid out: only the file name is kept.
const SERVER_PATH = /(^|[\s'"(])\/(?:[^\s'"()/]+\/)+([^\s'"()/]*)/g
export const withoutServerPaths = (message: string) => message.replace(SERVER_PATH, '$1…/$2')

const auditable = (s: ExportSchedule) => ({ ...scheduleToApi(s), next_run: undefined, last_run: undefined })

const audited = auditedEdits({
  entity: 'export_schedule',
  label: 'Schedule',
  table: exportSchedules,
  toApi: auditable,
})

async function lastRuns(db: Runner, ids: number[]) {
  if (!ids.length) return new Map<number, ExportRun>()
  const rows = await db
    .selectDistinctOn([exportRuns.scheduleId])
    .from(exportRuns)
    .where(inArray(exportRuns.scheduleId, ids))
    .orderBy(exportRuns.scheduleId, desc(exportRuns.slot), desc(exportRuns.id))
  return new Map(rows.map((r) => [r.scheduleId, r]))
}

export async function listSchedules(db: Db) {
  const list = await db.select().from(exportSchedules).orderBy(exportSchedules.name, exportSchedules.id)
  const last = await lastRuns(
    db,
    list.map((s) => s.id),
  )
  return list.map((s) => scheduleToApi(s, last.get(s.id)))
}

export async function getScheduleRow(db: Runner, id: number) {
  const [s] = await db.select().from(exportSchedules).where(eq(exportSchedules.id, id))
  if (!s) throw notFound('Schedule', id)
  return s
}

export async function getSchedule(db: Db, id: number) {
  const s = await getScheduleRow(db, id)
  return scheduleToApi(s, (await lastRuns(db, [id])).get(id))
}

export async function createSchedule(db: Db, actor: Actor, input: ScheduleInput) {
  check(input)
  return db.transaction(async (tx) => {
    const row = await audited.insert(tx, actor, {
      name: input.name,
      cron: input.cron,
      timezone: input.timezone,
      tables: input.tables,
      filters: input.filters,
      format: input.format,
      hxl: input.hxl,
      bom: input.bom,
      folder: checkFolder(input.folder)!,
      filePattern: input.file_pattern,
      keep: input.keep,
      paused: input.paused,
      createdBy: actor.id,
    })
    return scheduleToApi(row)
  })
}

export async function updateSchedule(db: Db, actor: Actor, id: number, patch: Partial<ScheduleInput>) {
  return db.transaction(async (tx) => {
    const { after } = await audited.change(
      tx,
      actor,
      id,
      (before) => pauseAction(patch, before),
      async (tx, before) => {
        const merged: ScheduleInput = { ...scheduleToApi(before), ...patch }
        check(merged)
        const now = new Date()
        // A new cron or time zone, or a resume, starts afresh: slots before now are not "missed".
        const restart =
          merged.cron !== before.cron ||
          merged.timezone !== before.timezone ||
          (before.paused && !merged.paused)
        const [after] = await tx
          .update(exportSchedules)
          .set({
            name: merged.name,
            cron: merged.cron,
            timezone: merged.timezone,
            tables: merged.tables,
            filters: merged.filters,
            format: merged.format,
            hxl: merged.hxl,
            bom: merged.bom,
            folder: checkFolder(merged.folder)!,
            filePattern: merged.file_pattern,
            keep: merged.keep,
            paused: merged.paused,
            activeSince: restart ? now : before.activeSince,
            updatedAt: now,
          })
          .where(eq(exportSchedules.id, id))
          .returning()
        return after
      },
    )
    return scheduleToApi(after, (await lastRuns(tx, [id])).get(id))
  })
}

/** "pause" or "resume" when a patch does either, else "update". */
export const pauseAction = (patch: { paused?: boolean }, before: { paused: boolean }) =>
  patch.paused === true && !before.paused
    ? 'pause'
    : patch.paused === false && before.paused
      ? 'resume'
      : 'update'

/** Deletes the schedule and its run history; files already written stay in EXPORT_DIR. */
export const deleteSchedule = audited.remove

/** Queues a run now ("run now"); the scheduler picks it up on its next tick. */
export async function requestRun(db: Db, actor: Actor, id: number, now = new Date()) {
  const s = await getScheduleRow(db, id)
  const [run] = await db
    .insert(exportRuns)
    .values({ scheduleId: s.id, slot: now, trigger: 'manual', nextAttemptAt: now, requestedBy: actor.id })
    .onConflictDoNothing()
    .returning()
  if (!run) throw new HttpError(409, 'conflict', 'A run was asked for this very moment; try again.')
  return runToApi(run)
}

export async function listRuns(db: Db, scheduleId: number, limit: number, before?: number) {
  await getScheduleRow(db, scheduleId)
  const rows = await db
    .select()
    .from(exportRuns)
    .where(and(eq(exportRuns.scheduleId, scheduleId), before ? lt(exportRuns.id, before) : undefined))
    .orderBy(desc(exportRuns.id))
    .limit(limit + 1)
  return {
    items: rows.slice(0, limit).map(runToApi),
    next_before: rows.length > limit ? rows[limit - 1].id : null,
  }
}

export const getRun = (db: Db, scheduleId: number, runId: number) =>
  ownedRow(db, exportRuns, exportRuns.scheduleId, scheduleId, runId, 'Run')
