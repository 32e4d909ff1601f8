// Destinations of a scheduled export: e-mail, S3-compatible storage, WebDAV. What may be shown is kept
// in `settings`; credentials only sealed (secret-box.ts), never answered: the API says whether some are
// stored and since when. Sending new credentials (PATCH) rotates them without touching the schedule.
import { desc, eq, inArray } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import type { Db } from '../db/client.ts'
import {
  type DestinationKind,
  type ExportDelivery,
  type ExportDestination,
  exportDeliveries,
  exportDestinations,
} from '../db/schema/delivery.ts'
import { exportRuns } from '../db/schema/exports.ts'
import { ownedRow } from '../db/sql.ts'
import { getScheduleRow } from '../exports/schedules.ts'
import { badRequest, HttpError } from '../http/errors.ts'
import { timestampOrNull } from '../http/schemas.ts'
import type { DeliveryHttp } from './http.ts'
import type { DestinationCreate, DestinationPatch } from './schemas.ts'
import type { SecretBox } from './secret-box.ts'

const SETTINGS: Record<DestinationKind, readonly string[]> = {
  email: ['to', 'subject', 'attach_max_mb'],
  s3: ['endpoint', 'bucket', 'prefix', 'region', 'path_style'],
  webdav: ['url'],
}
const REQUIRED: Record<DestinationKind, readonly string[]> = {
  email: ['to'],
  s3: ['endpoint', 'bucket', 'credentials'],
  webdav: ['url'],
}
const ALL = new Set(Object.values(SETTINGS).flat())

export interface DestinationDeps {
  db: Db
  box: SecretBox | null
  http: DeliveryHttp
}

export function deliveryToApi(d: ExportDelivery, slot: Date) {
  return {
    id: d.id,
    run_id: d.runId,
    destination_id: d.destinationId,
    slot: slot.toISOString(),
    status: d.status,
    attempts: d.attempts,
    next_attempt_at: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    finished_at: timestampOrNull(d.finishedAt),
    target: d.target,
    response: d.response,
    error: d.error,
  }
}

type LastDelivery = ReturnType<typeof deliveryToApi> | null

export function destinationToApi(d: ExportDestination, last: LastDelivery = null) {
  return {
    id: d.id,
    schedule_id: d.scheduleId,
    kind: d.kind,
    name: d.name,
    enabled: d.enabled,
    ...(d.settings as Record<string, unknown>),
    credentials: { set: d.secret !== null, updated_at: timestampOrNull(d.secretUpdatedAt) },
    last_delivery: last,
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
  }
}

const audited = auditedEdits({
  entity: 'export_destination',
  label: 'Destination',
  table: exportDestinations,
  toApi: (d: ExportDestination) => ({ ...destinationToApi(d), last_delivery: undefined }),
})

/** Checks a destination's fields for its kind; 400 naming the field. */
function check(
  deps: DestinationDeps,
  kind: DestinationKind,
  settings: Record<string, unknown>,
  hasSecret: boolean,
) {
  for (const key of Object.keys(settings)) {
    if (!SETTINGS[kind].includes(key))
      throw badRequest(`body.${key}`, `is not a setting of a ${kind} destination`)
  }
  for (const key of REQUIRED[kind]) {
    const present = key === 'credentials' ? hasSecret : settings[key] !== undefined
    if (!present) throw badRequest(`body.${key}`, `is needed for a ${kind} destination`)
  }
  for (const key of ['endpoint', 'url'] as const) {
    const value = settings[key]
    if (typeof value !== 'string') continue
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw badRequest(`body.${key}`, 'is not a URL')
    }
    if (url.username || url.password)
      throw badRequest(`body.${key}`, 'must not hold a user name or password; send them as credentials')
    if (url.search || url.hash) throw badRequest(`body.${key}`, 'must not hold a query or fragment')
    try {
      deps.http.check(url)
    } catch {
      throw badRequest(
        `body.${key}`,
        `${url.hostname} is a private address; DELIVERY_ALLOW_PRIVATE=on allows it`,
      )
    }
  }
}

function seal(deps: DestinationDeps, credentials: unknown) {
  if (!deps.box)
    throw new HttpError(
      409,
      'not_configured',
      'Credentials cannot be stored: the server has no SECRETS_KEY (see the README).',
    )
  return deps.box.seal(credentials)
}

function split(body: Record<string, unknown>) {
  const settings: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body))
    if (ALL.has(key) && value !== undefined) settings[key] = value
  return settings
}

export const getDestinationRow = (db: Db, scheduleId: number, id: number) =>
  ownedRow(db, exportDestinations, exportDestinations.scheduleId, scheduleId, id, 'Destination')

async function lastDeliveries(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, LastDelivery>()
  const rows = await db
    .selectDistinctOn([exportDeliveries.destinationId], { d: exportDeliveries, slot: exportRuns.slot })
    .from(exportDeliveries)
    .innerJoin(exportRuns, eq(exportRuns.id, exportDeliveries.runId))
    .where(inArray(exportDeliveries.destinationId, ids))
    .orderBy(exportDeliveries.destinationId, desc(exportDeliveries.id))
  return new Map(rows.map((r) => [r.d.destinationId, deliveryToApi(r.d, r.slot)]))
}

export async function listDestinations(db: Db, scheduleId: number) {
  await getScheduleRow(db, scheduleId)
  const rows = await db
    .select()
    .from(exportDestinations)
    .where(eq(exportDestinations.scheduleId, scheduleId))
    .orderBy(exportDestinations.id)
  const last = await lastDeliveries(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => destinationToApi(r, last.get(r.id) ?? null))
}

export async function createDestination(
  deps: DestinationDeps,
  actor: Actor,
  scheduleId: number,
  body: DestinationCreate,
) {
  await getScheduleRow(deps.db, scheduleId)
  const settings = split(body)
  check(deps, body.kind, settings, body.credentials !== undefined)
  const secret = body.credentials ? seal(deps, body.credentials) : null
  return deps.db.transaction(async (tx) => {
    const row = await audited.insert(tx, actor, {
      scheduleId,
      kind: body.kind,
      name: body.name,
      enabled: body.enabled ?? true,
      settings,
      secret,
      secretUpdatedAt: secret ? new Date() : null,
    })
    return destinationToApi(row)
  })
}

export async function updateDestination(
  deps: DestinationDeps,
  actor: Actor,
  scheduleId: number,
  id: number,
  patch: DestinationPatch,
) {
  await getDestinationRow(deps.db, scheduleId, id)
  const after = await deps.db.transaction(async (tx) => {
    const { after } = await audited.change(
      tx,
      actor,
      id,
      patch.credentials ? 'rotate_credentials' : 'update',
      async (tx, before) => {
        const settings = { ...(before.settings as Record<string, unknown>), ...split(patch) }
        check(deps, before.kind, settings, before.secret !== null || patch.credentials !== undefined)
        const now = new Date()
        const [after] = await tx
          .update(exportDestinations)
          .set({
            name: patch.name ?? before.name,
            enabled: patch.enabled ?? before.enabled,
            settings,
            ...(patch.credentials ? { secret: seal(deps, patch.credentials), secretUpdatedAt: now } : {}),
            updatedAt: now,
          })
          .where(eq(exportDestinations.id, id))
          .returning()
        return after
      },
    )
    return after
  })
  // Read after the transaction: the embedded database has one connection, which the transaction holds.
  return destinationToApi(after, (await lastDeliveries(deps.db, [id])).get(id) ?? null)
}

export async function deleteDestination(db: Db, actor: Actor, scheduleId: number, id: number) {
  await getDestinationRow(db, scheduleId, id)
  await audited.remove(db, actor, id)
}

/** A schedule's deliveries, newest first. */
export async function listDeliveries(db: Db, scheduleId: number, limit: number) {
  await getScheduleRow(db, scheduleId)
  const rows = await db
    .select({ d: exportDeliveries, slot: exportRuns.slot })
    .from(exportDeliveries)
    .innerJoin(exportRuns, eq(exportRuns.id, exportDeliveries.runId))
    .where(eq(exportRuns.scheduleId, scheduleId))
    .orderBy(desc(exportDeliveries.id))
    .limit(limit)
  return rows.map((r) => deliveryToApi(r.d, r.slot))
}
