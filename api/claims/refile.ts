// An edit that changes what a claim is about (its place, country, metric, group or period) files it
// again, in the edit's transaction: the place an editor gives wins over what the sentence names, a
// hand move no longer holds it, and the change of series is audited as a move (undoable from the
// series history like one).

import { type Actor, audit } from '../audit/audit.ts'
import type { ClaimRow } from '../db/schema/index.ts'
import type { Tx } from '../db/sql.ts'

const ABOUT = ['metric', 'who', 'location', 'country', 'since', 'sinceDate'] as const

const changed = (current: ClaimRow, changes: Partial<ClaimRow>, key: keyof ClaimRow) =>
  key in changes && (changes[key] ?? null) !== (current[key] ?? null)

/** Columns an edit sets besides its own fields, so that filing follows it. */
export function refiling(current: ClaimRow, changes: Partial<ClaimRow>): Partial<ClaimRow> {
  const out: Partial<ClaimRow> = {}
  if (changed(current, changes, 'location') || changed(current, changes, 'country')) out.placeSet = true
  if (ABOUT.some((k) => changed(current, changes, k))) out.seriesLocked = false
  return out
}

/** One series entry when the edit moved the claim, on the new series and naming the old one. */
export async function auditRefiling(tx: Tx, actor: Actor, before: ClaimRow, after: ClaimRow) {
  if (before.seriesId === after.seriesId || after.seriesId === null) return
  const claim = (c: ClaimRow) => ({ id: c.id, series_id: c.seriesId, locked: c.seriesLocked })
  await audit(tx, actor, {
    entity: 'series',
    entityId: after.seriesId,
    action: 'move',
    before: { series_id: before.seriesId, claims: [claim(before)] },
    after: { claims: [claim(after)] },
    note: `claim ${after.id} re-filed by an edit`,
  })
}
