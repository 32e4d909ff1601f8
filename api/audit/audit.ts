import { auditLog } from '../db/schema/index.ts'
import type { Runner } from '../db/sql.ts'

/** Who did something: a signed-in user, or Tally itself (sample data, start-up). */
export interface Actor {
  id: number | null
  label: string
}
export const SYSTEM: Actor = { id: null, label: 'system' }

export async function audit(
  tx: Runner,
  actor: Actor,
  entry: {
    entity: string
    entityId: number
    action: string
    before?: unknown
    after?: unknown
    note?: string
  },
) {
  await tx.insert(auditLog).values({
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    actorId: actor.id,
    actorLabel: actor.label,
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  })
}
