// Editors' dated notes on a series. Each is audited (entity `series_annotation`) when added or removed;
// there is no editing: a wrong note is removed and written again, so the audit reads as what happened.
import { and, asc, eq } from 'drizzle-orm'
import type { Actor } from '../audit/audit.ts'
import { auditedEdits } from '../audit/audited-edit.ts'
import type { Db } from '../db/client.ts'
import { type SeriesAnnotation, series, seriesAnnotations, users } from '../db/schema/index.ts'
import { badRequest, notFound } from '../http/errors.ts'

export function annotationToApi(a: SeriesAnnotation & { author?: string | null }) {
  return {
    id: a.id,
    series_id: a.seriesId,
    on: a.on,
    note: a.note,
    author: a.author ?? null,
    created_at: a.createdAt.toISOString(),
  }
}

const audited = auditedEdits({
  entity: 'series_annotation',
  label: 'Annotation',
  table: seriesAnnotations,
  toApi: annotationToApi,
})

/** A series' notes, oldest date first; 404 for a series that does not exist. */
export async function listAnnotations(db: Db, seriesId: number) {
  await seriesExists(db, seriesId)
  const rows = await db
    .select({ a: seriesAnnotations, author: users.name })
    .from(seriesAnnotations)
    .leftJoin(users, eq(users.id, seriesAnnotations.createdBy))
    .where(eq(seriesAnnotations.seriesId, seriesId))
    .orderBy(asc(seriesAnnotations.on), asc(seriesAnnotations.id))
  return rows.map((r) => annotationToApi({ ...r.a, author: r.author || null }))
}

export async function addAnnotation(
  db: Db,
  actor: Actor,
  seriesId: number,
  body: { on: string; note: string },
) {
  const note = body.note.trim()
  if (!note) throw badRequest('note', 'must not be blank')
  await seriesExists(db, seriesId)
  return db.transaction(async (tx) => {
    const row = await audited.insert(tx, actor, { seriesId, on: body.on, note, createdBy: actor.id })
    const [author] = actor.id
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id))
      : []
    return annotationToApi({ ...row, author: author?.name || actor.label })
  })
}

/** Removes a note of this series; 404 when the series has no such note. */
export async function removeAnnotation(db: Db, actor: Actor, seriesId: number, id: number) {
  await db.transaction(async (tx) => {
    const [own] = await tx
      .select({ id: seriesAnnotations.id })
      .from(seriesAnnotations)
      .where(and(eq(seriesAnnotations.id, id), eq(seriesAnnotations.seriesId, seriesId)))
    if (!own) throw notFound('Annotation', id)
    await audited.removeIn(tx, actor, id)
  })
}

async function seriesExists(db: Db, id: number) {
  const [s] = await db.select({ id: series.id }).from(series).where(eq(series.id, id))
  if (!s) throw notFound('Series', id)
}
