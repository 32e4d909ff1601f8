import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { type Role, users } from '../db/schema/index.ts'
import { HttpError } from '../http/errors.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/**
 * Refuses a change that would leave no active admin (nobody could manage accounts any more). The
 * active admins' rows are locked first, so two admins demoting each other at once cannot both pass.
 */
export async function keepOneAdmin(tx: Tx, id: number, patch: { role?: Role; disabled?: boolean }) {
  const demoted = patch.role !== undefined && patch.role !== 'admin'
  if (!demoted && !patch.disabled) return
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
    .for('update')
  if (admins.some((a) => a.id === id) && admins.length === 1) {
    throw new HttpError(
      409,
      'last_admin',
      'This is the last active admin: make another user admin first (or run `npm run admin:reset` on the server).',
      [{ field: patch.disabled ? 'body.disabled' : 'body.role', message: 'would leave no active admin' }],
    )
  }
}
