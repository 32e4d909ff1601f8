import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { type Actor, audit } from '../../audit/audit.ts'
import { auditedEdits } from '../../audit/audited-edit.ts'
import type { Db } from '../../db/client.ts'
import { auditLog, claims, series } from '../../db/schema/index.ts'
import type { Tx } from '../../db/sql.ts'
import { badRequest, HttpError, notFound } from '../../http/errors.ts'
import type { EstimateRule } from '../estimate.ts'
import { refreshSeries } from './claims.ts'
import { getSeriesRow } from './read.ts'

// Every editorial change to series is one audit entry (entity 'series') whose before/after hold what
// undo needs; undo writes an entry of its own, so the trail shows both.
type Moved = { id: number; series_id: number | null; locked: boolean }

async function liveSeriesOrThrow(tx: Tx, id: number, field = 'params.id') {
  const [s] = await tx.select().from(series).where(eq(series.id, id)).for('update')
  if (!s)
    throw field === 'params.id' ? notFound('Series', id) : badRequest(field, `series ${id} does not exist`)
  if (s.mergedInto) throw badRequest(field, `series ${id} was merged into series ${s.mergedInto}`)
  return s
}

async function moveClaims(tx: Tx, moves: Moved[]) {
  for (const m of moves) {
    await tx.update(claims).set({ seriesId: m.series_id, seriesLocked: m.locked }).where(eq(claims.id, m.id))
  }
}

// Renames and pins, one series at a time. Moves, merges, splits and undo change claims of several series
// and keep what undo needs: they write their entries themselves.
const auditedSeries = auditedEdits({
  entity: 'series',
  label: 'Series',
  table: series,
  toApi: (s: typeof series.$inferSelect) => ({
    title: s.title,
    pinned: s.pinned,
    estimate_rule: s.estimateRule,
  }),
})

export async function updateSeries(
  db: Db,
  actor: Actor,
  id: number,
  patch: { title?: string; pinned?: boolean; estimate_rule?: EstimateRule | null },
) {
  return db.transaction(async (tx) => {
    await auditedSeries.change(tx, actor, id, 'edit', async (tx, s) => {
      if (s.mergedInto) throw badRequest('params.id', `series ${id} was merged into series ${s.mergedInto}`)
      // Its title and pin are part of every cached answer about it.
      const [after] = await tx
        .update(series)
        .set({
          title: patch.title ?? s.title,
          pinned: patch.pinned ?? s.pinned,
          estimateRule: patch.estimate_rule === undefined ? s.estimateRule : patch.estimate_rule,
          version: sql`${series.version} + 1`,
        })
        .where(eq(series.id, id))
        .returning()
      // A new rule gives a new estimate, stored with the summary like every other derived figure.
      if (after && after.estimateRule !== s.estimateRule) await refreshSeries(tx, [id])
      return after
    })
    return getSeriesRow(tx, id)
  })
}

/** Puts a claim in another series by hand; automatic assignment will leave it there. */
export async function moveClaim(db: Db, actor: Actor, claimId: number, seriesId: number) {
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(claims).where(eq(claims.id, claimId)).for('update')
    if (!c) throw notFound('Claim', claimId)
    await liveSeriesOrThrow(tx, seriesId, 'body.series_id')
    const before: Moved = { id: c.id, series_id: c.seriesId, locked: c.seriesLocked }
    await moveClaims(tx, [{ id: c.id, series_id: seriesId, locked: true }])
    await refreshSeries(tx, [seriesId, ...(c.seriesId ? [c.seriesId] : [])])
    await audit(tx, actor, {
      entity: 'series',
      entityId: seriesId,
      action: 'move',
      before: { claims: [before] },
      after: { claims: [{ ...before, series_id: seriesId, locked: true }] },
    })
    const [moved] = await tx.select().from(claims).where(eq(claims.id, claimId))
    return moved
  })
}

/** Merges series `id` into `into`: its claims move over and it points at the survivor. */
export async function mergeSeries(db: Db, actor: Actor, id: number, into: number) {
  if (id === into) throw badRequest('body.into', 'a series cannot be merged into itself')
  return db.transaction(async (tx) => {
    await liveSeriesOrThrow(tx, id)
    await liveSeriesOrThrow(tx, into, 'body.into')
    const mine = await tx
      .select({ id: claims.id, seriesLocked: claims.seriesLocked })
      .from(claims)
      .where(eq(claims.seriesId, id))
    const before = mine.map((c) => ({ id: c.id, series_id: id, locked: c.seriesLocked }))
    await tx.update(claims).set({ seriesId: into, seriesLocked: true }).where(eq(claims.seriesId, id))
    await tx.update(series).set({ mergedInto: into }).where(eq(series.id, id))
    await refreshSeries(tx, [id, into])
    await audit(tx, actor, {
      entity: 'series',
      entityId: into,
      action: 'merge',
      before: { series_id: id, claims: before },
      after: { merged_into: into },
    })
    return getSeriesRow(tx, into)
  })
}

/** Moves some of a series' claims into a new series of the same topic. */
export async function splitSeries(db: Db, actor: Actor, id: number, claimIds: number[], title?: string) {
  return db.transaction(async (tx) => {
    const s = await liveSeriesOrThrow(tx, id)
    const mine = await tx
      .select()
      .from(claims)
      .where(and(eq(claims.seriesId, id), inArray(claims.id, claimIds)))
    const missing = claimIds.filter((c) => !mine.some((m) => m.id === c))
    if (missing.length)
      throw badRequest('body.claim_ids', `claims ${missing.join(', ')} are not in series ${id}`)
    const [created] = await tx
      .insert(series)
      .values({
        topicId: s.topicId,
        kind: s.kind,
        // A period key of its own keeps the split series apart from automatic assignment.
        periodKey: `split:${id}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}`,
        since: s.since,
        sinceDate: s.sinceDate,
        title: title ?? `${s.title} (split)`,
      })
      .returning()
    const before = mine.map((c) => ({ id: c.id, series_id: id, locked: c.seriesLocked }))
    await moveClaims(
      tx,
      before.map((m) => ({ ...m, series_id: created.id, locked: true })),
    )
    await refreshSeries(tx, [id, created.id])
    await audit(tx, actor, {
      entity: 'series',
      entityId: created.id,
      action: 'split',
      before: { series_id: id, claims: before },
      after: { series_id: created.id },
    })
    return getSeriesRow(tx, created.id)
  })
}

export async function seriesOperations(db: Db, id: number) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'series'),
        sql`(${auditLog.entityId} = ${id} or ${auditLog.before}->>'series_id' = ${String(id)})`,
      ),
    )
    .orderBy(desc(auditLog.id))
}

/** Reverses one series operation, once. */
export async function undoOperation(db: Db, actor: Actor, opId: number) {
  return db.transaction(async (tx) => {
    const [op] = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.id, opId), eq(auditLog.entity, 'series')))
    if (!op || op.action === 'undo') throw notFound('Series operation', opId)
    const [done] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'series'),
          eq(auditLog.action, 'undo'),
          sql`${auditLog.after}->>'undid' = ${String(opId)}`,
        ),
      )
    if (done)
      throw new HttpError(409, 'already_undone', `Operation ${opId} was already undone (entry ${done.id}).`)
    const before = op.before as {
      title?: string
      pinned?: boolean
      estimate_rule?: EstimateRule | null
      series_id?: number
      claims?: Moved[]
    }
    const touched = new Set<number>([op.entityId])
    switch (op.action) {
      case 'edit':
        await tx
          .update(series)
          .set({ title: before.title, pinned: before.pinned, estimateRule: before.estimate_rule })
          .where(eq(series.id, op.entityId))
        break
      case 'move':
        await moveClaims(tx, before.claims ?? [])
        for (const m of before.claims ?? []) if (m.series_id) touched.add(m.series_id)
        break
      case 'merge':
        await tx.update(series).set({ mergedInto: null }).where(eq(series.id, before.series_id!))
        await moveClaims(tx, before.claims ?? [])
        touched.add(before.series_id!)
        break
      case 'split':
        await moveClaims(tx, before.claims ?? [])
        // The split-off series is emptied and retired into the series it came from.
        await tx.update(series).set({ mergedInto: before.series_id! }).where(eq(series.id, op.entityId))
        touched.add(before.series_id!)
        break
      default:
        throw new HttpError(400, 'not_undoable', `Operation ${opId} (${op.action}) cannot be undone.`)
    }
    await refreshSeries(tx, [...touched])
    await audit(tx, actor, {
      entity: 'series',
      entityId: op.entityId,
      action: 'undo',
      before: op.after,
      after: { undid: opId, action: op.action },
    })
    return { undone: opId, action: op.action, series_ids: [...touched] }
  })
}
