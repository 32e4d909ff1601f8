// The bell: a user's alerts, newest first, and marking them read.
import { and, count, desc, eq, inArray, isNull, lt } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { alertEvents, alerts } from '../db/schema/index.ts'
import type { AlertPayload } from '../series/alert-events.ts'

export async function unreadCount(db: Db, userId: number) {
  const [r] = await db
    .select({ n: count() })
    .from(alerts)
    .where(and(eq(alerts.userId, userId), isNull(alerts.readAt)))
  return r?.n ?? 0
}

export async function listAlerts(
  db: Db,
  userId: number,
  opts: { unread?: boolean; before?: number; limit: number },
) {
  const rows = await db
    .select({ a: alerts, e: alertEvents })
    .from(alerts)
    .innerJoin(alertEvents, eq(alertEvents.id, alerts.eventId))
    .where(
      and(
        eq(alerts.userId, userId),
        opts.unread ? isNull(alerts.readAt) : undefined,
        opts.before ? lt(alerts.id, opts.before) : undefined,
      ),
    )
    .orderBy(desc(alerts.id))
    .limit(opts.limit)
  return rows.map(({ a, e }) => ({
    id: a.id,
    read: a.readAt !== null,
    created_at: a.createdAt.toISOString(),
    ...(e.payload as AlertPayload),
  }))
}

/** Marks the given alerts (or all) read; answers the unread count after. */
export async function markRead(db: Db, userId: number, ids: number[] | 'all') {
  await db
    .update(alerts)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(alerts.userId, userId),
        isNull(alerts.readAt),
        ids === 'all' ? undefined : inArray(alerts.id, ids),
      ),
    )
  return unreadCount(db, userId)
}
