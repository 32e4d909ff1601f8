import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm'
import { type Actor, audit } from '../audit/audit.ts'
import type { Db } from '../db/client.ts'
import { auditLog } from '../db/schema/index.ts'

// Sign-ins are audit entries (entity "sign_in", actor label = the e-mail tried, address in `after`),
// and the same entries decide how long an account must wait after failures: the first FREE failures
// cost nothing, then each doubles the wait (1 s, 2 s, 4 s … at most 15 minutes), so a known user is
// slowed, never locked out for good, and an account takes far fewer than the 100 failures an hour
// ASVS 2.2.1 allows. A success or an admin's reset starts the count afresh. Unknown e-mails are
// counted the same way, so the answers do not tell which accounts exist.
const FREE = 5
const MAX_WAIT_S = 15 * 60
const PER_HOUR = 100

export type SignInOutcome = 'success' | 'failure' | 'throttled' | 'reset'

export async function recordSignIn(
  db: Db,
  e: { email: string; userId: number | null; address: string; outcome: SignInOutcome; by?: Actor },
) {
  // The actor label is always the account's e-mail, so one index finds its entries; a reset names
  // the admin who made it in actor_id and the note.
  const email = e.email.toLowerCase()
  await audit(
    db,
    { id: e.by?.id ?? e.userId, label: email },
    {
      entity: 'sign_in',
      entityId: e.userId ?? 0,
      action: e.outcome,
      after: { email, address: e.address },
      note: e.by ? `reset by ${e.by.label}` : undefined,
    },
  )
}

/** Seconds this e-mail must still wait before its password is checked again; 0 when it may try. */
export async function signInWait(db: Db, email: string): Promise<number> {
  const label = email.toLowerCase()
  const rows = await db
    .select({
      action: auditLog.action,
      ago: sql<number>`extract(epoch from now() - ${auditLog.at})::float8`,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'sign_in'),
        eq(auditLog.actorLabel, label),
        inArray(auditLog.action, ['success', 'failure', 'reset']),
        gt(auditLog.at, sql`now() - interval '1 hour'`),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(PER_HOUR)
  const streak = rows.findIndex((r) => r.action !== 'failure')
  const failures = streak === -1 ? rows.length : streak
  if (failures >= PER_HOUR) return Math.ceil(3600 - Number(rows.at(-1)!.ago))
  if (failures < FREE) return 0
  const wait = Math.min(2 ** (failures - FREE), MAX_WAIT_S) - Number(rows[0].ago)
  return wait > 0 ? Math.ceil(wait) : 0
}
