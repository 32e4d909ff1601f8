// Reading the audit trail back: a record's entries, and one entry as the API shows it.
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { auditLog } from '../db/schema/index.ts'

export function historyEntry(r: typeof auditLog.$inferSelect) {
  return {
    id: r.id,
    action: r.action,
    actor: r.actorLabel,
    actor_id: r.actorId,
    at: r.at.toISOString(),
    before: r.before,
    after: r.after,
    note: r.note,
  }
}

/** A claim's or an article's audit trail, oldest first. */
export async function history(db: Db, entity: 'claim' | 'article', id: number) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.id))
  return rows.map(historyEntry)
}
